/**
 * Choosing what to quote from ranked sentences: prefer sentences holding the asked-for numbers
 * and terms, drop near-duplicates (the abstract repeats the body), and quote a second sentence
 * when its neighbour in the same paragraph answers almost as well, or when the next sentence
 * opens by pointing back at it (这些举措不仅…, 随后…: it completes the thought) or the question asks what
 * the sentence's subject brought about or what else besides what it names (the next sentence
 * states it: dev en +1 each); a sentence that
 * itself opens by pointing back is quoted with the one before it (a quote never starts "这些举措…"
 * without saying which).
 *
 * Exports:
 * - `chooseSentences(ranked, options)` → `ChosenGroup[]`: groups of one or two consecutive
 *   sentences, best first, at most `maxHits`.
 * - `similarity(a, b)`: Dice coefficient of the character bigrams of two texts (0..1).
 * - `preferenceBonus(sentence, asked)` and `PREFERENCE` (its weights): the bonus a sentence gets
 *   for holding the asked numbers and terms, the kind of answer the question expects (a date,
 *   a quantity, a list; see `answer-type.ts`), the attribute it asks of something (a
 *   population, an area; see `asked-attribute.ts`), a place of the kind it asks for (which
 *   city, where; see `place-names.ts`) and the titles it quotes (《礼记》).
 * - `statesAnswerType(sentence, type)`: whether a sentence states a date / a quantity (cached).
 * - `CHOICE_DEFAULTS`: the default near-duplicate and pairing thresholds.
 * - `ChooseOptions`, `ChosenGroup`, `Asked` (types).
 */
import type { Sentence } from "./types.js";
import { numbersIn } from "./text-tokens.js";
import { enumerationSizes, holdsAnswerType, holdsList, type AnswerType } from "./answer-type.js";
import { statedShapes, type AnswerShape } from "./answer-shapes.js";
import { statesAttribute, type Attribute } from "./asked-attribute.js";
import type { PlaceQuestion } from "./place-names.js";

export interface Asked {
  /** Numbers in the question (normalised). */
  numbers: readonly string[];
  /** Terms that must appear verbatim to be sure (carried-over Chinese terms, names). */
  terms: readonly string[];
  /** The kind of answer the question expects (a date, a quantity), if any. */
  type?: AnswerType;
  /** The attribute the question asks of something (a population, an area…), if any. */
  attribute?: Attribute;
  /** Titles and phrases the question quotes (《礼记》, “小而美”): a sentence holding one is about it. */
  quoted?: readonly string[];
  /** Whether the question asks for several things (an enumeration answers it best). */
  list?: boolean;
  /** How many things the question asks for, when it says (哪四个方面: an enumeration of four). */
  count?: number;
  /**
   * Whether the answer likely goes on in the next sentence: the question asks what something
   * brought about, or what else besides what it names (同时,设立孔子学院… after the 鲁班工坊 sentence).
   */
  continues?: boolean;
  /** The answer shapes the question asks for (`askedShapes`): a sentence of such a form is preferred. */
  shapes?: readonly AnswerShape[];
  /** The kind of place the question asks for (which city, where…) and the places it names, if any. */
  place?: PlaceQuestion;
}

export interface ChooseOptions {
  maxHits: number;
  asked: Asked;
  /** The sentence after a given one in the same paragraph, if any. */
  next(sentence: Sentence): Sentence | undefined;
  /** The sentence before a given one in the same paragraph, if any. */
  previous(sentence: Sentence): Sentence | undefined;
  /** Near-duplicate threshold on `similarity` (default 0.6). */
  duplicateAt?: number;
  /** A neighbour joins the quote when its score is at least this share of the sentence's (default 0.6). */
  pairAt?: number;
}

export interface ChosenGroup {
  sentences: Sentence[];
  score: number;
}

/** Bigram counts of texts seen before (article sentences: a bounded set), computed once each. */
const bigramCache = new Map<string, Map<string, number>>();
const BIGRAM_CACHE_LIMIT = 50_000;

function bigrams(text: string): Map<string, number> {
  const cached = bigramCache.get(text);
  if (cached) return cached;
  const counts = countBigrams(text);
  if (bigramCache.size >= BIGRAM_CACHE_LIMIT) bigramCache.clear();
  bigramCache.set(text, counts);
  return counts;
}

function countBigrams(text: string): Map<string, number> {
  const chars = Array.from(text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, ""));
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const b = chars[i]! + chars[i + 1]!;
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Similarities of bigram counts already compared (both cached: article sentences), by identity. */
const pairCache = new WeakMap<Map<string, number>, WeakMap<Map<string, number>, number>>();

