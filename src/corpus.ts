/**
 * The corpus on disk: every `*.md` / `*.txt` file of a directory, sorted by name, parsed.
 * - `corpusFiles(dir)`: [{ file, sha256 }] of the corpus files (for staleness checks of the index);
 *   `file` is relative to the project root, as is a relative `dir`;
 * - `loadCorpus(dir)` / `loadCorpusSync(dir)`: the parsed `ArticleDocument`s;
 * - `docIdFor(fileName)`: the document id, a slug of the file name (`china-central-asia-spirit`).
 *
 * A missing or unreadable directory is an error with a clear message; problems inside a file are
 * reported in its document's `problems`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { ArticleDocument } from "./types.js";
import { parseArticle } from "./parse-article.js";
import { sha256Bytes } from "./file-hash.js";
import { PROJECT_ROOT, resolveIn } from "./project-paths.js";

const CORPUS_FILE = /\.(?:md|txt)$/iu;

export interface CorpusFile {
  /** Path relative to the project root, e.g. `corpus/china-central-asia-spirit.md`. */
  file: string;
  sha256: string;
}

export function docIdFor(fileName: string): string {
  const base = path.basename(fileName).replace(/\.[^.]+$/u, "");
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  if (slug !== "") return slug;
  return `doc-${sha256Bytes(base).slice(0, 8)}`;
}

/** A relative corpus directory is taken from the project root, whatever the current directory. */
function checkDir(dir: string): string {
  const abs = resolveIn(PROJECT_ROOT, dir);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new Error(`corpus directory not found: ${dir}`);
  }
  if (!isDir) throw new Error(`corpus path is not a directory: ${dir}`);
  return abs;
}

/** The file's path relative to the project root (with `/` separators); absolute when outside it. */
function relative(dir: string, name: string): string {
  const abs = path.join(dir, name);
  const rel = path.relative(PROJECT_ROOT, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return abs;
  return rel.split(path.sep).join("/");
}

function corpusNames(names: string[]): string[] {
  return names.filter((n) => CORPUS_FILE.test(n)).sort();
}

function parseAll(entries: { file: string; bytes: Buffer }[]): ArticleDocument[] {
  const ids = new Set<string>();
  return entries.map(({ file, bytes }) => {
    let docId = docIdFor(file);
    for (let n = 2; ids.has(docId); n += 1) docId = `${docIdFor(file)}-${n}`;
    ids.add(docId);
    return parseArticle(bytes.toString("utf8"), { docId, file, sha256: sha256Bytes(bytes) });
  });
}

export function corpusFiles(dir = "corpus"): CorpusFile[] {
  dir = checkDir(dir);
  return corpusNames(readdirSync(dir)).map((name) => ({
    file: relative(dir, name),
    sha256: sha256Bytes(readFileSync(path.join(dir, name))),
  }));
}

export function loadCorpusSync(dir = "corpus"): ArticleDocument[] {
  dir = checkDir(dir);
  return parseAll(
    corpusNames(readdirSync(dir)).map((name) => ({ file: relative(dir, name), bytes: readFileSync(path.join(dir, name)) })),
  );
}

export async function loadCorpus(dir = "corpus"): Promise<ArticleDocument[]> {
  dir = checkDir(dir);
  const names = corpusNames(await readdir(dir));
  const entries = await Promise.all(
    names.map(async (name) => ({ file: relative(dir, name), bytes: await readFile(path.join(dir, name)) })),
  );
  return parseAll(entries);
}
