import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pinyinReader, slotOf, soundSlotsOf, syllablesOf, type PinyinTables } from "../src/pinyin-input.js";
import { loadDictionary } from "../src/dictionary.js";
import { expectQuoted } from "./answer-expect.js";
import { useRealEngine } from "./real-engine.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");
const written = article.replace(/\s+/g, "");
const occurs = (text: string): boolean => written.includes(text);
const respellPinyinInput = (text: string, tables: PinyinTables, within: (t: string) => boolean, isEnglishWord?: (w: string) => boolean): string =>
  pinyinReader(tables, within, isEnglishWord)(text);

describe("syllables and slots", () => {
  it("reads CC-CEDICT readings as toneless syllables, one per character", () => {
    expect(syllablesOf("Ha1 sa4 ke4", 3)).toEqual(["ha", "sa", "ke"]);
    expect(syllablesOf("gui1 lu:4", 2)).toEqual(["gui", "lv"]);
    expect(syllablesOf("A A zhi4", 3)).toEqual(["a", "a", "zhi"]);
    expect(syllablesOf("ka3 la1 O K", 3)).toBeUndefined();
  });

  it("keys each position of a word, the more frequent word first", () => {
    const slots = soundSlotsOf([
      { word: "哈萨克", syllables: ["ha", "sa", "ke"] },
      { word: "哈撒克", syllables: ["ha", "sa", "ke"] },
    ]);
    expect(slots[slotOf(Array.from("哈撒克"), "sa", 1)]).toBe("哈萨克");
    expect(slots[slotOf(Array.from("哈萨X"), "ke", 2)]).toBe("哈萨克");
    // Three slots each, one shared (哈?克|sa), which the first word keeps.
    expect(Object.keys(slots)).toHaveLength(5);
    expect(slots[slotOf(Array.from("哈萨克"), "ha", 0)]).toBe("哈萨克");
    expect(slots[slotOf(Array.from("哈撒克"), "ha", 0)]).toBe("哈撒克");
  });
});

describe("pinyinReader (small tables)", () => {
  const tables: PinyinTables = {
    pinyin: { hezuo: ["合作"], women: ["我们"] },
    soundSlots: soundSlotsOf([
      { word: "哈萨克", syllables: ["ha", "sa", "ke"] },
      { word: "峰会", syllables: ["feng", "hui"] },
    ]),
    soundAlikes: [],
    charReadings: { 撒: ["sa"], 丰: ["feng"], 萨: ["sa"] },
  };
  const none = (): boolean => false;

  it("writes a pinyin word of a Chinese question in Chinese, but not an English word or an acronym", () => {
    expect(respellPinyinInput("电车hezuo往哪发展", tables, none)).toBe("电车合作往哪发展");
    expect(respellPinyinInput("电车Hezuo往哪发展", tables, none)).toBe("电车合作往哪发展");
    expect(respellPinyinInput("women和中亚", tables, none, (w) => w === "women")).toBe("women和中亚");
    expect(respellPinyinInput("HEZUO是什么", tables, none)).toBe("HEZUO是什么");
  });

  it("leaves a question without Chinese as it is", () => {
    expect(respellPinyinInput("what about hezuo", tables, none)).toBe("what about hezuo");
  });

  it("puts the article's word in place of a same-sounding miswritten name", () => {
    expect(respellPinyinInput("哈撒克有几个充电站", tables, none)).toBe("哈萨克有几个充电站");
  });

  it("never respells what the article writes or a word of its own", () => {
    expect(respellPinyinInput("哈撒克有几个充电站", tables, (t) => t === "哈撒克")).toBe("哈撒克有几个充电站");
    expect(respellPinyinInput("哈撒克有几个充电站", { ...tables, soundAlikes: ["哈撒克"] }, none)).toBe("哈撒克有几个充电站");
  });

  it("reads two characters as miswritten only where no word of the dictionary holds them", () => {
    // Without the dictionary's short words, two characters are never respelled.
    expect(respellPinyinInput("天津丰会宣布了什么", tables, none)).toBe("天津丰会宣布了什么");
    const withWords = { ...tables, words2: "宣布天津", words3: "" };
    expect(respellPinyinInput("天津丰会宣布了什么", withWords, none)).toBe("天津峰会宣布了什么");
    expect(respellPinyinInput("天津丰会宣布了什么", { ...withWords, words2: "宣布天津丰会" }, none)).toBe("天津丰会宣布了什么");
    expect(respellPinyinInput("天津丰会宣布了什么", { ...withWords, words3: "丰会宣" }, none)).toBe("天津丰会宣布了什么");
    expect(respellPinyinInput("三丰会", withWords, none)).toBe("三丰会");
  });
});

