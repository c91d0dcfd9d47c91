/**
 * Scoring answers against a dev set: hit@1, hit@3, MRR, citation accuracy, abstention on
 * out-of-scope questions and false-abstention rate, overall and by language, with the failures.
 * An answer that failed (an internal error, note `failed`) is neither an abstention nor an
 * answer: it is a failure of its item and counted apart (`Metrics.failed`).
 *
 * Exports:
 * - `DevItem` (type) and `parseDevset(text)` / `loadDevset(file)`: the JSONL dev set
 *   (`{ id, lang, question, gold: string[], source?, type?, outOfScope }` per line), validated.
 * - `goldRank(answer, item, sentence)` → 1-based rank of the first hit holding a gold
 *   substring (in the plain text of its sentences or its quote without [n] marks), 0 if none.
 * - `scoreItem(item, answer, sentence)` → `ItemResult`.
 * - `summarize(results)` → `EvalReport`; `runEval(engine, items)` → `Promise<EvalReport>`.
 * - `formatReport(report, { failures? })` → the printable table (and failed questions).
 * - `Metrics`, `ItemResult`, `EvalReport` (types).
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Answer, Lang, Sentence, StudyEngine } from "./types.js";

const devItemSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(["zh", "en", "ru"]),
  question: z.string(),
  gold: z.array(z.string()),
  source: z.string().optional(),
  type: z.string().optional(),
  outOfScope: z.boolean(),
});

export type DevItem = z.infer<typeof devItemSchema>;

/** Parses a JSONL dev set; a bad line is an error naming its line number. */
export function parseDevset(text: string): DevItem[] {
  const items: DevItem[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`dev set line ${i + 1}: not valid JSON`);
    }
    const parsed = devItemSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(`dev set line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`);
    }
    if (!parsed.data.outOfScope && parsed.data.gold.length === 0) {
      throw new Error(`dev set line ${i + 1}: an in-scope question needs at least one gold string`);
    }
    items.push(parsed.data);
  });
  return items;
}

export async function loadDevset(file: string): Promise<DevItem[]> {
  return parseDevset(await readFile(file, "utf8"));
}

/** Comparable text: NFKC, no whitespace, no rendered [n] marks, no circled marks. */
function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\[\d+\]/g, "")
    .replace(/[\u2460-\u2473]/g, "")
    .replace(/\s+/g, "");
}

/** 1-based rank of the first hit holding a gold substring, 0 when none does. */
export function goldRank(
  answer: Answer,
  item: Pick<DevItem, "gold">,
  sentence: (id: string) => Sentence | undefined,
): number {
  const golds = item.gold.map(comparable).filter((g) => g.length > 0);
  for (let i = 0; i < answer.hits.length; i++) {
    const hit = answer.hits[i]!;
    const texts = [hit.quote, ...hit.sentenceIds.map((id) => sentence(id)?.plain ?? "")].map(comparable);
    if (golds.some((g) => texts.some((t) => t.includes(g)))) return i + 1;
  }
  return 0;
}

export interface ItemResult {
  id: string;
  lang: Lang;
  question: string;
  outOfScope: boolean;
  answered: boolean;
  /** The answer failed (internal error, note `failed`): never a correct abstention. */
  failed: boolean;
  /** 1-based rank of the gold hit, 0 if not found (in-scope only). */
  rank: number;
  /** For in-scope items with `source` whose gold was found: whether the hit cites it. */
  citationOk?: boolean;
  /** First quote shown (for the failures list). */
  firstQuote?: string;
  gold: string[];
}

export function scoreItem(item: DevItem, answer: Answer, sentence: (id: string) => Sentence | undefined): ItemResult {
  const rank = item.outOfScope ? 0 : goldRank(answer, item, sentence);
  const result: ItemResult = {
    id: item.id,
    lang: item.lang,
    question: item.question,
    outOfScope: item.outOfScope,
    answered: answer.answered,
    failed: answer.notes?.includes("failed") ?? false,
    rank,
    gold: item.gold,
    firstQuote: answer.hits[0]?.quote,
  };
  if (!item.outOfScope && item.source && rank > 0) {
    const needle = comparable(item.source);
    const hit = answer.hits[rank - 1]!;
    result.citationOk = hit.citations.some(
      (c) => comparable(c.text).includes(needle) || c.urls.some((u) => comparable(u).includes(needle)),
    );
  }
  return result;
}

