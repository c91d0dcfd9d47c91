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
 * - `otherArticleGlossesIn(question, glosses)` → the English words of the other articles that a
 *   Chinese question's words translate to, for Chinese words this article never writes (钢铁 →
 *   steel; `CarryDictionary.otherArticleGlosses`), longest words first.
 * - `asksOtherArticleInChinese(question, glosses, vocabularies)` → whether a Chinese question
 *   points at another article (那篇…文章, 同一期) and names at least one of its words this article
 *   never writes: Chinese paraphrase is full of words the article does not use, whose English
 *   ("model", "effect") the other abstracts do, so the words alone do not tell.
 * - `asksOtherArticleInEnglish(question)` → whether an English question points at another
 *   article ("the same journal issue", "another paper").
 * - `asksOtherArticleInRussian(question, carriedWords)` → whether a Russian question points at
 *   another article: "в том же номере" (in the same issue), "в другой статье", or "статья о X"
 *   where a word of X is not one the glossary carries into this article (`carriedWords`: the
 *   question's words that were carried).
 */
import { cyrillicWords, englishContentWords, isRussianStopword, stemLatin } from "./text-tokens.js";
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

/** Longest Chinese word looked up. */
const MAX_WORD = 4;

export function otherArticleGlossesIn(question: string, glosses: Readonly<Record<string, readonly string[]>>): string[] {
  const out = new Set<string>();
  for (const run of question.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    let i = 0;
    while (i < chars.length) {
      let step = 1;
      for (let n = Math.min(MAX_WORD, chars.length - i); n >= 2; n--) {
        const words = glosses[chars.slice(i, i + n).join("")];
        if (words) {
          for (const w of words) out.add(w);
          step = n;
          break;
        }
      }
      i += step;
    }
  }
  return [...out];
}

/** A Chinese question pointing at another article: 那篇…文章, 另一篇论文, 同一期里的… */
const ZH_ANOTHER_ARTICLE = /(?:那|另|另外|其他|其它|别的)一?篇|同一期|同期|本期(?:的)?(?:其他|其它|另)/u;

export function asksOtherArticleInChinese(
  question: string,
  glosses: Readonly<Record<string, readonly string[]>>,
  vocabularies: readonly Set<string>[],
): boolean {
  if (!ZH_ANOTHER_ARTICLE.test(question)) return false;
  const words = otherArticleGlossesIn(question, glosses);
  return vocabularies.some((v) => words.some((w) => v.has(w)));
}

/** "In the same issue", "in another article": a Russian question about another article. */
const RU_ANOTHER_ARTICLE = /(?:в том же|из того же|того же) (?:номер|выпуск)|(?:друг|соседн)\S* стать/iu;

/** "In the same (journal) issue", "another paper", "the other article": English pointing elsewhere. */
const EN_ANOTHER_ARTICLE = /\bsame (?:journal )?issue\b|\b(?:another|other|different) (?:paper|article)s?\b/iu;

/** Whether an English question points at another article of the journal issue ("the sanctions paper from the same issue"). */
export function asksOtherArticleInEnglish(question: string): boolean {
  return EN_ANOTHER_ARTICLE.test(question);
}
/**
 * "The article about X" (X: up to six words); not "в статье о…", which is mostly "in the article";
 * and "what does this issue / the abstract say about X" (в этом номере журнала пишут о…, в
 * аннотации о…).
 */
const RU_ARTICLE_ABOUT =
  /(?:(?<!в )стать(?:я|и|ю|ей)|в (?:этом|данном|одном) (?:номере|выпуске)[^?]{0,30}?|в аннотаци(?:и|ях)[^?]{0,30}?) (?:о|об|про) ((?:[\p{L}-]+[\s,«»"]*){1,6})/iu;

export function asksOtherArticleInRussian(question: string, carriedWords: () => ReadonlySet<string>): boolean {
  if (RU_ANOTHER_ARTICLE.test(question)) return true;
  const about = RU_ARTICLE_ABOUT.exec(question);
  if (!about) return false;
  const carried = carriedWords();
  // (The topic ends where a question about it begins: "про взаимное доверие, какую роль оно играет".)
  const named = about[1]!.split(/[,;—–]\s*(?=(?:что|как|почему|зачем|где|когда|кто|сколько|чем|чего|откуда|ли)(?!\p{L})|как\p{L}+)/iu)[0]!;
  const topic = cyrillicWords(named).filter((w) => w.length > 3 && !isRussianStopword(w));
  return topic.some((w) => !carried.has(w));
}
