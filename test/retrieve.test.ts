/**
 * The retriever on the real index: dense candidates come from the HNSW graphs, asked for a
 * bounded number of neighbours (so a question's cost does not grow with the corpus); keyword
 * candidates outside them get their exact cosines; on one article the best sentences are the
 * same as when every vector is compared.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { carryOver, loadDictionary } from "../src/dictionary.js";
import { ensureIndex, type LoadedIndex } from "../src/index-store.js";
import { carriedDenseText, carriedTokenWeights, DEFAULT_WEIGHTS, DENSE_TRANSLATIONS, denseQueryText, Retriever, type RetrievalSources } from "../src/retrieve.js";
import type { CarryDictionary } from "../src/dictionary.js";
import type { Lang } from "../src/types.js";
import { regionSentenceIds } from "../src/asked-region.js";

let index: LoadedIndex;
let dictionary: CarryDictionary;

beforeAll(async () => {
  index = await ensureIndex({});
  const docs = index.documents;
  dictionary = await loadDictionary({
    indexDir: index.dir,
    corpusText: docs.flatMap((d) => d.sentences.map((s) => s.plain)).join("\n"),
    corpusKey: docs.map((d) => `${d.id}:${d.sha256}`).join(","),
  });
});
afterAll(async () => {
  await index?.close();
});

/** The index as retrieval sources, with or without its graphs, counting graph searches. */
function sources(withGraphs: boolean, calls: { sentences: number[]; passages: number[] }): RetrievalSources {
  return {
    sentences: index.sentences,
    passages: index.passages,
    sentenceVector: (id) => (index.hasSentenceVector(id) ? index.sentenceVector(id) : undefined),
    passageVector: (id) => index.passageVector(id),
    embedder: index.embedder,
    ...(withGraphs
      ? {
          searchSentences: (v: Float32Array, k: number) => (calls.sentences.push(k), index.searchSentences(v, k)),
          searchPassages: (v: Float32Array, k: number) => (calls.passages.push(k), index.searchPassages(v, k)),
        }
      : {}),
  };
}

describe("Retriever dense candidates", () => {
  const questions: string[] = [
    "中国对中亚的直接投资存量有多少？",
    "How long is the shared border between China and Central Asia?",
    "Сколько газа прошло по газопроводу Китай — Центральная Азия?",
  ];

  const top = (r: { ranked: { sentence: { id: string } }[] }, n = 5) => r.ranked.slice(0, n).map((x) => x.sentence.id);

  it("asks each graph once per query vector for fewer neighbours than the article has, and ranks the best sentences like a full comparison", async () => {
    for (const question of questions) {
      const calls = { sentences: [] as number[], passages: [] as number[] };
      const viaGraph = await new Retriever(sources(true, calls), dictionary).retrieve(question);
      const full = await new Retriever(sources(false, { sentences: [], passages: [] }), dictionary).retrieve(question);
      const vectors = viaGraph.carried.length > 0 ? 2 : 1;
      expect(calls.sentences).toHaveLength(vectors);
      expect(calls.passages).toHaveLength(vectors);
      for (const k of calls.sentences) expect(k).toBeLessThan(index.sentences.length);
      for (const k of calls.passages) expect(k).toBeLessThan(index.passages.length);
      // The same best sentence and the same five best (their order may differ a little: min-max
      // scaling runs over the candidates, which are fewer than the whole article).
      expect(top(viaGraph, 1)).toEqual(top(full, 1));
      expect(top(viaGraph).sort()).toEqual(top(full).sort());
      expect(viaGraph.bestCosine).toBeCloseTo(full.bestCosine, 5);
    }
  });

  it("gives keyword candidates the graphs did not return their exact cosines", async () => {
    const graphless = (weights = DEFAULT_WEIGHTS) =>
      new Retriever({ ...sources(false, { sentences: [], passages: [] }), searchSentences: () => [], searchPassages: () => [] }, dictionary, weights);
    for (const question of ["中国对中亚的直接投资存量有多少？", "双方在防治沙漠化方面建立了什么合作机构？"]) {
      const blind = await graphless().retrieve(question);
      const full = await new Retriever(sources(false, { sentences: [], passages: [] }), dictionary).retrieve(question);
      const keywordsOnly = await graphless({ ...DEFAULT_WEIGHTS, denseSentence: 0, densePassage: 0 }).retrieve(question);
      expect(blind.bestCosine).toBe(-1); // the graphs found nothing…
      expect(top(blind)).toEqual(top(full)); // …yet the keyword candidates were compared densely
      expect(top(keywordsOnly)).not.toEqual(top(full));
    }
  });

  it("embeds a question in a language the model does not read through its carried-over terms alone", async () => {
    const question = "Сколько газа прошло по газопроводу Китай — Центральная Азия?";
    const seen: string[][] = [];
    const withProfile = (queryLanguages: Lang[] | undefined): RetrievalSources => ({
      ...sources(true, { sentences: [], passages: [] }),
      embedder: {
        profile: { queryLanguages },
        embedQueries: (texts: readonly string[]) => (seen.push([...texts]), index.embedder.embedQueries(texts)),
      },
    });
    expect(index.embedder.profile.queryLanguages).not.toContain("ru"); // the shipped model
    const carriedOnly = await new Retriever(withProfile(["zh", "en"]), dictionary).retrieve(question, undefined, "ru");
    expect(carriedOnly.carried.length).toBeGreaterThan(0);
    // One text: carried terms only (each word's most likely translations).
    expect(seen.at(-1)).toHaveLength(1);
    const embedded = seen.at(-1)![0]!.split(" ");
    for (const term of embedded) expect(carriedOnly.carried).toContain(term);
    await new Retriever(withProfile(undefined), dictionary).retrieve(question, undefined, "ru");
    expect(seen.at(-1)).toEqual([question, embedded.join(" ")]);
    // English is read: the question and its terms.
    await new Retriever(withProfile(["zh", "en"]), dictionary).retrieve("How long is the border?", undefined, "en");
    expect(seen.at(-1)).toHaveLength(2);
    // Both ways find the gas pipeline sentence first.
    expect(carriedOnly.ranked[0]!.sentence.plain).toContain("天然气管道");
    // Chinese the unread question quotes is embedded with its carried terms.
    const quoting = await new Retriever(withProfile(["zh", "en"]), dictionary).retrieve(
      "Что за превращение из «лусо-го» (陆锁国) — о чём это?",
      undefined,
      "ru",
    );
    expect(seen.at(-1)).toHaveLength(1);
    expect(seen.at(-1)![0]).toContain("陆锁国");
    expect(quoting.ranked[0]!.sentence.plain).toContain("陆锁国");
  });
});

