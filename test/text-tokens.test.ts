import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { capitalisedWords, cyrillicWords, englishContentWords, isRussianStopword, figuresIn, isYear, latinWords, matchesAsWords, escapeRegExp, longestFirst, normalizeNumbers, numbersIn, stemLatin, tokenize, wordBoundaries } from "../src/text-tokens.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");

describe("tokenize", () => {
  it("gives Chinese words and character bigrams for a sentence of the article", () => {
    const line = article.split("\n").find((l) => l.includes("天然气管道累计向我国输气"))!;
    const tokens = tokenize(line);
    expect(tokens).toContain("天然气管道".slice(0, 2)); // 天然 as a bigram
    expect(tokens).toContain("管道");
    expect(tokens).toContain("输气"); // bigram even if the segmenter splits it
    expect(tokens).toContain("5000"); // "5 000" joined
  });

  it("drops Chinese question and function words but keeps the topic", () => {
    const tokens = tokenize("什么是互信?");
    expect(tokens).toContain("互信");
    expect(tokens).not.toContain("什么");
    expect(tokens).not.toContain("是");
  });

  it("lowercases and stems Latin words and drops English stopwords", () => {
    const tokens = tokenize("What are the Central Asian countries?");
    expect(tokens).toEqual(["central", "asia", "country"]);
  });

  it("handles empty, emoji-only and punctuation-only text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("🙂🙂 ?!…")).toEqual([]);
  });
});

describe("capitalisedWords", () => {
  it("takes the words written as names, lowercased, not all-capital abbreviations", () => {
    expect([...capitalisedWords("On what day did Xi visit Europe and the BYD plant in Kazakhstan?")]).toEqual(["on", "xi", "europe", "kazakhstan"]);
  });
});

describe("wordBoundaries", () => {
  it("gives the offsets where words start and end", () => {
    const text = "在经济上合作";
    const bounds = wordBoundaries(text);
    expect(bounds.has(0)).toBe(true);
    expect(bounds.has(text.length)).toBe(true);
    // 合作 is one word: no boundary between its characters.
    expect(bounds.has(text.indexOf("合作") + 1)).toBe(false);
    expect(bounds.has(text.indexOf("合作"))).toBe(true);
  });
});

describe("matchesAsWords", () => {
  it("matches Chinese only where the match stands as words", () => {
    expect(/面积/u.test("在哪些方面积累了经验")).toBe(true);
    expect(matchesAsWords(/面积/u, "在哪些方面积累了经验")).toBe(false);
    expect(matchesAsWords(/面积/u, "咸海的面积有多大")).toBe(true);
    // A later match counts when the first does not stand as words.
    expect(matchesAsWords(/面积/u, "哪些方面积累了经验，咸海的面积有多大")).toBe(true);
    expect(matchesAsWords(/\barea\b/iu, "What is the area of the Aral Sea?")).toBe(true);
    // A match across words does not hide one starting inside it (我们|增加|国际|合作: 加国, then 国际).
    expect(matchesAsWords(/加国|国际/u, "我们增加国际合作")).toBe(true);
    expect(matchesAsWords(/加国/u, "我们增加国际合作")).toBe(false);
  });

  it("counts a match only where `accept` says so", () => {
    expect(matchesAsWords(/面积/u, "咸海的面积有多大", (start) => start > 5)).toBe(false);
    expect(matchesAsWords(/面积/u, "咸海的面积有多大，那块土地的面积呢", (start) => start > 5)).toBe(true);
  });
});

describe("numbers", () => {
  it("joins digit groups and converts full-width digits", () => {
    expect(normalizeNumbers("超 5 000 亿")).toBe("超 5000 亿");
    expect(normalizeNumbers("２０２５年")).toBe("2025年");
    expect(normalizeNumbers("2025 年 6 月")).toBe("2025 年 6 月");
  });
  it("finds numbers and decimals", () => {
    expect(numbersIn("2024年出口12.1316万辆,增长46.5%")).toEqual(["2024", "12.1316", "121316", "46.5"]);
    expect(numbersIn("1960年的6.7万平方公里,3300多公里").filter(isYear)).toEqual(["1960"]);
  });
  it("writes out a figure given with a magnitude word, in each language, so the forms meet", () => {
    const value = (text: string): string | undefined => figuresIn(text)[0]?.at(-1);
    expect(value("双边贸易额 948 亿美元")).toBe("94800000000");
    expect(value("trade of $94.8 billion")).toBe("94800000000");
    expect(value("более 17 млрд долларов")).toBe(value("直接投资存量超过 170 亿美元"));
    expect(value("近15亿人")).toBe(value("nearly 1.5 billion people"));
    expect(value("200 万台")).toBe(value("2 млн устройств"));
    // A range takes its magnitude from its end; a year or a plain count stays as printed.
    expect(figuresIn("3–5 тысяч госстипендий")).toEqual([["3", "3000"], ["5", "5000"]]);
    expect(figuresIn("2025年,300 家企业")).toEqual([["2025"], ["300"]]);
    // A Russian decimal comma, not a thousands one: 1,2 ГВт is the article's 1.2 吉瓦.
    expect(figuresIn("всего 1,2 ГВт")).toEqual([["1.2"]]);
    expect(figuresIn("3,000 tourists")).toEqual([["3000"]]);
    // "$412m" is millions, the article's 4.12 亿; "19 m" apart stays as printed.
    expect(value("$412m")).toBe(value("4.12 亿美元"));
    expect(figuresIn("about 19 m long")).toEqual([["19"]]);
  });
});

