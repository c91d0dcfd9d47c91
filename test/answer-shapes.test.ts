import { describe, expect, it } from "vitest";
import { askedShapes, statedShapes } from "../src/answer-shapes.js";

describe("change", () => {
  it("knows questions asking how something changed, in each language", () => {
    expect(askedShapes("在扶贫上，中国的帮助从什么模式变成了什么模式？")).toContain("change");
    expect(askedShapes("新能源车方面的合作正在发生什么转变？")).toContain("change");
    expect(askedShapes("How has poverty aid shifted over the years?")).toContain("change");
    expect(askedShapes("How is electric vehicle cooperation changing?")).toContain("change");
    expect(askedShapes("Как меняется сотрудничество в области электромобилей?")).toContain("change");
    expect(askedShapes("Как изменился подход к помощи?")).toContain("change");
  });

  it("leaves climate change and other questions alone", () => {
    expect(askedShapes("中亚如何应对气候变化？")).not.toContain("change");
    expect(askedShapes("What do both sides do about climate change?")).not.toContain("change");
    expect(askedShapes("中国和中亚是什么时候建交的？")).not.toContain("change");
    expect(askedShapes("Какие города популярны у туристов?")).not.toContain("change");
  });

  it("knows a stated change from a mere range", () => {
    expect(statedShapes("实现从传统的“输血式”援助转化为“造血式”发展合作。").has("change")).toBe(true);
    expect(statedShapes("促成了中亚从“陆锁国”向“陆联国”身份的转变。").has("change")).toBe(true);
    expect(statedShapes("古老的丝绸之路已超越商贸往来的范畴,升华为一条友谊之路。").has("change")).toBe(true);
    expect(statedShapes("通关时间从数天缩减到数小时。").has("change")).toBe(true);
    expect(statedShapes("合作涵盖从经济发展到科技创新的各个领域。").has("change")).toBe(false);
    expect(statedShapes("双方在风电、水电、光伏等新能源领域全面展开合作。").has("change")).toBe(false);
  });
});

describe("saying", () => {
  it("knows questions asking for a quoted saying or classic, in each language", () => {
    expect(askedShapes("作者引了哪几句古书里的话？")).toContain("saying");
    expect(askedShapes("文中用了什么谚语？")).toContain("saying");
    expect(askedShapes("Which classical texts are quoted?")).toContain("saying");
    expect(askedShapes("What proverb does the author use about neighbours?")).toContain("saying");
    expect(askedShapes("Какую пословицу приводит автор?")).toContain("saying");
  });

  it("leaves Confucius Institutes and other questions alone", () => {
    expect(askedShapes("Why are Confucius Institutes opened in Central Asia?")).not.toContain("saying");
    expect(askedShapes("Зачем в Центральной Азии открывают институты Конфуция?")).not.toContain("saying");
    expect(askedShapes("中亚有几所孔子学院？")).not.toContain("saying");
    expect(askedShapes("Which cities do tourists visit?")).not.toContain("saying");
  });

  it("knows a quoted classic or saying", () => {
    expect(statedShapes("例如,《礼记·乐记》中的“乐者为同,礼者为异”。").has("saying")).toBe(true);
    expect(statedShapes("俗话说“远亲不如近邻”。").has("saying")).toBe(true);
    expect(statedShapes("双方在《中国—中亚峰会西安宣言》中强调合作。").has("saying")).toBe(false);
  });
});

describe("denial", () => {
  it("knows yes-or-no questions, in each language", () => {
    expect(askedShapes("中国搞现代化是不是只顾自己？")).toContain("denial");
    expect(askedShapes("中国会把自己的模式强加给中亚吗？")).toContain("denial");
    expect(askedShapes("Does China impose its model on its neighbours?")).toContain("denial");
    expect(askedShapes("Правда ли, что Китай навязывает свою модель?")).toContain("denial");
  });

  it("leaves open questions alone", () => {
    expect(askedShapes("中国和中亚是什么时候建交的？")).not.toContain("denial");
    expect(askedShapes("Which cities do tourists visit?")).not.toContain("denial");
    expect(askedShapes("Какие города популярны у туристов?")).not.toContain("denial");
  });

  it("knows a denial or a 'not this but that'", () => {
    expect(statedShapes("实现共同现代化并不意味着中国将自己的发展模式强加于中亚国家,而是始终遵循相互尊重的原则。").has("denial")).toBe(true);
    expect(statedShapes("中国从来不追求独善其身的现代化。").has("denial")).toBe(true);
    expect(statedShapes("双方在风电、水电、光伏等新能源领域全面展开合作。").has("denial")).toBe(false);
  });
});

