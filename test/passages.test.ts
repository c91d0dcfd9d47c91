import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadCorpusSync } from "../src/corpus.js";
import { parseArticle } from "../src/parse-article.js";
import { CHUNKER_VERSION, PASSAGE_TARGET_TOKENS, chunkSentences, estimateTokens, passageId } from "../src/passages.js";

const source = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");
const options = { docId: "china-central-asia-spirit", file: "corpus/china-central-asia-spirit.md" };
const [doc] = loadCorpusSync();
const article = doc!;

describe("passages of the real article", () => {
  it("hold every quotable sentence exactly once, consecutive and within one paragraph", () => {
    const seen = article.passages.flatMap((p) => p.sentenceIds);
    expect(seen).toEqual(article.sentences.map((s) => s.id));
    for (const passage of article.passages) {
      const members = passage.sentenceIds.map((id) => article.sentences.find((s) => s.id === id)!);
      expect(new Set(members.map((s) => s.paragraphId))).toEqual(new Set([passage.paragraphId]));
      const ordinals = members.map((s) => s.ordinal);
      expect(ordinals).toEqual(ordinals.map((_, i) => ordinals[0]! + i));
      expect(passage.text).toBe(members.map((s) => s.plain).join(passage.lang === "zh" ? "" : " "));
      expect(passage.section).toEqual(members[0]!.section);
    }
  });

  it("are sized for the model: at most the target unless a single sentence is longer", () => {
    for (const passage of article.passages) {
      const size = estimateTokens(passage.text);
      if (passage.sentenceIds.length > 1) expect(size, passage.id).toBeLessThanOrEqual(PASSAGE_TARGET_TOKENS);
      expect(size, passage.id).toBeLessThan(512);
    }
    expect(article.passages.length).toBeGreaterThan(article.paragraphs.length);
  });

  it("have content-derived ids, the same on every parse", () => {
    const again = parseArticle(source, options);
    expect(again.passages.map((p) => p.id)).toEqual(article.passages.map((p) => p.id));
    for (const passage of article.passages) expect(passage.id).toMatch(/^china-central-asia-spirit#p-[0-9a-f]{10}(?:-\d+)?$/);
    expect(new Set(article.passages.map((p) => p.id)).size).toBe(article.passages.length);
  });

  it("keep their ids when an unrelated paragraph changes", () => {
    const edited = parseArticle(source.replace("大道如砥,行者无疆。", "大道如砥。"), options);
    const before = new Map(article.passages.map((p) => [p.text, p.id]));
    const changed = edited.passages.filter((p) => before.get(p.text) !== p.id);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.text.startsWith("大道如砥。")).toBe(true);
    expect(edited.passages).toHaveLength(article.passages.length);
  });

  it("exports a chunker version for the index", () => {
    expect(CHUNKER_VERSION).toMatch(/^\d+$/);
  });
});

describe("chunking", () => {
  it("fills passages evenly and never splits a sentence", () => {
    expect(chunkSentences([50, 50, 50, 50, 50], 200)).toEqual([[0, 1, 2], [3, 4]]);
    expect(chunkSentences([300, 10], 200)).toEqual([[0], [1]]);
    expect(chunkSentences([], 200)).toEqual([]);
  });

  it("counts Han characters and Latin words", () => {
    expect(estimateTokens("中国中亚")).toBe(4);
    expect(estimateTokens("mutual trust")).toBe(3);
  });

  it("disambiguates identical texts", () => {
    const taken = new Set<string>();
    const first = passageId("d", "同一段。", taken);
    expect(passageId("d", "同一段。", taken)).toBe(`${first}-2`);
  });
});
