/**
 * BM25 keyword search over any list of texts (sentences, passages), built once, queried many times.
 *
 * Exports:
 * - `Bm25Index` (class): `new Bm25Index(items, options)` with `items: {id, text}[]`;
 *   `search(queryTokens, k)` → `{ id, score }[]` best first (only positive scores);
 *   `scoreAll(queryTokens)` → `Map<id, score>`; `idf(term)`; `hasTerm(term)`; `size`.
 * - `Bm25Options`: `{ k1, b, tokenize }` (defaults 1.2, 0.75, `tokenize` from text-tokens).
 */
import { tokenize as defaultTokenize } from "./text-tokens.js";

export interface Bm25Options {
  k1?: number;
  b?: number;
  tokenize?: (text: string) => string[];
}

export interface Bm25Item {
  id: string;
  text: string;
}

export class Bm25Index {
  private readonly ids: string[];
  private readonly termFreqs: Map<string, number>[];
  private readonly lengths: number[];
  private readonly docFreq = new Map<string, number>();
  private readonly avgLength: number;
  private readonly k1: number;
  private readonly b: number;

  constructor(items: readonly Bm25Item[], options: Bm25Options = {}) {
    const tokenize = options.tokenize ?? defaultTokenize;
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.ids = items.map((item) => item.id);
    this.termFreqs = [];
    this.lengths = [];
    for (const item of items) {
      const tf = new Map<string, number>();
      const tokens = tokenize(item.text);
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
      this.termFreqs.push(tf);
      this.lengths.push(tokens.length);
    }
    const total = this.lengths.reduce((a, b) => a + b, 0);
    this.avgLength = items.length > 0 ? total / items.length : 1;
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

  /** BM25 scores of every item with a positive score. Repeated query tokens count once. */
  scoreAll(queryTokens: readonly string[]): Map<string, number> {
    const scores = new Map<string, number>();
    const terms = [...new Set(queryTokens)].filter((t) => this.docFreq.has(t));
    if (terms.length === 0) return scores;
    const idfs = terms.map((t) => this.idf(t));
    for (let i = 0; i < this.ids.length; i++) {
      const tf = this.termFreqs[i]!;
      const norm = this.k1 * (1 - this.b + (this.b * this.lengths[i]!) / this.avgLength);
      let score = 0;
      for (let j = 0; j < terms.length; j++) {
        const f = tf.get(terms[j]!);
        if (f) score += (idfs[j]! * f * (this.k1 + 1)) / (f + norm);
      }
      if (score > 0) scores.set(this.ids[i]!, score);
    }
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