describe("means", () => {
  it("knows questions asking by what means, in each language", () => {
    expect(askedShapes("中国具体通过哪些举措帮助中亚减贫？")).toContain("means");
    expect(askedShapes("How exactly does China help Central Asia fight poverty?")).toContain("means");
    expect(askedShapes("Через какие программы стороны борются с бедностью?")).toContain("means");
    expect(askedShapes("中国和中亚是什么时候建交的？")).not.toContain("means");
  });

  it("knows a stated means", () => {
    expect(statedShapes("通过减贫知识分享、实施示范性民生项目等举措,夯实了基础。").has("means")).toBe(true);
    expect(statedShapes("依托中国—中亚峰会等机制,双方降低制度性壁垒。").has("means")).toBe(true);
    expect(statedShapes("双方在风电、水电、光伏等新能源领域全面展开合作。").has("means")).toBe(false);
  });
});

describe("relation", () => {
  it("knows questions asking how two things are related, in each language", () => {
    expect(askedShapes("互尊和互信之间是什么关系？")).toContain("relation");
    expect(askedShapes("How are development and security related?")).toContain("relation");
    expect(askedShapes("Как связаны уважение и доверие?")).toContain("relation");
    expect(askedShapes("鲁班工坊在中亚教什么？")).not.toContain("relation");
  });

  it("knows a stated relation", () => {
    expect(statedShapes("互尊是互信的前提,也是互相信任的基础。").has("relation")).toBe(true);
    expect(statedShapes("中亚游客入境订单量同比增长106%。").has("relation")).toBe(false);
  });
});

describe("occasion", () => {
  it("knows questions asking on what occasion something was said, in each language", () => {
    expect(askedShapes("文章开头引用的那段讲话,习近平是在哪个场合讲的?")).toContain("occasion");
    expect(askedShapes("On what occasion did Xi make that speech?")).toContain("occasion");
    expect(askedShapes("На каком саммите Си Цзиньпин выступил с этой речью?")).toContain("occasion");
    expect(askedShapes("中国和中亚是什么时候建交的？")).not.toContain("occasion");
  });

  it("knows a sentence placing a speech at a meeting", () => {
    expect(statedShapes("习近平在第二届中国—中亚峰会上发表了主旨发言。").has("occasion")).toBe(true);
    expect(statedShapes("习近平主席9次访问中亚。").has("occasion")).toBe(false);
  });
});

describe("goal and principle", () => {
  it("knows questions asking for a goal or a principle, in each language", () => {
    expect(askedShapes("双方安全合作的目标是什么？")).toContain("goal");
    expect(askedShapes("What goal have the two sides set for security cooperation?")).toContain("goal");
    expect(askedShapes("Какую цель ставят стороны?")).toContain("goal");
    expect(askedShapes("双方开展安全合作时遵守哪些原则？")).toContain("principle");
    expect(askedShapes("Which principle guides green cooperation?")).toContain("principle");
    expect(askedShapes("На каких принципах строится сотрудничество?")).toContain("principle");
    expect(askedShapes("鲁班工坊在中亚教什么？")).toEqual([]);
  });

  it("knows a sentence naming a goal or a principle", () => {
    expect(statedShapes("双方以共建安全共同体为目标,拓展合作。").has("goal")).toBe(true);
    expect(statedShapes("始终坚持“共同但有区别的责任原则”。").has("principle")).toBe(true);
    expect(statedShapes("中亚游客入境订单量同比增长106%。").size).toBe(0);
  });
});
