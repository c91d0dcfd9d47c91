/**
 * Questions about the OTHER articles whose abstracts share the article's ABSTRACTS page (a game
 * model of sanctions on Russia, the EU steel industry…). Those abstracts are never quoted; a
 * question whose English words are not in this article but are in one of them is about that
 * article, and is refused instead of being answered with this article's nearest sentence.
 *
 * Exports:
 * - `otherArticleWords(documents)` → one set of stemmed English content words per other article
 *   (`englishContentWords`, as `Retrieval.unmatchedLatin` reads the question).
 * - `asksOtherArticle(unmatched, vocabularies)` → whether at least `OTHER_ARTICLE_MIN_WORDS` of
 *   the question's unmatched words (stemmed English words neither carried into Chinese nor found
 *   in this article's English text; see `Retrieval.unmatchedLatin`) are words of one other article.
 */
import { englishContentWords, stemLatin } from "./text-tokens.js";
import type { ArticleDocument } from "./types.js";

/** Words of another article a question must hold (besides this article's) to be about it. */
export const OTHER_ARTICLE_MIN_WORDS = 2;

export function otherArticleWords(documents: readonly Pick<ArticleDocument, "otherArticles">[]): Set<string>[] {
  return documents.flatMap((d) =>
    d.otherArticles.map((o) => new Set(englishContentWords(o.text).map(stemLatin))),
  );
}

export function asksOtherArticle(unmatched: readonly string[], vocabularies: readonly Set<string>[]): boolean {
  const words = new Set(unmatched);
  return vocabularies.some((v) => [...words].filter((w) => v.has(w)).length >= OTHER_ARTICLE_MIN_WORDS);
}