/** Dice coefficient of character bigrams (1 = same text, 0 = nothing shared). */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let known = pairCache.get(x);
  const cached = known?.get(y);
  if (cached !== undefined) return cached;
  const value = dice(x, y);
  if (!known) pairCache.set(x, (known = new WeakMap()));
  known.set(y, value);
  return value;
}

function dice(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let sizeX = 0;
  let sizeY = 0;
  let shared = 0;
  for (const n of x.values()) sizeX += n;
  for (const [k, n] of y) {
    sizeY += n;
    shared += Math.min(n, x.get(k) ?? 0);
  }
  return sizeX + sizeY > 0 ? (2 * shared) / (sizeX + sizeY) : 0;
}

/**
 * Bonus weights: asked numbers present, asked terms present, an answer of the expected kind, the
 * asked attribute named (attribute 0.2: with the company attribute, dev hit@1 zh +1, en +1 over
 * 0.1, out-of-scope abstained +4; 0.3 refuses 3 fewer out-of-scope questions), an enumeration for a "which ones" question (list 0.15: dev hit@1 zh +2, ru +1; 0.1 zh +2;
 * 0.2 zh +1, en hit@3 −2), a new place of the asked kind named (place 0.1: dev hit@1 ru +1
 * question; 0.05 none; 0.2 once city questions were refused on a best sentence naming no
 * city: zh +1, out-of-scope abstained −1), a title or phrase the question quotes (quoted 0.1: dev
 * out-of-scope abstained +2, as the sentence about the quoted treaty then meets the checks; 0.2
 * and 0.3 cost a hit@1), and a sentence of the answer shape the question asks for (`shapes`, see
 * answer-shapes.ts; weights swept on the dev set of 2262–2342 questions, the holdout unchanged by
 * each): a stated change (change 0.1: dev hit@1 zh +3, en +4, no question lost; 0.05 zh +1, en +4;
 * 0.2 as 0.1 with hit@3 zh −1), a quoted saying or classic (saying 0.3: such sentences are rare and
 * the question words precise; zh +1, en +1, hit@3 en +3; 0.1 none, 0.2 zh +1), a denial for a
 * yes-or-no question (denial 0.1: en +4, zh hit@3 +2; 0.05 en +3; 0.2 one more English question at
 * rank 2), a stated means (means 0.2: zh +2, en +1; 0.05 and 0.1 none, 0.3 zh −1), a stated
 * relation (relation 0.2: hit@3 zh +1, en +1; 0.3 zh +1, en −1), a meeting for a question asking
 * on what occasion (occasion 0.2: zh +2; 0.1 zh +1; 0.3 as 0.2), a goal and a principle named
 * (goal 0.1, principle 0.1: together en +2, hit@3 +3; each at 0.2 costs a holdout question or
 * its hit@3). Measured and left out: "what features" → 特征/鲜明 (no change), "what prerequisite"
 * → 前提/离不开 (dev +4, but a holdout question lost at 0.1 and 0.2).
 */
export const PREFERENCE = {
  numbers: 0.1,
  terms: 0.05,
  // (A quantity asked is preferred less than a date or a rank: an amount stated is often another
  // thing's, and the near miss's best sentence then lacks one. Dev: out of scope 86.7 → 87.3%.)
  type: { date: 0.2, quantity: 0.1, rank: 0.2 } satisfies Record<AnswerType, number>,
  attribute: 0.2,
  list: 0.15,
  count: 0.1,
  place: 0.2,
  quoted: 0.1,
  shapes: { change: 0.1, saying: 0.3, denial: 0.1, means: 0.2, relation: 0.2, occasion: 0.2, goal: 0.1, principle: 0.1 } satisfies Record<AnswerShape, number>,
};

interface Stated {
  numbers: Set<string>;
  date: boolean;
  quantity: boolean;
  rank: boolean;
  list: boolean;
  enumerations: Set<number>;
  shapes: Set<AnswerShape>;
}

/** What a sentence states (numbers, dates, quantities, an enumeration), worked out once per sentence. */
const statedCache = new WeakMap<Sentence, Stated>();
function stated(sentence: Sentence): Stated {
  let facts = statedCache.get(sentence);
  if (!facts) {
    facts = {
      numbers: new Set(numbersIn(sentence.plain)),
      date: holdsAnswerType(sentence.plain, "date"),
      quantity: holdsAnswerType(sentence.plain, "quantity"),
      rank: holdsAnswerType(sentence.plain, "rank"),
      list: holdsList(sentence.plain),
      enumerations: enumerationSizes(sentence.plain),
      shapes: statedShapes(sentence.plain),
    };
    statedCache.set(sentence, facts);
  }
  return facts;
}

/** Whether a sentence states an answer of the given kind. */
export function statesAnswerType(sentence: Sentence, type: AnswerType): boolean {
  return stated(sentence)[type];
}

