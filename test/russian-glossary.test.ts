import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { RUSSIAN_GLOSSARY } from "../src/russian-glossary.js";
import { cyrillicWords } from "../src/text-tokens.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");

/** Whether stem `a` matches every word that stem `b` matches (same rule as the carry-over). */
function covers(a: string, b: string): boolean {
  if (a.endsWith("$")) return a === b;
  return b.replace(/\$$/, "").startsWith(a);
}

describe("Russian glossary (real article)", () => {
  it("maps only to Chinese words that occur in the article", () => {
    const compact = article.replace(/\s+/g, ""); // the article writes "2025 年 4 月"
    const missing = RUSSIAN_GLOSSARY.flatMap((e) => e.zh.filter((zh) => !compact.includes(zh)));
    expect(missing).toEqual([]);
    expect(RUSSIAN_GLOSSARY.every((e) => e.zh.length > 0)).toBe(true);
  });

  it("writes stems as single lowercase Cyrillic words (hyphens split question words)", () => {
    const bad = RUSSIAN_GLOSSARY.flatMap((e) =>
      e.stems.filter((s) => cyrillicWords(s.replace(/\$$/, "")).join(" ") !== s.replace(/\$$/, "")),
    );
    expect(bad).toEqual([]);
  });

  it("has no single-word prefix stem shorter than 4 letters beyond the acronyms and old short words", () => {
    const allowed = new Set(["кнр", "шос", "оон", "ввп", "дух", "чай", "вод"]);
    const short = RUSSIAN_GLOSSARY.filter(
      (e) => e.stems.length === 1 && !e.stems[0]!.endsWith("$") && e.stems[0]!.length < 4,
    ).map((e) => e.stems[0]!);
    expect(short.filter((s) => !allowed.has(s))).toEqual([]);
  });

  it("has no entry that an earlier entry of the same length always wins over", () => {
    const dead: string[] = [];
    RUSSIAN_GLOSSARY.forEach((b, j) => {
      const earlier = RUSSIAN_GLOSSARY.slice(0, j).find(
        (a) => a.stems.length === b.stems.length && a.stems.every((s, k) => covers(s, b.stems[k]!)),
      );
      if (earlier) dead.push(`${b.stems.join(" ")} (by ${earlier.stems.join(" ")})`);
    });
    expect(dead).toEqual([]);
  });
});
