import { describe, expect, it } from "vitest";
import { documentPlacesAsked, documentPlacesIn } from "../src/asked-document.js";

// A toy gazetteer in the shape `PlacesOf` has (the engine's comes from the dictionary).
const PLACES = ["撒马尔罕", "西安", "阿斯塔纳", "中国", "中亚"];
const placesOf = (zh: string): string[] => PLACES.filter((p) => zh.includes(p));

describe("documentPlacesAsked", () => {
  it("reads the place a Chinese document word follows", () => {
    expect(documentPlacesAsked("撒马尔罕宣言说了什么？", [], placesOf)).toEqual(["撒马尔罕"]);
    expect(documentPlacesAsked("《中国—中亚峰会西安宣言》在能源方面说了什么？", [], placesOf)).toEqual(["西安"]);
    // A place elsewhere in the question is not the document's.
    expect(documentPlacesAsked("在阿斯塔纳签的宣言里说了什么？", [], placesOf)).toEqual([]);
  });

  it("reads English and Russian places through the Chinese they were carried into", () => {
    const carried = [
      { source: "samarkand", zh: ["撒马尔罕"] },
      { source: "самаркандской", zh: ["撒马尔罕"] },
      { source: "declaration", zh: ["宣言", "声明"] },
    ];
    expect(documentPlacesAsked("The bit about the 'Samarkand Declaration' — what does it say?", carried, placesOf)).toEqual(["撒马尔罕"]);
    expect(documentPlacesAsked("Что говорится в Самаркандской декларации?", carried, placesOf)).toEqual(["撒马尔罕"]);
    // Only the word right before the document word: "declaration adopted in Samarkand" names no document's place.
    expect(documentPlacesAsked("Which declaration was adopted in Samarkand?", carried, placesOf)).toEqual([]);
    // Nor a place ending another word ("…asamarkand").
    expect(documentPlacesAsked("the Kasamarkand Treaty", carried, placesOf)).toEqual([]);
  });
});

describe("documentPlacesIn", () => {
  it("collects the places of sentences holding a document word", () => {
    const places = documentPlacesIn(["正如《中国—中亚峰会西安宣言》所言", "撒马尔罕是古城"], placesOf);
    expect([...places].sort()).toEqual(["中亚", "中国", "西安"].sort());
  });
});
