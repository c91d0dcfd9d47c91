import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TELEGRAM_MESSAGE_LIMIT,
  contextBlock,
  escapeHtml,
  hitBlock,
  htmlToPlainText,
  packMessages,
  pageRanges,
  renderAnswerPage,
  renderBlock,
  renderContext,
  renderSources,
  shorten,
} from "../src/render-telegram.js";
import type { Answer, Citation, Hit, StudyEngine } from "../src/types.js";
import { uiStrings } from "../src/ui-strings.js";
import { htmlProblems } from "./telegram-html-check.js";
import { failingEngine } from "./failing-engine.js";

// Real text from the shipped article: its long paragraphs, their sentences, its footnotes with URLs.
const corpus = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");
const lines = corpus.split("\n");
const paragraphs = lines.filter((l) => l.length > 300 && !/^[①-⑳]|^\*\*|^<sup>/.test(l));
const footnotes: Citation[] = lines
  .filter((l) => /^[①-⑳].*https?:\/\//.test(l))
  .map((l, i) => {
    const text = l.slice(2).replace(/\\_/g, "_").replace(/[<>]/g, "").trim();
    return { mark: `[${i + 1}]`, text, urls: [...text.matchAll(/https?:\/\/[^\s)\]]+/g)].map((m) => m[0]) };
  });

function realHits(): Hit[] {
  const hits: Hit[] = [];
  paragraphs.forEach((p, pi) => {
    const sentences = p.split(/(?<=[。!?])/).filter((s) => s.trim().length > 10);
    sentences.forEach((s, si) => {
      hits.push({
        quote: s,
        context: p,
        section: `第${pi + 1}段 › 句${si + 1}`,
        docId: "china-central-asia-spirit",
        passageId: `p${pi}`,
        sentenceIds: [`china-central-asia-spirit#s${hits.length}`],
        score: 1,
        citations: si === 0 && footnotes[pi % footnotes.length] ? [footnotes[pi % footnotes.length]!] : [],
      });
    });
  });
  return hits;
}

const en = uiStrings("en");

describe("the tag-balance checker itself", () => {
  it("catches unbalanced, misnested and unescaped HTML", () => {
    expect(htmlProblems("<b>x</b><i>y</i>")).toEqual([]);
    expect(htmlProblems("<b>x")).not.toEqual([]);
    expect(htmlProblems("<b><i>x</b></i>")).not.toEqual([]);
    expect(htmlProblems("a < b")).not.toEqual([]);
    expect(htmlProblems("AT&T")).not.toEqual([]);
    expect(htmlProblems("<blockquote><blockquote>x</blockquote></blockquote>")).not.toEqual([]);
  });
});

