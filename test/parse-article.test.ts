import { describe, expect, it } from "vitest";
import { loadCorpusSync } from "../src/corpus.js";
import { endsSentence, parseArticle } from "../src/parse-article.js";

const [doc] = loadCorpusSync();
const article = doc!;
const containing = (needle: string) => article.sentences.filter((s) => s.text.includes(needle));
const parse = (text: string) => parseArticle(text, { docId: "t", file: "corpus/t.md" });

describe("metadata of the real article", () => {
  it("reads the front matter", () => {
    const { meta } = article;
    expect(meta.title).toBe("弘扬“中国—中亚精神” 携手推进共同现代化");
    expect(meta.authors).toEqual([
      { name: "裴长洪", affiliation: "中国社会科学院经济研究所研究员" },
      { name: "倪江飞", affiliation: "中国城市发展研究会特约研究员", role: "通讯作者" },
    ]);
    expect(meta.keywordsZh).toEqual(["“中国—中亚精神”", "共同现代化", "命运共同体", "中国—中亚合作"]);
    expect(meta.funding!.startsWith("新亚欧陆海联运通道研究院项目")).toBe(true);
    expect(meta.funding!.endsWith("(项目编号:24TDYJY001)。")).toBe(true);
    expect(meta.editor).toBe("李丹琳");
    expect(meta.abstractZh.startsWith("“中国—中亚精神”是对中国和中亚长期友好关系的深刻总结")).toBe(true);
    expect(meta.abstractZh.endsWith("给双方经贸合作带来新机遇、新空间。")).toBe(true);
  });

  it("keeps the front-matter fields as printed, with their lines, and this article's English keywords line", () => {
    expect(article.meta.frontMatter!.map((f) => [f.label, f.line])).toEqual([
      ["内容提要", 7],
      ["关键词", 9],
      ["基金项目", 11],
      ["作者简介", 13],
      ["Keywords", 183],
    ]);
    const authors = article.meta.frontMatter!.find((f) => f.label === "作者简介")!;
    expect(authors.text).toBe("裴长洪,中国社会科学院经济研究所研究员;倪江飞,中国城市发展研究会特约研究员,通讯作者。");
    expect(article.meta.frontMatter!.at(-1)!.text).toBe(article.meta.keywordsEn.join("; "));
  });

  it("takes the first entry of the ABSTRACTS page as this article's English abstract", () => {
    const { meta } = article;
    expect(meta.authorsEn).toBe("Pei Changhong ,Ni Jiangfei");
    expect(meta.abstractEn!.startsWith("Mutual respect ,mutual trust")).toBe(true);
    expect(meta.abstractEn!.endsWith("bilateral economic and trade relations.")).toBe(true);
    expect(meta.keywordsEn).toEqual([
      "the China - Central Asia Spirit",
      "common modernization",
      "a community of shared future",
      "China - Central Asia Cooperation",
    ]);
  });

  it("keeps the other articles' abstracts out of sentences and passages", () => {
    expect(article.otherArticles.map((o) => [o.authors, o.line])).toEqual([
      ["Jiang Wei ,Tao Shigui", 185],
      ["Zhang Yanhao ,Shang Yuhong", 189],
    ]);
    expect(article.otherArticles[0]!.text).toContain("sanctions");
    for (const s of article.sentences) expect(s.text).not.toMatch(/sanction|steel|Jiang Wei|Keywords/i);
    for (const p of article.passages) expect(p.text).not.toMatch(/sanction|steel/i);
  });

  it("makes both abstracts quotable, and the keyword and editor lines not", () => {
    const zh = article.sentences.filter((s) => s.kind === "abstract-zh");
    expect(zh).toHaveLength(5);
    expect(zh.every((s) => s.sectionId === "abstract-zh" && s.section[0] === "内容提要" && s.lines[0] === 7)).toBe(true);
    const en = article.sentences.filter((s) => s.kind === "abstract-en");
    expect(en.every((s) => s.section[0] === "Abstract" && s.lines[0] === 181)).toBe(true);
    expect(containing("共同现代化 命运共同体")).toEqual([]);
    expect(containing("责任编辑")).toEqual([]);
    expect(containing("新亚欧陆海联运通道研究院")).toEqual([]);
  });
});

