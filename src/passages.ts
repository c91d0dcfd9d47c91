/**
 * Retrieval passages: consecutive sentences of ONE paragraph, sized for the embedding model
 * (bge-small-zh reads at most 512 tokens; shorter passages retrieve more precisely).
 * - `CHUNKER_VERSION`: bump whenever the chunking rules change (the index uses it for staleness);
 * - `PASSAGE_TARGET_TOKENS`: the size a passage aims at (a single longer sentence stays whole);
 * - `estimateTokens(text)`: model tokens, roughly (a Han character ≈ 1, a Latin word ≈ 1.3);
 * - `chunkSentences(lengths, target)`: groups of consecutive sentence indexes, balanced in size;
 * - `buildPassages(docId, paragraph, sentences, taken)`: the passages of one paragraph, with ids
 *   `${docId}#p-${first 10 hex of sha256(text)}` (`-2`, `-3` … on a collision): the same text
 *   gets the same id on every rebuild, and edits elsewhere in the article do not move it.
 *
 * Each sentence is in exactly one passage (no overlap).
 */
import type { Paragraph, Passage, Sentence } from "./types.js";
import { sha256Bytes } from "./file-hash.js";

export const CHUNKER_VERSION = "1";
export const PASSAGE_TARGET_TOKENS = 200;

export function estimateTokens(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[\p{L}\p{N}]+/gu)?.filter((w) => !/\p{Script=Han}/u.test(w)).length ?? 0;
  const punctuation = text.match(/[^\p{L}\p{N}\s]/gu)?.length ?? 0;
  return han + Math.ceil(words * 1.3) + Math.ceil(punctuation / 2);
}

/**
 * Splits sentences (given by their sizes) into runs of consecutive indexes: as few runs as the
 * target allows, filled evenly, never splitting a sentence.
 */
export function chunkSentences(lengths: readonly number[], target = PASSAGE_TARGET_TOKENS): number[][] {
  const total = lengths.reduce((a, b) => a + b, 0);
  const even = total / Math.max(1, Math.ceil(total / target));
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const [i, length] of lengths.entries()) {
    if (current.length > 0 && (size + length > target || size >= even)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(i);
    size += length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export function passageId(docId: string, text: string, taken: Set<string>): string {
  const base = `${docId}#p-${sha256Bytes(text).slice(0, 10)}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The passages of one paragraph; `taken` collects the ids already given in the document. */
export function buildPassages(
  docId: string,
  paragraph: Paragraph,
  sentences: readonly Sentence[],
  taken: Set<string>,
  target = PASSAGE_TARGET_TOKENS,
): Passage[] {
  const chunks = chunkSentences(sentences.map((s) => estimateTokens(s.plain)), target);
  return chunks.map((indexes) => {
    const members = indexes.map((i) => sentences[i]!);
    const lang = members[0]!.lang;
    const text = members.map((s) => s.plain).join(lang === "zh" ? "" : " ");
    return {
      id: passageId(docId, text, taken),
      docId,
      paragraphId: paragraph.id,
      sectionId: paragraph.sectionId,
      section: paragraph.section,
      lang,
      sentenceIds: members.map((s) => s.id),
      text,
    };
  });
}