describe("escapeHtml", () => {
  it("escapes the characters Telegram's HTML parser reads", () => {
    expect(escapeHtml(`<b>"A&B"</b>`)).toBe("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
  });
});

describe("hitBlock", () => {
  it("quotes the sentence in a blockquote, the section in italics, the sources with links", () => {
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(footnotes.length).toBeGreaterThan(2);
    const hit = realHits()[0]!;
    const fn = footnotes[0]!;
    const html = renderBlock(hitBlock({ ...hit, citations: [fn] }));
    expect(htmlProblems(html)).toEqual([]);
    expect(html.startsWith(`<blockquote>${escapeHtml(hit.quote)}</blockquote>\n<i>${escapeHtml(hit.section)}</i>\n[1] `)).toBe(true);
    // The footnote URL has a `&` in it: it must be escaped in the link and the text.
    const url = fn.urls[0]!;
    expect(html).toContain(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`);
  });

  it("escapes article and user text so it cannot inject markup", () => {
    const hostile: Hit = {
      ...realHits()[0]!,
      quote: `<b>bold?</b> & <a href="x">link</a> 5 > 3`,
      section: "一 <i>x</i> & y",
      citations: [{ mark: "[1]", text: "see <https://example.org/?a=1&b=2>", urls: ["https://example.org/?a=1&b=2"] }],
    };
    const html = renderBlock(hitBlock(hostile));
    expect(htmlProblems(html)).toEqual([]);
    expect(html).not.toContain("<b>bold?</b>");
    const plain = htmlToPlainText(html);
    expect(plain).toContain(hostile.quote);
    expect(plain).toContain(hostile.section);
  });
});

describe("contextBlock", () => {
  it("shows the paragraph in an expandable blockquote with the answering sentence in bold", () => {
    const hit = realHits()[3]!;
    const html = renderBlock(contextBlock(hit));
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toContain("<blockquote expandable>");
    expect(html).toContain(`<b>${escapeHtml(hit.quote)}</b>`);
    expect(htmlToPlainText(html)).toContain(hit.context);
  });
});

describe("packMessages", () => {
  it("splits a long reply between hits, every message valid and within 4096", () => {
    const hits = realHits();
    expect(hits.length).toBeGreaterThan(40);
    const messages = packMessages(hits.map(hitBlock));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
      expect(htmlProblems(m)).toEqual([]);
      expect(m.startsWith("<blockquote>")).toBe(true); // each message starts with a whole hit
    }
    // Every hit is whole in exactly one message.
    for (const hit of hits) {
      const block = renderBlock(hitBlock(hit));
      expect(messages.filter((m) => m.includes(block)).length).toBe(1);
    }
  });

  it("splits one block longer than a message inside its text, reopening tags, losing nothing", () => {
    const whole = paragraphs.join("");
    expect(whole.length).toBeGreaterThan(TELEGRAM_MESSAGE_LIMIT);
    const hit: Hit = { ...realHits()[0]!, context: `A&B <x> ${whole}`, quote: paragraphs[2]!.slice(0, 40) };
    const messages = packMessages([contextBlock(hit)]);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
      expect(htmlProblems(m)).toEqual([]);
    }
    // Nothing is lost at the cuts: the messages read together give the whole paragraph.
    const squeeze = (t: string) => t.replace(/\s/g, "");
    expect(squeeze(messages.map(htmlToPlainText).join(""))).toContain(squeeze(hit.context));
  });

  it("respects a smaller limit too", () => {
    const messages = packMessages(realHits().slice(0, 10).map(contextBlock), 700);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(700);
      expect(htmlProblems(m)).toEqual([]);
    }
  });
});

describe("answer pages", () => {
  const hits = realHits().slice(0, 8);
  const answer: Answer = { question: "q", language: "en", answered: true, hits, notes: ["truncated"] };

  it("pages hold at most pageSize hits, cover all hits once, and each page is one message", () => {
    const pages = pageRanges(hits, 3);
    expect(pages[0]).toEqual([0, 3]);
    expect(pages.flatMap(([a, b]) => hits.slice(a, b))).toEqual(hits);
    for (const [a, b] of pages) {
      expect(b - a).toBeLessThanOrEqual(3);
      const messages = renderAnswerPage(answer, en, a, b);
      expect(messages).toHaveLength(1);
      expect(htmlProblems(messages[0]!)).toEqual([]);
      expect(messages[0]).toContain(escapeHtml(en.pageHeader(a + 1, b, hits.length)));
    }
    expect(renderAnswerPage(answer, en, 0, 3)[0]).toContain(escapeHtml(en.truncated));
  });

  it("renders the abstention when nothing answers", () => {
    const messages = renderAnswerPage({ ...answer, answered: false, hits: [] }, en, 0, 3);
    expect(messages).toEqual([`❓ <i>q</i>\n${escapeHtml(en.abstain)}`]);
  });

  it("shows where the article speaks of the topic under an unstated abstention, marked as not answering", () => {
    const related = hits.slice(0, 1);
    const html = renderAnswerPage({ ...answer, answered: false, hits: [], notes: ["not-found"], unstated: "quantity", related }, en, 0, 3).join("\n");
    expect(html).toContain(`<b>${escapeHtml(en.related)}</b>`);
    expect(html).toContain(`<blockquote>${escapeHtml(related[0]!.quote)}</blockquote>`);
    expect(htmlProblems(html)).toEqual([]);
    // A plain abstention shows no passage.
    const plain = renderAnswerPage({ ...answer, answered: false, hits: [], notes: ["not-found"], related }, en, 0, 3).join("\n");
    expect(plain).not.toContain("<blockquote>");
    for (const lang of ["zh", "en", "ru"] as const) expect(uiStrings(lang).related.length, lang).toBeGreaterThan(10);
  });

  it("says what the article does not state (a date, a figure, a detail) instead of the plain abstention", () => {
    for (const unstated of ["date", "quantity", "detail", "place", "person", "other-place", "other-year"] as const) {
      const messages = renderAnswerPage({ ...answer, answered: false, hits: [], notes: ["not-found"], unstated }, en, 0, 3);
      expect(messages).toEqual([`❓ <i>q</i>\n${escapeHtml(en.unstated[unstated])}\n${escapeHtml(en.abstainHint)}`]);
      expect(messages[0]).not.toContain(escapeHtml(en.abstain));
    }
    for (const lang of ["zh", "en", "ru"] as const) {
      const ui = uiStrings(lang);
      expect(new Set(Object.values(ui.unstated)).size, lang).toBe(7);
      expect(ui.abstainHint, lang).toContain("/toc");
    }
  });

  it("echoes the question escaped and shortened", () => {
    const question = `<script>alert("x")</script> & ${"互信".repeat(300)}`;
    const [first] = renderAnswerPage({ ...answer, question }, en, 0, 3);
    expect(htmlProblems(first!)).toEqual([]);
    expect(first).toContain("❓ <i>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 互信");
    expect(first).not.toContain("互信".repeat(120));
  });

  it("Context and Sources views are valid and complete", () => {
    const context = renderContext(hits.slice(0, 3), en);
    for (const m of context) expect(htmlProblems(m)).toEqual([]);
    expect(context.join("")).toContain("<blockquote expandable>");
    const withSources = hits.filter((h) => h.citations.length > 0);
    expect(withSources.length).toBeGreaterThan(0);
    const sources = renderSources(hits, en).join("\n");
    expect(htmlProblems(sources)).toEqual([]);
    for (const h of withSources) for (const c of h.citations) expect(htmlToPlainText(sources)).toContain(c.text.slice(0, 20));
    expect(renderSources([{ ...hits[0]!, citations: [] }], en)).toEqual([escapeHtml(en.noSources)]);
  });
});

describe("the answer page when the engine failed (real index, question embedder rejecting)", () => {
  let broken: StudyEngine;
  beforeAll(async () => {
    broken = await failingEngine();
  });
  afterAll(async () => {
    await broken?.close();
  });

  it("says something went wrong under the echoed question, without the abstention or its /toc hint", async () => {
    const questions = { zh: "互信是什么?", en: "What is mutual trust?", ru: "Что такое взаимное доверие?" } as const;
    for (const [lang, question] of Object.entries(questions) as [keyof typeof questions, string][]) {
      const ui = uiStrings(lang);
      const failed = await broken.ask(question, { languageHint: lang });
      expect(failed.notes).toContain("failed");
      const messages = renderAnswerPage(failed, ui, 0, 0);
      expect(messages).toHaveLength(1);
      const html = messages[0]!;
      expect(htmlProblems(html)).toEqual([]);
      expect(html).toContain(escapeHtml(question));
      expect(html).toContain(escapeHtml(ui.error));
      expect(html).not.toContain(escapeHtml(ui.abstain));
      expect(html).not.toContain("/toc");
      // The same answer as a genuine abstention still gets the abstention.
      expect(renderAnswerPage({ ...failed, notes: ["not-found"] }, ui, 0, 0)[0]).toContain(escapeHtml(ui.abstain));
    }
  });
});

describe("shorten", () => {
  it("keeps short text, cuts long text to max characters ending in …, never inside a surrogate pair", () => {
    expect(shorten("互信", 5)).toBe("互信");
    expect(shorten("abcdef", 4)).toBe("abc…");
    const cut = shorten("😀".repeat(10), 6); // each emoji is two UTF-16 units
    expect(cut).toBe("😀😀…");
    expect(cut.length).toBeLessThanOrEqual(6);
  });
});