describe("stemLatin", () => {
  it("maps inflections to one stem", () => {
    expect(stemLatin("countries")).toBe(stemLatin("country"));
    expect(stemLatin("vehicles")).toBe(stemLatin("vehicle"));
    expect(stemLatin("Asian")).toBe(stemLatin("Asia"));
    expect(stemLatin("gas")).toBe("gas");
  });
  it("maps irregular forms and British spellings to the forms dictionaries list", () => {
    expect(stemLatin("shrunk")).toBe(stemLatin("shrink"));
    expect(stemLatin("grown")).toBe(stemLatin("grow"));
    expect(stemLatin("organisation")).toBe(stemLatin("organization"));
    expect(stemLatin("modernised")).toBe(stemLatin("modernized"));
    expect(stemLatin("neighbours")).toBe(stemLatin("neighbor"));
    expect(stemLatin("labour")).toBe(stemLatin("labor"));
    expect(stemLatin("centre")).toBe(stemLatin("center"));
    expect(stemLatin("defence")).toBe(stemLatin("defense"));
    expect(stemLatin("programmes")).toBe(stemLatin("program"));
    expect(stemLatin("travellers")).toBe(stemLatin("travelers"));
    expect(stemLatin("installed")).toBe("install");
    // -our words that are not British spellings stay as they are
    for (const w of ["hour", "four", "tour", "journey", "source"]) expect(stemLatin(w).startsWith(w.slice(0, 4))).toBe(true);
    expect(stemLatin("tour")).not.toBe(stemLatin("tor"));
  });
  it("maps an adjective + -ness to the adjective, but not business", () => {
    expect(stemLatin("openness")).toBe(stemLatin("open"));
    expect(stemLatin("readiness")).toBe(stemLatin("ready"));
    expect(stemLatin("Neighbourliness")).toBe(stemLatin("neighborly"));
    expect(stemLatin("business")).not.toBe(stemLatin("busy"));
  });
});


describe("englishContentWords", () => {
  it("keeps Latin words of two letters or more that are not stopwords, lowercased, in order", () => {
    // "paper" and "say" frame a question about the article (stopwords here); "5G" leaves "g".
    expect(englishContentWords("What does the EU steel paper say about a 5G network in Tashkent?")).toEqual([
      "eu",
      "steel",
      "network",
      "tashkent",
    ]);
    // "having" and "doing" are auxiliaries (carried, "having" met 方兴未艾).
    expect(englishContentWords("Which monk is mentioned as having been helped, and what are they doing now?")).toEqual(["monk", "helped", "now"]);
  });
});

describe("latinWords", () => {
  it("reads a possessive or contracted 's as the word itself, with typographic apostrophes too", () => {
    expect(latinWords("What's China’s share?")).toEqual(["what", "china", "share"]);
    expect(latinWords("the countries' trade")).toEqual(["the", "countries", "trade"]);
  });
});

describe("isRussianStopword", () => {
  it("leaves out function words and the words that frame a question, not what it asks about", () => {
    const content = (q: string) => cyrillicWords(q).filter((w) => !isRussianStopword(w));
    expect(content("По словам авторов, какие выставки там упомянуты?")).toEqual(["авторов", "выставки"]);
    expect(content("Согласно тексту, кто такой Байкадамов?")).toEqual(["байкадамов"]);
    expect(content("Что Кыргызстан сделал с визами, чтобы людям было проще ездить?")).toEqual(["кыргызстан", "сделал", "визами", "людям", "проще", "ездить"]);
  });
});

describe("escapeRegExp / longestFirst", () => {
  it("escapes regex syntax and puts longer names first, each once", () => {
    expect(new RegExp(escapeRegExp("St. (Vincent)")).test("St. (Vincent)")).toBe(true);
    expect(new RegExp(escapeRegExp("a.c")).test("abc")).toBe(false);
    expect(longestFirst(["印度", "印度尼西亚", "印度"])).toBe("印度尼西亚|印度");
    expect("中国与印度尼西亚".match(new RegExp(longestFirst(["印度", "印度尼西亚"]), "u"))?.[0]).toBe("印度尼西亚");
  });
});
