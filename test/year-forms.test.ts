import { describe, expect, it } from "vitest";
import { fullYear, writeYearsInFull } from "../src/year-forms.js";

describe("fullYear", () => {
  it("reads 40–99 as the 1900s and 00–39 as the 2000s", () => {
    expect([fullYear(92), fullYear(40), fullYear(24), fullYear(30), fullYear(0)]).toEqual([1992, 1940, 2024, 2030, 2000]);
  });
});

describe("writeYearsInFull", () => {
  it("writes Chinese short years in four digits where a year stands", () => {
    expect(writeYearsInFull("24年中国向中亚出口了多少辆电动车？")).toBe("2024年中国向中亚出口了多少辆电动车？");
    expect(writeYearsInFull("咸海在90年的面积")).toBe("咸海在1990年的面积");
    expect(writeYearsInFull("从92年到24年贸易额增长了多少")).toBe("从1992年到2024年贸易额增长了多少");
    expect(writeYearsInFull("截至24年底")).toBe("截至2024年底");
  });

  it("writes years in Chinese digits as digits, but not 'three or four years'", () => {
    expect(writeYearsInFull("二〇二四年")).toBe("2024年");
    expect(writeYearsInFull("一九九〇年的面积")).toBe("1990年的面积");
    expect(writeYearsInFull("九零年的面积")).toBe("1990年的面积");
    expect(writeYearsInFull("二五年")).toBe("2025年");
    expect(writeYearsInFull("三四年就能建成")).toBe("三四年就能建成");
  });

  it("leaves spans, decades, grades and full years alone", () => {
    for (const text of ["建交30年来", "近30年", "建交30年", "90年代", "二年级", "2024年", "在2024年", "тридцать лет", "It's 2024"]) {
      expect(writeYearsInFull(text)).toBe(text);
    }
  });

  it("writes English and Russian short years in four digits", () => {
    expect(writeYearsInFull("in '92 trade")).toBe("in 1992 trade");
    expect(writeYearsInFull("back in ’24")).toBe("back in 2024");
    expect(writeYearsInFull("в 90-м году")).toBe("в 1990-м году");
    expect(writeYearsInFull("в 90-х годах")).toBe("в 1990-х годах");
  });

  it("reads English years in words, but not numbers of things", () => {
    expect(writeYearsInFull("the Aral Sea in nineteen ninety, midway")).toBe("the Aral Sea in 1990, midway");
    expect(writeYearsInFull("trade in twenty twenty-three")).toBe("trade in 2023");
    expect(writeYearsInFull("Nineteen Ninety-Two ties")).toBe("1992 ties");
    expect(writeYearsInFull("since two thousand and thirteen, in twenty oh five")).toBe("since 2013, in 2005");
    for (const text of ["two thousand five hundred kilometres", "nineteen ninety-two thousand tons", "twenty countries", "nineteen cities"]) {
      expect(writeYearsInFull(text)).toBe(text);
    }
  });

  it("reads Russian years in words, with or without their century", () => {
    expect(writeYearsInFull("в девяностом году")).toBe("в 1990 году");
    expect(writeYearsInFull("в двадцать пятом году")).toBe("в 2025 году");
    expect(writeYearsInFull("в девяносто втором году")).toBe("в 1992 году");
    expect(writeYearsInFull("в две тысячи двадцать четвёртом году")).toBe("в 2024 году");
    expect(writeYearsInFull("в тысяча девятьсот девяносто втором году")).toBe("в 1992 году");
    expect(writeYearsInFull("в восемнадцатом году")).toBe("в 2018 году");
    // Not a year: a congress, a lone unit with no century.
    expect(writeYearsInFull("после восемнадцатого съезда")).toBe("после восемнадцатого съезда");
    expect(writeYearsInFull("в первом году")).toBe("в первом году");
  });
});
