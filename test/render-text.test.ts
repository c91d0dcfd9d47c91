import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderAnswerText } from "../src/render-text.js";
import { uiStrings } from "../src/ui-strings.js";
import type { Answer, Lang, StudyEngine } from "../src/types.js";
import { failingEngine } from "./failing-engine.js";

const QUESTIONS: Record<Lang, string> = {
  zh: "中亚天然气管道累计向中国输送了多少天然气？",
  en: "How much natural gas has the Central Asia pipeline delivered to China?",
  ru: "Сколько газа поставил в Китай газопровод Центральная Азия?",
};

let broken: StudyEngine;
let sections: string[];
beforeAll(async () => {
  broken = await failingEngine();
  sections = broken.documents.flatMap((d) => d.sections.map((s) => s.title));
});
afterAll(async () => {
  await broken?.close();
});

describe("renderAnswerText when the engine failed", () => {
  it("says something went wrong, in the question's language, never that the article lacks the answer", async () => {
    const shown = new Set<string>();
    for (const lang of ["zh", "en", "ru"] as const) {
      const failed = await broken.ask(QUESTIONS[lang]);
      expect(failed.language).toBe(lang);
      const text = renderAnswerText(failed, { sections });
      // The same answer as an abstention: what the user must not be told.
      const notFound: Answer = { ...failed, notes: ["not-found"] };
      const abstention = renderAnswerText(notFound, { sections });
      const abstentionLine = abstention.split("\n")[0]!;
      expect(text).not.toContain(abstentionLine);
      for (const title of sections) expect(text).not.toContain(title); // no table-of-contents hint
      expect(text.split("\n")).toHaveLength(1);
      shown.add(text);
    }
    expect(shown.size).toBe(3);
    const en = renderAnswerText(await broken.ask(QUESTIONS.en), { sections });
    expect(en).toBe(uiStrings("en").error); // the same words as the bot's
  });

  it("still tells a truncated question that it was shortened", async () => {
    const failed = await broken.ask("How much natural gas has the pipeline delivered? ".repeat(40));
    const text = renderAnswerText(failed, { sections });
    expect(text.split("\n")).toHaveLength(2);
    expect(text).toMatch(/only its beginning was searched/);
    expect(text).toMatch(/went wrong/);
  });
});

describe("renderAnswerText when the article does not state what was asked", () => {
  it("says the article speaks of it but gives no date / figure / detail, then the hint and the sections", () => {
    const said = new Set<string>();
    for (const unstated of ["date", "quantity", "detail", "place", "person", "other-place", "other-year"] as const) {
      const answer: Answer = { question: "q", language: "en", answered: false, hits: [], notes: ["not-found"], unstated };
      const lines = renderAnswerText(answer, { sections: ["One", "Two"] }).split("\n");
      expect(lines[0]).toMatch(/^The article touches on this but/);
      expect(lines[1]).toMatch(/rephrasing/);
      expect(lines.slice(2)).toEqual(["  • One", "  • Two"]);
      said.add(lines[0]!);
    }
    expect(said.size).toBe(7);
    // The passage where the article speaks of the topic follows, marked as not answering.
    const hit = { quote: "中方宣布计划实施100个“小而美”民生项目[1]。", context: "", section: "二 › (三)", docId: "d", passageId: "p", sentenceIds: ["s"], score: 1, citations: [{ mark: "[1]", text: "《人民日报》2025 年 9 月 1 日", urls: [] }] };
    const withRelated = renderAnswerText({ question: "q", language: "en", answered: false, hits: [], notes: ["not-found"], unstated: "quantity", related: [hit] }, { sections: [] }).split("\n");
    expect(withRelated).toContain(uiStrings("en").related);
    expect(withRelated).toContain(`  「${hit.quote}」`);
    expect(withRelated).toContain("  [1] 《人民日报》2025 年 9 月 1 日");
    const plain = renderAnswerText({ question: "q", language: "zh", answered: false, hits: [], notes: ["not-found"] }, { sections: [] });
    expect(plain.split("\n")[0]).toBe("文章中没有找到这个问题的答案。");
  });
});
