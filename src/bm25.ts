/**
 * BM25 keyword search over any list of texts (sentences, passages), built once, queried many times.
 *
 * Exports:
 * - `Bm25Index` (class): `new Bm25Index(items, options)` with `items: {id, text}[]`;
 *   `search(queryTokens, k)` → `{ id, score }[]` best first (only positive scores);
 *   `scoreAll(queryTokens, limit?, weights?)` → `Map<id, score>` (the `limit` best; `weights`
 *   scales a token's IDF); `idf(term)`;
 *   `hasTerm(term)`; `size`.
 * - `kthLargest(values, k)`: the k-th largest value (quickselect).
 * - `Bm25Options`: `{ k1, b, tokenize, maxPostings }` (defaults 1.2, 0.75, `tokenize` from
 *   text-tokens, 500 postings read per query term at most, highest impact first).
 */
import { tokenize as defaultTokenize } from "./text-tokens.js";

export interface Bm25Options {
  k1?: number;
  b?: number;
  /**
   * At most this many postings are read per query term, those where the term weighs most
   * (impact-ordered, static pruning): a very common term in a very large corpus then costs a
   * bounded amount. Default 500; exact whenever no term is in more items than that.
   */
  maxPostings?: number;
  tokenize?: (text: string) => string[];
}

export interface Bm25Item {
  id: string;
  text: string;
}

export class Bm25Index {
  private readonly ids: string[];
  /**
   * term → the items holding it (postings) with the term's BM25 weight there before IDF (its
   * impact), highest impact first and at most `maxPostings` of them: a query touches only
   * matching items, and never more than that many per term.
   */
  private readonly postings = new Map<string, { items: Int32Array; impacts: Float64Array }>();
  private readonly lengths: number[];
  private readonly docFreq = new Map<string, number>();
  private readonly avgLength: number;
  private readonly k1: number;
  private readonly b: number;
  private readonly maxPostings: number;

  constructor(items: readonly Bm25Item[], options: Bm25Options = {}) {
    const tokenize = options.tokenize ?? defaultTokenize;
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.maxPostings = options.maxPostings ?? 500;
    this.ids = items.map((item) => item.id);
    this.lengths = [];
    const raw = new Map<string, { item: number; tf: number }[]>();
    items.forEach((item, i) => {
      const tf = new Map<string, number>();
      const tokens = tokenize(item.text);
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, f] of tf) {
        this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
        let list = raw.get(t);
        if (!list) raw.set(t, (list = []));
        list.push({ item: i, tf: f });
      }
      this.lengths.push(tokens.length);
    });
    const total = this.lengths.reduce((a, b) => a + b, 0);
    this.avgLength = items.length > 0 ? total / items.length : 1;
    // Impact order: the items where a term weighs most come first (ties in item order).
    for (const [term, list] of raw) {
      const weighted = list.map((p) => ({ item: p.item, impact: this.impact(p) }));
      if (weighted.length > this.maxPostings) weighted.sort((x, y) => y.impact - x.impact || x.item - y.item);
      const kept = weighted.slice(0, Math.min(weighted.length, this.maxPostings));
      this.postings.set(term, {
        items: Int32Array.from(kept, (p) => p.item),
        impacts: Float64Array.from(kept, (p) => p.impact),
      });
    }
  }

  get size(): number {
    return this.ids.length;
  }

  /** Whether any item contains the term. */
  hasTerm(term: string): boolean {
    return this.docFreq.has(term);
  }

  /** Inverse document frequency (BM25+ style, always positive). */
  idf(term: string): number {
    const n = this.docFreq.get(term) ?? 0;
    return Math.log(1 + (this.ids.length - n + 0.5) / (n + 0.5));
  }

  /** A posting's BM25 weight before IDF. */
  private impact({ item, tf }: { item: number; tf: number }): number {
    const norm = this.k1 * (1 - this.b + (this.b * this.lengths[item]!) / this.avgLength);
    return (tf * (this.k1 + 1)) / (tf + norm);
  }

  /** Per-item score accumulator, reused by every query (scoring is synchronous). */
  private accumulator: Float64Array | undefined;

  /**
   * BM25 scores of the items with a positive score (reading at most `maxPostings` postings per
   * term, see `Bm25Options`), the `limit` best of them when given (ties at the cut: earliest
   * items first). Repeated query tokens count once; `weights` scales a token's IDF (default 1).
   */
  scoreAll(queryTokens: readonly string[], limit = Infinity, weights?: ReadonlyMap<string, number>): Map<string, number> {
    const acc = (this.accumulator ??= new Float64Array(this.ids.length));
    const touched: number[] = [];
    for (const term of new Set(queryTokens)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term) * (weights?.get(term) ?? 1);
      const { items, impacts } = list;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (acc[item] === 0) touched.push(item);
        acc[item]! += idf * impacts[i]!;
      }
    }
    const threshold = touched.length > limit ? kthLargest(Float64Array.from(touched, (item) => acc[item]!), limit) : -Infinity;
    const scores = new Map<string, number>();
    // Items tied at the threshold fill the places left, earliest items first: never more than
    // `limit` (a corpus of near-copies would otherwise tie hundreds of items at the cut).
    const tied: number[] = [];
    for (const item of touched) {
      const score = acc[item]!;
      if (score > 0 && score > threshold) scores.set(this.ids[item]!, score);
      else if (score > 0 && score === threshold) tied.push(item);
    }
    tied.sort((a, b) => a - b);
    for (const item of tied) {
      if (scores.size >= limit) break;
      scores.set(this.ids[item]!, threshold);
    }
    for (const item of touched) acc[item] = 0;
    return scores;
  }

  /** The `k` best items for the query tokens, best first. */
  search(queryTokens: readonly string[], k = 10): { id: string; score: number }[] {
    return [...this.scoreAll(queryTokens)]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
  }
}

/** The `k`-th largest value (1-based) of `values` (reordered in place): quickselect, linear on average. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1; // index in descending order
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}
