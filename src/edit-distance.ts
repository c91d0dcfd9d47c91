/**
 * How many one-letter edits part two short strings: how a name written by sound is matched to the
 * article's (`sound-names.ts`) and a misspelt English word to the dictionary's (`dictionary.ts`).
 *
 * Exports:
 * - `editDistance(a, b, options?)` → the fewest edits (a letter inserted, deleted or replaced) from
 *   `a` to `b`; with `swaps`, two neighbouring letters swapped count as one edit too ("goverment",
 *   "teh"); with `toPrefix`, the fewest edits from `a` to any beginning of `b` ("instituion" is one
 *   edit from the start of "institutional").
 */

export interface EditDistanceOptions {
  /** Two neighbouring letters swapped are one edit (Damerau). */
  swaps?: boolean;
  /** Measure to the nearest beginning of `b`, not to the whole of it. */
  toPrefix?: boolean;
}

export function editDistance(a: string, b: string, options: EditDistanceOptions = {}): number {
  // (A beginning of b longer than a by more than two letters is never the nearest.)
  const n = options.toPrefix ? Math.min(b.length, a.length + 2) : b.length;
  // Row i holds the edits from a[0..i) to each b[0..j); two rows back serve the swaps.
  let before: number[] = [];
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= n; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (options.swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, before[j - 2]! + 1);
      }
    }
    before = previous;
    previous = row;
  }
  return options.toPrefix ? Math.min(...previous) : previous[n]!;
}
