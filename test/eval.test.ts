import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../src/engine.js";
import {
  formatReport,
  goldRank,
  loadDevset,
  parseDevset,
  runEval,
  scoreItem,
  summarize,
  type DevItem,
  type EvalReport,
} from "../src/eval.js";
import type { Answer, StudyEngine } from "../src/types.js";
import { failingEngine } from "./failing-engine.js";

/**
 * Floors set a little under the figures measured on eval/devset.jsonl (see README): the test
 * fails when retrieval gets worse. Lowered in session 7 (zh 0.88 → 0.87, en 0.79 → 0.78, ru 0.84
 * → 0.82) when 240 questions written blind joined the set: the set got harder, not the code.
 * Session 8: zh 0.87 → 0.89 (region cues, front matter; 772 questions); then batch 10 (120 blind
 * questions, fresh reading ru 65.0, out of scope 42.3%) joined: en 0.78 → 0.77, ru 0.82 → 0.79,
 * out of scope 0.62 → 0.60 (892 questions: en 78.5, ru 80.9, OOS 61.8 measured).
 * Session 9: out of scope 0.60 → 0.68 (place, year and who checks; 1132 questions with batches 11
 * and 12: zh 90.4, en 78.1, ru 82.5, OOS 70.7 measured); batch 13 then joined (fresh reading ru
 * 55.6), and the Russian glossary's second pass (1252 questions: zh 90.1, en 78.0, ru 82.1,
 * OOS 72.3); batch 14 last (fresh zh 76.5): zh 0.89 → 0.88 (1372 questions: zh 89.3, en 78.7,
 * ru 80.5, OOS 70.3).
 * Session 10: batch 15 joined (1442 questions); the new attribute, who and date checks and the
 * Russian glossary's third pass (zh 89.7, en 80.1, ru 83.2, OOS 78.8 measured): en 0.77 → 0.78,
 * ru 0.79 → 0.81, out of scope 0.68 → 0.76; then batches 16 and 17 (1632 questions: zh 89.0, en
 * 81.0, ru 84.5, OOS 81.0 measured): out of scope 0.76 → 0.78; batch 18 last (1712 questions:
 * zh 88.5, en 82.0, ru 84.5, OOS 82.3 measured): en 0.78 → 0.80, out of scope 0.78 → 0.80; and
 * batch 19 (1792 questions: zh 88.5, en 81.8, ru 83.5, OOS 83.0 measured): unchanged; batch 20
 * last (1872 questions; its fresh Chinese reading 66.7: zh 87.9, en 81.8, ru 85.3, OOS 83.4
 * measured): zh 0.88 → 0.87 (the set got harder, not the code), ru 0.81 → 0.83; batch 21 last
 * (1942 questions: zh 88.2, en 82.0, ru 85.9, OOS 83.6 measured).
 * Session 11: the English glossary's systematic pass and the breakdown, year and place checks;
 * batches 22–24 joined (2182 questions: zh 88.9, en 86.4, ru 87.1, OOS 85.7 measured): zh 0.87 →
 * 0.88, en 0.80 → 0.85, ru 0.83 → 0.85, out of scope 0.80 → 0.84, false abstentions 0.04 → 0.02;
 * batch 25 last, then the region-edge preference (2262 questions: zh 89.3, en 86.8, ru 87.2, OOS
 * 86.0 measured).
 * Session 12: answer shapes, subsection and chat pointers, superlatives; four blind batches
 * (26–29, 80 near misses among them) joined (2582 questions: zh 90.2, en 88.2, ru 87.1, OOS 83.6
 * measured; the session's start code reads 87.9, 85.8, 85.2, 82.4 on the same set): zh 0.88 →
 * 0.89, en 0.85 → 0.87, out of scope 0.84 → 0.82 (the set got harder, not the code).
 * Session 13: traditional characters, chat shorthand, requests, item counts, figure and claim
 * checks; twelve blind batches (30–41, 960 questions, 301 out of scope) joined (3542 questions: zh
 * 87.4, en 86.5, ru 86.3, OOS 80.8 measured; the session's start code reads 87.0, 85.1, 85.5, 77.6
 * on the same set): zh 0.89 → 0.87, en 0.87 → 0.85, out of scope 0.82 → 0.80 (the set got harder).
 * Session 14: page-break pointers, document and trade-value attributes, ports, front matter,
 * nothing-read Russian; six blind batches (42–47, 480 questions, 156 out of scope) joined (4022
 * questions: zh 86.7, en 86.1, ru 87.0, OOS 82.0 measured; the session's start code reads 86.0,
 * 85.7, 86.4, 79.1 on the same set): zh 0.87 → 0.86 (the set got harder, not the code).
 * Session 15: editions never named (第三届峰会), every attribute asked, kinds of energy / fuel /
 * transport qualifying an amount, yes-or-no about a country, the article's journal; ten blind
 * batches (48–57, 800 questions, 259 out of scope) joined (4822 questions: zh 85.9, en 85.4, ru
 * 87.0, OOS 83.7 measured; the session's start code reads 85.9, 85.3, 87.0, 80.8 on the same
 * set): zh 0.86 → 0.85 (the set got harder, not the code), out of scope 0.80 → 0.82.
 * Session 16: Chinese typed through a pinyin keyboard (hezuo, 丰会, hskst) read as the article
 * writes it, Russian frame words as stopwords; six blind batches (58–63, 480 questions, three of
 * them group-chat style) joined (5302 questions: zh 85.1, en 85.2, ru 86.2, OOS 84.2, false 1.4
 * measured; the session's start code reads 83.8, 85.2, 85.7, 84.2, 2.1 on the same set): zh 0.85
 * → 0.84 (the set got harder, not the code).
 * Session 17: pinyin initials of two words, English and Russian chat forms, long English words
 * with one typo, refusals (the sentence naming the place must state the date or amount, countries
 * the article never writes, the other summit); six blind batches (64–69, 480 questions) joined
 * (5782 questions: zh 84.8, en 85.2, ru 85.9, OOS 84.9, false 1.4 measured; the session's start
 * code reads 84.6, 84.8, 85.9, 83.8, 1.6 on the same set): floors unchanged.
 * Session 18: refusals of near misses (counts in a measure word, which came first, another
 * person's count, battles, sums spent), years as written in chat; four blind batches (70–73, 320
 * questions) joined (6102 questions: zh 84.4, en 85.3, ru 85.8, OOS 86.5, false 1.4 measured; the
 * session's start code reads 84.4, 85.1, 85.8, 84.9, 1.4 on the same set): out of scope 0.82 → 0.85.
 * Session 19: refusals (which of several visits, the presidents' visits, which river, meeting,
 * lender, which came first, cities never written, a year in a yes-or-no question), counts of
 * points answered by lists, a quantity preferred less; six blind batches (74–79, 480 questions)
 * joined (6582 questions: zh 84.8, en 85.4, ru 86.7, OOS 87.4, false 1.3 measured; the session's
 * start code reads 84.5, 85.3, 86.4, 86.1, 1.4 on the same set): out of scope 0.85 → 0.86.
 * Session 20: refusals (places never named, from ICU's region names; a present state vs a plan;
 * imports; water saved; the names of things only counted), 职业培训 no occupation; six blind
 * batches (80–85, 480 questions) joined (7062 questions: zh 84.4, en 85.6, ru 86.5, OOS 87.9,
 * false 1.3 measured; the session's start code reads 84.4, 85.6, 86.5, 86.7, 1.4 on the same
 * set): out of scope 0.86 → 0.87.
 * Session 21: a chat message's question read apart from its talk (`askedPart`), CC-CEDICT's short
 * forms of absent countries; three blind batches (86–88, 240 questions) joined (7302 questions: zh
 * 84.1, en 85.5, ru 86.6, OOS 88.1, false 1.3 measured; the session's start code reads 84.0, 85.5,
 * 86.6, 88.0, 1.4 on the same set): floors unchanged.
 * Session 22: Russian typed in Latin letters read in Cyrillic, a Russian когда-clause asks no date,
 * English years in words; three blind batches (89–91, 240 questions: terse phone messages,
 * academic English, Central Asian Russian) joined (7542 questions: zh 83.8, en 85.2, ru 86.3, OOS
 * 88.2, false 1.4 measured; the session's start code reads 83.8, 85.2, 86.1, 88.1, 1.4 on the same
 * set): zh 0.84 → 0.83 (the set got harder, not the code).
 * Session 23: a Russian share asked is a figure asked, country-and-city asks the city, “X”一节, an
 * item asked by its digit, a place on the way to China, a lone round figure; three blind batches
 * (92–94: exam questions, group-chat talk, official Russian) joined (7782 questions: zh 83.6, en
 * 85.1, ru 86.2, OOS 88.6, false 1.4 measured; start code 83.5, 85.1, 86.1, 88.3, 1.4): floors
 * unchanged (English stays thin above its 0.85).
 * Session 24: pasted quiz items (a multiple-choice stem asked, figure or place options checked, a
 * true/false statement asked); four blind batches (95–98: quiz items twice, regional English names,
 * learner Russian) joined (8102 questions: zh 83.7, en 85.4, ru 86.1, OOS 88.5, false 1.4
 * measured; start code 83.3, 85.2, 85.8, 88.3, 1.7): floors unchanged.
 * Session 25: documents named after a place the article cites none of, more chat requests; three
 * blind batches (99–101: voice transcripts, learner Chinese, quoted phrases) joined (8342
 * questions: zh 84.1, en 85.6, ru 86.0, OOS 88.7, false 1.4 measured; start code 84.1, 85.6,
 * 86.0, 88.5, 1.4): floors unchanged.
 * Session 26: who gave the data, counts of times by the asking clause, places given as examples,
 * unpunctuated Russian когда, kinds of country, two glossary phrasings; three blind batches
 * (102–104: search-box queries, code-switching, sceptical readers) joined (8582 questions: zh 84.3,
 * en 85.5, ru 85.8, OOS 88.4, false 1.3 measured; start code 84.2, 85.5, 85.6, 88.3, 1.4): floors
 * unchanged (en 0.85 against 85.5: thin).
 * Session 27: three blind batches (105–107: everyday descriptions instead of names, false premises,
 * seminar prompts) joined (8822 questions; the start code reads zh 83.9, en 85.4, ru 85.1, OOS 87.9,
 * false 1.6 on them); misdated figures, exchange rates and yearly amounts asked in Chinese, Russian
 * names of four-letter stems (zh 84.0, en 85.4, ru 85.2, OOS 88.0, false 1.5 measured): floors
 * unchanged (en 0.85 against 85.4 and ru 0.85 against 85.2: thin).
 * Session 28: three blind batches (108–110: sloppy phone typing, long-winded messages, comparisons)
 * joined (9062 questions; the start code reads zh 84.1, en 85.4, ru 85.2, OOS 87.8, false 1.6 on
 * them); questions pointing back to their preamble, "which two kinds", weather, sport and cooking
 * asked (zh 84.3, en 85.4, ru 85.2, OOS 88.2, false 1.6 measured): floors unchanged (en and ru
 * still thin).
 */
