/**
 * Test support (not a test): the real engine (`engineFromIndex`) over the real index built from
 * the real article, except that its question embedder rejects, as when the ONNX session breaks.
 * Every searchable question then goes down the engine's fault path; nothing else is faked.
 *
 * Exports: `EMBED_FAULT` (the error message), `failingEngine(logger?)` → the engine (its
 * `close()` releases the index's own embedder).
 */
import { engineFromIndex } from "../src/engine.js";
import { openIndex } from "../src/index-store.js";
import type { Logger } from "../src/logger.js";

export const EMBED_FAULT = "ONNX session failed: out of memory (injected)";

export async function failingEngine(logger?: Logger) {
  const index = await openIndex({ logger });
  return engineFromIndex(
    {
      ...index,
      embedder: { embedQueries: () => Promise.reject(new Error(EMBED_FAULT)) },
      close: () => index.close(),
    },
    { logger },
  );
}
