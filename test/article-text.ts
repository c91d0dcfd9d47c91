/**
 * Test helper: raw sentences of the real article, cut straight from `corpus/` (no parser), for
 * tests of text checks that should hold on the article's own wording.
 *
 * Exports: `sentenceAround(phrase)` → the text from the 。 before the phrase to the 。 after it,
 * on the first corpus line holding the phrase.
 */
import { readFileSync } from "node:fs";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");

/** The sentence of the article around a phrase (from the previous 。 to the next one). */
export function sentenceAround(phrase: string): string {
  const line = article.split("\n").find((l) => l.includes(phrase));
  if (!line) throw new Error(`the article has no line with ${phrase}`);
  const at = line.indexOf(phrase);
  return line.slice(line.lastIndexOf("。", at) + 1, line.indexOf("。", at) + 1);
}
