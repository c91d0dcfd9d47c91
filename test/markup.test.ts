import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { extractUrls, isRule, parseHeading, stripMarkup, unescapeMarkdown } from "../src/markup.js";

const lines = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8").split("\n");
/** A line of the real article, 1-based. */
const line = (n: number): string => lines[n - 1]!;

describe("links of the real article", () => {
  it("unescapes \\_ in bare URLs (line 49)", () => {
    expect(extractUrls(line(49))).toEqual([
      "https://content-static.cctvnews.cctv.com/snow-book/index.html?item_id=1707803553320912629&track_id=433fc8b7-5934-48b4-afdb-2c5ca84966c5",
    ]);
  });

  it("takes one URL from [url](url) with a doubled escape (line 59)", () => {
    expect(line(59)).toContain("content\\\\_1303375021");
    expect(extractUrls(line(59))).toEqual(["https://m.gmw.cn/2023-05/16/content_1303375021.htm"]);
    expect(stripMarkup(line(59))).toBe(
      "① 《中国与中亚国家共谋发展经贸合作取得丰硕成果》, https://m.gmw.cn/2023-05/16/content_1303375021.htm",
    );
  });

  it("takes the URL out of <…> autolinks (line 145)", () => {
    expect(extractUrls(line(145))).toEqual(["https://www.xinhuanet.com/world/20250622/120bc7e7586946a08fae6f4aa372bd5a/c.html"]);
    expect(stripMarkup(line(145))).not.toContain("<");
  });

  it("finds no URL where there is none (line 45)", () => {
    expect(extractUrls(line(45))).toEqual([]);
  });
});

describe("markup removal on the real article", () => {
  it("turns <sup>①</sup> into the circled digit (line 19)", () => {
    const clean = stripMarkup(line(19));
    expect(clean).toContain("‘中国—中亚精神’。”①这一精神");
    expect(clean).not.toContain("<sup>");
  });

  it("drops bold markers of the front matter (line 7) and the abstracts page (line 181)", () => {
    expect(stripMarkup(line(7)).startsWith("【内容提要】 “中国—中亚精神”")).toBe(true);
    expect(stripMarkup(line(181)).startsWith("Pei Changhong ,Ni Jiangfei Mutual respect")).toBe(true);
  });

  it("reads headings whatever their Markdown depth", () => {
    expect(parseHeading(line(3))).toEqual({ depth: 1, text: "弘扬“中国—中亚精神” 携手推进共同现代化" });
    expect(parseHeading(line(35))).toEqual({ depth: 2, text: "(二) 互信是“中国—中亚精神”的政治保障" });
    expect(parseHeading(line(55))).toEqual({ depth: 4, text: "(四) 互助是“中国—中亚精神”的行动指南" });
    expect(parseHeading(line(17))).toBeUndefined();
  });

  it("recognises the --- page separators", () => {
    expect(isRule(line(27))).toBe(true);
    expect(isRule(line(29))).toBe(false);
  });

  it("unescapes Markdown escapes, single or doubled", () => {
    expect(unescapeMarkdown("item\\_id content\\\\_1 a\\*b")).toBe("item_id content_1 a*b");
  });
});
