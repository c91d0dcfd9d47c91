/**
 * The index on disk as the answer core uses it: checking it against the corpus, the model and
 * the code (`indexStaleness`), rebuilding it (`rebuildIndex`), opening it (`openIndex`) and both
 * at once (`ensureIndex`: a missing or stale index is rebuilt before use, with a log line saying
 * why). A damaged index file gives an `IndexFileError` naming the file and the fixing command.
 *
 * The `LoadedIndex` holds the parsed documents, all sentences and passages in order, the vectors,
 * cosine search over passages and over quotable sentences (score = cosine similarity, best
 * first; k is clamped to the number of elements and ef kept ≥ k), and the embedder for queries.
 *
 * Exports: `openIndex`, `ensureIndex`, `ensureIndexBuilt`, `rebuildIndex`, `indexStaleness`, `IndexFileError`, and
 * the types `IndexOptions`, `LoadedIndex`, `SearchHit`, `Staleness`.
 */
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import hnswlib from "hnswlib-node";
import { corpusFiles, loadCorpus } from "./corpus.js";
import { createEmbedder, type Embedder } from "./embed.js";
import { sha256File } from "./file-hash.js";
import {
  buildIndex,
  type BuildProgress,
  type BuildSummary,
  HNSW_PARAMS,
  INDEX_FILES,
  INDEX_FORMAT,
  type IndexManifest,
} from "./index-build.js";
import { createLogger, type Logger } from "./logger.js";
import { ensureModel, type ModelFilesInfo } from "./model-fetch.js";
import { type ModelProfile, profileKey, resolveProfile } from "./model-profiles.js";
import { CHUNKER_VERSION } from "./passages.js";
import { PROJECT_ROOT, resolveIn } from "./project-paths.js";
import type { ArticleDocument, Passage, Sentence } from "./types.js";

export interface IndexOptions {
  /** Project root (default: the folder holding this project's package.json). */
  rootDir?: string;
  /** Index folder, relative to `rootDir` unless absolute (default `index`). */
  indexDir?: string;
  /** Corpus folder (default `corpus`). */
  corpusDir?: string;
  /** Models folder (default `models`). */
  modelsDir?: string;
  /** Profile object or name (default: `EMBED_MODEL`, else bge-small-zh-v1.5). */
  profile?: string | ModelProfile;
  logger?: Logger;
  /** Called while a (re)build embeds texts. */
  onProgress?: (progress: BuildProgress) => void;
}

export interface SearchHit {
  id: string;
  /** Cosine similarity. */
  score: number;
}

export interface LoadedIndex {
  manifest: IndexManifest;
  /** Absolute index folder. */
  dir: string;
  documents: ArticleDocument[];
  /** Every sentence of every document, in order (also those without vectors, e.g. keywords). */
  sentences: Sentence[];
  passages: Passage[];
  /** The `k` passages nearest to `vector`, best first. */
  searchPassages(vector: Float32Array, k: number): SearchHit[];
  /** The `k` quotable sentences (body and abstracts) nearest to `vector`, best first. */
  searchSentences(vector: Float32Array, k: number): SearchHit[];
  /** Whether a sentence has a vector (quotable kinds only). */
  hasSentenceVector(id: string): boolean;
  /** A sentence's vector; throws for ids without one (see `hasSentenceVector`). */
  sentenceVector(id: string): Float32Array;
  /** A passage's vector; throws for unknown ids. */
  passageVector(id: string): Float32Array;
  /** The embedder the index was built with (use `embedQueries` for questions). */
  embedder: Embedder;
  close(): Promise<void>;
}

/** Why an index must be rebuilt; empty when it is fresh. */
export type Staleness = string[];

/** An index file that cannot be read; `file` is relative to the project root. */
export class IndexFileError extends Error {
  override name = "IndexFileError";
  constructor(
    readonly file: string,
    problem: string,
    readonly fix = "npm run build:index",
  ) {
    super(`Index file ${file} ${problem}. Fix: run \`${fix}\` to rebuild the index.`);
  }
}

interface Resolved {
  rootDir: string;
  indexDir: string;
  corpusDir: string;
  modelsDir: string;
  profile: ModelProfile;
  logger: Logger;
}

function resolveOptions(options: IndexOptions): Resolved {
  const rootDir = options.rootDir ?? PROJECT_ROOT;
  return {
    rootDir,
    indexDir: resolveIn(rootDir, options.indexDir ?? "index"),
    corpusDir: resolveIn(rootDir, options.corpusDir ?? "corpus"),
    modelsDir: resolveIn(rootDir, options.modelsDir ?? "models"),
    profile: resolveProfile(options.profile),
    logger: options.logger ?? createLogger(),
  };
}

const shown = (r: Resolved, path: string) => relative(r.rootDir, path).split("\\").join("/") || path;

