/**
 * The real engine (real article, model and index) for a test file or `describe` block.
 *
 * Exports:
 * - `useRealEngine()` → a `StudyEngine` (with the engine's extras, `retrieve`) that forwards to an engine created in `beforeAll` and
 *   closed in `afterAll` of the scope it is called in (the setup several test files repeated).
 */
import { afterAll, beforeAll } from "vitest";
import { createEngine, type EngineExtras } from "../src/engine.js";
import type { StudyEngine } from "../src/types.js";

type RealEngine = StudyEngine & EngineExtras;

export function useRealEngine(): RealEngine {
  let engine: RealEngine | undefined;
  beforeAll(async () => {
    engine = await createEngine();
  });
  afterAll(async () => {
    await engine?.close();
  });
  return new Proxy({} as RealEngine, {
    get(_, key) {
      if (!engine) throw new Error("the real engine is used outside its tests (before beforeAll ran)");
      const value = engine[key as keyof RealEngine];
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(engine) : value;
    },
  });
}
