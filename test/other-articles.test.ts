import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus.js";
import { createEngine } from "../src/engine.js";
import { asksOtherArticle, OTHER_ARTICLE_MIN_WORDS, otherArticleWords } from "../src/other-articles.js";
import { stemLatin } from "../src/text-tokens.js";
import type { StudyEngine } from "../src/types.js";

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

describe("the engine with questions about the other articles", () => {
  let engine: StudyEngine;
  beforeAll(async () => {
    engine = await createEngine();
  });
  afterAll(async () => {
    await engine?.close();
  });

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
});
