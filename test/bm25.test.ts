import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Bm25Index } from "../src/bm25.js";

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
});
