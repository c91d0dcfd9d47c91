import { describe, expect, it } from "vitest";
import { editionsNamed, NEXT_EDITION } from "../src/asked-edition.js";

describe("editionsNamed", () => {
  it("reads the editions of events in Chinese, English and Russian", () => {
    expect(editionsNamed("首届中国—中亚峰会上双方实现建立全面战略伙伴关系")).toEqual([1]);
    expect(editionsNamed("在第二届峰会上双方签署的条约")).toEqual([2]);
    expect(editionsNamed("党的第十八次全国代表大会以来")).toEqual([18]);
    expect(editionsNamed("第三届中国—中亚峰会在哪办？")).toEqual([3]);
    expect(editionsNamed("When will the third China–Central Asia summit be held?")).toEqual([3]);
    expect(editionsNamed("What was signed at the 2nd summit?")).toEqual([2]);
    expect(editionsNamed("Где пройдёт третий саммит «Китай — Центральная Азия»?")).toEqual([3]);
    expect(editionsNamed("Что подписали на втором саммите?")).toEqual([2]);
  });

  it("reads the next edition as one not yet held", () => {
    expect(editionsNamed("下一届峰会在哪开？")).toEqual([NEXT_EDITION]);
    expect(editionsNamed("Where is the next summit?")).toEqual([NEXT_EDITION]);
    expect(editionsNamed("Где пройдёт следующий саммит?")).toEqual([NEXT_EDITION]);
  });

  it("leaves out ordinals of other things and cardinal numbers", () => {
    expect(editionsNamed("中哈第三条铁路规划稳步推进")).toEqual([]);
    expect(editionsNamed("习近平第三次访问哈萨克斯坦")).toEqual([]);
    expect(editionsNamed("the first time the leaders met")).toEqual([]);
    expect(editionsNamed("В каком году шесть лидеров впервые провели саммит очно?")).toEqual([]);
    expect(editionsNamed("договорились с пятью странами на саммите")).toEqual([]);
  });
});
