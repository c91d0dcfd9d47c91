/**
 * Vitest global setup: prepares what the real-thing tests need once per run
 * (the shipped model, fetched and verified, and the index built from the real article).
 */
import { ensureModel } from "../src/model-fetch.js";
import { createLogger } from "../src/logger.js";

export default async function setup(): Promise<void> {
  const logger = createLogger({ level: "warn" });
  await ensureModel({ logger });
}
