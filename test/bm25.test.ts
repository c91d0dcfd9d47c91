import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Bm25Index, kthLargest } from "../src/bm25.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");
// Paragraph-sized chunks of the real article (the parser is tested elsewhere).
const items = article
  .split(/\n\s*\n/)
  .map((text, i) => ({ id: `p${i}`, text }))
  .filter((p) => p.text.trim().length > 20);

describe("Bm25Index on the article", () => {
  const bm25 = new Bm25Index(items);

  it("ranks the paragraph about the gas pipeline first for a pipeline question", () => {
    const [best] = bm25.search(["天然气", "管道", "输气"], 3);
    expect(best).toBeDefined();
    expect(items.find((p) => p.id === best!.id)!.text).toContain("天然气");
  });

  it("finds the English abstract for English words", () => {
    const [best] = bm25.search(["mutual", "trust", "modernization"], 1);
    expect(items.find((p) => p.id === best!.id)!.text).toContain("Mutual respect");
  });

  it("returns nothing for unknown terms and orders scores best first", () => {
    expect(bm25.search(["zzzunknown"], 5)).toEqual([]);
    const hits = bm25.search(["中亚", "合作"], 10);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it("gives rare terms more weight than common ones", () => {
    expect(bm25.idf("阿斯塔纳")).toBeGreaterThan(bm25.idf("中亚"));
  });

  it("scales a token's contribution by its weight", () => {
    const [gas, trust] = ["管道", "互信"];
    expect(bm25.hasTerm(gas!) && bm25.hasTerm(trust!)).toBe(true);
    const plain = bm25.scoreAll([gas!, trust!]);
    const halfGas = bm25.scoreAll([gas!, trust!], Infinity, new Map([[gas!, 0.5]]));
    const gasOnly = bm25.scoreAll([gas!]);
    const trustOnly = bm25.scoreAll([trust!]);
    const id = [...gasOnly.keys()][0]!;
    const expected = 0.5 * gasOnly.get(id)! + (trustOnly.get(id) ?? 0);
    expect(halfGas.get(id)).toBeCloseTo(expected, 9);
    expect(halfGas.get(id)!).toBeLessThan(plain.get(id)!);
  });
});

describe("Bm25Index postings cap", () => {
  it("is exact when no term is in more items than the cap", () => {
    const capped = new Bm25Index(items, { maxPostings: items.length });
    const full = new Bm25Index(items, { maxPostings: Infinity });
    const q = ["中亚", "合作", "天然气", "mutual"];
    expect([...capped.scoreAll(q)].sort()).toEqual([...full.scoreAll(q)].sort());
  });

  it("reads only the highest-impact postings of a common term", () => {
    // 50 items hold the term once among many words, 3 hold it often in few words.
    const many = [
      ...Array.from({ length: 50 }, (_, i) => ({ id: `long${i}`, text: `中亚 ${"合作 发展 ".repeat(20)}` })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `short${i}`, text: "中亚 中亚 中亚" })),
    ];
    const capped = new Bm25Index(many, { maxPostings: 3 });
    const scores = capped.scoreAll(["中亚"]);
    expect([...scores.keys()].sort()).toEqual(["short0", "short1", "short2"]);
    expect(new Bm25Index(many).scoreAll(["中亚"]).size).toBe(53);
  });
});

describe("Bm25Index scoreAll limit", () => {
  const bm25 = new Bm25Index(items);
  it("never returns more than `limit` items, even when many tie at the cut (earliest first)", () => {
    const copies = [
      { id: "best", text: "中亚 中亚 合作" },
      ...Array.from({ length: 20 }, (_, i) => ({ id: `copy${i}`, text: "中亚 发展 合作 交流" })),
    ];
    const scores = new Bm25Index(copies).scoreAll(["中亚"], 4);
    expect([...scores.keys()]).toEqual(["best", "copy0", "copy1", "copy2"]);
    expect(scores.get("copy0")).toBe(scores.get("copy2"));
  });
  it("keeps the best `limit` scores, equal to the full scores for those items", () => {
    const q = ["中亚", "合作", "发展"];
    const full = bm25.scoreAll(q);
    const top = bm25.scoreAll(q, 3);
    expect(top.size).toBe(3);
    const best = [...full.values()].sort((a, b) => b - a).slice(0, 3);
    expect([...top.values()].sort((a, b) => b - a)).toEqual(best);
    for (const [id, score] of top) expect(full.get(id)).toBe(score);
    // The accumulator is reset between queries: asking again gives the same scores.
    expect([...bm25.scoreAll(q)]).toEqual([...full]);
  });
});

describe("kthLargest", () => {
  it("agrees with sorting, ties and all", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 1; n < 60; n += 7) {
      const values = Array.from({ length: n }, () => Math.floor(random() * 10));
      const sorted = [...values].sort((a, b) => b - a);
      for (let k = 1; k <= n; k++) expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1]);
    }
  });
});
