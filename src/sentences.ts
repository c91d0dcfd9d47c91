/**
 * Sentence splitting for Chinese and English (Russian is split like English).
 * - `sentenceSpans(text, lang)`: [start, end) offsets of the sentences of a paragraph;
 * - `splitSentences(text, lang)`: the sentences themselves (trimmed).
 *
 * Chinese: a sentence ends at 。！？； (and at ASCII !?; right after a Han character or closing
 * mark), never inside “…”, 《…》, （…）/(…), 「…」, and never inside numbers (`1.2`, `5 000`,
 * `3 000~5 000`). Closing quotes/brackets and footnote marks after the end belong to the sentence;
 * a quotation that itself ends with 。 (`…精神’。”①`) ends the sentence at its closing quote.
 * English: at . ! ? followed by whitespace and a capital, digit or opening quote, except after
 * abbreviations (e.g., i.e., U.S., Dr., Mr., No., Fig.) and single-letter initials.
 * Without a language, the text's script decides (`detectLanguage` of language.ts).
 */
import type { Lang } from "./types.js";
import { detectLanguage } from "./language.js";

const HAN = /\p{Script=Han}/u;

const OPENERS: Record<string, string> = {
  "“": "”", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "〈": "〉", "【": "】",
};
const CLOSERS = new Set(Object.values(OPENERS));
const TRAILING = /[”’」』）)》〉】"'①-⑳]/u;
const ZH_END = new Set(["。", "！", "？", "；"]);
const ASCII_END = new Set(["!", "?", ";"]);

export type Span = [start: number, end: number];

function zhSpans(text: string, trackBrackets: boolean): { spans: Span[]; balanced: boolean } {
  const spans: Span[] = [];
  const stack: string[] = [];
  let start = 0;
  let i = 0;
  const cut = (end: number): void => {
    if (text.slice(start, end).trim() !== "") spans.push([start, end]);
    start = end;
  };
  /** After a sentence end at `i`: absorb more terminators, closing marks and footnote marks. */
  const absorb = (from: number): number => {
    let j = from;
    while (j < text.length && (ZH_END.has(text[j]!) || ASCII_END.has(text[j]!) || TRAILING.test(text[j]!))) {
      const ch = text[j]!;
      if (CLOSERS.has(ch)) {
        if (stack[stack.length - 1] !== ch) break;
        stack.pop();
      }
      j += 1;
    }
    return j;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (trackBrackets && OPENERS[ch]) {
      stack.push(OPENERS[ch]!);
      i += 1;
      continue;
    }
    if (trackBrackets && CLOSERS.has(ch) && stack[stack.length - 1] === ch) {
      stack.pop();
      // A quotation that ends a sentence (…。”) ends the enclosing sentence too.
      if (stack.length === 0 && ch === "”" && i > 0 && ZH_END.has(text[i - 1]!)) {
        const end = absorb(i + 1);
        cut(end);
        i = end;
        continue;
      }
      i += 1;
      continue;
    }
    const ends =
      ZH_END.has(ch) ||
      (ASCII_END.has(ch) && i > 0 && (HAN.test(text[i - 1]!) || CLOSERS.has(text[i - 1]!) || TRAILING.test(text[i - 1]!)));
    if (ends && stack.length === 0) {
      const end = absorb(i + 1);
      cut(end);
      i = end;
      continue;
    }
    i += 1;
  }
  cut(text.length);
  return { spans, balanced: stack.length === 0 };
}

const ABBREVIATIONS = new Set(
  [
    "e.g", "i.e", "etc", "cf", "vs", "al", "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "No",
    "Nos", "Fig", "Figs", "Vol", "Vols", "pp", "p", "ed", "eds", "Inc", "Ltd", "Co", "Corp", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "ca",
    "т.е", "т.д", "г", "гг", "см", "др",
  ].map((a) => a.toLowerCase()),
);

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(0, dot))?.[1] ?? "";
  if (before === "") return false;
  if (ABBREVIATIONS.has(before.toLowerCase())) return true;
  // Initials and dotted acronyms: J. / U.S. / e.g.
  if (/^\p{L}$/u.test(before) && /\p{Lu}/u.test(before)) return true;
  return /^(?:\p{L}\.)+\p{L}$/u.test(before);
}

function westernSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const re = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu;
  for (const match of text.matchAll(re)) {
    const end = match.index + match[0].length;
    if (match[0][0] === "." && match[0].length === 1 && isAbbreviation(text, match.index)) continue;
    if (text.slice(start, end).trim() !== "") spans.push([start, end]);
    start = end;
  }
  if (text.slice(start).trim() !== "") spans.push([start, text.length]);
  return spans;
}

/** Sentence spans with surrounding whitespace excluded. */
export function sentenceSpans(text: string, lang: Lang = detectLanguage(text)): Span[] {
  let spans: Span[];
  if (lang === "zh") {
    const tracked = zhSpans(text, true);
    // An unbalanced quote or bracket would swallow the rest of the paragraph: split without them.
    spans = tracked.balanced ? tracked.spans : zhSpans(text, false).spans;
  } else {
    spans = westernSpans(text);
  }
  return spans.map(([s, e]) => {
    while (s < e && /\s/u.test(text[s]!)) s += 1;
    while (e > s && /\s/u.test(text[e - 1]!)) e -= 1;
    return [s, e] as Span;
  });
}

export function splitSentences(text: string, lang: Lang = detectLanguage(text)): string[] {
  return sentenceSpans(text, lang).map(([s, e]) => text.slice(s, e));
}
