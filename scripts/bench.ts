/**
 * `npm run bench`: how fast the product answers, what it costs and how that grows (issue 7).
 * Prints a table; `npm run bench -- --json` prints ONE JSON object on stdout (`BenchReport`);
 * logs always go to stderr. Exports nothing; run it.
 *
 * What it measures, on a copy of `corpus/` and indexes built in a temp folder (never `index/`):
 * - build: the real index build of the article (`rebuildIndex`, model load included), passages/s;
 * - per question in process (dev set, after a warm-up on other questions): total and by stage
 *   (`AskOptions.timings`: embed, dense, keyword, fusion, choose; plus Telegram rendering), and
 *   the same question embedded alone with the same model → overhead ratio;
 * - throughput at concurrency 1, 4, 16 (in-process engine);
 * - cold start: child processes `node --import tsx` → `createEngine` done (median);
 * - the real bot (`src/main-bot.ts` as a child, run as `npm start` runs it) against the Bot API emulator on loopback: its own
 *   "update handled" latency (update received → reply sent), and its peak RSS (VmHWM);
 * - scaling: the article copied 1×, 10×, 100× (distinct file names and doc ids), each index built
 *   in a child from the 1× vectors (said plainly in the output; embedding time extrapolated from
 *   the real 1× build), then the same dev-set latency.
 *
 * Options: `--json`, `--quick` (few questions and runs, 1× only: for the test), `--scales 1,10,100`,
 * `--cold-runs N`, `--keep` (keep the temp folder), `--from <report.json>` (print a report saved with
 * `--json` as the table again, measuring nothing). Internal: `--child cold-start|scale`.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusFiles, loadCorpus } from "../src/corpus.js";
import { createEngine, engineFromIndex } from "../src/engine.js";
import type { Embedder } from "../src/embed.js";
import { loadDevset, type DevItem } from "../src/eval.js";
import { buildIndex, embeddedSentences } from "../src/index-build.js";
import { openIndex, rebuildIndex, type LoadedIndex } from "../src/index-store.js";
import { createLogger, type Logger } from "../src/logger.js";
import { CHUNKER_VERSION } from "../src/passages.js";
import { PROJECT_ROOT } from "../src/project-paths.js";
import { pageRanges, renderAnswerPage } from "../src/render-telegram.js";
import { CORE_STAGES } from "../src/stage-timings.js";
import type { Answer, SectionNode, StageTimings, StudyEngine } from "../src/types.js";
import { uiStrings } from "../src/ui-strings.js";
import { START_ARGS, buildForStart } from "../test/bot-process.js";
import { TEST_TOKEN, startEmulator } from "../test/telegram-emulator.js";

// ---------- options ----------

const SCRIPT = fileURLToPath(import.meta.url);
const argv = process.argv.slice(2);
const has = (name: string) => argv.includes(name);
const value = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const QUICK = has("--quick");
const log: Logger = createLogger({ level: (process.env.LOG_LEVEL as "info" | undefined) ?? "info" });

/** Dev-set questions per language in quick mode. */
const QUICK_PER_LANGUAGE = 4;
const PAGE_SIZE = 3;

const TARGETS = {
  p50Ms: 25,
  p99Ms: 80,
  overheadRatio: 1.5,
  coldStartMs: 1500,
  buildMs: 30_000,
  peakRssMB: 300,
  growth100x: 2,
};

// ---------- small numeric helpers ----------

interface Summary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

function summarize(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return {
    n: s.length,
    mean: round(mean),
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    p99: round(percentile(s, 99)),
    min: round(s[0] ?? NaN),
    max: round(s[s.length - 1] ?? NaN),
  };
}

const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);
const now = () => performance.now();

// ---------- inputs ----------

/** The dev-set questions measured: all of them, or the first few of each language (quick). */
async function benchQuestions(): Promise<DevItem[]> {
  const dev = await loadDevset(join(PROJECT_ROOT, "eval/devset.jsonl"));
  if (!QUICK) return dev;
  return (["zh", "en", "ru"] as const).flatMap((lang) => dev.filter((d) => d.lang === lang).slice(0, QUICK_PER_LANGUAGE));
}

