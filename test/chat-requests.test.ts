import { describe, expect, it } from "vitest";
import { asksForTask } from "../src/chat-requests.js";
import { expectRefused } from "./answer-expect.js";
import { useRealEngine } from "./real-engine.js";

describe("asksForTask", () => {
  it("knows requests to write, recommend, say in another language or advise, in each language", () => {
    for (const q of [
      "帮我写一首关于丝绸之路的七言绝句",
      "给我推荐一款去中亚旅游用的翻译软件",
      "有没有讲撒马尔罕的纪录片推荐几部？",
      "求推荐适合入门的哈萨克语教材",
      "“谢谢”用哈萨克语怎么说？",
      "can u recommend a good vpn for travelling in china",
      "Could you write a short poem about the Silk Road?",
      "how do you say thank you in kazakh",
      "What's the best way to learn Uzbek quickly?",
      "Any tips for keeping a 15-minute seminar talk on time?",
      "去撒马尔罕玩有什么攻略吗",
      "whats the difference between weather and climate, need it for geo class",
      "Посоветуй хороший фильм про Шёлковый путь",
      "Напиши мне стих о дружбе народов",
      "Как сказать «спасибо» по-казахски?",
      "帮我查一下明天北京飞乌鲁木齐的航班还有没有经济舱余票。",
      "帮我订一张去阿拉木图的机票",
      "明天乌鲁木齐飞阿拉木图的航班还有余票吗？",
      "你是真人还是AI啊🤖",
      "are you a bot?",
      "iphone17 值不值得入手啊",
      "哈萨克斯坦的电子签证怎么申请",
      "are there any seats left on the Xi'an–Almaty train tomorrow?",
      "А есть ли ещё билеты на поезд Урумчи — Алматы на пятницу?",
      "What's a good app for practising Chinese tones?",
      "What's the best season for a trip to Samarkand?",
      "how do i cite a chinese journal article in chicago author-date if there's no DOI?",
      "What are some good strategies for structuring the literature review section of a term paper?",
      "Could you translate 'good morning, teacher' for me?",
      "pls translate 'see you tomorrow' into Kazakh",
      "how do I calculate a year-on-year growth rate in a spreadsheet?",
      "Can anyone explain the difference between a customs union and a free trade area?",
      "is the overnight bus to Bishkek worth it or should I just take the plane?",
    ]) {
      expect(asksForTask(q), q).toBe(true);
    }
  });

  it("leaves questions about the article alone, those that say 'best' or 'write' too", () => {
    for (const q of [
      "文章推荐了哪些合作方向？",
      "作者推荐双方在哪些领域加强合作？",
      "作者在结论里写了什么？",
      "What does the article say is the best way to deepen trust?",
      "Does the article give any tips for investors?",
      "Which goods does China export to Central Asia?",
      "Who wrote the article?",
      "What do the authors write about green mining?",
      "Что авторы пишут о зелёной энергетике?",
      "Что говорит статья о переводе на русский язык?",
      "帮我查一下文章里哪句话提到了霍尔果斯？",
      "飞猪的数据里，飞往吉尔吉斯斯坦的机票预订量涨了多少？",
      "飞往哈萨克斯坦和乌兹别克斯坦的航班，今年订票量各涨了多少？",
      "文中说中国在人工智能方面有什么优势？",
      "How should I cite this article in my essay?",
      "What strategies for deepening trust does the article name?",
      "How does the article translate 互尊 into English?",
      "How do the authors calculate the growth of trade?",
      "Does the article explain the difference between mutual trust and mutual benefit?",
      "Was the Xi'an summit worth it, according to the authors?",
    ]) {
      expect(asksForTask(q), q).toBe(false);
    }
  });
});

describe("requests answered as not in the article (real engine)", () => {
  const engine = useRealEngine();
  it("says the article does not answer them, though their words meet the article's", async () => {
    await expectRefused(engine, ["can u recommend a good vpn for travelling in china", "how do you say thank you in kazakh", "帮我写一首关于丝绸之路的七言绝句"]);
  });
});
