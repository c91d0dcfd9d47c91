import { describe, expect, it } from "vitest";
import { loadCorpusSync } from "../src/corpus.js";
import { buildFootnoteBlock, circledMark, circledNumber, findMarks, parseDefinitionStart, removeMarks } from "../src/footnotes.js";

const [doc] = loadCorpusSync();
const article = doc!;

/** Where each of the 24 marks must lead: [sentence substring, mark, line of the definition, source substring]. */
const EXPECTED: [string, string, number, string][] = [
  ["我们的合作根植于两千多年", "①", 29, "主旨发言》,《人民日报》2025 年 6 月 18 日,第 2 版"],
  ["应大力弘扬这一精神", "②", 31, "《第二届中国—中亚峰会阿斯塔纳宣言》,《人民日报》2025 年 6 月 18 日,第 3 版"],
  ["增长超过了 200 倍", "①", 45, "《擘画中国中亚经济发展新蓝图》"],
  ["直接投资存量超过 170 亿美元", "②", 47, "共同建设更加美好的上海合作组织家园"],
  ["完成营业额 756 亿美元", "③", 49, "https://content-static.cctvnews.cctv.com/snow-book/index.html?item_id=1707803553320912629&track_id=433fc8b7-5934-48b4-afdb-2c5ca84966c5"],
  ["累计输气量超过 5 000 亿立方米", "④", 51, "https://www.xinhuanet.com/20241119/dd6bbe94037c48b4a3972d5ee462e525/c.html"],
  ["约 300 家中亚国家企业入驻", "①", 59, "https://m.gmw.cn/2023-05/16/content_1303375021.htm"],
  ["同比增长了 95%", "②", 61, "https://m.gmw.cn/2023-05/16/content_1303375021.htm"],
  ["打造中国—中亚命运共同体。”", "③", 63, "关于建交 30 周年的联合声明"],
  ["为地区繁荣稳定保驾护航", "①", 77, "《擘画上合组织发展新蓝图》"],
  ["培育新质生产力", "①", 87, "上的主旨发言》"],
  ["中得到重申", "①", 97, "《人民日报》2023年5月20日,第2版;《第二届"],
  ["3 000~5 000个", "②", 99, "以教育合作为区域发展注入新活力"],
  ["全球文明倡议”", "①", 125, "《中国—中亚峰会西安宣言》,《人民日报》2023 年 5 月 20 日"],
  ["增幅近 100%", "①", 135, "World Trade Statistical Review"],
  ["展现蓬勃的发展前景", "①", 145, "https://www.xinhuanet.com/world/20250622/120bc7e7586946a08fae6f4aa372bd5a/c.html"],
  ["仅为 1.2 吉瓦", "②", 147, "https://www.xinhuanet.com/world/20250622/120bc7e7586946a08fae6f4aa372bd5a/c.html"],
  ["清洁能源等项目", "③", 149, "《中国—中亚峰会西安宣言》,《人民日报》2023 年 5 月 20 日"],
  ["提供必要的基础设施", "①", 159, "https://world.huanqiu.com/article/4NWVxE0eMHR"],
  ["46.5%和16.1%", "②", 161, "李海红"],
  ["6000平方公里", "③", 163, "https://www.xinhuanet.com/world/20250622/120bc7e7586946a08fae6f4aa372bd5a/c.html"],
  ["当地的平均亩产(120公斤)", "④", 165, "https://www.imsilkroad.com/news/p/525789.html"],
  ["60%和47%", "①", 175, "《中国—中亚旅游交流更热络》"],
  ["高达164%", "②", 177, "《中国—中亚旅游交流更热络》"],
];

describe("footnotes of the real article", () => {
  it("finds 24 marks and 24 definitions, with no problem", () => {
    expect(article.markCount).toBe(24);
    expect(article.footnotes).toHaveLength(24);
    expect(article.problems).toEqual([]);
    expect(article.sentences.flatMap((s) => s.footnotes)).toHaveLength(24);
  });

  it.each(EXPECTED)("the mark after %s (%s) resolves to the definition on line %i", (needle, mark, line, source) => {
    const sentence = article.sentences.find((s) => s.text.includes(needle));
    expect(sentence, needle).toBeDefined();
    const note = sentence!.footnotes.find((f) => f.line === line);
    expect(note, `${needle} → line ${line}`).toBeDefined();
    expect(note!.mark).toBe(mark);
    expect(sentence!.text).toContain(mark);
    expect(`${note!.text} ${note!.urls.join(" ")}`).toContain(source);
  });

  it("resolves every 同① to footnote ① of its own page, keeping what was written", () => {
    const same = article.footnotes.filter((f) => f.sameAs !== undefined);
    expect(same.map((f) => f.line)).toEqual([61, 147, 177]);
    for (const note of same) {
      const target = article.footnotes.find((f) => f.line < note.line && f.number === 1 && note.line - f.line <= 4);
      expect(note.sameAs).toBe(1);
      expect(note.rawText).toBe("同①。");
      expect(note.text).toBe(target!.text);
      expect(note.urls).toEqual(target!.urls);
      expect(note.urls.length).toBeGreaterThan(0);
    }
  });

  it("gives footnotes page-based ids: numbering restarts on every page", () => {
    const ids = article.footnotes.map((f) => f.id);
    expect(new Set(ids).size).toBe(24);
    expect(ids[0]).toBe("china-central-asia-spirit#fn-p1-1");
    expect(article.footnotes.find((f) => f.line === 61)!.id).toBe("china-central-asia-spirit#fn-p3-2");
  });

  it("keeps no markup in footnote text", () => {
    for (const note of article.footnotes) {
      expect(note.text).not.toMatch(/<\/?sup>|\*\*|\]\(|<https?:|\\_/);
      for (const url of note.urls) expect(url).toMatch(/^https:\/\/[^\s\\<>()]+$/);
    }
  });
});

describe("footnote helpers", () => {
  it("maps circled digits both ways", () => {
    expect(circledNumber("③")).toBe(3);
    expect(circledNumber("3")).toBeUndefined();
    expect(circledMark(20)).toBe("⑳");
    expect(() => circledMark(21)).toThrow(RangeError);
  });

  it("finds and removes marks", () => {
    const text = "增长超过了 200 倍①。截至②";
    expect(findMarks(text).map((m) => [m.index, m.number])).toEqual([
      [text.indexOf("①"), 1],
      [text.indexOf("②"), 2],
    ]);
    expect(removeMarks(text)).toBe("增长超过了 200 倍。截至");
  });

  it("recognises both definition styles of the real file and nothing else", () => {
    expect(parseDefinitionStart("<sup>②</sup> 同<sup>①</sup>。")).toMatchObject({ number: 2, body: "同<sup>①</sup>。" });
    expect(parseDefinitionStart("③ 《中国—中亚峰会西安宣言》")).toMatchObject({ number: 3 });
    expect(parseDefinitionStart("言指出“我们的合作")).toBeUndefined();
  });

  it("reports a 同① whose target is missing (synthetic page)", () => {
    const { block, problems } = buildFootnoteBlock(
      [
        { line: 10, text: "② 《某报》2024年。" },
        { line: 12, text: "③ 同①。" },
      ],
      1,
      "doc",
      "corpus/x.md",
    );
    expect(problems).toEqual([expect.objectContaining({ file: "corpus/x.md", line: 12, kind: "unresolved-same-as" })]);
    expect(block.footnotes[1]!.sameAs).toBeUndefined();
  });
});