describe("page-break repair on the real article", () => {
  const JOINS: [string, number, number][] = [
    ["主旨发言指出", 17, 19],
    ["随后,彻底解决了历史遗留的边界问题", 25, 33],
    ["中国—中亚机制实现提质升级", 37, 39],
    ["三是能源产业链合作加速推进。", 43, 43],
    ["传统能源方面,中土天然气合作", 43, 53],
    ["而且,“中国—中亚精神”超越了经济层面的互利共赢", 57, 65],
    ["高质量推进共同现代化。", 73, 79],
    ["双方持续降低制度性壁垒", 83, 89],
    ["有效提升了中亚地区的医疗服务水平", 93, 103],
    ["中亚国家曾饱受帝国侵略", 111, 113],
    ["发布全国版(71 条) 和自贸试验区版", 121, 127],
    ["在智慧物流方面,物联网", 131, 137],
    ["作为其重点任务之一", 141, 151],
    ["为跨境旅游注入持续活力", 155, 167],
  ];

  it("repairs the 13 page breaks that cut a sentence", () => {
    expect(article.pageBreakJoins).toBe(13);
  });

  it.each(JOINS)("joins %s (lines %i–%i) without a space", (needle, first, last) => {
    const found = containing(needle);
    expect(found, needle).toHaveLength(1);
    expect(found[0]!.lines).toEqual([first, last]);
  });

  it("keeps a paragraph in the section where it started, and spans its lines", () => {
    const paragraph = article.paragraphs.find((p) => p.lines[0] === 57)!;
    expect(paragraph.lines).toEqual([57, 65]);
    expect(paragraph.sectionId).toBe("s1.4");
  });

  it("leaves the unheaded conclusion (line 169) in the last section", () => {
    expect(containing("大道如砥,行者无疆。")[0]!.sectionId).toBe("s3.4");
  });

  it("knows what ends a sentence", () => {
    expect(endsSentence("……的主旨发")).toBe(false);
    expect(endsSentence("发展。”<sup>①</sup>")).toBe(true);
    expect(endsSentence("“远亲不如近邻”。")).toBe(true);
    expect(endsSentence("增长了 1.")).toBe(false);
  });
});

describe("clean text", () => {
  it("leaves no markup in any sentence, passage, title or footnote", () => {
    const MARKUP = /\*\*|<\/?sup>|^#|\]\(|<https?:|\\_|【/mu;
    const texts = [
      article.meta.title,
      ...article.sentences.flatMap((s) => [s.text, s.plain]),
      ...article.passages.map((p) => p.text),
      ...article.footnotes.map((f) => f.text),
      ...article.sentences.flatMap((s) => s.section),
    ];
    for (const text of texts) expect(text).not.toMatch(MARKUP);
    for (const s of article.sentences) expect(s.plain).not.toMatch(/[①-⑳]/u);
  });

  it("numbers sentences in document order with stable ids", () => {
    article.sentences.forEach((s, i) => {
      expect(s.ordinal).toBe(i);
      expect(s.id).toBe(`china-central-asia-spirit#s${i}`);
    });
    for (const p of article.paragraphs) {
      for (const id of p.sentenceIds) expect(article.sentences.find((s) => s.id === id)!.paragraphId).toBe(p.id);
    }
  });
});

describe("malformed input (synthetic)", () => {
  const HEAD = "# 标题\n\n作者甲\n\n**【内容提要】** 摘要一句。\n\n## 一 第一部分\n\n";

  it("reports a mark with no definition, with file and line", () => {
    const result = parse(`${HEAD}正文有注释①。\n\n---\n\n② 别的来源。\n`);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: "corpus/t.md", line: 9, kind: "mark-without-definition" }),
      expect.objectContaining({ file: "corpus/t.md", line: 13, kind: "definition-never-used" }),
    ]);
    expect(result.sentences.find((s) => s.kind === "body")!.footnotes).toEqual([]);
  });

  it("reports a mark with no footnote block after it", () => {
    const result = parse(`${HEAD}正文有注释<sup>①</sup>。\n`);
    expect(result.problems.map((p) => [p.kind, p.line])).toEqual([["mark-without-definition", 9]]);
  });

  it("reports a definition nobody refers to", () => {
    const result = parse(`${HEAD}正文没有注释。\n\n① 孤立的来源。\n`);
    expect(result.problems.map((p) => [p.kind, p.line])).toEqual([["definition-never-used", 11]]);
  });

  it("reports a 同① with nothing to repeat", () => {
    const result = parse(`${HEAD}正文②。\n\n② 同①。\n`);
    expect(result.problems.map((p) => p.kind)).toContain("unresolved-same-as");
  });

  it("reports a file that is not an article", () => {
    const result = parse("just some notes\n\nwithout any heading\n");
    expect(result.problems.map((p) => [p.kind, p.line])).toEqual([
      ["not-an-article", 1],
      ["not-an-article", 1],
      ["other", 3],
    ]);
    expect(result.problems.every((p) => p.file === "corpus/t.md" && p.message.length > 0)).toBe(true);
    expect(result.sentences).toEqual([]);
    expect(parse("").problems.map((p) => p.kind)).toContain("not-an-article");
  });

  it("reports an unnumbered heading in the body", () => {
    const result = parse(`${HEAD}正文。\n\n## 附录\n\n附录正文。\n`);
    expect(result.problems.map((p) => [p.kind, p.line])).toEqual([["unnumbered-heading", 11]]);
  });
});
