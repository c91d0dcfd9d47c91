import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus.js";
import { askedFrontMatter, frontMatterHits, type FrontMatterTopic } from "../src/front-matter.js";
import { stripMarkup } from "../src/markup.js";

const [doc] = await loadCorpus("corpus");
const raw = stripMarkup(readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8"));

describe("askedFrontMatter", () => {
  it("knows questions about the article itself, in each language", () => {
    const cases: [string, FrontMatterTopic][] = [
      ["这篇文章的作者是谁？", "authors"],
      ["第一作者在哪个单位工作？", "authors"],
      ["通讯作者是哪位？", "authors"],
      ["这篇论文是谁写的？", "authors"],
      ["Who wrote this article?", "authors"],
      ["Who are the authors?", "authors"],
      ["Which institution is the corresponding author from?", "authors"],
      ["Кто автор статьи?", "authors"],
      ["Кто написал эту статью?", "authors"],
      ["这篇论文受哪个基金项目资助？", "funding"],
      ["Which project funded this research?", "funding"],
      ["Which research programme financed the paper?", "funding"],
      ["Кто финансировал это исследование?", "funding"],
      ["文章的关键词有哪些？", "keywords"],
      ["What are the article's keywords?", "keywords"],
      ["Какие ключевые слова у статьи?", "keywords"],
      ["这篇文章的标题是什么？", "title"],
      ["What is the title of this article?", "title"],
      ["Как называется эта статья?", "title"],
      ["这篇文章发表在哪本期刊的哪一期上？", "publication"],
      ["which journal is this paper in?", "publication"],
      ["В каком журнале опубликована эта статья?", "publication"],
    ];
    for (const [q, topic] of cases) expect([q, askedFrontMatter(q)]).toEqual([q, topic]);
  });

  it("leaves questions about what the authors say, and titles of other texts, to retrieval", () => {
    for (const q of [
      "作者认为双方合作的基础是什么？",
      "作者说双方关系的飞跃集中表现在哪些外交活动上？",
      "What do the authors of the article say about trade?",
      "According to the authors, what damage is protectionism doing?",
      "What do the authors call the link between development and security?",
      "Существует ли, по мнению авторов, единственный путь к модернизации?",
      "Какую народную поговорку приводят авторы?",
      "习主席主旨讲话的标题是什么？",
      "中国—中亚合作有哪些资金支持？",
      // Another work's author is no question about this article.
      "Кто написал роман «Мастер и Маргарита» и когда он был опубликован?",
      "Who wrote the novel War and Peace?",
      "《红楼梦》是谁写的？",
      // A journal a footnote cites is a source; an issue (一期) of a project is no publication.
      "The 2024 EV export numbers: who wrote the article the footnote points to, and in which journal?",
      "中国到塔吉克斯坦的那条公路项目，现在进展到哪一期了？",
    ]) {
      expect([q, askedFrontMatter(q)]).toEqual([q, undefined]);
    }
  });
});

describe("frontMatterHits on the real article", () => {
  const quotes = (topic: FrontMatterTopic, lang: "zh" | "en" = "zh") => frontMatterHits(doc!, topic, lang).map((h) => h.quote);

  it("quotes nothing for where it was published, which the article does not print", () => {
    expect(raw).not.toMatch(/期刊|DOI|Journal/u);
    expect(quotes("publication")).toEqual([]);
  });

  it("quotes the front matter as printed, never text that is not in the article", () => {
    for (const topic of ["authors", "funding", "keywords", "title"] as const) {
      const hits = frontMatterHits(doc!, topic);
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) {
        expect(raw).toContain(h.quote);
        expect(h.sentenceIds).toEqual([]);
        expect(h.citations).toEqual([]);
      }
    }
  });

  it("answers each topic with its own field", () => {
    expect(quotes("authors")[0]).toMatch(/^裴长洪,中国社会科学院经济研究所研究员;倪江飞/);
    expect(frontMatterHits(doc!, "authors")[0]!.section).toBe("作者简介");
    expect(quotes("funding")).toEqual([expect.stringContaining("项目编号:24TDYJY001")]);
    expect(quotes("keywords")).toEqual([expect.stringContaining("共同现代化 命运共同体"), expect.stringContaining("a community of shared future")]);
    expect(quotes("title")).toEqual([doc!.meta.title]);
  });

  it("puts the English forms first for an English question", () => {
    expect(quotes("authors", "en")[0]).toContain("Pei Changhong");
    expect(quotes("keywords", "en")[0]).toContain("common modernization");
    expect(quotes("authors", "zh")[0]).toContain("裴长洪");
  });
});