describe("Retriever and a page break pointed at", () => {
  it("prefers the sentences cut by a page break when the question says its sentence is", async () => {
    const retriever = new Retriever(sources(true, { sentences: [], passages: [] }), dictionary);
    const q = "公正合理那节说在这种精神的引领下，双方要拿出啥样的做法、往啥目标推进？";
    const plain = await retriever.retrieve(q);
    const pointed = await retriever.retrieve(`${q}这句跨页了`);
    expect(plain.ranked[0]!.sentence.lines[0]).toBe(plain.ranked[0]!.sentence.lines[1]);
    expect(pointed.ranked[0]!.sentence.plain).toContain("更加务实的举措加强合作");
  });
});

describe("Retriever and short forms", () => {
  it("searches a short form (上合) as the full name the article writes", async () => {
    const seen: string[] = [];
    const recording: RetrievalSources = {
      ...sources(true, { sentences: [], passages: [] }),
      embedder: { embedQueries: (texts: readonly string[]) => (seen.push(...texts), index.embedder.embedQueries(texts)) },
    };
    const retriever = new Retriever(recording, dictionary);
    const short = await retriever.retrieve("上合天津峰会是什么时候开的？");
    expect(seen.at(-1)).toBe("上海合作组织天津峰会是什么时候开的");
    const full = await retriever.retrieve("上海合作组织天津峰会是什么时候开的？");
    expect(short.bestCosine).toBe(full.bestCosine);
    expect(short.ranked.slice(0, 5).map((h) => h.sentence.id)).toEqual(full.ranked.slice(0, 5).map((h) => h.sentence.id));
    expect(short.ranked[0]!.sentence.plain).toContain("上海合作组织天津峰会");
  });
});

describe("carriedDenseText", () => {
  it("embeds each word's first translations only, without repeats, in question order", () => {
    expect(DENSE_TRANSLATIONS).toBe(2);
    const text = carriedDenseText([{ zh: ["水平", "程度", "层次", "层面"] }, { zh: ["程度", "平台"] }, { zh: ["中亚"] }]);
    expect(text).toBe("水平 程度 平台 中亚");
    expect(carriedDenseText([])).toBe("");
  });
});

