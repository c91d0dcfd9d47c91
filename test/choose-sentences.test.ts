import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus.js";
import { PREFERENCE, chooseSentences, preferenceBonus, similarity } from "../src/choose-sentences.js";
import type { AnswerShape } from "../src/answer-shapes.js";
import { quotedPhrases } from "../src/text-tokens.js";
import { askedAttribute } from "../src/asked-attribute.js";
import type { Sentence } from "../src/types.js";

const [doc] = await loadCorpus("corpus");
const sentences = doc!.sentences;
const find = (needle: string): Sentence => {
  const s = sentences.find((x) => x.plain.includes(needle));
  if (!s) throw new Error(`no sentence with ${needle}`);
  return s;
};
const neighbours = {
  next: (s: Sentence) => sentences.find((x) => x.paragraphId === s.paragraphId && x.ordinal === s.ordinal + 1),
  previous: (s: Sentence) => sentences.find((x) => x.paragraphId === s.paragraphId && x.ordinal === s.ordinal - 1),
};

describe("similarity", () => {
  it("is 1 for the same text and low for unrelated sentences", () => {
    const a = find("累计输气量超过").plain;
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, find("远亲不如近邻").plain)).toBeLessThan(0.2);
  });
});

describe("preferenceBonus", () => {
  it("rewards the asked-for number and, for quantity questions, any quantity", () => {
    const gas = find("累计输气量超过");
    const proverb = find("远亲不如近邻");
    expect(preferenceBonus(gas, { numbers: ["5000"], terms: [] })).toBeGreaterThan(
      preferenceBonus(proverb, { numbers: ["5000"], terms: [] }),
    );
    expect(preferenceBonus(gas, { numbers: [], terms: [], type: "quantity" })).toBeGreaterThan(0);
    expect(preferenceBonus(proverb, { numbers: [], terms: [], type: "quantity" })).toBe(0);
  });

  it("rewards a sentence holding a title the question quotes", () => {
    const quoted = quotedPhrases("讲互尊那节引了《礼记》里哪句话？");
    expect(quoted).toEqual(["礼记"]);
    const liji = find("同则相亲");
    const opening = find("互尊是交往合作的前提");
    expect(preferenceBonus(liji, { numbers: [], terms: [], quoted })).toBeGreaterThan(0);
    expect(preferenceBonus(opening, { numbers: [], terms: [], quoted })).toBe(0);
  });

  it("rewards a sentence naming the attribute asked (an area)", () => {
    const attribute = askedAttribute("咸海的面积有多大？")!;
    const aral = find("咸海的面积");
    const gas = find("累计输气量超过");
    expect(preferenceBonus(aral, { numbers: [], terms: [], attribute })).toBeGreaterThan(0);
    expect(preferenceBonus(gas, { numbers: [], terms: [], attribute })).toBe(0);
  });

  it("rewards a sentence of the answer shape the question asks for, and only that shape", () => {
    // [shape, a sentence of that shape, a sentence of another form]
    const cases: [AnswerShape, string, string][] = [
      ["change", "输血式", "秉持“授人以渔”理念"],
      ["saying", "远亲不如近邻", "累计输气量超过"],
      ["denial", "并不意味着", "累计输气量超过"],
      ["occasion", "在第二届中国—中亚峰会上发表了题为", "累计输气量超过"],
    ];
    for (const [shape, has, lacks] of cases) {
      const s = find(has);
      expect([shape, preferenceBonus(s, { numbers: [], terms: [], shapes: [shape] })]).toEqual([shape, PREFERENCE.shapes[shape]]);
      expect([shape, preferenceBonus(s, { numbers: [], terms: [] })]).toEqual([shape, 0]);
      expect([shape, preferenceBonus(find(lacks), { numbers: [], terms: [], shapes: [shape] })]).toEqual([shape, 0]);
    }
  });

  it("rewards an enumeration when the question asks for several things", () => {
    const cities = find("乌鲁木齐、成都、西安");
    const proverb = find("远亲不如近邻");
    expect(preferenceBonus(cities, { numbers: [], terms: [], list: true })).toBeGreaterThan(0);
    expect(preferenceBonus(cities, { numbers: [], terms: [] })).toBe(0);
    expect(preferenceBonus(proverb, { numbers: [], terms: [], list: true })).toBe(0);
  });

  it("rewards an enumeration of as many things as the question asks for", () => {
    const four = find("和平合作、开放包容、互学互鉴、互利共赢");
    expect(preferenceBonus(four, { numbers: [], terms: [], count: 4 })).toBe(PREFERENCE.count);
    expect(preferenceBonus(four, { numbers: [], terms: [], count: 3 })).toBe(0);
    expect(preferenceBonus(four, { numbers: [], terms: [] })).toBe(0);
  });
});

