import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelDirOf } from "../src/model-fetch.js";
import { DEFAULT_PROFILE, MODEL_PROFILES, profileKey, resolveProfile } from "../src/model-profiles.js";
import { PROJECT_ROOT } from "../src/project-paths.js";

const bgeDir = modelDirOf(join(PROJECT_ROOT, "models"), resolveProfile(DEFAULT_PROFILE));
const readJson = async (file: string) => JSON.parse(await readFile(join(bgeDir, file), "utf8"));

describe("resolveProfile", () => {
  it("defaults to bge-small-zh-v1.5 when nothing is configured", () => {
    expect(resolveProfile(undefined, {}).id).toBe("BAAI/bge-small-zh-v1.5");
  });

  it("lets EMBED_MODEL choose a profile by name or by model id", () => {
    expect(resolveProfile(undefined, { EMBED_MODEL: "multilingual-e5-small" }).id).toBe("Xenova/multilingual-e5-small");
    expect(resolveProfile(undefined, { EMBED_MODEL: "Xenova/multilingual-e5-small" }).name).toBe("multilingual-e5-small");
    expect(resolveProfile("bge-small-zh-v1.5", { EMBED_MODEL: "multilingual-e5-small" }).name).toBe("bge-small-zh-v1.5");
  });

  it("rejects an unknown profile with the list of known ones", () => {
    expect(() => resolveProfile(undefined, { EMBED_MODEL: "gpt-9" })).toThrow(/Unknown embedding model profile "gpt-9".*bge-small-zh-v1\.5.*multilingual-e5-small/);
  });

  it("passes a profile object through unchanged", () => {
    const custom = { ...MODEL_PROFILES[DEFAULT_PROFILE]!, name: "custom" };
    expect(resolveProfile(custom, { EMBED_MODEL: "multilingual-e5-small" })).toBe(custom);
  });
});

describe("the shipped bge profile agrees with the model's own files", () => {
  const bge = resolveProfile(DEFAULT_PROFILE, {});

  it("has the model's hidden size as dimension and fits its position table", async () => {
    const config = await readJson("config.json");
    expect(bge.dimension).toBe(config.hidden_size);
    expect(bge.maxTokens).toBeLessThanOrEqual(config.max_position_embeddings);
  });

  it("lowercases because the tokenizer does not while the vocabulary is lowercase", async () => {
    const tokenizerConfig = await readJson("tokenizer_config.json");
    expect(tokenizerConfig.do_lower_case).toBe(false);
    const vocab = (await readFile(join(bgeDir, "vocab.txt"), "utf8")).split("\n");
    expect(vocab).toContain("china");
    expect(vocab).not.toContain("China");
    expect(bge.lowercase).toBe(true);
  });

  it("pins a sha256 and a size for every file it ships", () => {
    expect(bge.source).toBe("npm-tarball");
    expect(bge.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["onnx/model_quantized.onnx", "tokenizer.json", "tokenizer_config.json", "config.json"]),
    );
    for (const f of bge.files) {
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(f.size).toBeGreaterThan(0);
    }
  });
});

describe("the multilingual-e5 profile", () => {
  const e5 = resolveProfile("multilingual-e5-small", {});
  it("uses mean pooling, its query/passage prefixes and 384 dimensions from the hub", () => {
    expect([e5.pooling, e5.queryPrefix, e5.passagePrefix, e5.dimension, e5.source]).toEqual(["mean", "query: ", "passage: ", 384, "hub"]);
  });
});

describe("profileKey", () => {
  it("changes when a field that changes vectors changes", () => {
    const bge = resolveProfile(DEFAULT_PROFILE, {});
    const base = JSON.stringify(profileKey(bge));
    expect(JSON.stringify(profileKey({ ...bge }))).toBe(base);
    for (const change of [{ pooling: "mean" as const }, { lowercase: false }, { queryPrefix: "q: " }, { maxTokens: 256 }]) {
      expect(JSON.stringify(profileKey({ ...bge, ...change }))).not.toBe(base);
    }
  });
});
