/**
 * Fusing ranked lists from several retrievers (dense, BM25, carried-over terms).
 *
 * Exports:
 * - `rrf(lists, k?)` → `Map<id, score>`: reciprocal rank fusion, Σ 1/(k + rank).
 * - `minMaxNormalize(scores)` → `Map<id, number>` in [0, 1] (best = 1).
 * - `maxNormalize(scores)` → `Map<id, number>` divided by the best score (keeps zero at zero).
 * - `convexCombine(weighted)` → `Map<id, score>`: Σ wᵢ · normalised scoreᵢ over
 *   `{ scores, weight, normalize? }` inputs (missing ids count as 0).
 * - `ranked(scores)` → `{ id, score }[]` best first.
 */

export type ScoreMap = ReadonlyMap<string, number>;

/** Reciprocal rank fusion of ranked id lists (best first). */
export function rrf(lists: readonly (readonly string[])[], k = 60): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of lists) {
    list.forEach((id, rank) => out.set(id, (out.get(id) ?? 0) + 1 / (k + rank + 1)));
  }
  return out;
}

/** Scales scores to [0, 1]; all-equal scores become 1. */
export function minMaxNormalize(scores: ScoreMap): Map<string, number> {
  const values = [...scores.values()];
  const out = new Map<string, number>();
  if (values.length === 0) return out;
  const min = Math.min(...values);
  const max = Math.max(...values);
  for (const [id, s] of scores) out.set(id, max > min ? (s - min) / (max - min) : 1);
  return out;
}

/** Divides scores by the best one (for non-negative scores such as BM25). */
export function maxNormalize(scores: ScoreMap): Map<string, number> {
  const out = new Map<string, number>();
  const max = Math.max(0, ...scores.values());
  for (const [id, s] of scores) out.set(id, max > 0 ? s / max : 0);
  return out;
}

export interface WeightedScores {
  scores: ScoreMap;
  weight: number;
  /** How to bring the scores to a common scale; default min-max. `none` uses them as they are. */
  normalize?: "minmax" | "max" | "none";
}

/** Convex (weighted) combination of normalised scores. */
export function convexCombine(inputs: readonly WeightedScores[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const input of inputs) {
    const norm =
      input.normalize === "none"
        ? input.scores
        : input.normalize === "max"
          ? maxNormalize(input.scores)
          : minMaxNormalize(input.scores);
    for (const [id, s] of norm) out.set(id, (out.get(id) ?? 0) + input.weight * s);
  }
  return out;
}

/** Scores as a list, best first (ties by id for stable output). */
export function ranked(scores: ScoreMap): { id: string; score: number }[] {
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
