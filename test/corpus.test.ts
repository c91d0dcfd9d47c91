import { afterAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { corpusFiles, docIdFor, loadCorpus, loadCorpusSync } from "../src/corpus.js";

const REAL = new URL("../corpus/china-central-asia-spirit.md", import.meta.url);
const realSha = createHash("sha256").update(readFileSync(REAL)).digest("hex");

const temp = mkdtempSync(path.join(tmpdir(), "corpus-test-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the shipped corpus", () => {
  it("loads the real article with its id, path and hash", async () => {
    const documents = await loadCorpus();
    expect(documents.map((d) => [d.id, d.file, d.sha256])).toEqual([
      ["china-central-asia-spirit", "corpus/china-central-asia-spirit.md", realSha],
    ]);
    expect(documents[0]!.sentences.length).toBeGreaterThan(200);
    expect(documents[0]!.problems).toEqual([]);
  });

  it("loads the same thing synchronously", async () => {
    const [asyncDoc] = await loadCorpus();
    const [syncDoc] = loadCorpusSync();
    expect(syncDoc).toEqual(asyncDoc);
  });

  it("lists files and hashes for staleness checks", () => {
    expect(corpusFiles()).toEqual([{ file: "corpus/china-central-asia-spirit.md", sha256: realSha }]);
  });
});

describe("a corpus of several files", () => {
  it("parses every .md/.txt file sorted by name, each the same way", () => {
    copyFileSync(REAL, path.join(temp, "b copy.md"));
    writeFileSync(path.join(temp, "A notes.txt"), "not an article\n");
    writeFileSync(path.join(temp, "ignored.json"), "{}");
    const documents = loadCorpusSync(temp);
    expect(documents.map((d) => d.id)).toEqual(["a-notes", "b-copy"]);
    expect(documents[0]!.file).toBe(path.join(temp, "A notes.txt"));
    expect(documents[0]!.problems.map((p) => p.kind)).toContain("not-an-article");
    expect(documents[1]!.sha256).toBe(realSha);
    expect(documents[1]!.sentences[0]!.id).toBe("b-copy#s0");
    expect(documents[1]!.passages.every((p) => p.id.startsWith("b-copy#p-"))).toBe(true);
  });

  it("keeps ids unique when two names give the same slug", () => {
    const dir = mkdtempSync(path.join(temp, "dup-"));
    writeFileSync(path.join(dir, "x.md"), "# 甲\n");
    writeFileSync(path.join(dir, "X.txt"), "# 乙\n");
    expect(loadCorpusSync(dir).map((d) => d.id).sort()).toEqual(["x", "x-2"]);
  });

  it("names documents after their files", () => {
    expect(docIdFor("corpus/China Central-Asia_Spirit.md")).toBe("china-central-asia-spirit");
    expect(docIdFor("中文.md")).toMatch(/^doc-[0-9a-f]{8}$/);
  });

  it("fails clearly on a missing directory", async () => {
    await expect(loadCorpus(path.join(temp, "missing"))).rejects.toThrow(/corpus directory not found/);
    expect(() => corpusFiles(path.join(temp, "missing"))).toThrow(/corpus directory not found/);
  });
});