function flatten(sections: readonly SectionNode[]): SectionNode[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** Warm-up questions that are NOT in the dev set (a cache can never make the measured ones free). */
function warmupQuestions(engine: StudyEngine, dev: readonly DevItem[]): string[] {
  const asked = new Set(dev.map((d) => d.question));
  const titles = engine.documents.flatMap((d) => flatten(d.sections).map((s) => `${s.title}是什么意思？`));
  const others = ["What does the article say about mutual trust?", "Что говорится о торговле и экономике?"];
  const all = [...titles, ...others].filter((q) => !asked.has(q));
  return QUICK ? [...all.slice(0, 2), ...others] : all;
}

/** A corpus folder holding `factor` copies of every corpus file, each with its own file name (doc id). */
async function makeCorpus(dir: string, factor: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const sources = corpusFiles("corpus").map((c) => join(PROJECT_ROOT, c.file));
  for (const file of sources) {
    const name = file.split("/").pop()!;
    for (let i = 0; i < factor; i++) {
      await copyFile(file, join(dir, i === 0 ? name : `copy-${String(i).padStart(3, "0")}-${name}`));
    }
  }
  return dir;
}

async function folderBytes(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

// ---------- in-process measurements ----------

/** The Telegram messages the bot would send for an answer's first page. */
function render(answer: Answer): string[] {
  const ui = uiStrings(answer.language);
  if (!answer.answered || answer.hits.length === 0) return renderAnswerPage(answer, ui, 0, 0);
  const [start, end] = pageRanges(answer.hits, PAGE_SIZE)[0]!;
  return renderAnswerPage(answer, ui, start, end);
}

interface LatencyRun {
  totalMs: number[];
  /** Total minus the core's query embedding, per question. */
  withoutEmbeddingMs: number[];
  embedAloneMs: number[];
  stages: Record<string, number[]>;
  byLanguage: Record<string, { totalMs: number[]; embedAloneMs: number[] }>;
  answered: number;
  hits: number;
}

interface LanguageRow {
  questions: number;
  totalP50Ms: number;
  embedAloneP50Ms: number;
  overheadRatio: number;
}

/** Each question: embedded alone, then asked (stage timings), then rendered; sequential. */
async function measureLatency(
  engine: StudyEngine,
  embedder: Pick<Embedder, "embedQueries">,
  questions: readonly { question: string; lang: string }[],
): Promise<LatencyRun> {
  const run: LatencyRun = { totalMs: [], withoutEmbeddingMs: [], embedAloneMs: [], stages: {}, byLanguage: {}, answered: 0, hits: 0 };
  const push = (stage: string, ms: number) => (run.stages[stage] ??= []).push(ms);
  for (const { question: q, lang } of questions) {
    const ofLanguage = (run.byLanguage[lang] ??= { totalMs: [], embedAloneMs: [] });
    let t = now();
    await embedder.embedQueries([q]);
    run.embedAloneMs.push(now() - t);
    ofLanguage.embedAloneMs.push(run.embedAloneMs[run.embedAloneMs.length - 1]!);
    const timings: StageTimings = {};
    t = now();
    const answer = await engine.ask(q, { timings });
    run.totalMs.push(now() - t);
    ofLanguage.totalMs.push(run.totalMs[run.totalMs.length - 1]!);
    run.withoutEmbeddingMs.push(run.totalMs[run.totalMs.length - 1]! - (timings.embed ?? 0));
    t = now();
    render(answer);
    const renderMs = now() - t;
    for (const stage of CORE_STAGES) if (timings[stage] !== undefined) push(stage, timings[stage]!);
    // What the stages do not cover: question cleaning, language detection, abstention signals.
    const staged = CORE_STAGES.reduce((sum, stage) => sum + (timings[stage] ?? 0), 0);
    if (staged > 0) push("other", Math.max(0, run.totalMs[run.totalMs.length - 1]! - staged));
    push("render", renderMs);
    if (answer.answered) run.answered++;
    run.hits += answer.hits.length;
  }
  return run;
}

interface ThroughputRow {
  concurrency: number;
  questions: number;
  seconds: number;
  qps: number;
  latencyMs: Summary;
}

async function measureThroughput(engine: StudyEngine, questions: readonly string[], concurrency: number): Promise<ThroughputRow> {
  let next = 0;
  const latencies: number[] = [];
  const started = now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < questions.length) {
        const q = questions[next++]!;
        const t = now();
        await engine.ask(q);
        latencies.push(now() - t);
      }
    }),
  );
  const seconds = (now() - started) / 1000;
  return { concurrency, questions: questions.length, seconds: round(seconds, 3), qps: round(questions.length / seconds), latencyMs: summarize(latencies) };
}

// ---------- child processes ----------

interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** ms from spawn to the first stdout line starting with `marker` (if any). */
  markerMs?: number;
  markerLine?: string;
}

