/**
 * CLI `npm run build:index`: builds the search index in `index/` from `corpus/` with the
 * configured embedding model (fetching the model first if needed), showing a progress counter
 * with an ETA on standard error and a summary at the end. Exits 1 with the reason and the fix
 * on failure. Options: `--if-stale` (only rebuild when missing or stale, saying why),
 * `--index-dir <path>`, `--corpus-dir <path>`. No exports.
 */
import { createLogger } from "./logger.js";
import type { BuildProgress } from "./index-build.js";
import { indexStaleness, rebuildIndex } from "./index-store.js";
import { runCli } from "./cli-run.js";

const logger = createLogger({ level: (process.env.LOG_LEVEL as "info" | undefined) ?? "info" });
const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const options = { indexDir: flag("--index-dir"), corpusDir: flag("--corpus-dir"), logger };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
let lastLine = 0;
function showProgress(p: BuildProgress): void {
  const line = `embedding ${p.done}/${p.total} (${Math.floor((100 * p.done) / p.total)}%), ${seconds(p.elapsedMs)} elapsed, ETA ${seconds(p.etaMs)}`;
  if (process.stderr.isTTY) {
    process.stderr.write(`\r${line}\x1b[K${p.done === p.total ? "\n" : ""}`);
  } else if (p.done === p.total || p.elapsedMs - lastLine >= 2000) {
    lastLine = p.elapsedMs;
    process.stderr.write(`${line}\n`);
  }
}

async function main(): Promise<number> {
  if (args.includes("--if-stale")) {
    const reasons = await indexStaleness(options);
    if (reasons.length === 0) {
      process.stdout.write("The index is up to date; nothing to do.\n");
      return 0;
    }
    process.stderr.write(`Rebuilding: ${reasons.join("; ")}\n`);
  }
  const { manifest, indexDir } = await rebuildIndex({ ...options, onProgress: showProgress });
  const c = manifest.counts;
  process.stdout.write(
    [
      `Index built in ${seconds(manifest.buildMs)} → ${indexDir}`,
      `  model:     ${manifest.model.id} (${manifest.dimension} dimensions)`,
      `  corpus:    ${manifest.corpus.map((f) => f.file).join(", ")} (${c.documents} document${c.documents === 1 ? "" : "s"})`,
      `  vectors:   ${c.passages} passages, ${c.embeddedSentences} sentences (of ${c.sentences})`,
      `  HNSW:      ${manifest.hnsw.space}, M ${manifest.hnsw.M}, efConstruction ${manifest.hnsw.efConstruction}, ef ${manifest.hnsw.ef}, seed ${manifest.hnsw.seed}`,
      `  chunker:   ${manifest.chunkerVersion}, index format ${manifest.format}`,
      "",
    ].join("\n"),
  );
  return 0;
}

runCli("build:index", main);