/** Corpus files as recorded in the manifest: paths relative to the project root. */
function corpusState(r: Resolved): { file: string; sha256: string }[] {
  return corpusFiles(r.corpusDir).map((c) => ({ file: shown(r, resolve(c.file)), sha256: c.sha256 }));
}

async function readManifest(r: Resolved): Promise<IndexManifest | undefined> {
  const path = join(r.indexDir, INDEX_FILES.manifest);
  if (!existsSync(path)) return undefined;
  try {
    const manifest = JSON.parse(await readFile(path, "utf8")) as IndexManifest;
    if (typeof manifest !== "object" || manifest === null || typeof manifest.files !== "object") throw new Error("not a manifest");
    return manifest;
  } catch {
    throw new IndexFileError(shown(r, path), "is corrupt (not a valid manifest)");
  }
}

/** Compares a manifest with the current corpus, model and code; returns the reasons it is stale. */
function compare(r: Resolved, manifest: IndexManifest, model: ModelFilesInfo): Staleness {
  const reasons: string[] = [];
  if (manifest.format !== INDEX_FORMAT) reasons.push(`format changed (index ${manifest.format}, code ${INDEX_FORMAT})`);
  if (manifest.chunkerVersion !== CHUNKER_VERSION) {
    reasons.push(`chunker changed (index ${manifest.chunkerVersion}, code ${CHUNKER_VERSION})`);
  }
  if (manifest.model?.id !== r.profile.id) reasons.push(`model changed (index ${manifest.model?.id}, configured ${r.profile.id})`);
  else if (JSON.stringify(manifest.model.profile) !== JSON.stringify(profileKey(r.profile))) {
    reasons.push(`model settings changed (profile ${r.profile.name})`);
  } else {
    const built = new Map((manifest.model.files ?? []).map((f) => [f.path, f.sha256]));
    for (const f of model.files) if (built.get(f.path) !== f.sha256) reasons.push(`model changed (${f.path})`);
  }
  const corpus = corpusState(r);
  const before = new Map((manifest.corpus ?? []).map((c) => [c.file, c.sha256]));
  for (const c of corpus) {
    if (!before.has(c.file)) reasons.push(`corpus changed (${c.file} added)`);
    else if (before.get(c.file) !== c.sha256) reasons.push(`corpus changed (${c.file})`);
  }
  const now = new Set(corpus.map((c) => c.file));
  for (const file of before.keys()) if (!now.has(file)) reasons.push(`corpus changed (${file} removed)`);
  for (const name of Object.keys(manifest.files)) {
    if (!existsSync(join(r.indexDir, name))) reasons.push(`missing (${shown(r, join(r.indexDir, name))})`);
  }
  return reasons;
}

/**
 * Why the index must be rebuilt (empty when fresh): missing, format/chunker/model changed, or a
 * corpus file changed, was added or removed. Makes sure the model files are present first.
 */
export async function indexStaleness(options: IndexOptions = {}): Promise<Staleness> {
  const r = resolveOptions(options);
  const model = await ensureModel({ rootDir: r.rootDir, modelsDir: r.modelsDir, profile: r.profile, logger: r.logger });
  const manifest = await readManifest(r);
  if (!manifest) return [`missing (${shown(r, join(r.indexDir, INDEX_FILES.manifest))})`];
  return compare(r, manifest, model);
}

/** Builds the index from the corpus, whatever is on disk. */
export async function rebuildIndex(options: IndexOptions = {}): Promise<BuildSummary> {
  const r = resolveOptions(options);
  const model = await ensureModel({ rootDir: r.rootDir, modelsDir: r.modelsDir, profile: r.profile, logger: r.logger });
  const documents = await loadCorpus(r.corpusDir);
  const embedder = await createEmbedder({ rootDir: r.rootDir, modelsDir: r.modelsDir, profile: r.profile, logger: r.logger });
  try {
    return await buildIndex({
      documents,
      embedder,
      indexDir: r.indexDir,
      corpus: corpusState(r),
      modelFiles: model.files,
      chunkerVersion: CHUNKER_VERSION,
      onProgress: options.onProgress,
      logger: r.logger,
    });
  } finally {
    await embedder.dispose();
  }
}

async function readJsonFile<T>(r: Resolved, name: string): Promise<T> {
  const path = join(r.indexDir, name);
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch {
    throw new IndexFileError(shown(r, path), "is corrupt (not valid JSON)");
  }
}

/**
 * hnswlib takes plain arrays: one conversion per query vector, shared by every graph search
 * (query vectors are never changed once made).
 */
const arrays = new WeakMap<Float32Array, number[]>();
function asArray(vector: Float32Array): number[] {
  let array = arrays.get(vector);
  if (!array) arrays.set(vector, (array = Array.from(vector)));
  return array;
}

