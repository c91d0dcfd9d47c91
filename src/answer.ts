/**
 * Composing the `Answer` object from chosen sentences: quotes with footnote marks rendered as
 * [1] [2] numbered across the answer, citations resolved, section paths joined with " › ",
 * paragraph context, abstention, and the handling of bad input.
 *
 * Exports:
 * - `MAX_SEARCH_CHARS`: questions longer than this are truncated for search (note `truncated`).
 * - `prepareQuestion(raw)` → `PreparedQuestion`: the cleaned question (control characters
 *   removed, whitespace collapsed), the text to search, notes, and whether anything is searchable.
 * - `AbstainThresholds`, `DEFAULT_THRESHOLDS`, `answerSignal(signals)`, `shouldAnswer(signals,
 *   language, thresholds?)`: the abstention rule over the best dense cosine and keyword coverage
 *   (calibrated on the dev set).
 * - `composeHits(groups, lookups)` → `Hit[]`: quotes, context, section, citations.
 * - `renderMarks(sentence, numberOf)`: a sentence's text with ①② replaced by [n].
 * - `emptyAnswer(question, language, notes)`: an unanswered answer object.
 */
import type { Answer, Citation, Footnote, Hit, Lang, Paragraph, Sentence } from "./types.js";

export const MAX_SEARCH_CHARS = 500;

export interface PreparedQuestion {
  /** The question as shown back: control characters removed, whitespace collapsed, trimmed. */
  question: string;
  /** What is searched: `question` without markup tags, truncated to `MAX_SEARCH_CHARS`. */
  search: string;
  notes: ("empty" | "truncated")[];
  /** False when there is nothing to search (no letters or digits at all). */
  searchable: boolean;
}

/** An HTML/XML-like tag: `<b>`, `</blockquote>`, `<a href="…">`. */
const MARKUP_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/** Cleans a raw question and decides what to search (markup tags left out). Never throws. */
export function prepareQuestion(raw: unknown): PreparedQuestion {
  const text = typeof raw === "string" ? raw : raw == null ? "" : String(raw);
  const question = text
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const notes: PreparedQuestion["notes"] = [];
  // HTML-like tags pasted into a question are markup, not words to search for.
  const unmarked = question.replace(MARKUP_TAG, " ").replace(/\s+/g, " ").trim();
  const chars = Array.from(unmarked);
  let search = unmarked;
  if (chars.length > MAX_SEARCH_CHARS) {
    search = chars.slice(0, MAX_SEARCH_CHARS).join("");
    notes.push("truncated");
  }
  const searchable = /[\p{L}\p{N}]/u.test(search);
  if (!searchable) notes.push("empty");
  return { question, search, notes, searchable };
}

/**
 * Abstention: the article answers when `bestCosine + coverage·w₁ + articleCoverage·w₂` reaches the
 * language's threshold. Calibrated on the dev set (in-scope vs out-of-scope questions, 84 of them
 * out of scope, most near misses): per language, the highest threshold (in steps of 0.02)
 * refusing at most 2% of in-scope questions; Russian one step lower, as the next steps refuse 5%
 * (a cliff on 39 questions, not a margin to rely on). The model's cosines run
 * higher for English and Russian questions, hence one threshold per language.
 */
export interface AbstainThresholds {
  coverageWeight: number;
  articleCoverageWeight: number;
  minScore: Record<Lang, number>;
}

export const DEFAULT_THRESHOLDS: AbstainThresholds = {
  coverageWeight: 0.2,
  articleCoverageWeight: 0.1,
  minScore: { zh: 0.595, en: 0.675, ru: 0.675 },
};

/** The abstention signal of a retrieval (higher = more likely answered by the article). */
export function answerSignal(
  signals: { bestCosine: number; coverage: number; articleCoverage: number },
  thresholds: AbstainThresholds = DEFAULT_THRESHOLDS,
): number {
  return (
    signals.bestCosine +
    thresholds.coverageWeight * signals.coverage +
    thresholds.articleCoverageWeight * signals.articleCoverage
  );
}

