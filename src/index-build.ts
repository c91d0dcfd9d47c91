/**
 * Building the search index from parsed articles: every passage (`text`) and every quotable
 * sentence (kinds body, abstract-zh, abstract-en; their `plain` text) is embedded, each set goes
 * into its own cosine HNSW graph (hnswlib-node), and the metadata and a manifest are written.
 *
 * Files written into the index folder (each via a temp file and a rename; the manifest last):
 * - `passages.hnsw`, `sentences.hnsw`: the graphs; HNSW label i = position i in `labels.json`;
 * - `labels.json`: `{ passages: string[], sentences: string[] }`, the ids behind the labels;
 * - `documents.json`: the `ArticleDocument[]` (text, section paths, footnotes, passages);
 * - `manifest.json`: `IndexManifest` (what the index was built from, and the sha256 of the files).
 *
 * Deterministic: points are added one by one in document order with a fixed seed, and texts are
 * embedded one at a time, so the same corpus and model give byte-identical files (except the
 * build time in the manifest).
 *
 * Exports: `buildIndex(input)`, `embeddedSentences(documents)`, `INDEX_FORMAT`, `HNSW_PARAMS`,
 * `INDEX_FILES`, `EMBEDDED_SENTENCE_KINDS`, and the types `IndexManifest`, `BuildIndexInput`,
 * `BuildProgress`, `BuildSummary`.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import hnswlib from "hnswlib-node";
import type { Embedder } from "./embed.js";
import { sha256File } from "./file-hash.js";
import type { Logger } from "./logger.js";
import { profileKey } from "./model-profiles.js";
import type { ArticleDocument, Sentence, SentenceKind } from "./types.js";

/**
 * Bumped whenever the layout or meaning of the index files changes (3: documents carry their
 * front-matter fields as printed).
 */
export const INDEX_FORMAT = 3;

/**
 * HNSW parameters. The article gives a few hundred points, so these are generous: M 16 links per
 * node, efConstruction 200 while building (near-exact graph), ef 64 while searching (raised to k
 * when more results are asked for). Search over this size is effectively exact. Fixed seed for
 * determinism.
 */
export const HNSW_PARAMS = { space: "cosine", M: 16, efConstruction: 200, ef: 64, seed: 100 } as const;

export const INDEX_FILES = {
  manifest: "manifest.json",
  documents: "documents.json",
  labels: "labels.json",
  passages: "passages.hnsw",
  sentences: "sentences.hnsw",
} as const;

/** The sentence kinds that get vectors (the quotable ones). */
export const EMBEDDED_SENTENCE_KINDS: readonly SentenceKind[] = ["body", "abstract-zh", "abstract-en"];

export interface IndexManifest {
  format: number;
  model: {
    id: string;
    /** The profile fields that shape the vectors (`profileKey`). */
    profile: Record<string, string | number | boolean>;
    files: { path: string; sha256: string }[];
  };
  /** Corpus files, relative to the project root, with their sha256. */
  corpus: { file: string; sha256: string }[];
  chunkerVersion: string;
  dimension: number;
  counts: { documents: number; passages: number; sentences: number; embeddedSentences: number };
  hnsw: { space: string; M: number; efConstruction: number; ef: number; seed: number };
  /** sha256 of the other index files, checked when loading. */
  files: Record<string, string>;
  builtAt: string;
  buildMs: number;
}

export interface BuildProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left, from the average so far. */
  etaMs: number;
}

export interface BuildIndexInput {
  documents: ArticleDocument[];
  embedder: Embedder;
  /** Absolute index folder (created if needed). */
  indexDir: string;
  corpus: { file: string; sha256: string }[];
  modelFiles: { path: string; sha256: string }[];
  chunkerVersion: string;
  onProgress?: (progress: BuildProgress) => void;
  logger?: Logger;
  /** Clock, for the build time (default `Date`). */
  now?: () => Date;
}

export interface BuildSummary {
  manifest: IndexManifest;
  indexDir: string;
}

