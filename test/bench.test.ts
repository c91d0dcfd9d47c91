import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus.js";
import { loadDevset } from "../src/eval.js";
import { embeddedSentences } from "../src/index-build.js";

// `npm run bench -- --json --quick` as a child process: the shape and sanity of its one JSON
// object (no timing thresholds: the machines are shared).

const ROOT = fileURLToPath(new URL("..", import.meta.url));

interface Summary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

type Json = any;

let stdout = "";
let stderr = "";
let code: number | null = null;
let report: Json;

function expectSummary(s: Summary, n?: number): void {
  if (n !== undefined) expect(s.n).toBe(n);
  expect(s.n).toBeGreaterThan(0);
  for (const v of [s.mean, s.p50, s.p95, s.p99, s.min, s.max]) {
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(0);
  }
  expect(s.min).toBeLessThanOrEqual(s.p50);
  expect(s.p50).toBeLessThanOrEqual(s.p95);
  expect(s.p95).toBeLessThanOrEqual(s.p99);
  expect(s.p99).toBeLessThanOrEqual(s.max);
}

describe("npm run bench -- --json --quick", () => {
  beforeAll(async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench.ts", "--json", "--quick"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    code = await new Promise((resolve) => child.on("exit", (c) => resolve(c)));
    report = JSON.parse(stdout);
  }, 900_000);

  it("exits 0 and prints exactly one JSON object on stdout, logs on stderr", () => {
    expect(code, stderr.slice(-2000)).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(typeof report).toBe("object");
    expect(stderr).toMatch(/"msg":"bench started"/);
  });

  it("describes the machine", () => {
    expect(report.machine.cores).toBeGreaterThanOrEqual(1);
    expect(report.machine.node).toBe(process.version);
    expect(report.machine.cpu.length).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(report.machine.date))).toBe(false);
    expect(report.mode).toBe("quick");
  });

  it("built the real article: counts match the parsed corpus, rates positive", async () => {
    const docs = await loadCorpus("corpus");
    const passages = docs.flatMap((d) => d.passages).length;
    const sentences = embeddedSentences(docs).length;
    expect(report.corpus).toEqual({ documents: docs.length, passages, embeddedSentences: sentences });
    expect(report.build.passages).toBe(passages);
    expect(report.build.texts).toBe(passages + sentences);
    expect(report.build.wallMs).toBeGreaterThanOrEqual(report.build.manifestBuildMs);
    expect(report.build.passagesPerSecond).toBeGreaterThan(0);
    expect(report.build.textsPerSecond).toBeGreaterThan(report.build.passagesPerSecond);
  });

  it("measured every quick dev-set question, with all stages and the overhead ratio", async () => {
    const dev = await loadDevset(`${ROOT}/eval/devset.jsonl`);
    const expected = ["zh", "en", "ru"].map((lang) => Math.min(4, dev.filter((d) => d.lang === lang).length)).reduce((a, b) => a + b, 0);
    const l = report.latency;
    expect(l.questions).toBe(expected);
    expect(l.warmupQuestions).toBeGreaterThan(0);
    expect(l.answered).toBeGreaterThan(0);
    expect(l.answered).toBeLessThanOrEqual(expected);
    expectSummary(l.totalMs, expected);
    expectSummary(l.embedAloneMs, expected);
    expect(l.stagesReported).toBe(true);
    for (const stage of ["embed", "dense", "keyword", "fusion", "other", "render"]) expectSummary(l.stagesMs[stage], expected);
    // choose runs only for questions the core answers.
    expectSummary(l.stagesMs.choose);
    expect(l.stagesMs.choose.n).toBeLessThanOrEqual(expected);
    // The stages are parts of the total.
    expect(l.stagesMs.embed.p50).toBeLessThanOrEqual(l.totalMs.max);
    expect(l.overheadRatio).toBeGreaterThan(0);
    // Split by language: every language of the set, the counts adding up.
    expect(Object.keys(l.byLanguage).sort()).toEqual(["en", "ru", "zh"]);
    for (const lang of ["zh", "en", "ru"]) {
      expect(l.byLanguage[lang].questions).toBe(Math.min(4, dev.filter((d) => d.lang === lang).length));
      expect(l.byLanguage[lang].totalP50Ms).toBeGreaterThan(0);
      expect(l.byLanguage[lang].embedAloneP50Ms).toBeGreaterThan(0);
    }
  });

  it("measured throughput at concurrency 1, 4 and 16 over the same questions", () => {
    expect(report.throughput.map((t: Json) => t.concurrency)).toEqual([1, 4, 16]);
    for (const t of report.throughput) {
      expect(t.questions).toBe(report.latency.questions);
      expect(t.qps).toBeGreaterThan(0);
      expect(t.seconds).toBeGreaterThan(0);
      expectSummary(t.latencyMs, t.questions);
    }
  });

  it("measured cold starts, the real bot through the emulator, and memory", () => {
    const c = report.coldStart;
    expect(c.spawnToReadyMs).toHaveLength(c.runs);
    expect(c.runs).toBeGreaterThanOrEqual(1);
    for (const ms of c.spawnToReadyMs) expect(ms).toBeGreaterThan(0);
    // The child's own clock starts after the spawn.
    expect(c.inProcessMedianMs).toBeLessThanOrEqual(Math.max(...c.spawnToReadyMs));
    expect(report.bot.questions).toBe(report.latency.questions);
    expectSummary(report.bot.latencyMs, report.bot.questions);
    expectSummary(report.bot.roundTripMs, report.bot.questions);
    if (process.platform === "linux") expect(report.memory.botPeakRssMB).toBeGreaterThan(0);
    expect(report.memory.freshIndexBytes).toBeGreaterThan(0);
  });

  it("scaling in quick mode is the 1× corpus only, built from the 1× vectors", () => {
    expect(report.scaling).toHaveLength(1);
    const s = report.scaling[0];
    expect(s.factor).toBe(1);
    expect(s.vectorsFrom).toBe("1x-index");
    expect(s.passages).toBe(report.corpus.passages);
    expect(s.embeddedSentences).toBe(report.corpus.embeddedSentences);
    expect(s.indexBytes).toBeGreaterThan(0);
    expectSummary(s.latencyMs, report.latency.questions);
    expect(report.growthP50At100x).toBeNull();
    expect(report.growthP50At100xSameEmbedding).toBeNull();
    expectSummary(s.withoutEmbeddingMs, report.latency.questions);
    expect(s.withoutEmbeddingMs.p50).toBeLessThanOrEqual(s.latencyMs.p50);
  });

  it("judges every target, leaving unmeasured ones open", () => {
    const names = report.targets.map((t: Json) => t.name);
    expect(names).toHaveLength(7);
    for (const t of report.targets) {
      if (t.value === null) expect(t.met).toBeNull();
      else expect(typeof t.met).toBe("boolean");
    }
    expect(report.targets.find((t: Json) => /100×/.test(t.name)).met).toBeNull();
  });
});
