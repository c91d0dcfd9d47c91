import { describe, expect, it } from "vitest";
import { readFileSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { carryOver, dictionaryKey, loadDictionary, type CarryDictionary } from "../src/dictionary.js";
import { ENGLISH_GLOSSARY } from "../src/english-glossary.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");

describe("carry-over dictionary (real CC-CEDICT, real article)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dict-"));
  const dict: CarryDictionary = await loadDictionary({ indexDir: dir, corpusText: article, corpusKey: "test" });

  it("keeps only Chinese words that occur in the article", () => {
    const all = [...Object.values(dict.phrases), ...Object.values(dict.heads)].flat();
    expect(all.length).toBeGreaterThan(1000);
    const compact = article.replace(/\s+/g, ""); // the article writes "2025 年 4 月"
    for (const zh of all) expect(compact).toContain(zh);
  });

  it("adds the English supplement where the article uses it: abbreviations, months, names", () => {
    expect(carryOver(dict, "What is the SCO?").terms).toContain("上合组织");
    expect(carryOver(dict, "What happened in April 2025?").terms).toContain("4月");
    expect(carryOver(dict, "What did Tokayev say?").terms).toContain("托卡耶夫");
    expect(carryOver(dict, "How many IoT devices?").terms).toContain("物联网");
    expect(carryOver(dict, "What about AI?").terms).toContain("人工智能");
    expect(carryOver(dict, "on old-school security, what principle?").terms).toContain("传统");
    expect(carryOver(dict, "How many EVs were exported?").terms).toContain("电动车");
    // Words CC-CEDICT glosses with Chinese the article does not use.
    expect(carryOver(dict, "What about healthcare cooperation?").terms).toContain("医疗卫生");
    expect(carryOver(dict, "How much has the Aral Sea shrunk?").terms).toContain("锐减");
    // Only where the article has the Chinese: it names no date in March.
    expect(carryOver(dict, "What happened in March?").terms).not.toContain("3月");
  });

  it("lists the countries, unions of countries and cities the article never writes", () => {
    for (const name of ["欧盟", "东盟", "美国", "杜尚别", "阿什哈巴德"]) expect(dict.absentPlaces, name).toContain(name);
    for (const name of ["中国", "哈萨克斯坦", "乌兹别克斯坦", "俄", "阿拉木图", "塔什干", "上都"]) expect(dict.absentPlaces, name).not.toContain(name);
  });

  it("lists CC-CEDICT's short forms of the countries the article never names, not common words", () => {
    // 阿联酋 "United Arab Emirates (abbr. for …)", 沙特 "abbr. for Saudi Arabia", 大马 "Malaysia".
    for (const name of ["阿联酋", "沙特", "大马"]) expect(dict.absentPlaces, name).toContain(name);
    // 内地 is "Japan" in Taiwan's usage but also "inland"; 华夏 is China, which the article names.
    for (const name of ["内地", "华夏", "中华"]) expect(dict.absentPlaces, name).not.toContain(name);
  });

  it("keeps CC-CEDICT's short forms of names the article writes out in full", () => {
    expect(dict.abbreviations?.["上合"]).toBe("上海合作组织");
    expect(dict.abbreviations?.["丝路"]).toBe("丝绸之路");
    // The article mostly writes 电商 itself.
    expect(dict.abbreviations?.["电商"]).toBeUndefined();
    for (const full of Object.values(dict.abbreviations ?? {})) expect(article.replace(/\s+/g, "")).toContain(full);
  });

  it("falls back to the closest dictionary form of a word it lacks", () => {
    expect(dict.phrases["threat"]).toBeUndefined();
    expect(carryOver(dict, "What threats do they face?").terms).toContain("威胁");
    expect(carryOver(dict, "Which sectors grew?").terms).toContain("领域");
    // …and of a long word typed with a letter missing, extra, wrong or swapped, not a short one.
    expect(carryOver(dict, "how r they cutting instituional barriers").terms).toContain("制度");
    expect(carryOver(dict, "what did the goverment plan").terms).toContain("政府");
    expect(carryOver(dict, "the boiling point of ethanol").terms).not.toContain("弘扬");
  });

  it("carries multiword glosses, names and plurals", () => {
    const terms = carryOver(dict, "How much natural gas did Central Asian countries send through the pipelines?").terms;
    expect(terms).toContain("天然气");
    expect(terms).toContain("中亚");
    expect(terms).toContain("管道");
    expect(carryOver(dict, "What about the Belt and Road?").terms).toContain("一带一路");
    expect(carryOver(dict, "Kazakhstan").terms).toContain("哈萨克斯坦");
    expect(carryOver(dict, "What did Xi Jinping say?").terms).toContain("习近平");
  });

  it("carries a name written in pinyin to the article's word read so, before a head word's back-off", () => {
    const terms = carryOver(dict, "Is the Fuxing gas field near Xian?").terms;
    expect(terms).toContain("复兴");
    expect(terms).toContain("西安");
    expect(terms).not.toContain("冼星海"); // "xian" is also a head word of "Xian Xinghai"
    // Only a capitalised word is read as a name: "fuxing" in lowercase is no pinyin lookup.
    expect(carryOver(dict, "is the fuxing gas field big?").terms).not.toContain("复兴");
  });

  it("ignores place-name definitions: 'China' in 'Tongli, a city in Jiangsu Province, China' is no translation", () => {
    expect(carryOver(dict, "What does China offer?").terms).toContain("中国");
    expect(carryOver(dict, "What does China offer?").terms).not.toContain("同理");
  });

  it("looks 'the two sides' up as 'both sides', and carries ordinals as 第 + digit", () => {
    const terms = carryOver(dict, "What do the two sides agree on?").terms;
    expect(terms).toContain("双方");
    expect(terms).not.toContain("二");
    expect(carryOver(dict, "Is a third railway planned?").terms).toContain("第三");
  });

  it("also carries the phrases inside a longer matched phrase", () => {
    const terms = carryOver(dict, "When did China establish diplomatic relations with them?").terms;
    expect(terms).toContain("建交");
    expect(terms).toContain("外交关系");
  });

  it("carries British spellings like American ones", () => {
    expect(carryOver(dict, "Which treaty of good neighbourliness was signed?").terms).toEqual(
      expect.arrayContaining(["条约", "睦邻"]),
    );
  });

  it("carries Russian inflected forms through the glossary", () => {
    expect(carryOver(dict, "Что говорится о взаимном доверии?").terms).toContain("互信");
    expect(carryOver(dict, "Сколько газа поставлено из Центральной Азии?").terms).toEqual(
      expect.arrayContaining(["天然气", "中亚"]),
    );
    // "газета" (newspaper) is not gas
    expect(carryOver(dict, "В какой газете?").terms).not.toContain("天然气");
    // Chat shorthand for a railway.
    expect(carryOver(dict, "а третья ж/д между КНР и РК — что с ней?").terms).toEqual(expect.arrayContaining(["铁路", "第三", "中国", "哈萨克斯坦"]));
    expect(carryOver(dict, "Где будет жд?").terms).toContain("铁路");
    // "Small but beautiful" with но (and the comma) as well as с и.
    expect(carryOver(dict, "Обещания про «малые, но красивые» проекты — сколько их?").terms).toContain("小而美");
    expect(carryOver(dict, "что за принцип общей, но разной ответственности").terms).toContain("共同但有区别的责任原则");
  });

  it("carries nothing from Chinese-only or empty questions", () => {
    expect(carryOver(dict, "互信是什么?").terms).toEqual([]);
    expect(carryOver(dict, "").terms).toEqual([]);
  });

  it("caches the map in the index directory and reuses it while the key matches", async () => {
    const file = join(dir, "dictionary.json");
    expect(existsSync(file)).toBe(true);
    const before = statSync(file).mtimeMs;
    const again = await loadDictionary({ indexDir: dir, corpusText: article, corpusKey: "test" });
    expect(statSync(file).mtimeMs).toBe(before);
    expect(again.phrases["central asia"]).toEqual(dict.phrases["central asia"]);
    const other = await loadDictionary({ indexDir: dir, corpusText: "中亚", corpusKey: "other" });
    expect(other.key).not.toBe(dict.key);
    expect(Object.values(other.phrases).flat().every((zh) => zh === "中亚")).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it("keys the cache by the English supplement too, so editing it rebuilds the map", async () => {
    const same = await dictionaryKey("k", [...ENGLISH_GLOSSARY]);
    expect(same).toBe(await dictionaryKey("k"));
    const edited = await dictionaryKey("k", [...ENGLISH_GLOSSARY, { phrase: "steppe", zh: ["草原"] }]);
    expect(edited).not.toBe(same);
  });
});

describe("glosses of the other articles' words (real CC-CEDICT, real abstracts page)", async () => {
  const { loadCorpus } = await import("../src/corpus.js");
  const [doc] = await loadCorpus(new URL("../corpus", import.meta.url).pathname);
  const dir = mkdtempSync(join(tmpdir(), "dict-other-"));
  const dict = await loadDictionary({
    indexDir: dir,
    corpusText: doc!.sentences.map((s) => s.plain).join("\n"),
    corpusKey: "test-other",
    otherArticlesText: doc!.otherArticles.map((o) => o.text).join("\n"),
  });

  it("maps Chinese words the article never writes to the other articles' words they translate", () => {
    const glosses = dict.otherArticleGlosses!;
    expect(glosses["钢铁"]).toContain("steel");
    expect(glosses["制裁"]).toContain("sanction");
    const compact = doc!.sentences.map((s) => s.plain).join("").replace(/\s+/g, "");
    for (const zh of Object.keys(glosses)) expect(compact, zh).not.toContain(zh);
    rmSync(dir, { recursive: true, force: true });
  });
});
