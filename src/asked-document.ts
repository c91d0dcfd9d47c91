/**
 * Documents named after a place: the Samarkand Declaration, 撒马尔罕宣言, Самаркандская
 * декларация. A question about the declaration, treaty or agreement of a place that the article
 * never names beside any such document asks of a document the article does not cite, however
 * close its sentences about the Xi'an and Astana declarations come (see `engine.ts`).
 *
 * Exports:
 * - `documentPlacesAsked(text, carriedFrom, placesOf)` → the places (as `placesOf` names them, in
 *   Chinese) that a text names right before a document word: 撒马尔罕 in "撒马尔罕宣言", "the
 *   'Samarkand' Declaration" and "Самаркандской декларации" (English and Russian through the
 *   Chinese their words were carried into).
 * - `documentPlacesIn(sentences, placesOf)` → the places that sentences name beside a document
 *   word (the article's own: 西安, 阿斯塔纳, …).
 */

/** Chinese document words (宣言, 条约, 协定…). */
const ZH_DOCUMENT = /宣言|声明|条约|协定|公约|宪章|议定书|公报/u;
/** A document word in Chinese, English or Russian, wherever it stands in a text. */
const DOCUMENT_WORD = new RegExp(
  [
    ZH_DOCUMENT.source,
    String.raw`\b(?:declarations?|treat(?:y|ies)|agreements?|accords?|conventions?|protocols?|communiqu[eé]s?|charters?)\b`,
    String.raw`(?<!\p{L})(?:декларац|договор|соглашени|конвенц|протокол|коммюнике|харти)\p{L}*`,
  ].join("|"),
  "giu",
);
/** Quotation marks and spaces between a place and its document word ("the 'Samarkand' Declaration", 《撒马尔罕宣言》). */
const BETWEEN = /[\s'"‘’“”«»《]+$/u;

/** Names the places of a Chinese text (countries by their full names), people left out. */
export type PlacesOf = (zh: string) => string[];

export function documentPlacesAsked(
  text: string,
  carriedFrom: readonly { source: string; zh: readonly string[] }[],
  placesOf: PlacesOf,
): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(DOCUMENT_WORD)) {
    const before = text.slice(0, m.index).replace(BETWEEN, "");
    if (ZH_DOCUMENT.test(m[0])) {
      // 中国—中亚峰会西安宣言: the place the document word follows.
      for (const place of placesOf(before.slice(-12))) if (before.endsWith(place)) out.add(place);
      continue;
    }
    const lower = before.toLowerCase();
    for (const { source, zh } of carriedFrom) {
      if (!lower.endsWith(source) || /\p{L}/u.test(lower.charAt(lower.length - source.length - 1))) continue;
      for (const term of zh) for (const place of placesOf(term)) out.add(place);
    }
  }
  return [...out];
}

export function documentPlacesIn(sentences: readonly string[], placesOf: PlacesOf): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) if (ZH_DOCUMENT.test(s)) for (const place of placesOf(s)) out.add(place);
  return out;
}