/** Runs this script (or another TS entry) with `node --import tsx`, watching stdout for a marker line. */
function runChild(
  args: string[],
  options: { marker?: string; env?: NodeJS.ProcessEnv; timeoutMs: number; entry?: string },
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = now();
    const child = spawn(process.execPath, ["--import", "tsx", options.entry ?? SCRIPT, ...args], {
      cwd: PROJECT_ROOT,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const run: ChildRun = { code: null, stdout: "", stderr: "" };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`child ${args.join(" ")} timed out after ${options.timeoutMs} ms; stderr: ${run.stderr.slice(-2000)}`));
    }, options.timeoutMs);
    child.stdout.on("data", (d: Buffer) => {
      run.stdout += String(d);
      if (options.marker && run.markerMs === undefined) {
        const line = run.stdout.split("\n").find((l) => l.startsWith(options.marker!));
        if (line !== undefined && run.stdout.includes(`${line}\n`)) {
          run.markerMs = now() - started;
          run.markerLine = line;
        }
      }
    });
    child.stderr.on("data", (d: Buffer) => (run.stderr += String(d)));
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      run.code = code;
      resolve(run);
    });
  });
}

/** The one `RESULT {json}` line a child printed, or an error with its stderr. */
function childResult<T>(run: ChildRun, what: string): T {
  const line = run.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (run.code !== 0 || !line) {
    throw new Error(`${what} failed (exit ${run.code}): ${run.stderr.trim().split("\n").slice(-8).join("\n")}`);
  }
  return JSON.parse(line.slice("RESULT ".length)) as T;
}

interface ColdStart {
  runs: number;
  /** spawn → "ready" line (engine created: model loaded, index checked and loaded), per run. */
  spawnToReadyMs: number[];
  medianMs: number;
  /** The child's own clock at ready (ms since its process started), median. */
  inProcessMedianMs: number;
}

async function measureColdStart(corpusDir: string, indexDir: string, runs: number): Promise<ColdStart> {
  const spawnToReady: number[] = [];
  const inProcess: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runChild(["--child", "cold-start", "--corpus-dir", corpusDir, "--index-dir", indexDir], {
      marker: "READY ",
      timeoutMs: 180_000,
    });
    const ready = childResult<{ sinceProcessStartMs: number }>(run, "cold start");
    if (run.markerMs === undefined) throw new Error("cold start: no READY line");
    spawnToReady.push(round(run.markerMs));
    inProcess.push(ready.sinceProcessStartMs);
    log.info({ run: i + 1, ms: round(run.markerMs) }, "cold start");
  }
  return {
    runs,
    spawnToReadyMs: spawnToReady,
    medianMs: round(median(spawnToReady)),
    inProcessMedianMs: round(median(inProcess)),
  };
}

/** Child: `createEngine` on the given corpus and index, then a READY line and exit. */
async function childColdStart(): Promise<void> {
  const engine = await createEngine({
    corpusDir: value("--corpus-dir"),
    indexDir: value("--index-dir"),
    logger: createLogger({ level: "warn" }),
  });
  const ready = { sinceProcessStartMs: round(now()) };
  process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
  await engine.close();
  process.stdout.write(`RESULT ${JSON.stringify(ready)}\n`);
}

interface BotRun {
  questions: number;
  /** The bot's own "update handled" latency_ms of each question (update received → reply sent). */
  latencyMs: Summary;
  /** Client view: message sent to the emulator → the bot's log line seen (includes polling). */
  roundTripMs: Summary;
  /** Peak resident memory of the bot process after serving (VmHWM), MB; null off Linux. */
  peakRssMB: number | null;
  rssMB: number | null;
}

function procStatusMB(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? round(Number(m[1]) / 1024, 1) : null;
  } catch {
    return null;
  }
}

