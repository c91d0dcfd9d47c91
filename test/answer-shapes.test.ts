import { describe, expect, it } from "vitest";
import { askedShapes, statedShapes, type AnswerShape } from "../src/answer-shapes.js";

/** Per shape: questions that ask for it (zh, en, ru) and some that do not; sentences of that form and some not. */
const CASES: Record<AnswerShape, { asks: string[]; asksNot: string[]; states: string[]; statesNot: string[] }> = {
  change: {
    asks: [
      "在扶贫上，中国的帮助从什么模式变成了什么模式？",
      "新能源车方面的合作正在发生什么转变？",
      "How has poverty aid shifted over the years?",
      "How is electric vehicle cooperation changing?",
      "Как меняется сотрудничество в области электромобилей?",
      "Как изменился подход к помощи?",
    ],
    asksNot: [
      "中亚如何应对气候变化？",
      "What do both sides do about climate change?",
      "中国和中亚是什么时候建交的？",
      "Какие города популярны у туристов?",
    ],
    states: [
      "实现从传统的“输血式”援助转化为“造血式”发展合作。",
      "促成了中亚从“陆锁国”向“陆联国”身份的转变。",
      "古老的丝绸之路已超越商贸往来的范畴,升华为一条友谊之路。",
      "通关时间从数天缩减到数小时。",
    ],
    statesNot: [
      "合作涵盖从经济发展到科技创新的各个领域。",
      "双方在风电、水电、光伏等新能源领域全面展开合作。",
    ],
  },
  saying: {
    asks: [
      "作者引了哪几句古书里的话？",
      "文中用了什么谚语？",
      "Which classical texts are quoted?",
      "What proverb does the author use about neighbours?",
      "Какую пословицу приводит автор?",
    ],
    asksNot: [
      "Why are Confucius Institutes opened in Central Asia?",
      "Зачем в Центральной Азии открывают институты Конфуция?",
      "中亚有几所孔子学院？",
      "Which cities do tourists visit?",
    ],
    states: [
      "例如,《礼记·乐记》中的“乐者为同,礼者为异”。",
      "俗话说“远亲不如近邻”。",
    ],
    statesNot: [
      "双方在《中国—中亚峰会西安宣言》中强调合作。",
    ],
  },
  denial: {
    asks: [
      "中国搞现代化是不是只顾自己？",
      "中国会把自己的模式强加给中亚吗？",
      "Does China impose its model on its neighbours?",
      "Правда ли, что Китай навязывает свою модель?",
    ],
    asksNot: [
      "中国和中亚是什么时候建交的？",
      "Which cities do tourists visit?",
      "Какие города популярны у туристов?",
    ],
    states: [
      "实现共同现代化并不意味着中国将自己的发展模式强加于中亚国家,而是始终遵循相互尊重的原则。",
      "中国从来不追求独善其身的现代化。",
    ],
    statesNot: [
      "双方在风电、水电、光伏等新能源领域全面展开合作。",
    ],
  },
  means: {
    asks: [
      "中国具体通过哪些举措帮助中亚减贫？",
      "How exactly does China help Central Asia fight poverty?",
      "Через какие программы стороны борются с бедностью?",
    ],
    asksNot: [
      "中国和中亚是什么时候建交的？",
    ],
    states: [
      "通过减贫知识分享、实施示范性民生项目等举措,夯实了基础。",
      "依托中国—中亚峰会等机制,双方降低制度性壁垒。",
    ],
    statesNot: [
      "双方在风电、水电、光伏等新能源领域全面展开合作。",
    ],
  },
  relation: {
    asks: [
      "互尊和互信之间是什么关系？",
      "How are development and security related?",
      "Как связаны уважение и доверие?",
    ],
    asksNot: [
      "鲁班工坊在中亚教什么？",
    ],
    states: [
      "互尊是互信的前提,也是互相信任的基础。",
    ],
    statesNot: [
      "中亚游客入境订单量同比增长106%。",
    ],
  },
  occasion: {
    asks: [
      "文章开头引用的那段讲话,习近平是在哪个场合讲的?",
      "On what occasion did Xi make that speech?",
      "На каком саммите Си Цзиньпин выступил с этой речью?",
    ],
    asksNot: [
      "中国和中亚是什么时候建交的？",
    ],
    states: [
      "习近平在第二届中国—中亚峰会上发表了主旨发言。",
    ],
    statesNot: [
      "习近平主席9次访问中亚。",
    ],
  },
  goal: {
    asks: [
      "双方安全合作的目标是什么？",
      "What goal have the two sides set for security cooperation?",
      "Какую цель ставят стороны?",
    ],
    asksNot: [
    ],
    states: [
      "双方以共建安全共同体为目标,拓展合作。",
    ],
    statesNot: [
    ],
  },
  principle: {
    asks: [
      "双方开展安全合作时遵守哪些原则？",
      "Which principle guides green cooperation?",
      "На каких принципах строится сотрудничество?",
    ],
    asksNot: [
    ],
    states: [
      "始终坚持“共同但有区别的责任原则”。",
    ],
    statesNot: [
    ],
  },
};

describe("askedShapes / statedShapes", () => {
  for (const [shape, c] of Object.entries(CASES) as [AnswerShape, (typeof CASES)[AnswerShape]][]) {
    it(`knows the ${shape} shape in questions and in sentences`, () => {
      for (const q of c.asks) expect([q, askedShapes(q).includes(shape)]).toEqual([q, true]);
      for (const q of c.asksNot) expect([q, askedShapes(q).includes(shape)]).toEqual([q, false]);
      for (const t of c.states) expect([t, statedShapes(t).has(shape)]).toEqual([t, true]);
      for (const t of c.statesNot) expect([t, statedShapes(t).has(shape)]).toEqual([t, false]);
    });
  }

  it("reads no shape in a plain question or a plain figure", () => {
    expect(askedShapes("鲁班工坊在中亚教什么？")).toEqual([]);
    expect(statedShapes("中亚游客入境订单量同比增长106%。").size).toBe(0);
  });
});
