/**
 * The retriever on the real index: dense scores come from the HNSW graphs (so a question's cost
 * does not grow with the corpus), and on one article that gives the same ranking as comparing
 * every vector.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDictionary } from "../src/dictionary.js";
import { ensureIndex, type LoadedIndex } from "../src/index-store.js";
import { Retriever, type RetrievalSources } from "../src/retrieve.js";
import type { CarryDictionary } from "../src/dictionary.js";

let index: LoadedIndex;
let dictionary: CarryDictionary;

beforeAll(async () => {
  index = await ensureIndex({});
  const docs = index.documents;
  dictionary = await loadDictionary({
    indexDir: index.dir,
    corpusText: docs.flatMap((d) => d.sentences.map((s) => s.plain)).join("\n"),
    corpusKey: docs.map((d) => `${d.id}:${d.sha256}`).join(","),
  });
});
afterAll(async () => {
  await index?.close();
});

/** The index as retrieval sources, with or without its graphs, counting graph searches. */
function sources(withGraphs: boolean, calls: { sentences: number[]; passages: number[] }): RetrievalSources {
  return {
    sentences: index.sentences,
    passages: index.passages,
    sentenceVector: (id) => (index.hasSentenceVector(id) ? index.sentenceVector(id) : undefined),
    passageVector: (id) => index.passageVector(id),
    embedder: index.embedder,
    ...(withGraphs
      ? {
          searchSentences: (v: Float32Array, k: number) => (calls.sentences.push(k), index.searchSentences(v, k)),
          searchPassages: (v: Float32Array, k: number) => (calls.passages.push(k), index.searchPassages(v, k)),
        }
      : {}),
  };
}

describe("Retriever dense candidates", () => {
  const questions: string[] = [
    "中国对中亚的直接投资存量有多少？",
    "How long is the shared border between China and Central Asia?",
    "Сколько газа прошло по газопроводу Китай — Центральная Азия?",
  ];

  it("asks the HNSW graphs once per query vector, and ranks like a full comparison on one article", async () => {
    for (const question of questions) {
      const calls = { sentences: [] as number[], passages: [] as number[] };
      const viaGraph = await new Retriever(sources(true, calls), dictionary).retrieve(question);
      const full = await new Retriever(sources(false, { sentences: [], passages: [] }), dictionary).retrieve(question);
      const vectors = viaGraph.carried.length > 0 ? 2 : 1;
      expect(calls.sentences).toHaveLength(vectors);
      expect(calls.passages).toHaveLength(vectors);
      expect(viaGraph.ranked.map((r) => r.sentence.id)).toEqual(full.ranked.map((r) => r.sentence.id));
      expect(viaGraph.bestCosine).toBeCloseTo(full.bestCosine, 5);
    }
  });

  it("scores only the candidates the graphs return", async () => {
    const question = "中国对中亚的直接投资存量有多少？";
    const none: RetrievalSources = {
      ...sources(false, { sentences: [], passages: [] }),
      searchSentences: () => [],
      searchPassages: () => [],
    };
    const blind = await new Retriever(none, dictionary).retrieve(question);
    const full = await new Retriever(sources(false, { sentences: [], passages: [] }), dictionary).retrieve(question);
    expect(full.bestCosine).toBeGreaterThan(0.5);
    expect(blind.bestCosine).toBe(-1); // no candidate, no dense score: nothing was compared
    expect(blind.ranked.length).toBeGreaterThan(0); // keywords still rank sentences
  });
});