/** The real bot process (`npm start`'s `dist/main-bot.js`, compiled first) against the emulator: questions one by one from one user. */
async function measureBot(corpusDir: string, indexDir: string, questions: readonly string[], warmup: readonly string[]): Promise<BotRun> {
  const emulator = await startEmulator();
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(BOT_|TELEGRAM_|WEBHOOK_|LOG_LEVEL|PORT|RATE_LIMIT_|CORPUS_DIR|INDEX_DIR)/.test(k)) env[k] = v;
  }
  Object.assign(env, {
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    CORPUS_DIR: corpusDir,
    INDEX_DIR: indexDir,
    LOG_LEVEL: "info",
    RATE_LIMIT_COUNT: "1000",
    RATE_LIMIT_WINDOW_SECONDS: "1",
  });
  buildForStart();
  const child = spawn(process.execPath, [...START_ARGS], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  let exited = false;
  const handled: { latency_ms: number; action: string }[] = [];
  let pending = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += String(d);
    pending += String(d);
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      try {
        const entry = JSON.parse(line) as { msg?: string; latency_ms?: number; action?: string };
        if (entry.msg === "update handled") handled.push({ latency_ms: entry.latency_ms ?? NaN, action: entry.action ?? "" });
      } catch {
        // not a log line
      }
    }
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => ((exited = true), resolve(code))));
  const waitFor = async (check: () => boolean, what: string, timeoutMs = 120_000) => {
    const until = Date.now() + timeoutMs;
    while (!check()) {
      if (exited) throw new Error(`the bot exited while waiting for ${what}: ${stderr.slice(-2000)}`);
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  try {
    await waitFor(() => /"msg":"serving"/.test(stderr), "the bot to serve");
    const client = emulator.server.getClient(TEST_TOKEN, { userId: 7001, chatId: 7001, firstName: "Bench" });
    const ask = async (q: string) => {
      const before = handled.length;
      const t = now();
      await client.sendMessage(client.makeMessage(q));
      await waitFor(() => handled.length > before, "an answer", 120_000);
      const line = handled[handled.length - 1]!;
      if (line.action !== "question") throw new Error(`the bot handled "${q}" as ${line.action}`);
      return { latency: line.latency_ms, roundTrip: now() - t };
    };
    for (const q of warmup) await ask(q);
    const latency: number[] = [];
    const roundTrip: number[] = [];
    for (const q of questions) {
      const r = await ask(q);
      latency.push(r.latency);
      roundTrip.push(r.roundTrip);
    }
    const result: BotRun = {
      questions: questions.length,
      latencyMs: summarize(latency),
      roundTripMs: summarize(roundTrip),
      peakRssMB: child.pid ? procStatusMB(child.pid, "VmHWM") : null,
      rssMB: child.pid ? procStatusMB(child.pid, "VmRSS") : null,
    };
    child.kill("SIGTERM");
    const code = await exit;
    if (code !== 0) log.warn({ code }, "the bot did not exit cleanly on SIGTERM");
    return result;
  } finally {
    if (!exited) child.kill("SIGKILL");
    await emulator.stop();
  }
}

interface ScaleRow {
  factor: number;
  documents: number;
  passages: number;
  embeddedSentences: number;
  /** How the vectors were obtained: always the 1× vectors (identical texts), never the model. */
  vectorsFrom: "1x-index";
  parseMs: number;
  /** Index build from the cached vectors: HNSW graphs, metadata, hashes (no embedding). */
  buildFromCachedVectorsMs: number;
  /** Filled in by the parent: what embedding these texts would add, from the real 1× build. */
  embeddingMsExtrapolated?: number;
  buildMsExtrapolated?: number;
  indexBytes: number;
  /** openIndex + engineFromIndex (model load, graphs, BM25, dictionary). */
  readyMs: number;
  latencyMs: Summary;
  /** Per question: total minus the query embedding (the part that depends on the corpus size). */
  withoutEmbeddingMs: Summary;
  stageP50Ms: Record<string, number>;
  rssMB: number;
  peakRssMB: number;
}

/** Child: builds a `factor`× corpus index from the 1× vectors and measures dev-set latency on it. */
async function childScale(): Promise<void> {
  const factor = Number(value("--factor"));
  const work = value("--work")!;
  const source = await openIndex({ indexDir: value("--source-index"), corpusDir: value("--source-corpus"), logger: log });
  const cache = new Map<string, Float32Array>();
  for (const p of source.passages) cache.set(p.text, source.passageVector(p.id));
  for (const s of embeddedSentences(source.documents)) cache.set(s.plain, source.sentenceVector(s.id));
  const cached: Embedder = {
    ...source.embedder,
    async embedPassages(texts) {
      return texts.map((t) => {
        const v = cache.get(t);
        if (!v) throw new Error(`scale ${factor}×: no 1× vector for a text; the copies must be identical`);
        return v;
      });
    },
  };

  const corpusDir = await makeCorpus(join(work, `corpus-${factor}x`), factor);
  const indexDir = join(work, `index-${factor}x`);
  let t = now();
  const documents = await loadCorpus(corpusDir);
  const parseMs = now() - t;
  t = now();
  const { manifest } = await buildIndex({
    documents,
    embedder: cached,
    indexDir,
    corpus: corpusFiles(corpusDir),
    modelFiles: source.manifest.model.files,
    chunkerVersion: CHUNKER_VERSION,
    logger: log,
  });
  const buildMs = now() - t;
  await source.close();

  t = now();
  const index = await openIndex({ indexDir, corpusDir, logger: log });
  const engine = await engineFromIndex(index, { indexDir, logger: log });
  const readyMs = now() - t;
  const dev = await benchQuestions();
  for (const q of warmupQuestions(engine, dev)) await engine.ask(q);
  const run = await measureLatency(engine, index.embedder, dev);
  const row: ScaleRow = {
    factor,
    documents: manifest.counts.documents,
    passages: manifest.counts.passages,
    embeddedSentences: manifest.counts.embeddedSentences,
    vectorsFrom: "1x-index",
    parseMs: round(parseMs),
    buildFromCachedVectorsMs: round(buildMs),
    indexBytes: await folderBytes(indexDir),
    readyMs: round(readyMs),
    latencyMs: summarize(run.totalMs),
    withoutEmbeddingMs: summarize(run.withoutEmbeddingMs),
    stageP50Ms: Object.fromEntries(Object.entries(run.stages).map(([k, v]) => [k, round(median(v))])),
    rssMB: mb(process.memoryUsage().rss),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024, 1),
  };
  await engine.close();
  process.stdout.write(`RESULT ${JSON.stringify(row)}\n`);
}

