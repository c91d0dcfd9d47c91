/**
 * Vitest global setup: prepares what the real-thing tests need once per run
 * (the shipped model, fetched and verified, the index built from the real article, and the
 * compiled bot that `npm start` runs), so that `npm test` on a fresh clone does everything.
 */
import { ensureIndexBuilt } from "../src/index-store.js";
import { createLogger } from "../src/logger.js";
import { ensureModel } from "../src/model-fetch.js";
import { buildForStart } from "./bot-process.js";

export default async function setup(): Promise<void> {
  const logger = createLogger({ level: "info" });
  await ensureModel({ logger });
  await ensureIndexBuilt({ logger });
  buildForStart();
}
