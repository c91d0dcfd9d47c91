import { describe, expect, it } from "vitest";
import { loadCorpusSync } from "../src/corpus.js";
import { sentenceSpans, splitSentences } from "../src/sentences.js";

const [doc] = loadCorpusSync();
const article = doc!;
const chinese = article.sentences.filter((s) => s.lang === "zh");
const containing = (needle: string) => article.sentences.filter((s) => s.text.includes(needle));

describe("Chinese sentences of the real article", () => {
  it("every sentence ends at a sentence end (closing quotes and marks included)", () => {
    expect(chinese.length).toBeGreaterThan(200);
    expect(chinese).toEqual(article.sentences.filter((s) => s.kind !== "abstract-en"));
    for (const s of chinese) expect(s.text, s.id).toMatch(/[。！？；!?;][”’）)》①-⑳]*$/u);
  });

  it("keeps a 。 inside a quotation in the quoting sentence", () => {
    const [s] = containing("乐者为同,礼者为异。");
    expect(s!.text).toMatch(/^例如,《礼记·乐记》中的“乐者为同,礼者为异。同则相亲,异则相敬”.*阐释的都是这个道理。$/u);
  });

  it("ends a sentence at a quotation that ends with 。, keeping the closing quote and its mark", () => {
    const [s] = containing("我们的合作根植于两千多年");
    expect(s!.text.endsWith("的‘中国—中亚精神’。”①")).toBe(true);
    expect(s!.text.startsWith("2025年6月17日")).toBe(true);
    const next = article.sentences[s!.ordinal + 1]!;
    expect(next.text.startsWith("这一精神深刻总结了")).toBe(true);
    expect(containing("打造中国—中亚命运共同体。”③")).toHaveLength(1);
    expect(containing("培育新质生产力。”①")).toHaveLength(1);
  });

  it("splits after a quoted saying closed before 。", () => {
    expect(containing("远亲不如近邻").map((s) => s.text)).toEqual(["俗话说“远亲不如近邻”。"]);
  });

  it("never splits inside numbers", () => {
    for (const number of ["5 000 亿立方米", "3 000~5 000个", "1.2 吉瓦", "2018 ~ 2023 年", "4.64 亿美元", "1 201 亿美元", "12.1316万辆"]) {
      expect(containing(number), number).toHaveLength(1);
    }
    const [trade] = containing("4.64 亿美元");
    expect(trade!.plain).toBe("双边贸易额从 1992 年的 4.64 亿美元上升至 2024 年的 948 亿美元,增长超过了 200 倍。");
    expect(trade!.text).toBe("双边贸易额从 1992 年的 4.64 亿美元上升至 2024 年的 948 亿美元,增长超过了 200 倍①。");
  });

  it("splits on the semicolon the article prints after Chinese text (ASCII ;)", () => {
    const [s] = containing("产能合作提质升级;");
    expect(s!.text.startsWith("通过与共建“一带一路”倡议对接")).toBe(true);
    expect(s!.text.endsWith("产能合作提质升级;")).toBe(true);
    expect(article.sentences[s!.ordinal + 1]!.text).toBe("借助文化中心、举办艺术节等活动,民间“心联通”持续深化。");
  });
});

describe("English sentences", () => {
  it("splits this article's English abstract into its three sentences", () => {
    const english = article.sentences.filter((s) => s.kind === "abstract-en");
    expect(english.map((s) => s.text.slice(0, 24))).toEqual([
      "Mutual respect ,mutual t",
      "The common modernization",
      "By promoting common mode",
    ]);
    expect(english.every((s) => s.lang === "en" && s.text.endsWith("."))).toBe(true);
  });

  it("does not split after abbreviations, initials or decimal points", () => {
    const text = "The U.S. and the EU agreed, e.g. on trade. Dr. Smith met J. R. Tolkien at No. 5. It rose 1.2 percent! Why? \"Because\" it did.";
    expect(splitSentences(text, "en")).toEqual([
      "The U.S. and the EU agreed, e.g. on trade.",
      "Dr. Smith met J. R. Tolkien at No. 5.",
      "It rose 1.2 percent!",
      "Why?",
      "\"Because\" it did.",
    ]);
  });
});

describe("splitting details", () => {
  it("treats ASCII ?!; after Chinese as sentence ends", () => {
    expect(splitSentences("这是问题吗?是的!好;结束")).toEqual(["这是问题吗?", "是的!", "好;", "结束"]);
  });

  it("does not let an unbalanced quote swallow the paragraph", () => {
    expect(splitSentences("他说“不。第二句。第三句。")).toEqual(["他说“不。", "第二句。", "第三句。"]);
  });

  it("returns spans without surrounding spaces", () => {
    const text = " 甲。 乙。 ";
    expect(sentenceSpans(text, "zh").map(([s, e]) => text.slice(s, e))).toEqual(["甲。", "乙。"]);
  });
});