describe("carriedTokenWeights", () => {
  it("spreads a word's weight over its translations and leaves the question's own tokens alone", () => {
    const weights = carriedTokenWeights(
      [
        { zh: ["水平", "程度", "层次", "层面"] },
        { zh: ["平台"] },
      ],
      ["水平"],
    )!;
    expect(weights.get("平台")).toBe(1);
    expect(weights.get("程度")).toBeCloseTo(0.5, 9);
    expect(weights.has("水平")).toBe(false);
    expect(carriedTokenWeights([], ["互信"])).toBeUndefined();
  });

  it("gives a token carried by several words its best weight", () => {
    const weights = carriedTokenWeights([{ zh: ["中国", "中方"] }, { zh: ["中国"] }], [])!;
    expect(weights.get("中国")).toBe(1);
  });
});

describe("denseQueryText", () => {
  it("leaves out full-width question marks but keeps the words and an English question mark", () => {
    expect(denseQueryText("上合天津峰会是什么时候开的？")).toBe("上合天津峰会是什么时候开的");
    expect(denseQueryText("哪些？哪些？")).not.toContain("？");
    expect(denseQueryText("What is it?")).toBe("What is it?");
    // Words about the document are not what it says: 文中提到的丝路精神 is embedded as 提到的丝路精神.
    expect(denseQueryText("文中提到的丝路精神，是怎么形成的？")).toBe("提到的丝路精神，是怎么形成的");
    expect(denseQueryText("作者说双方关系的飞跃集中表现在哪里？")).toBe("说双方关系的飞跃集中表现在哪里");
  });

  it("never leaves nothing to embed", () => {
    expect(denseQueryText("？")).toBe("？");
  });
});

describe("Retriever with a question that says where it is reading", () => {
  it("prefers the sentences of that region", async () => {
    const question = "In the conclusion, what image do the authors paint of the future?";
    const conclusion = new Set(regionSentenceIds(index.sentences, "conclusion"));
    const withRegion = await new Retriever(index, dictionary).retrieve(question);
    const without = await new Retriever(index, dictionary, { ...DEFAULT_WEIGHTS, region: 0 }).retrieve(question);
    expect(conclusion.has(withRegion.ranked[0]!.sentence.id)).toBe(true);
    expect(withRegion.inPointedRegion).toBe(true);
    // Without the preference another "future" sentence (展望未来…, in 一(四)) comes first.
    expect(conclusion.has(without.ranked[0]!.sentence.id)).toBe(false);
    expect(without.inPointedRegion).toBe(false);
  });

  it("finds a section named by its topic through its title, in English too", async () => {
    const r = await new Retriever(index, dictionary).retrieve("In the section on green cooperation, which projects are mentioned?");
    expect(r.inPointedRegion).toBe(true);
    expect(r.ranked[0]!.sentence.section.at(-1)).toMatch(/绿色合作/);
    const none = await new Retriever(index, dictionary).retrieve("In the section on football, who scored?");
    expect(none.inPointedRegion).toBe(false);
  });

  it("does not search the words that point (\"summary\" would be carried over as 总结…)", async () => {
    const pointing = carryOver(dictionary, "summary").terms;
    expect(pointing.length).toBeGreaterThan(0);
    const r = await new Retriever(index, dictionary).retrieve("According to the summary, what is mutual trust?");
    expect(r.carried.filter((t) => pointing.includes(t))).toEqual([]);
  });
});

describe("Retriever with a question asking for an amount of an attribute", () => {
  it("also searches the units the article states it in (人口 → 亿人, 面积 → 平方公里)", async () => {
    const retriever = new Retriever(index, dictionary);
    for (const question of ["中国和中亚加起来一共有多少人口？", "中国与中亚国家的国土面积合起来有多大？"]) {
      const r = await retriever.retrieve(question);
      // The conclusion's sentence (1300多万平方公里…近15亿人) holds neither 人口 nor 面积 nor 中国/中亚:
      // without the units it is not among the 40 kept.
      const at = r.ranked.findIndex((x) => x.sentence.plain.includes("近15亿人"));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(5);
    }
  });
});

