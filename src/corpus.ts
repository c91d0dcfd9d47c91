/**
 * The corpus on disk: every `*.md` / `*.txt` file of a directory, sorted by name, parsed.
 * - `corpusFiles(dir)`: [{ file, sha256 }] of the corpus files (for staleness checks of the index);
 * - `loadCorpus(dir)` / `loadCorpusSync(dir)`: the parsed `ArticleDocument`s;
 * - `docIdFor(fileName)`: the document id, a slug of the file name (`china-central-asia-spirit`).
 *
 * A missing or unreadable directory is an error with a clear message; problems inside a file are
 * reported in its document's `problems`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { ArticleDocument } from "./types.js";
import { parseArticle } from "./parse-article.js";

const CORPUS_FILE = /\.(?:md|txt)$/iu;

export interface CorpusFile {
  /** Path relative to the current directory (the project root when run through npm). */
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
  return `doc-${createHash("sha256").update(base).digest("hex").slice(0, 8)}`;
}

function checkDir(dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new Error(`corpus directory not found: ${dir}`);
  }
  if (!isDir) throw new Error(`corpus path is not a directory: ${dir}`);
}

function relative(dir: string, name: string): string {
  return path.relative(process.cwd(), path.resolve(dir, name)) || name;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
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
    return parseArticle(bytes.toString("utf8"), { docId, file, sha256: sha256(bytes) });
  });
}

export function corpusFiles(dir = "corpus"): CorpusFile[] {
  checkDir(dir);
  return corpusNames(readdirSync(dir)).map((name) => ({
    file: relative(dir, name),
    sha256: sha256(readFileSync(path.join(dir, name))),
  }));
}

export function loadCorpusSync(dir = "corpus"): ArticleDocument[] {
  checkDir(dir);
  return parseAll(
    corpusNames(readdirSync(dir)).map((name) => ({ file: relative(dir, name), bytes: readFileSync(path.join(dir, name)) })),
  );
}

export async function loadCorpus(dir = "corpus"): Promise<ArticleDocument[]> {
  checkDir(dir);
  const names = corpusNames(await readdir(dir));
  const entries = await Promise.all(
    names.map(async (name) => ({ file: relative(dir, name), bytes: await readFile(path.join(dir, name)) })),
  );
  return parseAll(entries);
}
