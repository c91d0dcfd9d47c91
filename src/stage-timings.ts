/**
 * Per-stage timings of one question (for the benchmark and for profiling): the caller passes an
 * empty `StageTimings` record in `AskOptions.timings` and the core adds the milliseconds it spent
 * in each stage. Costs two `performance.now()` calls per stage when asked, nothing otherwise.
 *
 * Exports:
 * - `CORE_STAGES`: the stages the core fills, in pipeline order.
 * - `lapTimer(timings?)` → `(stage) => void`: each call adds the time since the previous call
 *   (or since the timer was made) to `timings[stage]`; a no-op when `timings` is undefined.
 */
import type { CoreStage, StageTimings } from "./types.js";

export const CORE_STAGES: readonly CoreStage[] = ["embed", "dense", "keyword", "fusion", "choose"];

const NOTHING = (): void => undefined;

export function lapTimer(timings: StageTimings | undefined): (stage: CoreStage) => void {
  if (!timings) return NOTHING;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - last);
    last = now;
  };
}
