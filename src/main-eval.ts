/**
 * `npm run eval` — scores the answer core on the dev set (`eval/devset.jsonl` by default):
 * prints the hit@1 / hit@3 / MRR / citation / abstention table by language and the failed
 * questions; `--json` prints the report as JSON instead; `--devset <file>` picks another set.
 * Exports nothing (entry point). Logs go to standard error.
 */
import { createEngine } from "./engine.js";
import { formatReport, loadDevset, runEval } from "./eval.js";
import { createLogger } from "./logger.js";
import { PROJECT_ROOT, resolveIn } from "./project-paths.js";
import { runCli } from "./cli-run.js";

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const json = argv.includes("--json");
  const at = argv.indexOf("--devset");
  const file = resolveIn(PROJECT_ROOT, at >= 0 && argv[at + 1] ? argv[at + 1]! : "eval/devset.jsonl");
  const logger = createLogger({ level: "warn" });
  const items = await loadDevset(file);
  const engine = await createEngine({ logger });
  try {
    const started = performance.now();
    const report = await runEval(engine, items);
    const perQuestionMs = (performance.now() - started) / Math.max(1, items.length);
    if (json) process.stdout.write(JSON.stringify({ devset: file, perQuestionMs, ...report }, null, 2) + "\n");
    else {
      process.stdout.write(`Dev set: ${file} (${items.length} questions)\n\n`);
      process.stdout.write(formatReport(report) + "\n");
      process.stdout.write(`\nMean time per question: ${perQuestionMs.toFixed(1)} ms\n`);
    }
    return 0;
  } finally {
    await engine.close();
  }
}

runCli("eval", main);