// ---------- the report ----------

interface TargetCheck {
  name: string;
  target: string;
  value: number | null;
  met: boolean | null;
}

interface BenchReport {
  machine: {
    cpu: string;
    cores: number;
    node: string;
    platform: string;
    totalMemMB: number;
    date: string;
    loadAverageStart: number[];
    loadAverageEnd: number[];
  };
  mode: "full" | "quick";
  corpus: { documents: number; passages: number; embeddedSentences: number };
  build: {
    wallMs: number;
    manifestBuildMs: number;
    passages: number;
    texts: number;
    passagesPerSecond: number;
    textsPerSecond: number;
  };
  latency: {
    questions: number;
    warmupQuestions: number;
    answered: number;
    hits: number;
    totalMs: Summary;
    stagesMs: Record<string, Summary>;
    stagesReported: boolean;
    embedAloneMs: Summary;
    overheadRatio: number;
    byLanguage: Record<string, LanguageRow>;
  };
  throughput: ThroughputRow[];
  coldStart: ColdStart & { firstEngineMs: number };
  bot: BotRun;
  memory: { botPeakRssMB: number | null; benchProcessPeakRssMB: number; indexDirBytes: number; freshIndexBytes: number };
  scaling: ScaleRow[];
  /** p50 at 100× / p50 at 1×, as measured (each run has its own embedding noise). */
  growthP50At100x: number | null;
  /**
   * The same with one embedding time for both: (E + p50 without embedding at 100×) /
   * (E + p50 without embedding at 1×), E = median embedding alone in process. The query
   * embedding does not depend on the corpus; this keeps load noise on it out of the ratio.
   */
  growthP50At100xSameEmbedding: number | null;
  targets: TargetCheck[];
  notes: string[];
}

function checkTargets(r: Omit<BenchReport, "targets">): TargetCheck[] {
  const check = (name: string, target: string, v: number | null, ok: (x: number) => boolean): TargetCheck => ({
    name,
    target,
    value: v,
    met: v === null || Number.isNaN(v) ? null : ok(v),
  });
  return [
    check("in-process p50 (ms)", `≤ ${TARGETS.p50Ms}`, r.latency.totalMs.p50, (x) => x <= TARGETS.p50Ms),
    check("in-process p99 (ms)", `≤ ${TARGETS.p99Ms}`, r.latency.totalMs.p99, (x) => x <= TARGETS.p99Ms),
    check("overhead ratio", `≤ ${TARGETS.overheadRatio}`, r.latency.overheadRatio, (x) => x <= TARGETS.overheadRatio),
    check("cold start (ms)", `≤ ${TARGETS.coldStartMs}`, r.coldStart.medianMs, (x) => x <= TARGETS.coldStartMs),
    check("index build (ms)", `≤ ${TARGETS.buildMs}`, r.build.wallMs, (x) => x <= TARGETS.buildMs),
    check("peak RSS serving (MB)", `≤ ${TARGETS.peakRssMB}`, r.memory.botPeakRssMB, (x) => x <= TARGETS.peakRssMB),
    check("p50 growth at 100×", `< ${TARGETS.growth100x}`, r.growthP50At100xSameEmbedding, (x) => x < TARGETS.growth100x),
  ];
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);
const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? "—" : x.toFixed(digits));

