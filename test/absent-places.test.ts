import { describe, expect, it } from "vitest";
import { absentPlaceReader, absentRegions, regionGloss, regionNames } from "../src/absent-places.js";
import { loadCorpusSync } from "../src/corpus.js";

// The article's own sentences: the other articles' abstracts (naming Russia and the US) are not among them.
const articleText = loadCorpusSync().flatMap((d) => d.sentences.map((s) => s.plain)).join("\n");

describe("regionNames", () => {
  it("gives ICU's country names in Chinese, English and Russian", () => {
    expect(regionNames("zh-Hans").get("RU")).toBe("俄罗斯");
    expect(regionNames("en").get("JP")).toBe("Japan");
    expect(regionNames("ru").get("RU")).toBe("Россия");
    // (A qualifier is dropped: 刚果（金） is written 刚果.)
    expect([...regionNames("zh-Hans").values()].some((name) => /[（(]/u.test(name))).toBe(false);
  });
});

describe("absentRegions", () => {
  it("names the regions the article never writes, in three languages, and not those it does", () => {
    const absent = absentRegions(articleText);
    expect(absent.en).toContain("United Arab Emirates");
    expect(absent.zh).toContain("阿拉伯联合酋长国");
    expect(absent.ru).toContain("Япония");
    expect(absent.en).not.toContain("Kazakhstan");
    expect(absent.zh).not.toContain("中国");
  });
});

describe("regionGloss", () => {
  it("reads a CC-CEDICT definition as a region's English name", () => {
    expect(regionGloss("United Arab Emirates (abbr. for 阿拉伯聯合酋長國|阿拉伯联合酋长国[A1 la1 bo2])")).toBe("united arab emirates");
    expect(regionGloss("abbr. for Saudi Arabia")).toBe("saudi arabia");
    expect(regionGloss("Mary or Marie (name)")).toBe("mary or marie");
  });
});

describe("absentPlaceReader", () => {
  const names = absentPlaceReader(["杜尚别"], articleText);

  it("reads countries CC-CEDICT gives no kind for, in three languages and Russian cases", () => {
    expect(names("在中亚，中国和俄罗斯谁的影响力更大？")).toBe(true);
    expect(names("日本和中亚的贸易额是多少？")).toBe(true);
    expect(names("Does the author argue China is more popular than Russia in Central Asia?")).toBe(true);
    expect(names("утверждает ли автор, что Китай вытесняет Россию из Центральной Азии?")).toBe(true);
    expect(names("杜尚别到西安有直航吗？")).toBe(true);
  });

  it("reads unions of countries in English and Russian", () => {
    expect(names("What share of the region's trade does the EU hold?")).toBe(true);
    expect(names("какую долю во внешней торговле региона занимает ЕС, по данным статьи?")).toBe(true);
    expect(names("Сравнивают ли авторы китайский подход с политикой Евросоюза в Центральной Азии?")).toBe(true);
    // (Not inside a word: "если" is no ЕС.)
    expect(names("если коротко, что такое дух Китай — Центральная Азия?")).toBe(false);
  });

  it("does not read places the article writes, nor common words like country names", () => {
    expect(names("中国和哈萨克斯坦的贸易额是多少？")).toBe(false);
    expect(names("What did China and Kazakhstan agree on?")).toBe(false);
    // "Того" (Togo) is a name only as written; "того" is a pronoun.
    expect(names("после того как с границей всё урегулировали, каким примером это стало?")).toBe(false);
    expect(names("Как называется страна Того?")).toBe(true);
    // A four-letter stem takes its case endings when capitalised: Индии, not индивидуально.
    expect(names("Как следует понимать растущую роль Индии в регионе?")).toBe(true);
    expect(names("индии это не страна, а опечатка: что сказано о торговле?")).toBe(false);
  });

  it("takes a place listed with others for context, not for the question's subject", () => {
    expect(names("“上海五国”那个时期，中国、俄罗斯和三个中亚邻国签过哪些军事方面的协定？")).toBe(false);
    expect(names("What two agreements did China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan sign?")).toBe(false);
  });
});