describe("Retriever and the article's sentences in another language", () => {
  it("does not let the English abstract win an English question only for being English", async () => {
    const question = "What does the Treaty on Eternal Good-Neighbourliness, Friendship and Cooperation achieve?";
    const penalised = await new Retriever(index, dictionary).retrieve(question, undefined, "en");
    const plain = await new Retriever(index, dictionary, { ...DEFAULT_WEIGHTS, sideLanguage: 0 }).retrieve(question, undefined, "en");
    // The abstract's sentences lose the side-language weight, and rank lower than without it.
    const english = (r: typeof plain) => r.ranked.findIndex((x) => x.sentence.lang === "en");
    expect(plain.ranked[english(plain)]!.score - penalised.ranked[english(penalised)]!.score).toBeCloseTo(DEFAULT_WEIGHTS.sideLanguage, 6);
    expect(english(penalised)).toBeGreaterThan(english(plain));
    expect(penalised.ranked[0]!.sentence.plain).toContain("以法律形式将世代友好原则固定下来");
  });

  it("still answers from the English abstract what only it says", async () => {
    const r = await new Retriever(index, dictionary).retrieve(
      "According to the English abstract, what does the common modernization of China and Central Asia share?",
      undefined,
      "en",
    );
    expect(r.ranked.slice(0, 3).some((x) => x.sentence.lang === "en" && /universality/.test(x.sentence.plain))).toBe(true);
  });
});

describe("Retriever with a question asking for an enumerated item", () => {
  it("brings the sentence opening as that item (二是…) forward", async () => {
    const question = "互利合作那一节列举成果，第二条讲的是什么？";
    const r = await new Retriever(index, dictionary).retrieve(question);
    const without = await new Retriever(index, dictionary, { ...DEFAULT_WEIGHTS, ordinal: 0 }).retrieve(question);
    const rank = (x: typeof r) => x.ranked.findIndex((h) => h.sentence.plain.startsWith("二是"));
    expect(rank(r)).toBeGreaterThanOrEqual(0);
    expect(rank(r)).toBeLessThan(3);
    expect(rank(without) === -1 || rank(without) > rank(r)).toBe(true);
  });
});

describe("Retriever with a question pointing at a region's start", () => {
  it("prefers the region's first paragraph (第二部分一开头)", async () => {
    const question = "第二部分一开头说中国走的这条现代化道路破除了一个什么误区";
    const r = await new Retriever(index, dictionary).retrieve(question);
    const without = await new Retriever(index, dictionary, { ...DEFAULT_WEIGHTS, regionEdge: 0 }).retrieve(question);
    expect(r.ranked[0]!.sentence.plain).toContain("现代化就是西方化的迷思");
    expect(without.ranked[0]!.sentence.plain).not.toContain("现代化就是西方化的迷思");
  });

  it("prefers the last sentences of the region's last paragraph for its end (в конце раздела)", async () => {
    const question = "Какой вывод делают авторы в конце раздела о культуре и туризме?";
    const r = await new Retriever(index, dictionary).retrieve(question);
    const flat = await new Retriever(index, dictionary, { ...DEFAULT_WEIGHTS, regionEdgeDecay: 0 }).retrieve(question);
    expect(r.ranked[0]!.sentence.plain).toContain("进一步系牢了双方民心相通的情感纽带");
    expect(flat.ranked[0]!.sentence.plain).not.toContain("进一步系牢了双方民心相通的情感纽带");
  });
});

describe("Retriever and the figures a question quotes", () => {
  it("says when the best sentence states every figure the question quotes (not years, not single digits)", async () => {
    const r = await new Retriever(index, dictionary).retrieve("the nukus cotton numbers (333 vs 120 kg per mu) - what's the source?");
    expect(r.ranked[0]!.sentence.plain).toContain("333");
    expect(r.quotesItsNumbers).toBe(true);
    const years = await new Retriever(index, dictionary).retrieve("What happened in 2023 between China and Central Asia?");
    expect(years.quotesItsNumbers).toBe(false);
    const missing = await new Retriever(index, dictionary).retrieve("Was the Nukus yield 333 or 999 kg per mu?");
    expect(missing.quotesItsNumbers).toBe(false);
  });

  it("does not count a lone round figure as quoting the article (100 is how anyone writes an amount)", async () => {
    const round = await new Retriever(index, dictionary).retrieve("can u convert 100 usd to tenge real quick");
    expect(round.quotesItsNumbers).toBe(false);
    // …while 100 quoted with another of the article's figures still counts.
    const two = await new Retriever(index, dictionary).retrieve("chinese tourists to central asia up 100%, flight bookings to kazakhstan up 60% — source?");
    expect(two.ranked[0]!.sentence.plain).toContain("60%");
    expect(two.quotesItsNumbers).toBe(true);
  });
});