/** The bonus a sentence earns for holding what the question asks for. */
export function preferenceBonus(sentence: Sentence, asked: Asked): number {
  let bonus = 0;
  if (asked.type && stated(sentence)[asked.type]) bonus += PREFERENCE.type[asked.type];
  if (asked.attribute && statesAttribute(sentence.plain, asked.attribute)) bonus += PREFERENCE.attribute;
  if (asked.list && stated(sentence).list) bonus += PREFERENCE.list;
  if (asked.count !== undefined && stated(sentence).enumerations.has(asked.count)) bonus += PREFERENCE.count;
  for (const shape of asked.shapes ?? []) if (stated(sentence).shapes.has(shape)) bonus += PREFERENCE.shapes[shape];
  if (asked.place?.prefers(sentence.plain)) bonus += PREFERENCE.place;
  if (asked.numbers.length > 0) {
    const own = stated(sentence).numbers;
    bonus += (PREFERENCE.numbers * asked.numbers.filter((n) => own.has(n)).length) / asked.numbers.length;
  }
  if (asked.quoted && asked.quoted.length > 0) {
    bonus += (PREFERENCE.quoted * asked.quoted.filter((t) => sentence.plain.includes(t)).length) / asked.quoted.length;
  }
  if (asked.terms.length > 0) {
    bonus += (PREFERENCE.terms * asked.terms.filter((t) => sentence.plain.includes(t)).length) / asked.terms.length;
  }
  return bonus;
}

/**
 * A sentence opening by pointing back at the one before it (这些举措…, 该机制…, These…) or going on
 * in time from it (随后, 此后, then: "随后,彻底解决了历史遗留的边界问题" needs the sentence before it
 * to say after what; dev zh +1, holdout unchanged), or giving the other side of it (一方面…;另一方面…).
 */
const POINTS_BACK = /^(?:这|此(?!外)|该|其|上述|由此|随后|此后|之后|其后|继而|另一方面|(?:this|these|that|those|such|then|afterwards|subsequently)\b)/iu;

/** Default near-duplicate and pairing thresholds (tuned on the dev set). */
export const CHOICE_DEFAULTS = { duplicateAt: 0.6, pairAt: 0.6 };

/** Groups of sentences to quote, best first. */
export function chooseSentences(
  ranked: readonly { sentence: Sentence; score: number }[],
  options: ChooseOptions,
): ChosenGroup[] {
  const duplicateAt = options.duplicateAt ?? CHOICE_DEFAULTS.duplicateAt;
  const pairAt = options.pairAt ?? CHOICE_DEFAULTS.pairAt;
  const rescored = ranked
    .map((r) => ({ sentence: r.sentence, score: r.score + preferenceBonus(r.sentence, options.asked) }))
    .sort((a, b) => b.score - a.score || a.sentence.ordinal - b.sentence.ordinal);
  const scoreOf = new Map(rescored.map((r) => [r.sentence.id, r.score]));
  const used = new Set<string>();
  const chosen: ChosenGroup[] = [];
  for (const r of rescored) {
    if (chosen.length >= options.maxHits) break;
    if (used.has(r.sentence.id)) continue;
    const text = r.sentence.plain;
    if (chosen.some((g) => g.sentences.some((s) => similarity(s.plain, text) >= duplicateAt))) continue;
    const group = [r.sentence];
    // A neighbour that answers almost as well joins the quote (document order kept).
    const candidates = [options.previous(r.sentence), options.next(r.sentence)].filter(
      (s): s is Sentence => s !== undefined && !used.has(s.id),
    );
    const follower = options.next(r.sentence);
    const predecessor = options.previous(r.sentence);
    const partner =
      candidates
        .map((s) => ({ s, score: scoreOf.get(s.id) ?? 0 }))
        .filter((c) => c.score >= pairAt * r.score)
        .sort((a, b) => b.score - a.score)[0] ??
      // A follower that opens by pointing back (这些举措…, This…) completes the sentence's thought.
      // So does, for a question asking what something brought about or what else, the sentence after it.
      (follower && !used.has(follower.id) && (POINTS_BACK.test(follower.plain) || options.asked.continues)
        ? { s: follower }
        : undefined) ??
      // A sentence that itself opens by pointing back is quoted with the one it points at.
      (predecessor && !used.has(predecessor.id) && POINTS_BACK.test(r.sentence.plain) ? { s: predecessor } : undefined);
    if (partner) {
      if (partner.s.ordinal < r.sentence.ordinal) group.unshift(partner.s);
      else group.push(partner.s);
    }
    for (const s of group) used.add(s.id);
    chosen.push({ sentences: group, score: r.score });
  }
  return chosen;
}
