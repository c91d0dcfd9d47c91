import { describe, expect, it } from "vitest";
import { loadCorpusSync } from "../src/corpus.js";
import { SectionTreeBuilder, chineseNumeralValue, flattenSections, parseNumbering } from "../src/sections.js";

const [doc] = loadCorpusSync();
const article = doc!;
const nodes = flattenSections(article.sections);
const byId = (id: string) => nodes.find((n) => n.id === id)!;

describe("section tree of the real article", () => {
  it("derives levels from the numbering, not from the Markdown depth", () => {
    expect(nodes.map((n) => [n.id, n.level, n.line])).toEqual([
      ["abstract-zh", 1, 7],
      ["intro", 1, 15],
      ["s1", 1, 21],
      ["s1.1", 2, 23],
      ["s1.2", 2, 35], // `## (二)` in the file
      ["s1.3", 2, 41],
      ["s1.4", 2, 55], // `#### (四)`
      ["s2", 1, 67],
      ["s2.1", 2, 71],
      ["s2.2", 2, 81], // `## (二)`
      ["s2.3", 2, 91],
      ["s2.4", 2, 105],
      ["s2.5", 2, 109],
      ["s3", 1, 115], // `### 三`
      ["s3.1", 2, 119],
      ["s3.2", 2, 129], // `## (二)`
      ["s3.3", 2, 139],
      ["s3.4", 2, 153],
      ["abstract-en", 1, 181],
    ]);
    expect(article.sections.map((s) => s.id)).toEqual(["abstract-zh", "intro", "s1", "s2", "s3", "abstract-en"]);
  });

  it("keeps numbering and titles as printed, and paths from the root", () => {
    expect(byId("intro")).toMatchObject({ number: "", title: "引言", path: ["引言"] });
    expect(byId("s3")).toMatchObject({ number: "三", title: "三 实现共同现代化目标下的中国—中亚合作新机遇" });
    expect(byId("s1.3")).toMatchObject({
      number: "(三)",
      path: ["一 “中国—中亚精神”的科学内涵", "(三) 互利是“中国—中亚精神”的动力来源"],
    });
    expect(byId("s2.2").path).toEqual(["二 中国—中亚携手推进共同现代化的特征", "(二) 开放共赢的现代化"]);
  });

  it("gives every sentence its section path (a sentence of line 43)", () => {
    const sentence = article.sentences.find((s) => s.lines[0] === 43)!;
    expect(sentence.section).toEqual(["一 “中国—中亚精神”的科学内涵", "(三) 互利是“中国—中亚精神”的动力来源"]);
    expect(sentence.sectionId).toBe("s1.3");
    for (const s of article.sentences) expect(byId(s.sectionId).path).toEqual(s.section);
  });

  it("does not make the ABSTRACTS page a body section", () => {
    expect(nodes.some((n) => /ABSTRACTS/i.test(n.title))).toBe(false);
  });
});

describe("numbering", () => {
  it("reads Chinese numerals", () => {
    expect(chineseNumeralValue("三")).toBe(3);
    expect(chineseNumeralValue("十二")).toBe(12);
    expect(chineseNumeralValue("二十")).toBe(20);
    expect(chineseNumeralValue("A")).toBeUndefined();
  });

  it("tells numbered headings from titles that merely start with a numeral", () => {
    expect(parseNumbering("(五) 和平安全的现代化")).toMatchObject({ level: 2, value: 5, number: "(五)" });
    expect(parseNumbering("（二）全角括号")).toMatchObject({ level: 2, value: 2 });
    expect(parseNumbering("二、 顿号")).toMatchObject({ level: 1, value: 2 });
    expect(parseNumbering("1. 小节")).toMatchObject({ level: 3, value: 1 });
    expect(parseNumbering("一带一路的意义")).toBeUndefined();
    expect(parseNumbering("2025 年的峰会")).toBeUndefined();
    expect(parseNumbering("引言")).toBeUndefined();
  });

  it("attaches a level-2 heading to the latest level-1 one and keeps ids unique", () => {
    const builder = new SectionTreeBuilder();
    builder.add("一 甲", 1);
    builder.add("(一) 乙", 2);
    builder.add("(一) 乙again", 3);
    builder.add("结语", 4);
    expect(flattenSections(builder.roots).map((n) => n.id)).toEqual(["s1", "s1.1", "s1.1-l3", "conclusion"]);
  });
});
