import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus.js";
import { sha256File } from "../src/file-hash.js";
import { INDEX_FILES, INDEX_FORMAT, type IndexManifest } from "../src/index-build.js";
import { ensureIndex, IndexFileError, indexStaleness, type LoadedIndex, openIndex } from "../src/index-store.js";
import { createLogger } from "../src/logger.js";
import { resolveProfile } from "../src/model-profiles.js";
import { CHUNKER_VERSION } from "../src/passages.js";
import { PROJECT_ROOT } from "../src/project-paths.js";
import type { ArticleDocument } from "../src/types.js";
import { capturingLogger } from "./log-capture.js";

const quiet = createLogger({ level: "silent" });
const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);
const realIndexDir = join(PROJECT_ROOT, "index");
const temps: string[] = [];

let index: LoadedIndex;
let documents: ArticleDocument[];

beforeAll(async () => {
  index = await openIndex({ logger: quiet });
  documents = await loadCorpus(join(PROJECT_ROOT, "corpus"));
});
afterAll(async () => {
  await index?.close();
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** A copy of the real index in a temp folder. */
async function indexCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "index-store-test-"));
  temps.push(dir);
  await cp(realIndexDir, dir, { recursive: true });
  return dir;
}

async function editManifest(dir: string, edit: (m: IndexManifest) => void): Promise<void> {
  const path = join(dir, INDEX_FILES.manifest);
  const manifest = JSON.parse(await readFile(path, "utf8")) as IndexManifest;
  edit(manifest);
  await writeFile(path, JSON.stringify(manifest, null, 2));
}

describe("the index built from the real article", () => {
  it("records what it was built from in its manifest", async () => {
    const m = index.manifest;
    const bge = resolveProfile("bge-small-zh-v1.5", {});
    expect(m.format).toBe(INDEX_FORMAT);
    expect(m.chunkerVersion).toBe(CHUNKER_VERSION);
    expect(m.model.id).toBe(bge.id);
    expect(m.model.files).toEqual(bge.files.map((f) => ({ path: f.path, sha256: f.sha256 })));
    expect(m.corpus).toEqual([
      {
        file: "corpus/china-central-asia-spirit.md",
        sha256: await sha256File(join(PROJECT_ROOT, "corpus", "china-central-asia-spirit.md")),
      },
    ]);
    expect(m.dimension).toBe(512);
    expect(m.hnsw).toMatchObject({ space: "cosine", M: expect.any(Number), efConstruction: expect.any(Number), ef: expect.any(Number) });
    const quotable = documents.flatMap((d) => d.sentences).filter((s) => s.kind !== "keywords");
    expect(m.counts).toEqual({
      documents: documents.length,
      passages: documents.reduce((n, d) => n + d.passages.length, 0),
      sentences: documents.reduce((n, d) => n + d.sentences.length, 0),
      embeddedSentences: quotable.length,
    });
    expect(Number.isNaN(Date.parse(m.builtAt))).toBe(false);
  });

  it("is fresh for the current corpus, model and code", async () => {
    expect(await indexStaleness({ logger: quiet })).toEqual([]);
  });

  it("gives back the parsed documents, all sentences and passages in order", () => {
    expect(index.documents.map((d) => d.id)).toEqual(documents.map((d) => d.id));
    expect(index.sentences.map((s) => s.id)).toEqual(documents.flatMap((d) => d.sentences.map((s) => s.id)));
    expect(index.passages.map((p) => p.id)).toEqual(documents.flatMap((d) => d.passages.map((p) => p.id)));
    expect(index.sentences[0]!.footnotes).toEqual(documents[0]!.sentences[0]!.footnotes);
  });

  it("finds every sentence nearest to itself, with cosine 1", () => {
    const misses = index.sentences
      .filter((s) => index.hasSentenceVector(s.id))
      .filter((s) => {
        const [top] = index.searchSentences(index.sentenceVector(s.id), 1);
        return top?.id !== s.id || Math.abs(top.score - 1) > 1e-4;
      });
    expect(misses.map((s) => s.id)).toEqual([]);
  });

  it("finds a Chinese sentence from a paraphrase of it", async () => {
    const pairs = [
      ["历史上,中国与中亚国家通过丝绸之路互通有无、共享繁荣。", "古代中国和中亚各国借助丝绸之路进行贸易往来,一同走向繁荣。"],
      [
        "新时代以来,在习近平主席和中亚各国元首的战略引领下,双方互信提升至前所未有的高度。",
        "进入新时代后,在习近平和中亚五国元首的引领下,双方的相互信任达到了空前的水平。",
      ],
    ] as const;
    for (const [original, paraphrase] of pairs) {
      const target = index.sentences.find((s) => s.plain === original);
      expect(target, original).toBeDefined();
      const [vector] = await index.embedder.embedQueries([paraphrase]);
      expect(index.searchSentences(vector!, 1)[0]!.id).toBe(target!.id);
    }
  });

  it("ranks like exact cosine over the stored vectors", async () => {
    const [query] = await index.embedder.embedQueries(["中国与中亚国家的经贸合作"]);
    const exact = index.passages
      .map((p) => ({ id: p.id, score: dot(query!, index.passageVector(p.id)) }))
      .sort((a, b) => b.score - a.score);
    const found = index.searchPassages(query!, 10);
    expect(found.map((h) => h.id)).toEqual(exact.slice(0, 10).map((h) => h.id));
    found.forEach((h, i) => expect(h.score).toBeCloseTo(exact[i]!.score, 4));
  });

  it("stores the same vectors the embedder gives for the sentence text", async () => {
    const sentence = index.sentences[40]!;
    const [fresh] = await index.embedder.embedQueries([sentence.plain]);
    expect(dot(fresh!, index.sentenceVector(sentence.id))).toBeCloseTo(1, 5);
  });

  it("clamps k to the number of elements and returns nothing for k ≤ 0", () => {
    const vector = index.passageVector(index.passages[0]!.id);
    const all = index.searchPassages(vector, 10_000);
    expect(all).toHaveLength(index.passages.length);
    expect(new Set(all.map((h) => h.id)).size).toBe(index.passages.length);
    expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((a, b) => b - a));
    expect(index.searchSentences(vector, 10_000)).toHaveLength(index.manifest.counts.embeddedSentences);
    expect(index.searchSentences(vector, 0)).toEqual([]);
    expect(index.searchSentences(vector, -3)).toEqual([]);
  });

  it("rejects a query vector of the wrong size and unknown ids with clear errors", () => {
    expect(() => index.searchSentences(new Float32Array(10), 3)).toThrow(/10 dimensions; the index has 512/);
    expect(() => index.sentenceVector("nope#s1")).toThrow(/No sentence vector for id "nope#s1"/);
  });
});

