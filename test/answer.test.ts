import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus.js";
import { composeHits, MAX_SEARCH_CHARS, prepareQuestion, renderMarks, shouldAnswer } from "../src/answer.js";
import type { Sentence } from "../src/types.js";

const [doc] = await loadCorpus("corpus");
const sentences = doc!.sentences;
const byId = new Map(sentences.map((s) => [s.id, s]));
const lookups = {
  sentence: (id: string) => byId.get(id),
  paragraphOf: (id: string) => doc!.paragraphs.find((p) => p.sentenceIds.includes(id)),
  passageIdOf: (id: string) => doc!.passages.find((p) => p.sentenceIds.includes(id))?.id,
};
const withMarks = sentences.filter((s) => s.footnotes.length > 0);

describe("prepareQuestion (bad input)", () => {
  it("marks empty, whitespace, punctuation and emoji questions as not searchable", () => {
    for (const q of ["", "   \n\t ", "？？！…", "🙂🙂👍", "\u0000\u0007"]) {
      const p = prepareQuestion(q);
      expect(p.searchable).toBe(false);
      expect(p.notes).toContain("empty");
    }
  });
  it("removes control characters and truncates very long questions for search", () => {
    const p = prepareQuestion("互信\u0000是\u001b什么");
    expect(p.question).toBe("互信 是 什么");
    const long = prepareQuestion("中亚".repeat(5000));
    expect(Array.from(long.search)).toHaveLength(MAX_SEARCH_CHARS);
    expect(long.notes).toContain("truncated");
    expect(long.searchable).toBe(true);
  });
  it("leaves pasted markup tags out of the search text but keeps them in the question", () => {
    const p = prepareQuestion("</blockquote>互利是什么?<b class=\"x\">");
    expect(p.search).toBe("互利是什么?");
    expect(p.question).toBe("</blockquote>互利是什么?<b class=\"x\">");
    expect(prepareQuestion("<b></b>").searchable).toBe(false);
    expect(prepareQuestion("3 < 5 > 2").search).toBe("3 < 5 > 2");
  });
  it("copes with non-string input", () => {
    expect(prepareQuestion(undefined).searchable).toBe(false);
  });
});

describe("renderMarks and composeHits", () => {
  it("replaces every circled mark of a sentence by a bracketed number", () => {
    const s = withMarks[0]!;
    const out = renderMarks(s, () => 7);
    expect(out).not.toMatch(/[\u2460-\u2473]/u);
    expect(out.match(/\[7\]/g)).toHaveLength(s.footnotes.length);
  });

  it("numbers footnotes across the answer and resolves citations", () => {
    const [a, b] = withMarks.filter((s) => s.footnotes.every((f) => f.text.length > 0));
    const hits = composeHits(
      [
        { sentences: [a!], score: 1 },
        { sentences: [b!], score: 0.5 },
      ],
      lookups,
    );
    expect(hits).toHaveLength(2);
    expect(hits[0]!.citations[0]!.mark).toBe("[1]");
    expect(hits[0]!.citations[0]!.text).toBe(a!.footnotes[0]!.text);
    const lastOfFirst = hits[0]!.citations.length;
    const firstOfSecond = Number(hits[1]!.citations[0]!.mark.slice(1, -1));
    // a new source continues the numbering; a repeated source keeps its number
    expect(firstOfSecond === lastOfFirst + 1 || hits[0]!.citations.some((c) => c.text === hits[1]!.citations[0]!.text)).toBe(true);
    expect(hits[0]!.quote).toContain("[1]");
    expect(hits[0]!.section).toBe(a!.section.join(" › "));
    expect(hits[0]!.context).toContain(hits[0]!.quote);
    expect(hits[0]!.passageId).toMatch(/#p-/);
  });

  it("gives a 同① footnote the number of the source it repeats", () => {
    const sameAs = withMarks.find((s) => s.footnotes.some((f) => f.sameAs !== undefined));
    expect(sameAs).toBeDefined();
    const f = sameAs!.footnotes.find((x) => x.sameAs !== undefined)!;
    const original = sentences.find((s) => s !== sameAs && s.footnotes.some((x) => x.text === f.text && x.sameAs === undefined));
    expect(original).toBeDefined();
    const hits = composeHits([{ sentences: [original as Sentence, sameAs!].sort((x, y) => x.ordinal - y.ordinal), score: 1 }], lookups);
    const marks = hits[0]!.citations.filter((c) => c.text === f.text);
    expect(marks).toHaveLength(1);
  });
});

describe("shouldAnswer", () => {
  it("refuses weak signals and accepts strong ones", () => {
    expect(shouldAnswer({ bestCosine: 0.3, coverage: 0, articleCoverage: 0 }, "zh")).toBe(false);
    expect(shouldAnswer({ bestCosine: 0.85, coverage: 0.8, articleCoverage: 1 }, "zh")).toBe(true);
    expect(shouldAnswer({ bestCosine: 0.85, coverage: 0.8, articleCoverage: 1 }, "ru")).toBe(true);
  });

  it("answers a question naming a part of the article when its best sentence lies there, whatever the score", () => {
    const weak = { bestCosine: 0.3, coverage: 0, articleCoverage: 0 };
    expect(shouldAnswer({ ...weak, inPointedRegion: true }, "zh")).toBe(true);
    expect(shouldAnswer({ ...weak, inPointedRegion: false }, "en")).toBe(false);
    // A question quoting the article's figures, all stated by its best sentence, is about the article.
    expect(shouldAnswer({ ...weak, quotesItsNumbers: true }, "en")).toBe(true);
    expect(shouldAnswer({ ...weak, quotesItsNumbers: false }, "en")).toBe(false);
  });

  it("refuses a question of which nothing was read, whatever its cosine or its bare numbers", () => {
    const strong = { bestCosine: 0.85, coverage: 0.8, articleCoverage: 1 };
    expect(shouldAnswer({ ...strong, nothingRead: true }, "ru")).toBe(false);
    expect(shouldAnswer({ ...strong, quotesItsNumbers: true, nothingRead: true }, "ru")).toBe(false);
    expect(shouldAnswer({ ...strong, nothingRead: false }, "ru")).toBe(true);
    // (A part of the article named is still read: "что в заключении?")
    expect(shouldAnswer({ ...strong, inPointedRegion: true, nothingRead: true }, "ru")).toBe(true);
  });
});
