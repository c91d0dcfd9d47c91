import { describe, expect, it } from "vitest";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simplifiedCharacters, toSimplified } from "../src/simplified-chinese.js";
import { loadDictionary } from "../src/dictionary.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");

describe("simplifiedCharacters / toSimplified", () => {
  it("maps a traditional character to its most frequent simplified form, never one simplified text uses", () => {
    const map = simplifiedCharacters([
      ["貿易", "贸易"],
      ["發展", "发展"],
      ["頭髮", "头发"],
      ["發現", "发现"],
      ["著名", "著名"],
      ["著急", "着急"],
    ]);
    expect(map["貿"]).toBe("贸");
    expect(map["發"]).toBe("发"); // 发 twice (發展, 發現) against 发 once (髮)
    expect(map["髮"]).toBe("发");
    // 著 is also a simplified character (著名): left alone.
    expect(map["著"]).toBeUndefined();
    // Common traditional characters simplified text keeps only in rare senses.
    expect(map["於"]).toBe("于");
  });

  it("leaves out the characters the article itself writes", () => {
    const map = simplifiedCharacters([["貿易", "贸易"]], new Set(["貿"]));
    expect(map["貿"]).toBeUndefined();
  });

  it("rewrites only mapped characters and leaves other scripts as they are", () => {
    const map = { 貿: "贸", 關: "关", 於: "于" };
    expect(toSimplified("關於貿易 trade 2024", map)).toBe("关于贸易 trade 2024");
    expect(toSimplified("Торговля", map)).toBe("Торговля");
  });

  it("from the real CC-CEDICT, turns a traditional question into the article's characters", async () => {
    const dict = await loadDictionary({ indexDir: mkdtempSync(join(tmpdir(), "simp-")), corpusText: article, corpusKey: "simp-test" });
    const map = dict.simplified ?? {};
    expect(toSimplified("中國與哈薩克斯坦的貿易額是多少？", map)).toBe("中国与哈萨克斯坦的贸易额是多少？");
    expect(toSimplified("這篇文章關於絲綢之路說了什麼？", map)).toBe("这篇文章关于丝绸之路说了什么？");
    // A simplified question is unchanged.
    const simplifiedQuestion = "中亚天然气管道累计向中国输送了多少天然气？";
    expect(toSimplified(simplifiedQuestion, map)).toBe(simplifiedQuestion);
    // Nothing the article writes is rewritten.
    for (const c of new Set(Array.from(article))) expect(map[c], c).toBeUndefined();
  });
});