const FLOORS = {
  hit1: { zh: 0.83, en: 0.85, ru: 0.85 },
  citationAccuracy: 0.95,
  // The dev set's out-of-scope questions are mostly near misses (the article's own topics, facts it
  // does not give): the hardest kind to refuse without refusing real questions.
  oosAbstained: 0.87,
  falseAbstention: 0.02,
};

let engine: StudyEngine;
let report: EvalReport;
beforeAll(async () => {
  engine = await createEngine();
  report = await runEval(engine, await loadDevset("eval/devset.jsonl"));
}, 600_000);
afterAll(async () => {
  await engine?.close();
});

describe("eval on the dev set with the real engine", () => {
  it("reaches the hit@1 floors by language", () => {
    for (const lang of ["zh", "en", "ru"] as const) {
      expect(report.byLang[lang]!.hit1, `${lang} hit@1\n${formatReport(report, { failures: false })}`).toBeGreaterThanOrEqual(
        FLOORS.hit1[lang],
      );
    }
  });

  it("cites the right footnote, abstains on out-of-scope, rarely refuses real questions", () => {
    expect(report.overall.citationAccuracy).toBeGreaterThanOrEqual(FLOORS.citationAccuracy);
    expect(report.overall.oosAbstained).toBeGreaterThanOrEqual(FLOORS.oosAbstained);
    expect(report.overall.falseAbstention).toBeLessThanOrEqual(FLOORS.falseAbstention);
  });
});

