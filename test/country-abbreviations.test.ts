import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { COUNTRY_SHORT_FORMS, relationShortForm } from "../src/country-abbreviations.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");

describe("relationShortForm", () => {
  it("gives the short forms the article itself uses for the countries a question names", () => {
    const cases: [string, string][] = [
      ["中国和哈萨克斯坦的铁路合作", "中哈"],
      ["中国 吉尔吉斯斯坦 乌兹别克斯坦 公路", "中吉乌"],
      ["中国与乌兹别克斯坦在哪些领域合作？", "中乌"],
      ["中国 塔吉克斯坦 公路", "中塔"],
    ];
    for (const [text, short] of cases) {
      expect(relationShortForm(text)).toBe(short);
      expect(article).toContain(short);
    }
  });

  it("keeps the order in which the text names the other countries, China always first", () => {
    expect(relationShortForm("乌兹别克斯坦、吉尔吉斯斯坦和中国")).toBe("中乌吉");
    expect(relationShortForm("哈萨克斯坦和中国")).toBe("中哈");
  });

  it("gives nothing without China, without another country, or for 中亚 (a region)", () => {
    expect(relationShortForm("哈萨克斯坦和乌兹别克斯坦")).toBeUndefined();
    expect(relationShortForm("中国和中亚的合作")).toBeUndefined();
    expect(relationShortForm("")).toBeUndefined();
  });

  it("counts 吉尔吉斯 and 吉尔吉斯斯坦 as one country", () => {
    expect(relationShortForm("中国 吉尔吉斯斯坦 吉尔吉斯")).toBe("中吉");
  });

  it("has one character per country, each the first of its name", () => {
    for (const [name, short] of COUNTRY_SHORT_FORMS) {
      expect(Array.from(short)).toHaveLength(1);
      expect(name.startsWith(short)).toBe(true);
    }
  });
});
