import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus.js";
import {
  asksOtherArticle,
  asksOtherArticleInChinese,
  asksOtherArticleInEnglish,
  asksOtherArticleInRussian,
  OTHER_ARTICLE_MIN_WORDS,
  otherArticleGlossesIn,
  otherArticleWords,
} from "../src/other-articles.js";
import { stemLatin } from "../src/text-tokens.js";
import { useRealEngine } from "./real-engine.js";

const docs = await loadCorpus("corpus");
const vocabularies = otherArticleWords(docs);

describe("otherArticleWords", () => {
  it("holds one vocabulary per other article of the abstracts page, stemmed", () => {
    expect(vocabularies).toHaveLength(docs[0]!.otherArticles.length);
    expect(vocabularies.some((v) => v.has(stemLatin("sanctions")))).toBe(true);
    expect(vocabularies.some((v) => v.has(stemLatin("steel")))).toBe(true);
  });
});

describe("asksOtherArticle", () => {
  it("needs enough unmatched words of ONE other article", () => {
    const steel = ["steel", "industry"].map(stemLatin);
    expect(asksOtherArticle(steel, vocabularies)).toBe(true);
    expect(asksOtherArticle(steel.slice(0, OTHER_ARTICLE_MIN_WORDS - 1), vocabularies)).toBe(false);
    expect(asksOtherArticle(["football", "goal"].map(stemLatin), vocabularies)).toBe(false);
  });
});

describe("Chinese questions about the other articles", () => {
  const glosses = { 钢铁: ["steel"], 制裁: ["sanction"], 欧盟: ["european", "union"], 钢铁业: ["steel"] };

  it("reads the other articles' words from the Chinese words this article never writes, longest first", () => {
    expect(otherArticleGlossesIn("欧盟钢铁业的开放战略自主", glosses).sort()).toEqual(["european", "steel", "union"]);
    expect(otherArticleGlossesIn("中国和中亚的贸易", glosses)).toEqual([]);
  });

  it("refuses only a question that points at another article and names one of its words", () => {
    expect(asksOtherArticleInChinese("那篇研究欧盟钢铁业的文章用了什么理论？", glosses, vocabularies)).toBe(true);
    expect(asksOtherArticleInChinese("同一期里讲对俄制裁的文章作者是谁？", glosses, vocabularies)).toBe(true);
    // No pointing at another article: paraphrase is full of words this article does not write.
    expect(asksOtherArticleInChinese("欧盟钢铁业怎么样？", glosses, vocabularies)).toBe(false);
    // Pointing at an article, but with none of the other articles' words: it is this one.
    expect(asksOtherArticleInChinese("那篇文章说贸易额增长了多少？", glosses, vocabularies)).toBe(false);
  });
});

describe("Russian questions about the other articles", () => {
  const carried = (...words: string[]) => () => new Set(words);

  it("refuses 'in the same issue' and 'the article about X' when X is not this article's", () => {
    expect(asksOtherArticleInRussian("Кто авторы статьи, опубликованной в том же номере?", carried())).toBe(true);
    expect(asksOtherArticleInRussian("Какие меры предлагают Цзян Вэй и Тао Шигуй в статье из того же номера журнала?", carried())).toBe(true);
    expect(asksOtherArticleInRussian("Какие ключевые слова у статьи о санкциях против России?", carried("россии"))).toBe(true);
    expect(
      asksOtherArticleInRussian("Что в этом номере журнала пишут о сталелитейной промышленности ЕС?", carried("промышленности")),
    ).toBe(true);
    expect(
      asksOtherArticleInRussian("Что говорится в аннотации о сталелитейной отрасли ЕС?", carried("отрасли")),
    ).toBe(true);
    expect(asksOtherArticleInRussian("Что говорится в аннотации о модернизации?", carried("модернизации"))).toBe(false);
    // The topic ends where the question about it begins.
    expect(asksOtherArticleInRussian("в аннотации что сказано про взаимное доверие, какую роль оно играет?", carried("взаимное", "доверие"))).toBe(false);
    expect(asksOtherArticleInRussian("в аннотации что сказано про санкции, какую роль они играют?", carried())).toBe(true);
    // What this issue says about this article's own subject is this article's.
    expect(asksOtherArticleInRussian("Что в этом номере пишут о торговле Китая и Центральной Азии?", carried("торговле", "китая", "центральной", "азии"))).toBe(false);
  });

  it("keeps 'the article about X' when the glossary carries X into this article", () => {
    expect(asksOtherArticleInRussian("Какие ключевые слова у статьи о модернизации?", carried("модернизации"))).toBe(false);
    // "В статье о…" is mostly "in the article": left to retrieval.
    expect(asksOtherArticleInRussian("Что говорится в статье про торговлю?", carried())).toBe(false);
  });
});

describe("English questions pointing at another article", () => {
  it("refuses 'the same journal issue' and 'another paper', not 'this issue' or the article itself", () => {
    expect(asksOtherArticleInEnglish("In the sanctions paper from the same journal issue, what model do the authors build?")).toBe(true);
    expect(asksOtherArticleInEnglish("What does the other article on the abstracts page study?")).toBe(true);
    expect(asksOtherArticleInEnglish("What does the article say on this issue?")).toBe(false);
    expect(asksOtherArticleInEnglish("Who wrote this paper?")).toBe(false);
  });
});

describe("the engine with questions about the other articles", () => {
  const engine = useRealEngine();

  it("refuses them, and still answers this article's questions", async () => {
    // Without the check the first one was answered with this article's nearest sentence.
    for (const q of [
      "In the EU steel article, how do production costs differ between technological pathways?",
      "In the game model, how do sanctions on Russia play out?",
    ]) {
      const a = await engine.ask(q);
      expect([q, a.answered]).toEqual([q, false]);
    }
    const own = await engine.ask("How many electric vehicles did China export to Central Asia in 2024?");
    expect(own.answered).toBe(true);
  });

  it("does not answer who wrote another article with this article's authors, in English or Chinese", async () => {
    for (const q of [
      "Who wrote the paper on the EU steel industry?",
      "那篇讲欧盟钢铁产业的文章是谁写的？",
      "Кто написал статью о стальной промышленности ЕС?",
    ]) {
      const a = await engine.ask(q);
      expect([q, a.answered]).toEqual([q, false]);
    }
    for (const q of ["这篇文章的作者是谁？", "Who are the authors?"]) {
      const a = await engine.ask(q);
      expect([q, a.answered, a.hits[0]?.quote ?? ""]).toEqual([q, true, expect.stringMatching(/裴长洪|Pei Changhong/)]);
    }
  });
});
