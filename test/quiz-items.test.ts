import { describe, expect, it } from "vitest";
import { quizItem } from "../src/quiz-items.js";

describe("quizItem: multiple choice", () => {
  it("splits a stem from options labelled A/B/C/D, dropping the instruction and the labels", () => {
    const q = quizItem("单项选择题（2分）：文章认为，倡议同五国发展规划对接带来了什么？ A. 军事同盟保障 B. 战略上的指引和政策上的依据 C. 统一的货币安排 D. 全面的关税豁免");
    expect(q?.kind).toBe("choice");
    expect(q?.stem).toBe("文章认为，倡议同五国发展规划对接带来了什么？");
    expect(q?.options).toEqual(["军事同盟保障", "战略上的指引和政策上的依据", "统一的货币安排", "全面的关税豁免"]);
    expect(q?.text).toBe("文章认为，倡议同五国发展规划对接带来了什么？ 军事同盟保障 战略上的指引和政策上的依据 统一的货币安排 全面的关税豁免");
  });

  it("reads circled digits, (a)–(d), Cyrillic letters and 1) 2) 3)", () => {
    expect(quizItem("D线设计年输气能力是多少？ ①200亿立方米 ②300亿立方米 ③400亿立方米")?.options).toEqual(["200亿立方米", "300亿立方米", "400亿立方米"]);
    expect(quizItem("Which goals does the conclusion name? (a) policy coordination (b) collective defence (c) a customs union")?.options).toHaveLength(3);
    const ru = quizItem("Выберите правильный ответ: Что приняли страны ЦА? А) военный блок Б) стратегии развития В) общую валюту");
    expect(ru?.stem).toBe("Что приняли страны ЦА?");
    expect(ru?.options).toEqual(["военный блок", "стратегии развития", "общую валюту"]);
    expect(quizItem("Which year? 1) 2013 2) 2015 3) 2023")?.options).toEqual(["2013", "2015", "2023"]);
  });

  it("keeps a request written after the last option as part of what is asked", () => {
    const q = quizItem("中方愿在哪个领域加强合作？ A. 人工智能 B. 可控核聚变 （请注明引文出处）");
    expect(q?.stem).toBe("中方愿在哪个领域加强合作？ （请注明引文出处）");
    expect(q?.options).toEqual(["人工智能", "可控核聚变"]);
  });

  it("takes no ordinary question for a quiz item: a line name, an item list, a lone letter", () => {
    for (const message of [
      "中国—中亚天然气管道 D 线什么时候建成？",
      "管道D线和A线有什么区别？",
      "What does the article say about point A. and point B?",
      "Какие проекты в 2023 году реализованы в Казахстане?",
      "文章列了哪几点：1) 互尊 2) 互信？",
      "A. 军事同盟 B. 战略引领",
    ]) {
      expect(quizItem(message), message).toBeUndefined();
    }
  });
});

describe("quizItem: true or false", () => {
  it("asks the statement without the instruction", () => {
    expect(quizItem("判断：文章提到，冼星海与拜卡达莫夫是在阿拉木图结下患难之交的。（对/错）")?.stem).toBe("文章提到，冼星海与拜卡达莫夫是在阿拉木图结下患难之交的。");
    expect(quizItem("True or false: the article says the Kamchik tunnel is about 19 km long.")).toEqual({
      kind: "true-false",
      stem: "the article says the Kamchik tunnel is about 19 km long.",
      options: [],
      text: "the article says the Kamchik tunnel is about 19 km long.",
    });
    expect(quizItem("Верно или неверно: стороны приняли Астанинскую декларацию.")?.stem).toBe("стороны приняли Астанинскую декларацию.");
    expect(quizItem("中亚国家都推行了电子签证制度（ ）")?.stem).toBe("中亚国家都推行了电子签证制度");
  });

  it("leaves a plain yes/no question and a bracketed name alone", () => {
    for (const message of ["Верно ли, что Хоргос назван узлом торговли?", "文章提到了上合组织（SCO）吗？", "判断"]) {
      expect(quizItem(message), message).toBeUndefined();
    }
  });
});