function formatReport(r: BenchReport): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Benchmark (${r.mode}) — ${m.date}`);
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.totalMemMB} MB, Node ${m.node} (${m.platform}); load average ${m.loadAverageStart.map((x) => x.toFixed(2)).join(" ")} at start, ${m.loadAverageEnd.map((x) => x.toFixed(2)).join(" ")} at end`);
  out.push(`Corpus: ${r.corpus.documents} document(s), ${r.corpus.passages} passages, ${r.corpus.embeddedSentences} embedded sentences`);
  out.push("");
  const l = r.latency;
  out.push(`Per question, in process (${l.questions} dev-set questions after ${l.warmupQuestions} warm-up questions; ${l.answered} answered), ms:`);
  out.push(`  ${pad("stage", 22)}${lpad("p50", 9)}${lpad("p95", 9)}${lpad("p99", 9)}${lpad("mean", 9)}`);
  const row = (name: string, s: Summary) => out.push(`  ${pad(name, 22)}${lpad(fmt(s.p50, 2), 9)}${lpad(fmt(s.p95, 2), 9)}${lpad(fmt(s.p99, 2), 9)}${lpad(fmt(s.mean, 2), 9)}`);
  row("total (ask)", l.totalMs);
  for (const [stage, s] of Object.entries(l.stagesMs)) row(`  ${stage}`, s);
  row("embedding alone", l.embedAloneMs);
  out.push(`  overhead ratio (median ask / median embedding alone): ${fmt(l.overheadRatio, 2)}`);
  for (const [lang, b] of Object.entries(l.byLanguage ?? {})) {
    out.push(`  ${lang} (${b.questions} questions): ask p50 ${fmt(b.totalP50Ms, 2)}, embedding alone p50 ${fmt(b.embedAloneP50Ms, 2)}, ratio ${fmt(b.overheadRatio, 2)}`);
  }
  if (!l.stagesReported) out.push("  (the core reported no stage timings: AskOptions.timings is not wired in engine/retrieve)");
  out.push("");
  out.push(`Bot through the Bot API emulator on loopback (${r.bot.questions} questions, update received → reply sent, from the bot's log):`);
  out.push(`  p50 ${fmt(r.bot.latencyMs.p50, 0)} ms, p95 ${fmt(r.bot.latencyMs.p95, 0)} ms (client round trip incl. polling: p50 ${fmt(r.bot.roundTripMs.p50, 0)} ms, p95 ${fmt(r.bot.roundTripMs.p95, 0)} ms)`);
  out.push("");
  out.push("Throughput (in-process engine):");
  for (const t of r.throughput) {
    out.push(`  concurrency ${lpad(String(t.concurrency), 2)}: ${lpad(fmt(t.qps, 1), 6)} questions/s (${t.questions} in ${fmt(t.seconds, 2)} s; latency p50 ${fmt(t.latencyMs.p50, 0)} ms, p95 ${fmt(t.latencyMs.p95, 0)} ms)`);
  }
  out.push("");
  const c = r.coldStart;
  out.push(`Cold start (spawn → engine ready, fresh index, ${c.runs} runs): median ${fmt(c.medianMs, 0)} ms [${c.spawnToReadyMs.map((x) => x.toFixed(0)).join(", ")}]; child's own clock ${fmt(c.inProcessMedianMs, 0)} ms; first engine after the build (dictionary cache made) ${fmt(c.firstEngineMs, 0)} ms`);
  const b = r.build;
  out.push(`Index build of the article: ${fmt(b.wallMs / 1000, 1)} s wall (model load included; ${fmt(b.manifestBuildMs / 1000, 1)} s embedding + writing), ${fmt(b.passagesPerSecond, 1)} passages/s, ${fmt(b.textsPerSecond, 1)} texts/s (${b.texts} texts)`);
  out.push(`Memory: bot process peak RSS ${fmt(r.memory.botPeakRssMB, 0)} MB; index/ on disk ${fmt(mb(r.memory.indexDirBytes), 2)} MB (fresh 1× index ${fmt(mb(r.memory.freshIndexBytes), 2)} MB)`);
  out.push("");
  if (r.scaling.length > 0) {
    out.push("Scaling (article copied N×; indexes built from the 1× vectors, embedding time extrapolated from the real 1× build):");
    out.push(`  ${pad("N", 5)}${lpad("docs", 6)}${lpad("passages", 10)}${lpad("sentences", 11)}${lpad("build*", 10)}${lpad("embed est", 11)}${lpad("ready", 9)}${lpad("p50", 9)}${lpad("p95", 9)}${lpad("RSS MB", 8)}${lpad("index MB", 10)}`);
    for (const s of r.scaling) {
      out.push(
        `  ${pad(`${s.factor}×`, 5)}${lpad(String(s.documents), 6)}${lpad(String(s.passages), 10)}${lpad(String(s.embeddedSentences), 11)}` +
          `${lpad(`${fmt(s.buildFromCachedVectorsMs / 1000, 1)} s`, 10)}${lpad(`${fmt((s.embeddingMsExtrapolated ?? NaN) / 1000, 0)} s`, 11)}` +
          `${lpad(`${fmt(s.readyMs / 1000, 1)} s`, 9)}${lpad(fmt(s.latencyMs.p50, 1), 9)}${lpad(fmt(s.latencyMs.p95, 1), 9)}${lpad(fmt(s.rssMB, 0), 8)}${lpad(fmt(mb(s.indexBytes), 1), 10)}`,
      );
    }
    out.push("  * build from cached vectors: graphs + metadata only; add 'embed est' for a build that embeds.");
    for (const s of r.scaling) {
      out.push(`  ${s.factor}× stage p50 ms: ${Object.entries(s.stageP50Ms).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ")}`);
    }
    for (const s of r.scaling) {
      if (s.withoutEmbeddingMs) out.push(`  ${s.factor}× without the query embedding: p50 ${fmt(s.withoutEmbeddingMs.p50, 2)} ms, p95 ${fmt(s.withoutEmbeddingMs.p95, 2)} ms`);
    }
    if (r.growthP50At100x !== null) {
      out.push(`  p50 growth 1× → 100×: ${fmt(r.growthP50At100x, 2)}× as measured; ${fmt(r.growthP50At100xSameEmbedding, 2)}× with the same embedding time (${fmt(r.latency.embedAloneMs.p50, 1)} ms) for both`);
    }
    out.push("");
  }
  out.push("Targets:");
  for (const t of r.targets) {
    const verdict = t.met === null ? "not measured" : t.met ? "met" : "MISSED";
    out.push(`  ${pad(t.name, 24)} ${pad(t.target, 8)} ${lpad(fmt(t.value, 2), 10)}  ${verdict}`);
  }
  if (r.notes.length > 0) {
    out.push("");
    out.push("Notes:");
    for (const n of r.notes) out.push(`  - ${n}`);
  }
  return out.join("\n") + "\n";
}