describe("chooseSentences", () => {
  it("drops a near-duplicate of an already chosen sentence", () => {
    const s = find("累计输气量超过");
    const copy: Sentence = { ...s, id: `${s.id}-copy`, ordinal: 9999, paragraphId: "elsewhere" };
    const other = find("远亲不如近邻");
    const groups = chooseSentences(
      [
        { sentence: s, score: 1 },
        { sentence: copy, score: 0.9 },
        { sentence: other, score: 0.5 },
      ],
      { maxHits: 5, asked: { numbers: [], terms: [] }, ...neighbours },
    );
    expect(groups.map((g) => g.sentences[0]!.id)).toEqual([s.id, other.id]);
  });

  it("lets the sentence holding the asked number overtake a slightly better one", () => {
    const gas = find("累计输气量超过");
    const proverb = find("远亲不如近邻");
    const groups = chooseSentences(
      [
        { sentence: proverb, score: 0.65 },
        { sentence: gas, score: 0.6 },
      ],
      { maxHits: 1, asked: { numbers: ["5000"], terms: [] }, ...neighbours },
    );
    expect(groups[0]!.sentences).toContainEqual(gas);
  });

  it("quotes a neighbour that scores almost as well, in document order, and respects maxHits", () => {
    const first = find("俗话说");
    const second = neighbours.next(first)!;
    expect(second).toBeDefined();
    const far = find("累计输气量超过");
    const groups = chooseSentences(
      [
        { sentence: second, score: 1 },
        { sentence: first, score: 0.95 },
        { sentence: far, score: 0.5 },
      ],
      { maxHits: 1, asked: { numbers: [], terms: [] }, ...neighbours },
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.sentences.map((s) => s.id)).toEqual([first.id, second.id]);
  });

  it("quotes the next sentence when it opens by pointing back (这些举措…), however it scored", () => {
    const treaties = find("关于在边境地区相互裁减军事力量的协定");
    const follower = neighbours.next(treaties)!;
    expect(follower.plain.startsWith("这些举措")).toBe(true);
    const far = find("累计输气量超过");
    const groups = chooseSentences(
      [
        { sentence: treaties, score: 1 },
        { sentence: far, score: 0.5 },
      ],
      { maxHits: 2, asked: { numbers: [], terms: [] }, ...neighbours },
    );
    expect(groups[0]!.sentences.map((s) => s.id)).toEqual([treaties.id, follower.id]);
    // A follower that does not point back stays out unless it scores almost as well.
    const gas = find("累计输气量超过");
    const next = neighbours.next(gas);
    if (next) expect(next.plain).not.toMatch(/^(?:这|此|该|其|上述|由此)/u);
    expect(chooseSentences([{ sentence: gas, score: 1 }], { maxHits: 1, asked: { numbers: [], terms: [] }, ...neighbours })[0]!.sentences).toHaveLength(1);
  });

  /** The ids quoted when a sentence is the only one ranked and nothing in particular is asked. */
  const quotedAlone = (sentence: Sentence): string[] =>
    chooseSentences([{ sentence, score: 1 }], { maxHits: 1, asked: { numbers: [], terms: [] }, ...neighbours })[0]!.sentences.map(
      (s) => s.id,
    );

  it("quotes a sentence that opens by pointing back together with the one before it", () => {
    const treaties = find("关于在边境地区相互裁减军事力量的协定");
    const measures = neighbours.next(treaties)!;
    expect(measures.plain.startsWith("这些举措")).toBe(true);
    expect(quotedAlone(measures)).toEqual([treaties.id, measures.id]);
  });

  it("quotes the next sentence when it goes on in time from this one (随后…)", () => {
    const independence = find("中国是最先承认中亚国家独立");
    const follower = neighbours.next(independence)!;
    expect(follower.plain.startsWith("随后")).toBe(true);
    expect(quotedAlone(independence)).toEqual([independence.id, follower.id]);
  });

  it("quotes the other side of a 一方面…;另一方面… pair with the first", () => {
    const first = find("因区域安全屏障越发坚固而深化");
    const other = neighbours.next(first)!;
    expect(other.plain.startsWith("另一方面")).toBe(true);
    expect(quotedAlone(first)).toEqual([first.id, other.id]);
  });

  it("quotes the next sentence, whatever its opening, when the question asks what something brought about", () => {
    const visits = find("五国元首也频繁到访中国");
    const follower = neighbours.next(visits)!;
    expect(follower.plain).toContain("稳定性与可预测性");
    const ranked = [{ sentence: visits, score: 1 }];
    const plain = chooseSentences(ranked, { maxHits: 1, asked: { numbers: [], terms: [] }, ...neighbours });
    expect(plain[0]!.sentences).toHaveLength(1);
    const asked = chooseSentences(ranked, { maxHits: 1, asked: { numbers: [], terms: [], continues: true }, ...neighbours });
    expect(asked[0]!.sentences.map((s) => s.id)).toEqual([visits.id, follower.id]);
  });
});
