import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { carrySoundName, cyrillicToLatin, latinSoundKey, pinyinSoundKey, soundNameTable } from "../src/sound-names.js";
import { carryOver, loadDictionary, type CarryDictionary } from "../src/dictionary.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");

describe("sound keys", () => {
  it("reduce a Latin name and a pinyin reading of its Chinese spelling to the same consonant skeleton", () => {
    expect(latinSoundKey("Khorgos")).toBe(pinyinSoundKey(["huo", "er", "guo", "si"]));
    expect(latinSoundKey("Bukhara")).toBe(pinyinSoundKey(["bu", "ha", "la"]));
    expect(latinSoundKey("Baikadamov")).toBe(pinyinSoundKey(["bai", "ka", "da", "mo", "fu"]));
    expect(latinSoundKey("Astana")).toBe(pinyinSoundKey(["a", "si", "ta", "na"]));
    expect(latinSoundKey("Uzbekistan")).toBe(pinyinSoundKey(["wu", "zi", "bie", "ke", "si", "tan"]));
  });

  it("read a Russian name, case ending and all, like its Latin spelling", () => {
    expect(cyrillicToLatin("Бухаре")).toBe("bukhare");
    expect(latinSoundKey(cyrillicToLatin("Бухаре"))).toBe(latinSoundKey("Bukhara"));
    expect(latinSoundKey(cyrillicToLatin("Шымкент"))).toBe(latinSoundKey("Shymkent"));
  });

  it("keep a leading vowel and tell different names apart", () => {
    expect(latinSoundKey("Almaty")).toMatch(/^V/);
    expect(latinSoundKey("Almaty")).not.toBe(latinSoundKey("Bishkek"));
    expect(pinyinSoundKey(["a", "la", "mu", "tu"])).not.toBe(pinyinSoundKey(["la", "mu", "tu"]));
  });
});

describe("soundNameTable and carrySoundName", () => {
  const readings = { 霍: ["huo"], 尔: ["er"], 果: ["guo"], 斯: ["si"], 布: ["bu"], 哈: ["ha"], 拉: ["la"] };
  const table = soundNameTable("霍尔果斯正成为枢纽。布哈拉风电项目。", readings);

  it("keys the whole sound-written runs of a text, known names masked first", () => {
    expect(table[pinyinSoundKey(["huo", "er", "guo", "si"])]).toEqual(["霍尔果斯"]);
    expect(Object.values(table).flat()).not.toContain("正成为");
    const withKnown = soundNameTable("乌兹别克斯坦卡姆奇克隧道", {
      乌: ["wu"], 兹: ["zi"], 别: ["bie"], 克: ["ke"], 斯: ["si"], 坦: ["tan"], 卡: ["ka"], 姆: ["mu"], 奇: ["qi"],
    }, ["乌兹别克斯坦"]);
    expect(Object.values(withKnown).flat().sort()).toEqual(["乌兹别克斯坦", "卡姆奇克"]);
  });

  it("carries a name with the same skeleton, or one class apart for longer names, and nothing for short ones", () => {
    expect(carrySoundName(table, "Khorgos")).toEqual(["霍尔果斯"]);
    expect(carrySoundName(table, "Horgos")).toEqual(["霍尔果斯"]);
    expect(carrySoundName(table, "Khorgas")).toEqual(["霍尔果斯"]);
    expect(carrySoundName(table, "Bukhara")).toEqual(["布哈拉"]);
    expect(carrySoundName(table, "Paris")).toEqual([]);
    expect(carrySoundName(table, "Bo")).toEqual([]);
  });
});

describe("carrying names by sound with the real CC-CEDICT and article", () => {
  const dir = mkdtempSync(join(tmpdir(), "sounds-"));
  let dict: CarryDictionary;
  beforeAll(async () => {
    dict = await loadDictionary({ indexDir: dir, corpusText: article, corpusKey: "sound-names-test" });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("carries the article's foreign names that no dictionary lists, spelled in English", () => {
    const carried = (q: string): string[] => carryOver(dict, q).terms;
    expect(carried("Who built the Chimkent solar plant?")).toContain("奇姆肯特");
    expect(carried("Who was Baikadamov?")).toContain("拜卡达莫夫");
    expect(carried("What did Tokayev announce?")).toContain("托卡耶夫");
    expect(carried("What is being tested in Nukus?")).toContain("努库斯");
  });

  it("carries Russian names the glossary lacks by their sound, in any case", () => {
    expect(carryOver(dict, "Кто такой Байкадамов?").terms).toContain("拜卡达莫夫");
    expect(carryOver(dict, "Что строят в Шымкенте?").terms).toContain("奇姆肯特");
    expect(carryOver(dict, "Москва и Париж").terms).toEqual([]);
  });

  it("carries places CC-CEDICT describes by their English name", () => {
    expect(carryOver(dict, "Which company from Suzhou works on farm robots?").terms).toContain("苏州");
  });

  it("does not carry ordinary capitalised words or names the article does not write", () => {
    for (const q of ["Who won the Tour de France?", "Where is Java used?", "Is Everest high?"]) {
      expect(carryOver(dict, q).terms.filter((t) => /^[\p{Script=Han}]{3,}$/u.test(t) && !article.includes(t)), q).toEqual([]);
      expect(carryOver(dict, q).terms.some((t) => ["奇姆肯特", "霍尔果斯", "拜卡达莫夫"].includes(t)), q).toBe(false);
    }
  });
});
