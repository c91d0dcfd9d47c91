/**
 * End to end: the real bot (grammY, runner) with the real engine (real model, real index built
 * from the real article) against the Bot API emulator `telegram-test-api` over HTTP on
 * loopback. The emulator lacks answerInlineQuery, setMyCommands, setMyDescription and
 * sendChatAction and cannot produce inline queries: the inline test feeds the update to the bot
 * directly and stands in for Telegram's answer to answerInlineQuery (the only mocked call).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { StudyBot } from "../src/bot.js";
import { TELEGRAM_MESSAGE_LIMIT, escapeHtml, htmlToPlainText } from "../src/render-telegram.js";
import type { StudyEngine } from "../src/types.js";
import { uiStrings } from "../src/ui-strings.js";
import { htmlProblems } from "./telegram-html-check.js";
import { startBotHarness, type BotHarness } from "./bot-harness.js";
import { failingEngine } from "./failing-engine.js";
import { TEST_TOKEN, botMessages, type SentMessage } from "./telegram-emulator.js";

const BOT_ID = 666; // what the emulator's getMe answers
const BOT_NAME = "TestNameBot";

let harness: BotHarness;
let server: TelegramServer;
let engine: StudyEngine;
let app: StudyBot;
let logs: BotHarness["logs"];
let apiCalls: BotHarness["apiCalls"];
let rejectHtmlOnce = false;

beforeAll(async () => {
  harness = await startBotHarness({
    bot: { rateLimit: { count: 3, windowMs: 600_000 }, pageSize: 6, maxHits: 9 },
    apiHook: (method, payload) => {
      if (rejectHtmlOnce && method === "sendMessage" && payload.parse_mode === "HTML") {
        rejectHtmlOnce = false; // stands in for Telegram refusing the markup once
        return { ok: false, error_code: 400, description: "Bad Request: can't parse entities: Unsupported start tag" };
      }
      return undefined;
    },
  });
  ({ server, engine, app, logs, apiCalls } = harness);
});

afterAll(async () => {
  await harness?.stop();
});

/** A user in a chat: private by default (chat id = user id), or a group. */
const user = (options: { group?: number; language?: string } = {}) => harness.user(options);

function buttons(m: SentMessage): { text: string; data: string }[] {
  return (m.reply_markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data ?? "" }));
}

/** Every quote in a message's blockquotes is an article sentence (marks [n] for ①). */
function quotesOf(html: string): string[] {
  return [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) => htmlToPlainText(m[1]!));
}
function isArticleText(quote: string): boolean {
  const plain = quote.replace(/\[\d+\]/g, "");
  const sentences = engine.documents.flatMap((d) => d.sentences.map((s) => s.plain));
  return plain.length > 0 && sentences.some((s) => plain.includes(s) || s.includes(plain));
}