/** The sentences that get vectors, in document order. */
export function embeddedSentences(documents: readonly ArticleDocument[]): Sentence[] {
  return documents.flatMap((d) => d.sentences.filter((s) => EMBEDDED_SENTENCE_KINDS.includes(s.kind)));
}

/** Writes `data` to `dir/name` through a temp file and a rename (readers never see half a file). */
async function writeAtomic(dir: string, name: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  await writeFile(tmp, data);
  await rename(tmp, join(dir, name));
}

async function writeGraph(dir: string, name: string, vectors: Float32Array[], dimension: number): Promise<void> {
  const graph = new hnswlib.HierarchicalNSW(HNSW_PARAMS.space, dimension);
  graph.initIndex(Math.max(1, vectors.length), HNSW_PARAMS.M, HNSW_PARAMS.efConstruction, HNSW_PARAMS.seed);
  vectors.forEach((v, label) => graph.addPoint(Array.from(v), label));
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  graph.writeIndexSync(tmp);
  await rename(tmp, join(dir, name));
}

/** Embeds the documents and writes the index files; returns the manifest written. */
export async function buildIndex(input: BuildIndexInput): Promise<BuildSummary> {
  const { documents, embedder, indexDir } = input;
  const now = input.now ?? (() => new Date());
  const started = Date.now();
  const passages = documents.flatMap((d) => d.passages);
  const sentences = embeddedSentences(documents);
  const texts = [...passages.map((p) => p.text), ...sentences.map((s) => s.plain)];
  const total = texts.length;

  // A text is embedded alone, so identical texts (a one-sentence passage and its sentence) share a vector.
  const seen = new Map<string, Float32Array>();
  const vectors: Float32Array[] = [];
  for (const text of texts) {
    let vector = seen.get(text);
    if (!vector) {
      [vector] = await embedder.embedPassages([text]);
      seen.set(text, vector!);
    }
    vectors.push(vector!);
    if (input.onProgress) {
      const elapsedMs = Date.now() - started;
      const done = vectors.length;
      input.onProgress({ done, total, elapsedMs, etaMs: Math.round((elapsedMs / done) * (total - done)) });
    }
  }

  await mkdir(indexDir, { recursive: true });
  const dimension = embedder.dimension;
  await writeGraph(indexDir, INDEX_FILES.passages, vectors.slice(0, passages.length), dimension);
  await writeGraph(indexDir, INDEX_FILES.sentences, vectors.slice(passages.length), dimension);
  const labels = { passages: passages.map((p) => p.id), sentences: sentences.map((s) => s.id) };
  await writeAtomic(indexDir, INDEX_FILES.labels, JSON.stringify(labels) + "\n");
  await writeAtomic(indexDir, INDEX_FILES.documents, JSON.stringify(documents) + "\n");

  const files: Record<string, string> = {};
  for (const name of [INDEX_FILES.documents, INDEX_FILES.labels, INDEX_FILES.passages, INDEX_FILES.sentences]) {
    files[name] = await sha256File(join(indexDir, name));
  }
  const manifest: IndexManifest = {
    format: INDEX_FORMAT,
    model: {
      id: embedder.profile.id,
      profile: profileKey(embedder.profile),
      files: input.modelFiles.map((f) => ({ path: f.path, sha256: f.sha256 })),
    },
    corpus: input.corpus.map((c) => ({ file: c.file, sha256: c.sha256 })),
    chunkerVersion: input.chunkerVersion,
    dimension,
    counts: {
      documents: documents.length,
      passages: passages.length,
      sentences: documents.reduce((n, d) => n + d.sentences.length, 0),
      embeddedSentences: sentences.length,
    },
    hnsw: { ...HNSW_PARAMS },
    files,
    builtAt: now().toISOString(),
    buildMs: Date.now() - started,
  };
  await writeAtomic(indexDir, INDEX_FILES.manifest, JSON.stringify(manifest, null, 2) + "\n");
  input.logger?.info(
    { passages: passages.length, sentences: sentences.length, ms: manifest.buildMs, dir: indexDir },
    "index built",
  );
  return { manifest, indexDir };
}
