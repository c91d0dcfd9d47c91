import { describe, expect, it } from "vitest";
import { lapTimer } from "../src/stage-timings.js";
import type { StageTimings } from "../src/types.js";

describe("lapTimer", () => {
  it("adds the time of each lap to its own stage, nothing to the others", () => {
    const timings: StageTimings = {};
    const lap = lapTimer(timings);
    lap("embed");
    lap("keyword");
    expect(Object.keys(timings).sort()).toEqual(["embed", "keyword"]);
    for (const v of Object.values(timings)) expect(v).toBeGreaterThanOrEqual(0);
  });

  it("accumulates a stage timed twice, and the laps add up to the elapsed time", () => {
    const timings: StageTimings = {};
    const started = performance.now();
    const lap = lapTimer(timings);
    let sink = 0;
    for (let i = 0; i < 200_000; i++) sink += Math.sqrt(i);
    lap("dense");
    const first = timings.dense!;
    for (let i = 0; i < 200_000; i++) sink += Math.sqrt(i);
    lap("fusion");
    for (let i = 0; i < 200_000; i++) sink += Math.sqrt(i);
    lap("dense");
    const elapsed = performance.now() - started;
    expect(sink).toBeGreaterThan(0);
    expect(timings.dense!).toBeGreaterThan(first);
    const sum = (timings.dense ?? 0) + (timings.fusion ?? 0);
    expect(sum).toBeLessThanOrEqual(elapsed + 1e-6);
    expect(sum).toBeGreaterThan(0);
  });

  it("is a no-op without a record", () => {
    const lap = lapTimer(undefined);
    expect(() => lap("choose")).not.toThrow();
    expect(lap).toBe(lapTimer(undefined));
  });
});
