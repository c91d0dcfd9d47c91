import { describe, expect, it } from "vitest";
import { cyrillicOfLatinWord, russianFromLatin } from "../src/latin-russian.js";

describe("cyrillicOfLatinWord", () => {
  it("reads letter groups, y and i after a vowel as й, and a word-initial e", () => {
    expect(cyrillicOfLatinWord("sotrudnichestvo")).toBe("сотрудничество");
    expect(cyrillicOfLatinWord("ovoshchi")).toBe("овощи");
    expect(cyrillicOfLatinWord("Kazakhstana")).toBe("казахстана");
    expect(cyrillicOfLatinWord("kitaiskih")).toBe("китайских");
    expect(cyrillicOfLatinWord("kakoy")).toBe("какой");
    expect(cyrillicOfLatinWord("samye")).toBe("самые");
    expect(cyrillicOfLatinWord("Azii")).toBe("азии");
    expect(cyrillicOfLatinWord("eto")).toBe("это");
    expect(cyrillicOfLatinWord("ego")).toBe("его");
    expect(cyrillicOfLatinWord("Tsentr")).toBe("центр");
  });
});

describe("russianFromLatin", () => {
  it("writes a Russian message typed in Latin letters in Cyrillic, keeping acronyms, case and punctuation", () => {
    expect(russianFromLatin("Kakie goroda Srednei Azii samye populyarnye u kitaiskih turistov? Tashkent tam?")).toBe(
      "Какие города Средней Азии самые популярные у китайских туристов? Ташкент там?",
    );
    expect(russianFromLatin("Zavod BYD v Uzbekistane chto vypuskaet?")).toBe("Завод BYD в Узбекистане что выпускает?");
  });

  it("leaves English, pinyin, single words and text already in Cyrillic or Chinese alone", () => {
    for (const text of [
      "What do I know about it?",
      "Is it true that trade in 2024 was 94.8 billion?",
      "zhongguo he zhongya de hezuo you naxie?",
      "Tashkent",
      "Какие города?",
      "中国 i ya",
    ]) {
      expect(russianFromLatin(text)).toBeUndefined();
    }
  });
});