export interface Metrics {
  /** In-scope questions. */
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Cited facts checked (in-scope, with `source`, gold found) and the share citing it. */
  citationN: number;
  citationAccuracy: number;
  /** Out-of-scope questions and the share abstained. */
  oosN: number;
  oosAbstained: number;
  /** Share of in-scope questions wrongly abstained (failed answers are not abstentions). */
  falseAbstention: number;
  /** Questions (in scope or not) whose answer failed with an internal error. */
  failed: number;
}

export interface EvalReport {
  overall: Metrics;
  byLang: Partial<Record<Lang, Metrics>>;
  failures: ItemResult[];
  results: ItemResult[];
}

function metrics(results: readonly ItemResult[]): Metrics {
  const inScope = results.filter((r) => !r.outOfScope);
  const oos = results.filter((r) => r.outOfScope);
  const cited = inScope.filter((r) => r.citationOk !== undefined);
  const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);
  return {
    n: inScope.length,
    hit1: share(inScope.filter((r) => r.rank === 1).length, inScope.length),
    hit3: share(inScope.filter((r) => r.rank >= 1 && r.rank <= 3).length, inScope.length),
    mrr: share(inScope.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0), inScope.length),
    citationN: cited.length,
    citationAccuracy: share(cited.filter((r) => r.citationOk).length, cited.length),
    oosN: oos.length,
    oosAbstained: share(oos.filter((r) => !r.answered && !r.failed).length, oos.length),
    falseAbstention: share(inScope.filter((r) => !r.answered && !r.failed).length, inScope.length),
    failed: results.filter((r) => r.failed).length,
  };
}

/** A result fails when the answer failed, the gold is not first, the citation is wrong, or abstention is wrong. */
function failed(r: ItemResult): boolean {
  if (r.failed) return true;
  if (r.outOfScope) return r.answered;
  return r.rank !== 1 || r.citationOk === false;
}

export function summarize(results: readonly ItemResult[]): EvalReport {
  const byLang: EvalReport["byLang"] = {};
  for (const lang of ["zh", "en", "ru"] as const) {
    const some = results.filter((r) => r.lang === lang);
    if (some.length > 0) byLang[lang] = metrics(some);
  }
  return { overall: metrics(results), byLang, failures: results.filter(failed), results: [...results] };
}

/** Asks every question (one at a time, in order) and scores the answers. */
export async function runEval(
  engine: Pick<StudyEngine, "ask" | "sentence">,
  items: readonly DevItem[],
  options: { maxHits?: number } = {},
): Promise<EvalReport> {
  const results: ItemResult[] = [];
  for (const item of items) {
    const answer = await engine.ask(item.question, { maxHits: options.maxHits ?? 6 });
    results.push(scoreItem(item, answer, (id) => engine.sentence(id)));
  }
  return summarize(results);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** The report as a Markdown table, then the failed questions. */
export function formatReport(report: EvalReport, options: { failures?: boolean } = {}): string {
  const rows: [string, Metrics][] = [
    ...(Object.entries(report.byLang) as [string, Metrics][]),
    ["all", report.overall],
  ];
  const lines = [
    "| lang | in-scope | hit@1 | hit@3 | MRR | citations | out-of-scope abstained | false abstentions | failed |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      ([lang, m]) =>
        `| ${lang} | ${m.n} | ${pct(m.hit1)} | ${pct(m.hit3)} | ${m.mrr.toFixed(3)} | ${pct(m.citationAccuracy)} (${m.citationN}) | ${pct(m.oosAbstained)} (${m.oosN}) | ${pct(m.falseAbstention)} | ${m.failed} |`,
    ),
  ];
  if (options.failures !== false && report.failures.length > 0) {
    lines.push("", `Failed (${report.failures.length}):`);
    for (const f of report.failures) {
      const why = f.failed
        ? "internal error"
        : f.outOfScope
          ? "answered an out-of-scope question"
          : !f.answered
            ? "abstained"
            : f.rank === 0
              ? "gold not in hits"
              : f.rank > 1
                ? `gold at rank ${f.rank}`
                : "wrong citation";
      lines.push(`- ${f.id} [${why}] ${f.question}`);
      if (!f.outOfScope) lines.push(`    gold: ${f.gold.join(" | ")}`);
      if (f.firstQuote) lines.push(`    got:  ${f.firstQuote.slice(0, 120)}`);
    }
  }
  return lines.join("\n");
}
