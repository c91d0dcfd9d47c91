/**
 * CLI `npm run fetch:model`: downloads (if needed) and verifies the embedding model's files
 * into `models/` (the profile from `EMBED_MODEL`, default bge-small-zh-v1.5), then prints where
 * they are. Exits 1 with the reason and the fix when the model cannot be fetched or is wrong.
 * Options: `--models-dir <path>` (default `models`). No exports.
 */
import { relative } from "node:path";
import { createLogger } from "./logger.js";
import { ensureModel } from "./model-fetch.js";
import { PROJECT_ROOT } from "./project-paths.js";
import { runCli } from "./cli-run.js";

const logger = createLogger({ level: (process.env.LOG_LEVEL as "info" | undefined) ?? "info" });
const args = process.argv.slice(2);
const dirFlag = args.indexOf("--models-dir");
const modelsDir = dirFlag >= 0 ? args[dirFlag + 1] : undefined;

async function main(): Promise<number> {
  const info = await ensureModel({ modelsDir, logger });
  const where = relative(PROJECT_ROOT, info.dir) || info.dir;
  const bytes = info.files.reduce((n, f) => n + f.size, 0);
  process.stdout.write(
    `${info.fetched ? "Fetched and verified" : "Already present and verified"}: ${info.profile.id} ` +
      `(profile ${info.profile.name}, ${info.files.length} files, ${(bytes / 1e6).toFixed(1)} MB) in ${where}\n`,
  );
  return 0;
}

runCli("fetch:model", main);