// ---------- the run ----------

async function main(): Promise<void> {
  const json = has("--json");
  const scales = QUICK ? [1] : (value("--scales") ?? "1,10,100").split(",").map(Number).filter((n) => Number.isInteger(n) && n >= 1);
  const coldRuns = Math.max(1, Number(value("--cold-runs") ?? (QUICK ? 2 : 5)));
  const cpus = os.cpus();
  const machine: BenchReport["machine"] = {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    totalMemMB: Math.round(os.totalmem() / 1024 / 1024),
    date: new Date().toISOString(),
    loadAverageStart: os.loadavg().map((x) => round(x)),
    loadAverageEnd: [],
  };
  const notes: string[] = [];
  const work = await mkdtemp(join(os.tmpdir(), "study-bench-"));
  log.info({ work, mode: QUICK ? "quick" : "full" }, "bench started");
  try {
    const dev = await benchQuestions();
    const questions = dev.map((d) => d.question);

    // 1. The real build of the article, into a temp folder.
    const corpusDir = await makeCorpus(join(work, "corpus-1x"), 1);
    const indexDir = join(work, "index-1x");
    let t = now();
    const { manifest } = await rebuildIndex({ corpusDir, indexDir, logger: log });
    const buildWallMs = now() - t;
    const texts = manifest.counts.passages + manifest.counts.embeddedSentences;
    const build: BenchReport["build"] = {
      wallMs: round(buildWallMs),
      manifestBuildMs: manifest.buildMs,
      passages: manifest.counts.passages,
      texts,
      passagesPerSecond: round(manifest.counts.passages / (manifest.buildMs / 1000)),
      textsPerSecond: round(texts / (manifest.buildMs / 1000)),
    };
    log.info({ ms: build.wallMs }, "index built");

    // 2. In process: latency by stage, embedding alone, throughput.
    t = now();
    const index: LoadedIndex = await openIndex({ corpusDir, indexDir, logger: log });
    const engine = await engineFromIndex(index, { indexDir, logger: log });
    const firstEngineMs = now() - t;
    const warmup = warmupQuestions(engine, dev);
    for (const q of warmup) {
      await index.embedder.embedQueries([q]);
      await engine.ask(q);
    }
    log.info({ questions: questions.length }, "measuring per-question latency");
    const run = await measureLatency(engine, index.embedder, dev);
    const stagesMs = Object.fromEntries(Object.entries(run.stages).map(([k, v]) => [k, summarize(v)]));
    const stagesReported = CORE_STAGES.some((s) => s in run.stages);
    if (!stagesReported) notes.push("The core did not fill AskOptions.timings: only the total, rendering and embedding alone are reported.");
    const totalMs = summarize(run.totalMs);
    const embedAloneMs = summarize(run.embedAloneMs);
    const latency: BenchReport["latency"] = {
      questions: questions.length,
      warmupQuestions: warmup.length,
      answered: run.answered,
      hits: run.hits,
      totalMs,
      stagesMs,
      stagesReported,
      embedAloneMs,
      overheadRatio: round(median(run.totalMs) / median(run.embedAloneMs)),
      byLanguage: Object.fromEntries(
        Object.entries(run.byLanguage).map(([lang, b]) => [
          lang,
          {
            questions: b.totalMs.length,
            totalP50Ms: round(median(b.totalMs)),
            embedAloneP50Ms: round(median(b.embedAloneMs)),
            overheadRatio: round(median(b.totalMs) / median(b.embedAloneMs)),
          },
        ]),
      ),
    };
    const throughput: ThroughputRow[] = [];
    for (const concurrency of [1, 4, 16]) {
      log.info({ concurrency }, "measuring throughput");
      throughput.push(await measureThroughput(engine, questions, concurrency));
    }
    await engine.close();
    const benchProcessPeakRssMB = round(process.resourceUsage().maxRSS / 1024, 1);

    // 3. Cold starts (fresh index; the dictionary cache was made by the engine above).
    log.info({ runs: coldRuns }, "measuring cold start");
    const cold = await measureColdStart(corpusDir, indexDir, coldRuns);

    // 4. The real bot process against the emulator.
    log.info("measuring the bot through the emulator");
    const bot = await measureBot(corpusDir, indexDir, questions, warmup.slice(0, 3));

    // 5. Scaling, one child per factor.
    const scaling: ScaleRow[] = [];
    const embedMsPerText = (row1?: ScaleRow) =>
      row1 ? Math.max(0, manifest.buildMs - row1.buildFromCachedVectorsMs) / texts : manifest.buildMs / texts;
    for (const factor of scales) {
      log.info({ factor }, "measuring scale");
      const r = await runChild(
        ["--child", "scale", "--factor", String(factor), "--work", work, "--source-index", indexDir, "--source-corpus", corpusDir, ...(QUICK ? ["--quick"] : [])],
        { timeoutMs: 60 * 60_000 },
      );
      const row = childResult<ScaleRow>(r, `scale ${factor}×`);
      scaling.push(row);
      log.info({ factor, p50: row.latencyMs.p50, build: row.buildFromCachedVectorsMs }, "scale measured");
    }
    const row1 = scaling.find((s) => s.factor === 1);
    for (const s of scaling) {
      s.embeddingMsExtrapolated = round(embedMsPerText(row1) * (s.passages + s.embeddedSentences));
      s.buildMsExtrapolated = round(s.embeddingMsExtrapolated + s.buildFromCachedVectorsMs);
    }
    const row100 = scaling.find((s) => s.factor === 100);
    const growth = row1 && row100 ? round(row100.latencyMs.p50 / row1.latencyMs.p50) : null;
    const embedRef = latency.embedAloneMs.p50;
    const growthSame =
      row1 && row100 ? round((embedRef + row100.withoutEmbeddingMs.p50) / (embedRef + row1.withoutEmbeddingMs.p50)) : null;
    if (scaling.some((s) => s.factor > 1)) {
      notes.push(
        "Scaled indexes (N > 1) were built from cached vectors: every copy's texts are identical to the 1× texts, so their 1× vectors were reused; embedding time is extrapolated from the real 1× build.",
      );
    }

    const report: Omit<BenchReport, "targets"> = {
      machine: { ...machine, loadAverageEnd: os.loadavg().map((x) => round(x)) },
      mode: QUICK ? "quick" : "full",
      corpus: {
        documents: manifest.counts.documents,
        passages: manifest.counts.passages,
        embeddedSentences: manifest.counts.embeddedSentences,
      },
      build,
      latency,
      throughput,
      coldStart: { ...cold, firstEngineMs: round(firstEngineMs) },
      bot,
      memory: {
        botPeakRssMB: bot.peakRssMB,
        benchProcessPeakRssMB,
        indexDirBytes: await folderBytes(join(PROJECT_ROOT, "index")),
        freshIndexBytes: await folderBytes(indexDir),
      },
      scaling,
      growthP50At100x: growth,
      growthP50At100xSameEmbedding: growthSame,
      notes,
    };
    if (Math.max(...machine.loadAverageStart, ...report.machine.loadAverageEnd) > machine.cores) {
      notes.push(`The machine was busy (load average above ${machine.cores}): timings are inflated by other work.`);
    }
    const full: BenchReport = { ...report, targets: checkTargets(report) };
    process.stdout.write(json ? `${JSON.stringify(full)}\n` : formatReport(full));
  } finally {
    if (has("--keep")) log.info({ work }, "temp folder kept");
    else await rm(work, { recursive: true, force: true });
  }
}

/** `--from <file>`: prints a report saved with `--json` again (as the table, or as JSON with `--json`). */
async function reprint(file: string): Promise<void> {
  const report = JSON.parse(await readFile(file, "utf8")) as BenchReport;
  process.stdout.write(has("--json") ? `${JSON.stringify(report)}\n` : formatReport(report));
}

const child = value("--child");
const from = value("--from");
const job = child === "cold-start" ? childColdStart : child === "scale" ? childScale : from ? () => reprint(from) : main;
job().then(
  () => process.exit(0),
  (err: unknown) => {
    log.error({ err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err) }, "bench failed");
    process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
