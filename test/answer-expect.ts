/**
 * Expectations on a real engine's answers, shared by the tests of the checks that refuse near
 * misses (place, year, who…) and of the questions those checks must still answer.
 *
 * Exports:
 * - `expectRefused(engine, questions, unstated?)`: each question is not answered (and, when given,
 *   says what is not stated).
 * - `expectQuoted(engine, cases)`: each `[question, text]` is answered, its first quote holding the text.
 */
import { expect } from "vitest";
import type { StudyEngine, Unstated } from "../src/types.js";

export async function expectRefused(engine: StudyEngine, questions: readonly string[], unstated?: Unstated): Promise<void> {
  for (const q of questions) {
    const a = await engine.ask(q);
    expect(a.answered, q).toBe(false);
    if (unstated) expect(a.unstated, q).toBe(unstated);
  }
}

export async function expectQuoted(engine: StudyEngine, cases: readonly (readonly [string, string])[]): Promise<void> {
  for (const [q, text] of cases) {
    const a = await engine.ask(q);
    expect(a.answered, q).toBe(true);
    expect(a.hits[0]?.quote ?? "", q).toContain(text);
  }
}