function expectValidHtml(m: SentMessage) {
  expect(m.parse_mode).toBe("HTML");
  expect(m.text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
  expect(htmlProblems(m.text)).toEqual([]);
}

describe("private chat", () => {
  it("answers a Chinese question with quoted, cited HTML, replying to the question", async () => {
    const u = user({ language: "zh-hans" });
    const sent = await u.say("中国对中亚国家投资累计超过多少?");
    expect(sent).toHaveLength(1);
    const reply = sent[0]!;
    expectValidHtml(reply);
    expect(reply.reply_parameters?.message_id).toBe(u.lastMessageId());
    expect(reply.text).toContain(escapeHtml(uiStrings("zh").pageHeader(1, 6, 9)));
    const quotes = quotesOf(reply.text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(isArticleText(q)).toBe(true);
    expect(reply.text).toMatch(/<i>[^<]*›[^<]*<\/i>/); // a section path
    expect(reply.text).toMatch(/\n\[1\] /); // numbered sources…
    expect(reply.text).toMatch(/\n\[\d+\] [^\n]*<a href="https?:\/\//); // …with links
    const bs = buttons(reply);
    expect(bs.map((b) => b.text)).toEqual(["更多 ▸", "上下文", "出处"]);
    for (const b of bs) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
  });

  it("answers an English question with an English interface and the article's own sentences", async () => {
    const u = user({ language: "en" });
    const [reply, ...rest] = await u.say("What is the core of the China–Central Asia Spirit?");
    expect(rest).toHaveLength(0);
    expectValidHtml(reply!);
    expect(reply!.text).toMatch(/<b>Quotes 1–\d of \d<\/b>/);
    const quotes = quotesOf(reply!.text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(isArticleText(q)).toBe(true);
    expect(buttons(reply!).map((b) => b.text)).toContain("Sources");
  });

  it("answers in Russian for a Russian question", async () => {
    const [reply] = await user({ language: "ru" }).say("Что такое взаимное доверие?");
    expectValidHtml(reply!);
    expect(reply!.text).toMatch(/<b>Цитаты 1–\d из \d<\/b>/);
  });

  it("escapes the user's text it echoes", async () => {
    const [reply] = await user().say("<b>互信</b> & <a href=\"x\">互利</a> 是什么?");
    expectValidHtml(reply!);
    expect(reply!.text).toContain("❓ <i>&lt;b&gt;互信&lt;/b&gt; &amp; &lt;a href=&quot;x&quot;&gt;互利&lt;/a&gt; 是什么?</i>");
  });

  it("falls back to plain text when Telegram cannot parse the HTML", async () => {
    rejectHtmlOnce = true;
    const sent = await user({ language: "zh-hans" }).say("中亚天然气管道输气多少?");
    expect(rejectHtmlOnce).toBe(false);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.parse_mode).toBeUndefined();
    expect(sent[0]!.text).not.toMatch(/<\/?(b|i|a|blockquote)\b/);
    expect(sent[0]!.text).toContain("❓ 中亚天然气管道输气多少?");
    expect(sent[0]!.text).toMatch(/\[\d+\] .*https:\/\//);
    expect(buttons(sent[0]!).length).toBe(3);
  });

  it("abstains politely, suggesting /toc, when the article does not answer", async () => {
    const [reply] = await user({ language: "en" }).say("What is the boiling point of water?");
    expectValidHtml(reply!);
    expect(reply!.text).toContain(escapeHtml(uiStrings("en").abstain));
    expect(reply!.text).toContain("/toc");
    expect(reply!.text).not.toContain("<blockquote>");
    expect(buttons(reply!)).toEqual([]);
    const line = logs.lines.filter((l) => l.msg === "update handled").at(-1)!;
    expect(line).toMatchObject({ chat_type: "private", lang: "en", hits: 0, abstained: true, action: "question" });
  });

  it("says when the article speaks of the topic but does not give what was asked", async () => {
    const [reply] = await user({ language: "zh" }).say("乌兹别克斯坦的首都叫什么名字？");
    expectValidHtml(reply!);
    expect(reply!.text).toContain(escapeHtml(uiStrings("zh").unstated.detail));
    expect(reply!.text).toContain("/toc");
    expect(reply!.text).not.toContain(escapeHtml(uiStrings("zh").abstain));
    // …and shows where it speaks of the topic, marked as not answering.
    expect(reply!.text).toContain(escapeHtml(uiStrings("zh").related));
    expect(reply!.text).toContain("<blockquote>");
    expect(buttons(reply!)).toEqual([]);
  });

  it("/start, /help, /about, /toc; a section button shows the section's opening sentences", async () => {
    const u = user({ language: "en" });
    const [start] = await u.command("/start");
    expect(start!.text).toContain(escapeHtml(uiStrings("en").exampleQuestion));
    const [help] = await u.command("/help");
    expect(help!.text).toContain("/toc");
    const about = await u.command("/about");
    const doc = engine.documents[0]!;
    expect(about[0]!.text).toContain(`<b>${escapeHtml(doc.meta.title)}</b>`);
    expect(about.map((m) => m.text).join("")).toContain("<blockquote expandable>");
    for (const m of about) expectValidHtml(m);
    const [toc] = await u.command("/toc");
    const sections = buttons(toc!);
    expect(sections.length).toBeGreaterThan(3);
    const body = sections.find((b) => /^t:0:s\d/.test(b.data))!;
    expect(body).toBeDefined();
    const opening = await u.press(body.data, toc!.message_id);
    expect(opening).toHaveLength(1);
    expectValidHtml(opening[0]!);
    const sectionId = body.data.split(":")[2]!;
    const expected = engine.sectionOpening(doc.id, sectionId, 3);
    expect(expected.length).toBeGreaterThan(0);
    expect(htmlToPlainText(opening[0]!.text)).toContain(expected[0]!.text);
  });

  it("says it reads only text when sent something else", async () => {
    const [reply] = await user({ language: "en" }).say("", { text: undefined, sticker: { file_id: "x" } });
    expect(reply!.text).toBe(escapeHtml(uiStrings("en").notText));
  });
});

describe("groups", () => {
  const GROUP = -100200;

  it("answers /ask <q> and /ask@botname <q>, replying to the asking message", async () => {
    const a = user({ group: GROUP, language: "zh-hans" });
    const [r1] = await a.command("/ask 中亚天然气管道输气多少?");
    expectValidHtml(r1!);
    expect(r1!.reply_parameters?.message_id).toBe(a.lastMessageId());
    expect(quotesOf(r1!.text).length).toBeGreaterThan(0);
    const [r2] = await user({ group: GROUP }).command(`/ask@${BOT_NAME} 互信是什么?`);
    expectValidHtml(r2!);
    expect(quotesOf(r2!.text).length).toBeGreaterThan(0);
  });

  it("explains /ask with no question", async () => {
    const [r] = await user({ group: GROUP, language: "en" }).command("/ask");
    expect(r!.text).toBe(escapeHtml(uiStrings("en").askUsage(BOT_NAME)));
  });

  it("answers replies to its own messages and messages mentioning it", async () => {
    const [first] = await user({ group: GROUP }).command("/ask 互利是什么?");
    const replying = user({ group: GROUP });
    const [r1] = await replying.say("互助呢?", {
      reply_to_message: { message_id: first!.message_id, from: { id: BOT_ID, is_bot: true, first_name: "Bot", username: BOT_NAME }, date: 0, chat: { id: GROUP, type: "group" }, text: "…" },
    });
    expectValidHtml(r1!);
    expect(quotesOf(r1!.text).length).toBeGreaterThan(0);
    const [r2] = await user({ group: GROUP }).say(`@${BOT_NAME} 共同现代化有哪些特征?`);
    expectValidHtml(r2!);
    expect(r2!.text).toContain("❓ <i>共同现代化有哪些特征?</i>");
  });

  it("ignores other chatter, replies to other people and commands for other bots", async () => {
    const u = user({ group: GROUP });
    expect(await u.say("大家好,今天开会吗?")).toEqual([]);
    expect(
      await u.say("同意", { reply_to_message: { message_id: 1, from: { id: 4242, is_bot: false, first_name: "X" }, date: 0, chat: { id: GROUP, type: "group" }, text: "x" } }),
    ).toEqual([]);
    expect(await u.command("/ask@OtherBot 互信是什么?")).toEqual([]);
    const last = logs.lines.filter((l) => l.msg === "update handled").at(-1)!;
    expect(last).toMatchObject({ chat_type: "group", action: "ignored" });
  });
});

describe("buttons", () => {
  it("More edits the message to the next hits; Context and Sources reply; every press is answered", async () => {
    const u = user({ language: "en" }); // a Chinese question: the interface follows it (zh)
    const zh = uiStrings("zh");
    const [answer] = await u.say("中国对中亚国家投资累计超过多少?");
    const more = buttons(answer!).find((b) => b.text === zh.buttonMore)!;
    const answeredBefore = apiCalls.filter((c) => c.method === "answerCallbackQuery").length;

    expect(await u.press(more.data, answer!.message_id)).toEqual([]); // edited, nothing new
    const edited = botMessages(server).find((m) => m.message_id === answer!.message_id)!;
    expectValidHtml(edited);
    expect(edited.text).toContain(`<b>${zh.pageHeader(7, 9, 9)}</b>`);
    expect(edited.text).not.toBe(answer!.text);
    expect(buttons(edited).map((b) => b.text)).toEqual([zh.buttonContext, zh.buttonSources]); // last page: no More

    const context = await u.press(buttons(answer!).find((b) => b.text === zh.buttonContext)!.data, answer!.message_id);
    expect(context.length).toBeGreaterThan(0);
    for (const m of context) expectValidHtml(m);
    expect(context[0]!.text).toContain("<blockquote expandable>");
    expect(context.map((m) => m.text).join("")).toMatch(/<blockquote expandable>[^]*<b>[^<]+<\/b>/);
    expect(context[0]!.reply_parameters?.message_id).toBe(answer!.message_id);

    const sources = await u.press(buttons(answer!).find((b) => b.text === zh.buttonSources)!.data, answer!.message_id);
    expect(sources).toHaveLength(1);
    expectValidHtml(sources[0]!);
    expect(sources[0]!.text).toMatch(new RegExp(`^<b>${zh.sourcesTitle}</b>\\n\\n\\[1\\] `));
    expect(sources[0]!.text).toContain('<a href="https://');

    expect(apiCalls.filter((c) => c.method === "answerCallbackQuery").length - answeredBefore).toBe(3);
  });

  it("a long Context reply is split into several messages, each valid and under 4096", async () => {
    const u = user();
    const question = "中国对中亚国家投资累计超过多少?";
    const reference = await engine.ask(question, { maxHits: 9 });
    const firstPage = reference.hits.slice(0, 6);
    // The premise: the six paragraphs around the first page's quotes do not fit one message.
    expect(firstPage.reduce((n, h) => n + h.context.length, 0)).toBeGreaterThan(TELEGRAM_MESSAGE_LIMIT);
    const [answer] = await u.say(question);
    const context = await u.press(buttons(answer!).find((b) => b.data.startsWith("c:"))!.data, answer!.message_id);
    expect(context.length).toBeGreaterThan(1);
    for (const m of context) expectValidHtml(m);
    const all = htmlToPlainText(context.map((m) => m.text).join("\n"));
    for (const hit of firstPage) expect(all).toContain(hit.quote);
  });

  it("a button whose answer is no longer in memory asks the question it replies to again", async () => {
    const u = user({ language: "zh-hans" });
    const zh = uiStrings("zh");
    const question = "/ask@TestNameBot 中国对中亚国家投资累计超过多少?";
    const [answer] = await u.say(question);
    const asked = { message_id: u.lastMessageId(), text: question };
    const reference = await engine.ask("中国对中亚国家投资累计超过多少?", { maxHits: 9 });
    // A key this bot never issued (as after a restart), on the real answer message.
    expect(await u.press("p:ZZZZZZZZ:1", answer!.message_id, { reply_to_message: asked })).toEqual([]);
    const edited = botMessages(server).find((m) => m.message_id === answer!.message_id)!;
    expectValidHtml(edited);
    expect(edited.text).toContain(`<b>${zh.pageHeader(7, 9, 9)}</b>`);
    expect(htmlToPlainText(edited.text)).toContain(reference.hits[6]!.quote);
    expect(logs.lines.filter((l) => l.msg === "update handled").at(-1)).toMatchObject({ action: "button:more" });
    const sources = await u.press("s:ZZZZZZZZ:0", answer!.message_id, { reply_to_message: asked });
    expect(sources.length).toBeGreaterThan(0);
    expect(sources[0]!.text).not.toBe(escapeHtml(zh.stale));
  });

  it("a stale button (unknown answer, e.g. after a restart) gets a polite message and an answered query", async () => {
    const u = user({ language: "en" });
    const answeredBefore = apiCalls.filter((c) => c.method === "answerCallbackQuery").length;
    const [reply] = await u.press("p:AAAAAAAA:1", 1);
    expect(reply!.text).toBe(escapeHtml(uiStrings("en").stale));
    const [reply2] = await u.press("garbage that is no button", 1);
    expect(reply2!.text).toBe(escapeHtml(uiStrings("en").stale));
    expect(apiCalls.filter((c) => c.method === "answerCallbackQuery").length - answeredBefore).toBe(2);
  });
});

describe("inline mode", () => {
  it("offers up to 5 quote results, each a quote with its section and source", async () => {
    const inlineAnswers = harness.inlineAnswers;
    inlineAnswers.length = 0;
    const handled = logs.handled();
    await app.bot.handleUpdate({
      update_id: 900001,
      inline_query: { id: "iq1", from: { id: 4321, is_bot: false, first_name: "I", language_code: "zh" }, query: "中亚天然气管道输气多少?", offset: "" },
    });
    await logs.waitHandled(handled + 1);
    expect(inlineAnswers).toHaveLength(1);
    const results = inlineAnswers[0]!.results as {
      type: string;
      id: string;
      title: string;
      description: string;
      input_message_content: { message_text: string; parse_mode: string };
    }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    for (const r of results) {
      expect(r.type).toBe("article");
      expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
      expect(r.input_message_content.parse_mode).toBe("HTML");
      expect(htmlProblems(r.input_message_content.message_text)).toEqual([]);
      expect(r.input_message_content.message_text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
      expect(r.input_message_content.message_text).toContain(`<i>${escapeHtml(r.description)}</i>`);
      for (const q of quotesOf(r.input_message_content.message_text)) expect(isArticleText(q)).toBe(true);
    }
    expect(results.some((r) => /\n\[\d+\] /.test(r.input_message_content.message_text))).toBe(true);
  });
});

describe("rate limit", () => {
  it("sends one notice per limited window, not one per message", async () => {
    const u = user({ language: "en" }); // Chinese questions: the notice is in Chinese
    const replies: SentMessage[][] = [];
    for (const q of ["互信是什么?", "互利是什么?", "互助是什么?", "互尊是什么?", "共同现代化是什么?"]) replies.push(await u.say(q));
    expect(replies.slice(0, 3).every((r) => r.length === 1 && r[0]!.text.includes("<blockquote>"))).toBe(true);
    expect(replies[3]).toHaveLength(1);
    expect(replies[3]![0]!.text).toBe(escapeHtml(uiStrings("zh").rateLimited(600)));
    expect(replies[4]).toEqual([]);
  });
});

describe("robustness and logs", () => {
  it("decorative calls the emulator lacks are logged, not fatal", async () => {
    await app.registerCommands();
    const failed = logs.lines.filter((l) => l.msg === "decorative Bot API call failed; carrying on");
    expect(failed.map((l) => l.method)).toContain("setMyCommands");
    const commands = apiCalls.filter((c) => c.method === "setMyCommands").map((c) => c.payload.language_code);
    expect(commands).toEqual(expect.arrayContaining([undefined, "zh", "en", "ru"]));
  });

  it("an engine failure becomes a polite error reply and the bot keeps serving", async () => {
    const original = engine.ask;
    engine.ask = async () => {
      throw new Error(`index exploded at /bot${TEST_TOKEN}/x`);
    };
    try {
      const [reply] = await user({ language: "en" }).say("What is mutual trust?");
      expect(reply!.text).toBe(escapeHtml(uiStrings("en").error));
    } finally {
      engine.ask = original;
    }
    const [ok] = await user().say("互信是什么?");
    expect(ok!.text).toContain("<blockquote>");
  });

  it("a failed answer (real index, question embedder rejecting) gets the error reply, not the abstention, without the error boundary", async () => {
    const failing = await startBotHarness({ engine: await failingEngine() });
    try {
      const [reply, ...rest] = await failing.user({ language: "en" }).say("What is mutual trust?");
      expect(rest).toHaveLength(0);
      expectValidHtml(reply!);
      expect(reply!.text).toContain(escapeHtml(uiStrings("en").error));
      expect(reply!.text).not.toContain(escapeHtml(uiStrings("en").abstain));
      expect(reply!.text).not.toContain("/toc");
      expect(buttons(reply!)).toEqual([]);
      const line = failing.logs.lines.filter((l) => l.msg === "update handled").at(-1)!;
      expect(line).toMatchObject({ action: "question", hits: 0, failed: true });
      expect(line.abstained).toBeFalsy();

      // Inline mode: no results, the error (not "no matching sentence") on the button, not cached.
      const handled = failing.logs.handled();
      await failing.app.bot.handleUpdate({
        update_id: 900101,
        inline_query: { id: "iq-fail", from: { id: 4322, is_bot: false, first_name: "I", language_code: "en" }, query: "What is mutual trust?", offset: "" },
      });
      await failing.logs.waitHandled(handled + 1);
      const inline = failing.inlineAnswers.at(-1) as { results: unknown[]; cache_time?: number; button?: { text: string } };
      expect(inline.results).toEqual([]);
      expect(inline.button?.text).toBe(uiStrings("en").error);
      expect(inline.cache_time).toBe(0);
      expect(failing.logs.lines.filter((l) => l.msg === "update handled").at(-1)).toMatchObject({ action: "inline", failed: true });
    } finally {
      await failing.stop();
      await failing.engine.close();
    }
  });

  it("one log line per update with chat type, language, latency, hits, abstention; no token, no question text at info", () => {
    const handled = logs.lines.filter((l) => l.msg === "update handled");
    expect(handled.length).toBeGreaterThan(20);
    for (const l of handled) {
      expect(typeof l.latency_ms).toBe("number");
      expect(typeof l.update_id).toBe("number");
    }
    const questions = handled.filter((l) => l.action === "question");
    expect(questions.length).toBeGreaterThan(5);
    for (const l of questions) {
      expect(["private", "group"]).toContain(l.chat_type);
      expect(["zh", "en", "ru"]).toContain(l.lang);
      expect(typeof l.hits).toBe("number");
      expect(typeof l.abstained).toBe("boolean");
    }
    const everything = logs.raw.join("");
    expect(everything).not.toContain(TEST_TOKEN);
    expect(everything).not.toContain("中国对中亚国家投资累计超过多少");
  });
});
