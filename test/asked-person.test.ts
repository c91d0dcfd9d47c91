import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asksPerson, asksWho, WhoNames } from "../src/asked-person.js";
import { PlaceNames } from "../src/place-names.js";
import { loadCorpus } from "../src/corpus.js";
import { loadDictionary, type CarryDictionary } from "../src/dictionary.js";
import { sentenceAround } from "./article-text.js";
import { expectQuoted, expectRefused } from "./answer-expect.js";
import { useRealEngine } from "./real-engine.js";

describe("asksWho", () => {
  it("knows who-questions in each language", () => {
    for (const q of [
      "张骞出使西域是受哪位皇帝派遣的？",
      "这句话是谁说的？",
      "Who gave the keynote speech at the second summit?",
      "In the declaration, who stressed the Spirit?",
      "Which Tang dynasty monk travelled west?",
      "Кто первым проложил путь на Запад?",
      "Под чьим руководством выросло доверие?",
      "Кто дал старт проекту?",
    ]) {
      expect(asksWho(q), q).toBe(true);
    }
  });

  it("leaves alone relative 'who', 哪些人文, and other questions", () => {
    for (const q of [
      "What was the number of Chinese tourists who visited Central Asia?",
      "双方举办了哪些人文活动来吸引游客？",
      "Which countries signed the agreements?",
      "中国和中亚的贸易额是多少？",
      // A possessive: the leaders' mechanism is asked, not the leaders.
      "Which leaders' mechanism was set up after the first summit?",
      "Which president’s plan names a digital state?",
      // Who gave the figures asks their source.
      "На сколько вырос поток туристов? Кто дал эти данные?",
      "aral sea size in 1960 vs 2020? and who do they cite for it",
      "水域到底缩了多少？是谁给的数据？",
    ]) {
      expect(asksWho(q), q).toBe(false);
    }
  });
});

describe("WhoNames with the real CC-CEDICT and article", () => {
  const dir = mkdtempSync(join(tmpdir(), "who-"));
  let dict: CarryDictionary;
  let who: WhoNames;
  beforeAll(async () => {
    const [doc] = await loadCorpus(new URL("../corpus", import.meta.url).pathname);
    dict = await loadDictionary({ indexDir: dir, corpusText: doc!.sentences.map((s) => s.plain).join("\n"), corpusKey: "who-test" });
    who = new WhoNames(dict.persons ?? [], new PlaceNames(dict.places));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("takes people from CC-CEDICT's life dates, not dynasties", () => {
    expect(dict.persons).toEqual(expect.arrayContaining(["张骞", "玄奘", "冼星海", "习近平"]));
    expect(dict.persons).not.toContain("唐朝");
  });

  it("is answered by a sentence naming someone the question does not", () => {
    expect(who.question(["哪位汉代人物开通了前往西域的道路？"]).answeredBy(sentenceAround("张骞的西域凿空之旅"))).toBe(true);
    expect(who.question(["Who stressed the Spirit in the Astana Declaration?"]).answeredBy(sentenceAround("六国元首在"))).toBe(true);
    // Foreign names written by sound count as someone (拜卡达莫夫).
    expect(who.question(["冼星海和谁结下了友谊？"]).answeredBy(sentenceAround("拜卡达莫夫"))).toBe(true);
    // People named as a group: today's people and their descendants.
    expect(who.question(["green growth: whose wellbeing does it have to balance against whose?"]).answeredBy(sentenceAround("兼顾当代人的福祉"))).toBe(true);
    // A sound-written surname (托卡耶夫, -ev) is a person: it answers "which president".
    expect(who.question(["提“数字国家”目标的是哪位总统？"], true).answeredBy(sentenceAround("托卡耶夫"))).toBe(true);
  });

  it("is not answered by a sentence naming only the question's own people, or no one", () => {
    expect(who.question(["张骞出使西域是受哪位皇帝派遣的？"]).answeredBy(sentenceAround("张骞的西域凿空之旅"))).toBe(false);
    expect(who.question(["《礼记·乐记》是谁编纂的？"]).answeredBy(sentenceAround("乐者为同"))).toBe(false);
  });

  it("lists the people a text names, or only those it names by name", () => {
    const visits = sentenceAround("9次访问中亚");
    expect([...who.peopleIn(visits)]).toEqual(expect.arrayContaining(["习近平", "主席", "元首"]));
    expect([...who.peopleIn(visits, false, true)]).toEqual(["习近平"]);
    // No country, people or institute is a person.
    expect([...who.peopleIn(sentenceAround("科学家一直共同探讨"))]).toEqual([]);
  });

  it("wants a person, not a country or an institute, when the question asks for one", () => {
    const lead = "Who was the lead scientist of the drip-irrigation trial in Nukus?";
    expect(asksPerson(lead)).toBe(true);
    const scientists = sentenceAround("科学家一直共同探讨");
    // Any agent would do for "who took part": the countries answer it.
    expect(who.question(["Who took part in the search for a solution to the Aral Sea crisis?"]).answeredBy(scientists)).toBe(true);
    expect(who.question([lead, "科学家"], true).answeredBy(scientists)).toBe(false);
    // People and office holders still answer it.
    expect(who.question(["哪位汉代人物开通了前往西域的道路？"], true).answeredBy(sentenceAround("张骞的西域凿空之旅"))).toBe(true);
    expect(who.question(["冼星海和哪位朋友结下了友谊？"], true).answeredBy(sentenceAround("拜卡达莫夫"))).toBe(true);
    expect(who.question(["Which leaders stressed the Spirit in the Astana Declaration?"], true).answeredBy(sentenceAround("六国元首在"))).toBe(true);
    expect(asksPerson("Who built the railway?")).toBe(false);
    // Who chaired, presided over or led something is a person.
    expect(asksPerson("Who presided over the second China–Central Asia Summit in Astana?")).toBe(true);
    expect(asksPerson("Who led the Chinese Academy of Sciences team in Nukus?")).toBe(true);
    expect(asksPerson("第二届峰会由谁主持？")).toBe(true);
    expect(asksPerson("Кто руководил демонстрацией в Нукусе?")).toBe(true);
    // The person after an auxiliary verb is the subject, not what is asked.
    expect(asksWho("Which goal did President Tokayev set in his 2025 address?")).toBe(false);
    expect(asksPerson("Which goal did President Tokayev set in his 2025 address?")).toBe(false);
  });
});

describe("the engine with who-questions (real model and index)", () => {
  const engine = useRealEngine();

  it("says who is not stated when the best sentence names only the question's own people", async () => {
    await expectRefused(engine, ["张骞出使西域是哪位皇帝派他去的？", "“四海之内皆兄弟也”是谁说的？"], "person");
  });

  it("still answers who-questions the article answers, in each language", async () => {
    await expectQuoted(engine, [
      ["哪位汉代人物开通了中原前往西域的道路？", "张骞"],
      ["Who gave the keynote speech at the second China–Central Asia Summit?", "习近平"],
      ["Кто сейчас президент Казахстана?", "托卡耶夫"],
      // A sentence of the English abstract answers in English, which the Chinese names do not read.
      ["According to the English abstract, who is pursuing the common modernization - China on its own?", "jointly"],
    ]);
  });
});
