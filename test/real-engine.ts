/**
 * The real engine (real article, model and index) for a test file or `describe` block.
 *
 * Exports:
 * - `useRealEngine()` → a `StudyEngine` that forwards to an engine created in `beforeAll` and
 *   closed in `afterAll` of the scope it is called in (the setup several test files repeated).
 */
import { afterAll, beforeAll } from "vitest";
import { createEngine } from "../src/engine.js";
import type { StudyEngine } from "../src/types.js";

export function useRealEngine(): StudyEngine {
  let engine: StudyEngine | undefined;
  beforeAll(async () => {
    engine = await createEngine();
  });
  afterAll(async () => {
    await engine?.close();
  });
  return new Proxy({} as StudyEngine, {
    get(_, key) {
      if (!engine) throw new Error("the real engine is used outside its tests (before beforeAll ran)");
      const value = engine[key as keyof StudyEngine];
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(engine) : value;
    },
  });
}