describe("staleness", () => {
  const reasonsFor = async (edit: (m: IndexManifest) => void) => {
    const dir = await indexCopy();
    await editManifest(dir, edit);
    return indexStaleness({ indexDir: dir, logger: quiet });
  };

  it("names a changed corpus file", async () => {
    expect(await reasonsFor((m) => (m.corpus[0]!.sha256 = "0".repeat(64)))).toEqual([
      "corpus changed (corpus/china-central-asia-spirit.md)",
    ]);
  });

  it("names a changed model file, chunker and format", async () => {
    expect(await reasonsFor((m) => (m.model.files[0]!.sha256 = "0".repeat(64)))).toEqual(["model changed (onnx/model_quantized.onnx)"]);
    expect(await reasonsFor((m) => (m.chunkerVersion = "old"))).toEqual([`chunker changed (index old, code ${CHUNKER_VERSION})`]);
    expect(await reasonsFor((m) => (m.format = -1))).toEqual([`format changed (index -1, code ${INDEX_FORMAT})`]);
  });

  it("names another model", async () => {
    const reasons = await reasonsFor((m) => (m.model.id = "Xenova/multilingual-e5-small"));
    expect(reasons).toEqual(["model changed (index Xenova/multilingual-e5-small, configured BAAI/bge-small-zh-v1.5)"]);
  });

  it("reports a missing index", async () => {
    const dir = await mkdtemp(join(tmpdir(), "index-store-empty-"));
    temps.push(dir);
    const reasons = await indexStaleness({ indexDir: dir, logger: quiet });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^missing \(.*manifest\.json\)$/);
  });
});

describe("a stale index", () => {
  it("is rebuilt by ensureIndex with a log line saying why, byte-identical to the first build", async () => {
    const dir = await indexCopy();
    await editManifest(dir, (m) => (m.chunkerVersion = "old"));
    const log = capturingLogger();
    const rebuilt = await ensureIndex({ indexDir: dir, logger: log.logger });
    try {
      expect(log.text()).toContain(`rebuilding the index: chunker changed (index old, code ${CHUNKER_VERSION})`);
      expect(rebuilt.manifest.chunkerVersion).toBe(CHUNKER_VERSION);
      // Determinism: the same corpus and model give the same files as the global setup's build.
      for (const name of [INDEX_FILES.documents, INDEX_FILES.labels, INDEX_FILES.passages, INDEX_FILES.sentences]) {
        expect(await sha256File(join(dir, name)), name).toBe(await sha256File(join(realIndexDir, name)));
      }
      const { builtAt: _a, buildMs: _b, ...again } = rebuilt.manifest;
      const { builtAt: _c, buildMs: _d, ...first } = index.manifest;
      expect(again).toEqual(first);
      const [query] = await rebuilt.embedder.embedQueries(["丝绸之路"]);
      expect(rebuilt.searchSentences(query!, 8)).toEqual(index.searchSentences(query!, 8));
      expect(await indexStaleness({ indexDir: dir, logger: quiet })).toEqual([]);
    } finally {
      await rebuilt.close();
    }
  });
});

describe("a corrupt index file", () => {
  it("gives an error naming the file and the command that fixes it", async () => {
    const dir = await indexCopy();
    const path = join(dir, INDEX_FILES.sentences);
    const bytes = await readFile(path);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    await writeFile(path, bytes);
    const error = await ensureIndex({ indexDir: dir, logger: quiet }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexFileError);
    expect((error as IndexFileError).file).toMatch(/sentences\.hnsw$/);
    expect((error as Error).message).toMatch(/Index file .*sentences\.hnsw is corrupt .*Fix: run `npm run build:index`/);
  });

  it("does the same for a truncated metadata file and a broken manifest", async () => {
    const dir = await indexCopy();
    const documentsPath = join(dir, INDEX_FILES.documents);
    await writeFile(documentsPath, (await readFile(documentsPath)).subarray(0, 1000));
    await expect(openIndex({ indexDir: dir, logger: quiet })).rejects.toThrow(/documents\.json is corrupt.*npm run build:index/);
    await writeFile(join(dir, INDEX_FILES.manifest), "{ not json");
    await expect(ensureIndex({ indexDir: dir, logger: quiet })).rejects.toThrow(/manifest\.json is corrupt.*npm run build:index/);
  });
});