describe("scoring", () => {
  const answer = (quotes: string[]): Answer => ({
    question: "q",
    language: "zh",
    answered: true,
    hits: quotes.map((quote) => ({
      quote,
      context: quote,
      section: "",
      docId: "d",
      passageId: "p",
      sentenceIds: [],
      score: 1,
      citations: [],
    })),
  });

  it("finds the rank of the gold, ignoring [n] marks and spaces", () => {
    expect(goldRank(answer(["无关", "累计输气量超过 5 000 亿立方米[1]。"]), { gold: ["5000亿立方米"] }, () => undefined)).toBe(2);
    expect(goldRank(answer(["无关"]), { gold: ["5000亿立方米"] }, () => undefined)).toBe(0);
  });

  it("rejects malformed dev set lines with their line number", () => {
    expect(() => parseDevset('{"id":"x","lang":"zh","question":"q","gold":[],"outOfScope":false}')).toThrow(/line 1/);
    expect(() => parseDevset("\nnot json")).toThrow(/line 2/);
    expect(parseDevset('{"id":"x","lang":"en","question":"q","gold":[],"outOfScope":true}')).toHaveLength(1);
  });
});

describe("scoring answers of an engine that failed (real index, question embedder rejecting)", () => {
  let broken: StudyEngine;
  let items: DevItem[];
  beforeAll(async () => {
    broken = await failingEngine();
    items = await loadDevset("eval/devset.jsonl");
  });
  afterAll(async () => {
    await broken?.close();
  });

  it("never counts a failed answer as a correct abstention on an out-of-scope question", async () => {
    const oos = items.find((i) => i.outOfScope)!;
    const failed = await broken.ask(oos.question);
    expect(failed.notes).toContain("failed");
    const result = scoreItem(oos, failed, (id) => broken.sentence(id));
    expect(result.failed).toBe(true);
    const summary = summarize([result]);
    expect(summary.overall.oosN).toBe(1);
    expect(summary.overall.oosAbstained).toBe(0);
    expect(summary.overall.failed).toBe(1);
    expect(summary.failures.map((f) => f.id)).toEqual([oos.id]);
    expect(formatReport(summary)).toContain(`- ${oos.id} [internal error]`);
    // The same answer as a genuine abstention is a correct one.
    const abstained = summarize([scoreItem(oos, { ...failed, notes: ["not-found"] }, (id) => broken.sentence(id))]);
    expect(abstained.overall.oosAbstained).toBe(1);
    expect(abstained.overall.failed).toBe(0);
    expect(abstained.failures).toEqual([]);
  });

  it("counts failed in-scope answers as failures and in the report, not as abstentions", async () => {
    const sample = [...items.filter((i) => !i.outOfScope).slice(0, 3), ...items.filter((i) => i.outOfScope).slice(0, 2)];
    const report = await runEval(broken, sample);
    expect(report.overall.failed).toBe(sample.length);
    expect(report.overall.falseAbstention).toBe(0);
    expect(report.overall.oosAbstained).toBe(0);
    expect(report.overall.hit1).toBe(0);
    expect(report.failures).toHaveLength(sample.length);
    const table = formatReport(report, { failures: false });
    expect(table.split("\n")[0]).toMatch(/\| failed \|$/);
    expect(table.split("\n").at(-1)).toMatch(new RegExp(`\\| ${sample.length} \\|$`));
  });
});