describe("pinyinReader (real CC-CEDICT, real article)", async () => {
  const dict = await loadDictionary({ indexDir: mkdtempSync(join(tmpdir(), "pinyin-")), corpusText: article, corpusKey: "test" });

  it("reads the pinyin and the miswritten names of chat questions as the article writes them", () => {
    const cases: [string, string][] = [
      ["丝路jingshen哪几个词", "丝路精神哪几个词"],
      ["阿斯塔纳qinggui算啥类项目", "阿斯塔纳轻轨算啥类项目"],
      ["上合jiangxuejin一年几个", "上合奖学金一年几个"],
      ["普遍guilv管中亚不", "普遍规律管中亚不"],
      ["霍儿果斯啥定位", "霍尔果斯啥定位"],
      ["哈撒克2030充电桩几个", "哈萨克2030充电桩几个"],
      ["洗星海二战时跟谁交情深", "冼星海二战时跟谁交情深"],
      ["hskst 2030年要建几个冲电站", "哈萨克斯坦 2030年要建几个充电站"],
      ["xjp去过几次", "习近平去过几次"],
      ["复兴丝愁之路 哪国的", "复兴丝绸之路 哪国的"],
      ["天津丰会宣布了啥", "天津峰会宣布了啥"],
      ["跨境服贸负面清丹 全国版几条", "跨境服贸负面清单 全国版几条"],
      ["22年跨境店商涨了多少", "22年跨境电商涨了多少"],
      // Initials of two words the article writes together, and the chat's two-letter zg.
      ["gtxdh对经贸有啥好处", "共同现代化对经贸有啥好处"],
      ["zygj 有几个", "中亚国家 有几个"],
      ["zg只顾自己吗", "中国只顾自己吗"],
    ];
    for (const [asked, read] of cases) expect(respellPinyinInput(asked, dict, occurs), asked).toBe(read);
  });

  it("leaves well-written questions alone, however their words sound", () => {
    for (const q of [
      "荒漠化防治合作中心建在哪座城市？",
      "是哪一届党代会以后的事？",
      "《关于在边境地区相互裁减军事力量的协定》是哪一年签的？",
      "札纳塔斯那个风电场装机是多少兆瓦？",
      "2024年中国向中亚出口的燃油车有多少辆？",
      "水肥同施种棉技术是哪家单位的？",
      "中国对中亚各国的独立是什么态度？",
      "来自中亚的旅客入境中国时，热门城市有哪些？",
      "风电场装机多少兆瓦？ppt上要写",
      "不同文明彼此要想互学互鉴，须以什么作为条件？",
      "帮我推荐几本讲丝绸之路历史的书",
      // Two letters other than zg and zf, and initials that begin no run the article writes.
      "zy指的是哪几个国家",
      "xyz是什么意思",
    ]) {
      expect(respellPinyinInput(q, dict, occurs), q).toBe(q);
    }
  });
});

describe("chat questions with pinyin and miswritten names (real engine)", () => {
  const engine = useRealEngine();
  it("answers them from the sentences about the words meant", async () => {
    await expectQuoted(engine, [
      ["霍儿果斯啥定位", "霍尔果斯正成为区域内跨境电商的新枢纽"],
      ["电车hezuo往哪发展", "整车贸易往来向全产业链协同"],
      ["能源hezuo比作啥", "压舱石"],
    ]);
  });
});