/** A searchable graph with its label → id table and the vectors read back from it. */
function loadGraph(r: Resolved, name: string, ids: string[], dimension: number) {
  const path = join(r.indexDir, name);
  const graph = new hnswlib.HierarchicalNSW(HNSW_PARAMS.space, dimension);
  try {
    graph.readIndexSync(path);
  } catch (err) {
    throw new IndexFileError(shown(r, path), `cannot be read (${(err as Error).message})`);
  }
  const count = graph.getCurrentCount();
  if (count !== ids.length) {
    throw new IndexFileError(shown(r, path), `holds ${count} vectors but ${INDEX_FILES.labels} lists ${ids.length}`);
  }
  const vectors = new Map(ids.map((id, label) => [id, Float32Array.from(graph.getPoint(label))]));
  const search = (vector: Float32Array, k: number): SearchHit[] => {
    if (vector.length !== dimension) {
      throw new Error(`Query vector has ${vector.length} dimensions; the index has ${dimension}.`);
    }
    const n = Math.min(Math.floor(k), count);
    if (!(n > 0)) return [];
    graph.setEf(Math.max(HNSW_PARAMS.ef, n));
    const { distances, neighbors } = graph.searchKnn(asArray(vector), n);
    return neighbors
      .map((label, i) => ({ label, id: ids[label]!, score: Math.min(1, 1 - distances[i]!) }))
      .sort((a, b) => b.score - a.score || a.label - b.label)
      .map(({ id, score }) => ({ id, score }));
  };
  return { search, vectors };
}

/**
 * Opens the index as it is on disk (no staleness check, no rebuild). Missing or damaged files
 * give an `IndexFileError` naming the file; every file is checked against the manifest's sha256.
 */
export async function openIndex(options: IndexOptions = {}): Promise<LoadedIndex> {
  const r = resolveOptions(options);
  const manifest = await readManifest(r);
  if (!manifest) throw new IndexFileError(shown(r, join(r.indexDir, INDEX_FILES.manifest)), "is missing");
  for (const [name, sha256] of Object.entries(manifest.files)) {
    const path = join(r.indexDir, name);
    if (!existsSync(path)) throw new IndexFileError(shown(r, path), "is missing");
    const actual = await sha256File(path);
    if (actual !== sha256) {
      throw new IndexFileError(shown(r, path), `is corrupt (sha256 ${actual}, the manifest says ${sha256})`);
    }
  }
  const documents = await readJsonFile<ArticleDocument[]>(r, INDEX_FILES.documents);
  const labels = await readJsonFile<{ passages: string[]; sentences: string[] }>(r, INDEX_FILES.labels);
  const passages = loadGraph(r, INDEX_FILES.passages, labels.passages, manifest.dimension);
  const sentences = loadGraph(r, INDEX_FILES.sentences, labels.sentences, manifest.dimension);
  const embedder = await createEmbedder({ rootDir: r.rootDir, modelsDir: r.modelsDir, profile: r.profile, logger: r.logger });
  if (embedder.profile.id !== manifest.model.id || embedder.dimension !== manifest.dimension) {
    await embedder.dispose();
    throw new IndexFileError(
      shown(r, join(r.indexDir, INDEX_FILES.manifest)),
      `was built with ${manifest.model.id} (${manifest.dimension} dimensions) but ${embedder.profile.id} is configured`,
    );
  }
  const vectorOf = (table: Map<string, Float32Array>, kind: string) => (id: string) => {
    const v = table.get(id);
    if (!v) throw new Error(`No ${kind} vector for id "${id}".`);
    return v;
  };
  return {
    manifest,
    dir: r.indexDir,
    documents,
    sentences: documents.flatMap((d) => d.sentences),
    passages: documents.flatMap((d) => d.passages),
    searchPassages: passages.search,
    searchSentences: sentences.search,
    hasSentenceVector: (id) => sentences.vectors.has(id),
    sentenceVector: vectorOf(sentences.vectors, "sentence"),
    passageVector: vectorOf(passages.vectors, "passage"),
    embedder,
    close: () => embedder.dispose(),
  };
}

/**
 * Rebuilds the index when it is missing or stale, logging why; returns the reasons (empty when
 * it was fresh). Does not open it.
 */
export async function ensureIndexBuilt(options: IndexOptions = {}): Promise<Staleness> {
  const r = resolveOptions(options);
  const resolved = { ...options, logger: r.logger, profile: r.profile };
  const reasons = await indexStaleness(resolved);
  if (reasons.length > 0) {
    r.logger.info({ reasons, dir: shown(r, r.indexDir) }, `rebuilding the index: ${reasons.join("; ")}`);
    await rebuildIndex(resolved);
  }
  return reasons;
}

/**
 * Opens the index, first rebuilding it when it is missing or stale (logging why). A corrupt
 * index file is not rebuilt silently: it gives an `IndexFileError` with the fixing command.
 */
export async function ensureIndex(options: IndexOptions = {}): Promise<LoadedIndex> {
  const r = resolveOptions(options);
  const resolved = { ...options, logger: r.logger, profile: r.profile };
  await ensureIndexBuilt(resolved);
  return openIndex(resolved);
}
