import { describe, expect, it } from "vitest";
import { convexCombine, maxNormalize, minMaxNormalize, ranked, rrf } from "../src/fusion.js";

describe("rrf", () => {
  it("rewards ids ranked high in several lists", () => {
    const fused = ranked(rrf([["a", "b", "c"], ["b", "a", "d"], ["b"]]));
    expect(fused[0]!.id).toBe("b");
    expect(fused.map((h) => h.id)).toContain("d");
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61 + 1 / 61);
  });
});

describe("normalisation and convex combination", () => {
  it("min-max scales to [0,1] and max-scales keeping zero", () => {
    expect([...minMaxNormalize(new Map([["a", 2], ["b", 4], ["c", 3]])).values()]).toEqual([0, 1, 0.5]);
    expect([...maxNormalize(new Map([["a", 2], ["b", 4]])).values()]).toEqual([0.5, 1]);
  });

  it("weights decide between two retrievers that disagree", () => {
    const dense = new Map([["x", 0.9], ["y", 0.5]]);
    const bm25 = new Map([["x", 1], ["y", 10]]);
    const denseHeavy = ranked(convexCombine([{ scores: dense, weight: 0.8 }, { scores: bm25, weight: 0.2 }]));
    const bm25Heavy = ranked(convexCombine([{ scores: dense, weight: 0.2 }, { scores: bm25, weight: 0.8 }]));
    expect(denseHeavy[0]!.id).toBe("x");
    expect(bm25Heavy[0]!.id).toBe("y");
  });

  it("counts ids missing from one list as zero there", () => {
    const out = convexCombine([
      { scores: new Map([["a", 1]]), weight: 0.5, normalize: "none" },
      { scores: new Map([["b", 1]]), weight: 0.25, normalize: "none" },
    ]);
    expect(out.get("a")).toBe(0.5);
    expect(out.get("b")).toBe(0.25);
  });
});