/**
 * The abstention rule: true when the retrieval signals say the article answers. A question that
 * names a part of the article ("结尾提到的…", "in the conclusion") is about the article: it is
 * answered when its best sentence lies in that part, whatever the score; so is one quoting the
 * article's figures when its best sentence states them all ("333 vs 120 kg – what's the source?").
 * One of which nothing was read (`Retrieval.nothingRead`) is not, whatever its cosine.
 */
export function shouldAnswer(
  signals: {
    bestCosine: number;
    coverage: number;
    articleCoverage: number;
    inPointedRegion?: boolean;
    quotesItsNumbers?: boolean;
    nothingRead?: boolean;
  },
  language: Lang,
  thresholds: AbstainThresholds = DEFAULT_THRESHOLDS,
): boolean {
  if (signals.inPointedRegion === true) return true;
  // A question of which nothing was understood (Russian none of whose words the glossary knows)
  // has only noise for a cosine, and a bare number ("уложиться в 15 минут") is no figure quoted.
  if (signals.nothingRead === true) return false;
  return signals.quotesItsNumbers === true || answerSignal(signals, thresholds) >= thresholds.minScore[language];
}

/** Circled numbers ①–⑳ and ㉑–㊿ as printed for footnote marks. */
const CIRCLED = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/gu;

/** A sentence's text with its footnote marks replaced by `[n]` (or removed when `numberOf` gives nothing). */
export function renderMarks(sentence: Sentence, numberOf: (footnote: Footnote) => number | undefined): string {
  let k = 0;
  return sentence.text.replace(CIRCLED, () => {
    const footnote = sentence.footnotes[k++];
    const n = footnote ? numberOf(footnote) : undefined;
    return n === undefined ? "" : `[${n}]`;
  });
}

/** Joins sentences as printed: no space between Chinese sentences, one space between others. */
function joinSentences(texts: readonly { lang: Lang; text: string }[]): string {
  return texts.reduce((out, t, i) => (i === 0 ? t.text : out + (t.lang === "zh" ? "" : " ") + t.text), "");
}

export interface HitLookups {
  sentence(id: string): Sentence | undefined;
  paragraphOf(sentenceId: string): Paragraph | undefined;
  passageIdOf(sentenceId: string): string | undefined;
}

/** Hits for chosen sentence groups, footnotes numbered across the whole answer. */
export function composeHits(
  groups: readonly { sentences: readonly Sentence[]; score: number }[],
  lookups: HitLookups,
): Hit[] {
  // One number per distinct source (a 同① footnote shares the number of the one it repeats).
  const numbers = new Map<string, number>();
  const sourceKey = (f: Footnote): string => `${f.text}\u0000${f.urls.join(" ")}`;
  const numberFor = (f: Footnote): number => {
    const key = sourceKey(f);
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = numbers.size + 1));
    return n;
  };
  return groups.map((group) => {
    const quoted = new Set(group.sentences.map((s) => s.id));
    const citations: Citation[] = [];
    const cited = new Set<number>();
    const parts = group.sentences.map((s) => {
      const text = renderMarks(s, (f) => {
        const n = numberFor(f);
        if (!cited.has(n)) {
          cited.add(n);
          citations.push({ mark: `[${n}]`, text: f.text, urls: [...f.urls] });
        }
        return n;
      });
      return { lang: s.lang, text };
    });
    const first = group.sentences[0]!;
    const paragraph = lookups.paragraphOf(first.id);
    const contextSentences = (paragraph?.sentenceIds ?? group.sentences.map((s) => s.id))
      .map((id) => lookups.sentence(id))
      .filter((s): s is Sentence => s !== undefined);
    const context = joinSentences(
      contextSentences.map((s) => ({
        lang: s.lang,
        text: renderMarks(s, (f) => (quoted.has(s.id) ? numbers.get(sourceKey(f)) : undefined)),
      })),
    );
    return {
      quote: joinSentences(parts),
      context,
      section: first.section.join(" › "),
      docId: first.docId,
      passageId: lookups.passageIdOf(first.id) ?? "",
      sentenceIds: group.sentences.map((s) => s.id),
      score: Math.round(group.score * 10000) / 10000,
      citations,
    };
  });
}

/** An answer with no hits. */
export function emptyAnswer(question: string, language: Lang, notes: NonNullable<Answer["notes"]>): Answer {
  return { question, language, answered: false, hits: [], notes: [...new Set(notes)] };
}
