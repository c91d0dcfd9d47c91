import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus.js";
import { createEmbedder } from "../src/embed.js";
import { buildIndex, type BuildProgress, embeddedSentences, INDEX_FILES } from "../src/index-build.js";
import { ensureIndex, type LoadedIndex, openIndex } from "../src/index-store.js";
import { createLogger } from "../src/logger.js";
import { PROJECT_ROOT } from "../src/project-paths.js";
import type { ArticleDocument, Sentence } from "../src/types.js";
import { capturingLogger } from "./log-capture.js";
import { type TinyModel, writeTinyModel } from "./tiny-model.js";

const quiet = createLogger({ level: "silent" });
const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);
const temps: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

let documents: ArticleDocument[];
let modelsDir: string;
let tiny: TinyModel;

beforeAll(async () => {
  documents = await loadCorpus(join(PROJECT_ROOT, "corpus"));
  modelsDir = await tempDir("index-build-models-");
  // The tiny model knows every character of the article, so its vectors tell sentences apart.
  const chars = new Set(documents.flatMap((d) => d.sentences.flatMap((s) => [...s.plain])).filter((c) => /\p{Script=Han}/u.test(c)));
  tiny = await writeTinyModel(modelsDir, [...chars].sort(), 32);
});
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

describe("embeddedSentences", () => {
  it("keeps body and abstract sentences and leaves keywords out", () => {
    const first = documents[0]!.sentences[0]!;
    const keywords: Sentence = { ...first, id: `${first.docId}#kw`, kind: "keywords" };
    const doc = { ...documents[0]!, sentences: [keywords, ...documents[0]!.sentences] };
    const kept = embeddedSentences([doc]);
    expect(kept.map((s) => s.id)).toEqual(documents[0]!.sentences.filter((s) => s.kind !== "keywords").map((s) => s.id));
  });
});

describe("a second model profile (tiny mean-pooling model with prefixes) through the whole index path", () => {
  let index: LoadedIndex;
  let indexDir: string;
  beforeAll(async () => {
    indexDir = await tempDir("index-build-tiny-");
    index = await ensureIndex({ indexDir, modelsDir, profile: tiny.profile, logger: quiet });
  });
  afterAll(async () => {
    await index?.close();
  });

  it("records the profile and its dimension in the manifest", () => {
    expect(index.manifest.model.id).toBe(tiny.profile.id);
    expect(index.manifest.model.profile).toMatchObject({ pooling: "mean", queryPrefix: "query: ", passagePrefix: "passage: " });
    expect(index.manifest.dimension).toBe(32);
    expect(index.manifest.model.files.map((f) => f.path).sort()).toEqual(tiny.profile.files.map((f) => f.path).sort());
  });

  it("stores passage-prefixed mean-pooled vectors and finds each sentence nearest to itself", async () => {
    const sentence = index.sentences.find((s) => s.kind === "body")!;
    const [passageVector] = await index.embedder.embedPassages([sentence.plain]);
    const [queryVector] = await index.embedder.embedQueries([sentence.plain]);
    const stored = index.sentenceVector(sentence.id);
    expect(stored).toHaveLength(32);
    expect(dot(stored, passageVector!)).toBeCloseTo(1, 5);
    expect(dot(stored, queryVector!)).toBeLessThan(0.9999);
    const misses = embeddedSentences(index.documents).filter((s) => index.searchSentences(index.sentenceVector(s.id), 1)[0]?.id !== s.id);
    expect(misses.map((s) => s.id)).toEqual([]);
  });

  it("is rebuilt when another profile is configured", async () => {
    const log = capturingLogger();
    const other = { ...tiny.profile, name: "tiny-cls", pooling: "cls" as const };
    const rebuilt = await ensureIndex({ indexDir, modelsDir, profile: other, logger: log.logger });
    try {
      expect(log.text()).toContain("model settings changed (profile tiny-cls)");
      expect(rebuilt.manifest.model.profile).toMatchObject({ pooling: "cls" });
    } finally {
      await rebuilt.close();
    }
  });
});

describe("buildIndex", () => {
  it("reports progress up to the total and writes every index file", async () => {
    const indexDir = await tempDir("index-build-progress-");
    const embedder = await createEmbedder({ modelsDir, profile: tiny.profile });
    const progress: BuildProgress[] = [];
    try {
      const { manifest } = await buildIndex({
        documents,
        embedder,
        indexDir,
        corpus: [],
        modelFiles: [],
        chunkerVersion: "test",
        onProgress: (p) => progress.push(p),
      });
      const total = manifest.counts.passages + manifest.counts.embeddedSentences;
      expect(progress.map((p) => p.done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(progress.every((p) => p.total === total && p.etaMs >= 0)).toBe(true);
      expect(progress.at(-1)!.etaMs).toBe(0);
      expect((await readdir(indexDir)).sort()).toEqual(Object.values(INDEX_FILES).sort());
    } finally {
      await embedder.dispose();
    }
  });

  it("handles an empty corpus: an index with nothing to find", async () => {
    const indexDir = await tempDir("index-build-empty-");
    const embedder = await createEmbedder({ modelsDir, profile: tiny.profile });
    try {
      await buildIndex({ documents: [], embedder, indexDir, corpus: [], modelFiles: [], chunkerVersion: "test" });
    } finally {
      await embedder.dispose();
    }
    const empty = await openIndex({ indexDir, modelsDir, profile: tiny.profile, logger: quiet });
    try {
      expect(empty.manifest.counts).toEqual({ documents: 0, passages: 0, sentences: 0, embeddedSentences: 0 });
      expect(empty.searchSentences(new Float32Array(32).fill(0.1), 5)).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
