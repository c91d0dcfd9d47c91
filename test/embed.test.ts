import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus.js";
import { createEmbedder, type Embedder, prepareText } from "../src/embed.js";
import { ModelError } from "../src/model-fetch.js";
import { resolveProfile } from "../src/model-profiles.js";
import type { Sentence } from "../src/types.js";
import { writeTinyModel } from "./tiny-model.js";

const bge = resolveProfile("bge-small-zh-v1.5", {});
const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);

let embedder: Embedder;
let sentences: Sentence[];
const temps: string[] = [];

beforeAll(async () => {
  embedder = await createEmbedder({ profile: bge });
  sentences = (await loadCorpus()).flatMap((d) => d.sentences);
});
afterAll(async () => {
  await embedder?.dispose();
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

describe("prepareText", () => {
  it("folds typographic punctuation and lowercases for bge, for queries and passages alike", () => {
    const raw = "China’s “Spirit” — Central Asia…";
    expect(prepareText(raw, bge, "query")).toBe("china's \"spirit\" - central asia...");
    expect(prepareText(raw, bge, "passage")).toBe(prepareText(raw, bge, "query"));
  });

  it("adds the profile's prefixes and keeps case when the profile says so", () => {
    const e5 = resolveProfile("multilingual-e5-small", {});
    expect(prepareText("China", e5, "query")).toBe("query: China");
    expect(prepareText("China", e5, "passage")).toBe("passage: China");
  });
});

describe("tokenization with bge", () => {
  it("turns capitalised English into [UNK] unless lowercased first", async () => {
    const english = sentences.find((s) => s.kind === "abstract-en")!.plain;
    const raw = await createEmbedder({ profile: { ...bge, lowercase: false } });
    try {
      expect(raw.tokens(english)).toContain("[UNK]");
      expect(embedder.tokens(english)).not.toContain("[UNK]");
      expect(embedder.tokens("China")).toEqual(["[CLS]", "china", "[SEP]"]);
    } finally {
      await raw.dispose();
    }
  });

  it("leaves no [UNK] in any sentence of the article", () => {
    const withUnknown = sentences.filter((s) => embedder.tokens(s.plain).includes("[UNK]")).map((s) => s.id);
    expect(withUnknown).toEqual([]);
  });
});

describe("bge vectors", () => {
  it("are normalized and have the profile's dimension", async () => {
    const sample = sentences.filter((_, i) => i % 40 === 0).map((s) => s.plain);
    const vectors = await embedder.embedPassages(sample);
    expect(vectors).toHaveLength(sample.length);
    for (const v of vectors) {
      expect(v).toHaveLength(512);
      expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 5);
    }
  });

  it("do not depend on the other texts of the call, and queries match passages", async () => {
    const [a, b, c] = sentences.slice(30, 33).map((s) => s.plain) as [string, string, string];
    const [alone] = await embedder.embedPassages([b]);
    const inList = await embedder.embedPassages([a, b, c]);
    const [asQuery] = await embedder.embedQueries([b]);
    expect(Array.from(inList[1]!)).toEqual(Array.from(alone!));
    expect(Array.from(asQuery!)).toEqual(Array.from(alone!));
    expect(Array.from(inList[0]!)).not.toEqual(Array.from(alone!));
  });

  it("place a paraphrase closer to its sentence than to other sentences", async () => {
    const [original, paraphrase, unrelated] = await embedder.embedQueries([
      "历史上,中国与中亚国家通过丝绸之路互通有无、共享繁荣。",
      "古代中国和中亚各国借助丝绸之路进行贸易往来,一同走向繁荣。",
      "2013年共建“一带一路”倡议提出以来,习近平主席9次访问中亚,五国元首也频繁到访中国。",
    ]);
    expect(dot(original!, paraphrase!)).toBeGreaterThan(dot(unrelated!, paraphrase!));
  });

  it("truncate long input to the profile's token budget", async () => {
    const long = sentences.slice(0, 40).map((s) => s.plain).join("");
    expect(embedder.tokens(long).length).toBeGreaterThan(bge.maxTokens);
    const [whole, extended] = await embedder.embedPassages([long, `${long}以及更多附加的文字。`]);
    expect(Array.from(extended!)).toEqual(Array.from(whole!));
  });
});

describe("a hub profile offline", () => {
  it("fails with a message saying it needs internet and how to go back to the default", async () => {
    const modelsDir = await mkdtemp(join(tmpdir(), "embed-empty-"));
    temps.push(modelsDir);
    const attempt = createEmbedder({ profile: "multilingual-e5-small", modelsDir });
    await expect(attempt).rejects.toThrow(ModelError);
    await expect(attempt).rejects.toThrow(/Xenova\/multilingual-e5-small is not on disk.*not available offline.*npm run fetch:model.*unset EMBED_MODEL/);
  });
});

describe("a second profile: a tiny mean-pooling model with prefixes", () => {
  it("mean-pools the token vectors of the prefixed text and normalizes them", async () => {
    const modelsDir = await mkdtemp(join(tmpdir(), "embed-tiny-"));
    temps.push(modelsDir);
    const tiny = await writeTinyModel(modelsDir, ["中", "国", "亚", "精", "神"], 8);
    const mean = await createEmbedder({ profile: tiny.profile, modelsDir });
    try {
      const expectedFor = (tokens: string[]) => {
        const sum = new Float32Array(8);
        for (const t of tokens) tiny.embeddingRow(tiny.vocab.get(t)!).forEach((v, i) => (sum[i]! += v / tokens.length));
        const norm = Math.sqrt(dot(sum, sum));
        return Array.from(sum.map((v) => v / norm));
      };
      expect(mean.tokens("中国精神", "query")).toEqual(["[CLS]", "query", ":", "中", "国", "精", "神", "[SEP]"]);
      const [query] = await mean.embedQueries(["中国精神"]);
      const [passage] = await mean.embedPassages(["中国精神"]);
      expect(query).toHaveLength(8);
      Array.from(query!).forEach((v, i) => expect(v).toBeCloseTo(expectedFor(["[CLS]", "query", ":", "中", "国", "精", "神", "[SEP]"])[i]!, 5));
      Array.from(passage!).forEach((v, i) => expect(v).toBeCloseTo(expectedFor(["[CLS]", "passage", ":", "中", "国", "精", "神", "[SEP]"])[i]!, 5));
    } finally {
      await mean.dispose();
    }
  });

  it("loads side by side with the default model, each from its own folder", async () => {
    const modelsDir = await mkdtemp(join(tmpdir(), "embed-tiny-"));
    temps.push(modelsDir);
    const tiny = await writeTinyModel(modelsDir, ["中", "国"], 8);
    const both = await Promise.all([createEmbedder({ profile: tiny.profile, modelsDir }), createEmbedder({ profile: bge })]);
    try {
      const [small, large] = await Promise.all(both.map((e) => e.embedQueries(["中国"])));
      expect([small![0]!.length, large![0]!.length]).toEqual([8, 512]);
    } finally {
      await Promise.all(both.map((e) => e.dispose()));
    }
  });
});
