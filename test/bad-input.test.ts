/**
 * Hostile and odd input through the real bot (real engine, real index) and the Bot API emulator
 * on loopback: every input gets a clear reply of the expected kind (or is deliberately ignored:
 * group chatter, commands for other bots, edited messages, which the bot does not subscribe to),
 * every message sent is valid Telegram HTML within 4096 characters with no user markup echoed
 * raw, and the same user's next question is still answered. Inline queries and edited messages,
 * which the emulator cannot produce, are fed to the same bot directly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { TELEGRAM_MESSAGE_LIMIT, htmlToPlainText } from "../src/render-telegram.js";
import { UI_STRINGS, type UiStrings } from "../src/ui-strings.js";
import { escapeHtml } from "../src/render-telegram.js";
import { injectUpdate, startBotHarness, type BotHarness, type ChatUser } from "./bot-harness.js";
import { htmlProblems } from "./telegram-html-check.js";
import type { SentMessage } from "./telegram-emulator.js";

const BOT_NAME = "TestNameBot"; // what the emulator's getMe answers
const GROUP = -100300;

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ bot: { rateLimit: { count: 1000, windowMs: 60_000 } } });
});
afterAll(async () => {
  await h?.stop();
});

type Kind = "answer" | "abstain" | "notText" | "help" | "usage" | "start" | "toc" | "stale" | "ignored";

const uis = Object.values(UI_STRINGS) as UiStrings[];
const isOneOf = (text: string, pick: (ui: UiStrings) => string) => uis.some((ui) => text === escapeHtml(pick(ui)));

/** What kind of reply a set of messages is ("error" when the bot failed; never expected). */
function kindOf(sent: SentMessage[]): Kind | "error" | "other" {
  if (sent.length === 0) return "ignored";
  const text = sent[0]!.text;
  if (uis.some((ui) => text.includes(escapeHtml(ui.error)))) return "error";
  if (text.includes("<blockquote>")) return "answer";
  if (uis.some((ui) => text.includes(escapeHtml(ui.abstain)))) return "abstain";
  if (isOneOf(text, (ui) => ui.notText)) return "notText";
  if (isOneOf(text, (ui) => ui.help)) return "help";
  if (isOneOf(text, (ui) => ui.askUsage(BOT_NAME))) return "usage";
  if (isOneOf(text, (ui) => ui.start(ui.exampleQuestion))) return "start";
  if (isOneOf(text, (ui) => ui.tocTitle)) return "toc";
  if (isOneOf(text, (ui) => ui.stale)) return "stale";
  return "other";
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function expectWellFormed(sent: SentMessage[], input: string) {
  for (const m of sent) {
    expect(m.parse_mode).toBe("HTML");
    expect(m.text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(htmlProblems(m.text)).toEqual([]);
    expect(m.text).not.toMatch(LONE_SURROGATE);
    expect(m.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // User markup never comes back raw (the tag check above also rejects any tag of theirs).
    if (/[<>&]/.test(input)) expect(m.text).not.toContain(input);
  }
}

interface Case {
  name: string;
  /** Private chat unless `group`. */
  group?: boolean;
  /** The text that reaches the bot (for the markup check). */
  input: string;
  send(u: ChatUser): Promise<SentMessage[]>;
  expected: Kind[];
  /** Extra checks on what was sent. */
  check?(sent: SentMessage[]): void;
}

const say = (text: string, extra?: Record<string, unknown>) => (u: ChatUser) => u.say(text, extra);
const command = (text: string) => (u: ChatUser) => u.command(text);
const press = (data: string) => (u: ChatUser) => u.press(data, 1);
const echoes = (plain: string) => (sent: SentMessage[]) => expect(htmlToPlainText(sent[0]!.text)).toContain(plain);
const nonText = (extra: Record<string, unknown>) => say("", { text: undefined, ...extra });

const LONG_ZH = "中国对中亚国家投资累计超过多少?".repeat(300).slice(0, 4096);
const LONG_EMOJI = "😀".repeat(2048); // 4096 UTF-16 units
const cases: Case[] = [
  { name: "empty text", input: "", send: say(""), expected: ["abstain", "notText"] },
  { name: "whitespace only", input: " \n\t  ", send: say(" \n\t  "), expected: ["abstain"] },
  { name: "a 4096-character question", input: LONG_ZH, send: say(LONG_ZH), expected: ["answer"] },
  { name: "4096 characters of one unbroken word", input: "a".repeat(4096), send: say("a".repeat(4096)), expected: ["abstain", "answer"] },
  { name: "4096 units of emoji (cut never splits a pair)", input: LONG_EMOJI, send: say(LONG_EMOJI), expected: ["abstain"] },
  { name: "only emoji", input: "😀🎉👍🏽", send: say("😀🎉👍🏽"), expected: ["abstain"] },
  { name: "only punctuation", input: "?!。,……——!!", send: say("?!。,……——!!"), expected: ["abstain"] },
  { name: "only digits", input: "2023", send: say("2023"), expected: ["answer", "abstain"] },
  { name: "zero-width characters", input: "互\u200b信\u200d是\ufeff什么?", send: say("互\u200b信\u200d是\ufeff什么?"), expected: ["answer", "abstain"] },
  { name: "control characters", input: "\u0007互信\u001b[31m是什么?\u0000", send: say("\u0007互信\u001b[31m是什么?\u0000"), expected: ["answer", "abstain"] },
  { name: "right-to-left text", input: "ما هي الثقة المتبادلة؟", send: say("ما هي الثقة المتبادلة؟"), expected: ["abstain", "answer"] },
  { name: "right-to-left override", input: "\u202e?么什是信互", send: say("\u202e?么什是信互"), expected: ["abstain", "answer"] },
  { name: "mixed Chinese, English and Russian", input: "互信 mutual trust взаимное доверие 是什么?", send: say("互信 mutual trust взаимное доверие 是什么?"), expected: ["answer"] },
  { name: "HTML bold", input: "<b>互信</b>是什么?", send: say("<b>互信</b>是什么?"), expected: ["answer"], check: echoes("<b>互信</b>是什么?") },
  { name: "a closing blockquote", input: "</blockquote>互利是什么?<blockquote>", send: say("</blockquote>互利是什么?<blockquote>"), expected: ["answer"], check: echoes("</blockquote>互利是什么?<blockquote>") },
  { name: "entities", input: "&amp; &lt;b&gt; & 互利是什么?", send: say("&amp; &lt;b&gt; & 互利是什么?"), expected: ["answer"], check: echoes("&amp; &lt;b&gt; & 互利是什么?") },
  { name: "a javascript link", input: '<a href="javascript:alert(1)">互信</a>', send: say('<a href="javascript:alert(1)">互信</a>'), expected: ["answer", "abstain"] },
  { name: "Markdown look-alikes", input: "*互信*_是_[什么](http://x)~~`?`", send: say("*互信*_是_[什么](http://x)~~`?`"), expected: ["answer", "abstain"], check: echoes("*互信*_是_[什么](http://x)~~`?`") },
  { name: "a fake footnote mark", input: "①②", send: say("①②"), expected: ["abstain", "answer"] },
  { name: "a fake footnote mark in a question", input: "互信①是什么?", send: say("互信①是什么?"), expected: ["answer"] },
  { name: "line and paragraph separators", input: "互信\u2028是\u2029什么?", send: say("互信\u2028是\u2029什么?"), expected: ["answer", "abstain"] },
  { name: "an unknown command", input: "/frobnicate now", send: command("/frobnicate now"), expected: ["help"] },
  { name: "/start with junk arguments", input: "/start <script>", send: command("/start <script>"), expected: ["start"] },
  { name: "a photo", input: "", send: nonText({ photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] }), expected: ["notText"] },
  { name: "a sticker", input: "", send: nonText({ sticker: { file_id: "s" } }), expected: ["notText"] },
  { name: "a location", input: "", send: nonText({ location: { latitude: 43.2, longitude: 76.9 } }), expected: ["notText"] },
  { name: "a photo with a caption", input: "互信是什么?", send: nonText({ caption: "互信是什么?", photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] }), expected: ["notText"] },
  {
    name: "a forwarded message",
    input: "互信是什么?",
    send: say("互信是什么?", { forward_origin: { type: "hidden_user", sender_user_name: "<i>X</i>", date: 0 }, forward_date: 0 }),
    expected: ["answer"],
  },
  { name: "a button never issued", input: "", send: press("p:ZZZZZZZZ:0"), expected: ["stale"] },
  { name: "a malformed page button", input: "", send: press("p:AAAA:99999"), expected: ["stale"] },
  { name: "a toc button for a section that does not exist", input: "", send: press("t:9:nope"), expected: ["stale"] },
  { name: "button data of emoji and markup", input: "<b>💥</b>", send: press("<b>💥</b>"), expected: ["stale"] },
  { name: "/ask with no argument (group)", group: true, input: "/ask", send: command("/ask"), expected: ["usage"] },
  { name: "/ask@ourbot with no argument (group)", group: true, input: "", send: command(`/ask@${BOT_NAME}`), expected: ["usage"] },
  { name: "/ask@otherbot (group)", group: true, input: "", send: command("/ask@OtherBot 互信是什么?"), expected: ["ignored"] },
  { name: "an unknown command (group)", group: true, input: "", send: command("/frobnicate"), expected: ["ignored"] },
  { name: "chatter with markup (group)", group: true, input: "", send: say("<b>大家好</b> &amp;"), expected: ["ignored"] },
  { name: "only a mention (group)", group: true, input: "", send: say(`@${BOT_NAME}`), expected: ["usage"] },
  { name: "/ask with markup (group)", group: true, input: "<i>互利</i>", send: command("/ask <i>互利</i>是什么?"), expected: ["answer"], check: echoes("<i>互利</i>是什么?") },
  { name: "a sticker (group)", group: true, input: "", send: nonText({ sticker: { file_id: "s" } }), expected: ["ignored"] },
];

/** Updates the emulator cannot produce, fed to the same bot. */
let injectedId = 950_000;
const injected: { name: string; update: (userId: number) => Update; check(sent: SentMessage[], h: BotHarness, before: number): void }[] = [
  {
    name: "an edited message (not subscribed to, and ignored if it comes)",
    update: (id) => ({
      update_id: injectedId++,
      edited_message: { message_id: 5, date: 0, edit_date: 1, chat: { id, type: "private", first_name: "E" }, from: { id, is_bot: false, first_name: "E" }, text: "<b>互信</b>是什么?" },
    }),
    check: (sent) => expect(sent).toEqual([]),
  },
  {
    name: "a button on an inline message (no chat): only a toast",
    update: (id) => ({
      update_id: injectedId++,
      callback_query: { id: `cq${id}`, from: { id, is_bot: false, first_name: "C" }, chat_instance: "ci", inline_message_id: "im1", data: "c:QQQQQQQQ:0" },
    }),
    check: (sent, h, before) => {
      expect(sent).toEqual([]);
      const answered = h.apiCalls.slice(before).filter((c) => c.method === "answerCallbackQuery");
      expect(answered).toHaveLength(1);
    },
  },
  {
    name: "a button without data (a game button): ignored",
    update: (id) => ({
      update_id: injectedId++,
      callback_query: { id: `cq${id}`, from: { id, is_bot: false, first_name: "C" }, chat_instance: "ci", game_short_name: "g" },
    }),
    check: (sent) => expect(sent).toEqual([]),
  },
  {
    name: "an empty inline query: a hint, no results",
    update: (id) => ({ update_id: injectedId++, inline_query: { id: `iq${id}`, from: { id, is_bot: false, first_name: "I" }, query: "", offset: "" } }),
    check: (_sent, h) => {
      const answer = h.inlineAnswers.at(-1)!;
      expect(answer.results).toEqual([]);
      expect(answer.button).toBeDefined();
    },
  },
  {
    name: "a 300-character inline query with markup",
    update: (id) => ({
      update_id: injectedId++,
      inline_query: { id: `iq${id}`, from: { id, is_bot: false, first_name: "I" }, query: `<b>互信</b>是什么?${"😀".repeat(140)}`.slice(0, 300), offset: "" },
    }),
    check: (_sent, h) => {
      const results = h.inlineAnswers.at(-1)!.results as { id: string; title: string; input_message_content: { message_text: string } }[];
      expect(results.length).toBeLessThanOrEqual(5);
      for (const r of results) {
        expect(htmlProblems(r.input_message_content.message_text)).toEqual([]);
        expect(r.input_message_content.message_text).not.toContain("<b>互信</b>");
        expect(r.title).not.toMatch(LONE_SURROGATE);
      }
    },
  },
];

async function nextQuestionAnswered(u: ChatUser, group: boolean) {
  const sent = group ? await u.command("/ask 互信是什么?") : await u.say("互信是什么?");
  expect(kindOf(sent)).toBe("answer");
}

describe("bad input through the real bot", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const u = h.user(c.group ? { group: GROUP } : {});
    const sent = await c.send(u);
    expect(c.expected).toContain(kindOf(sent));
    expectWellFormed(sent, c.input);
    c.check?.(sent);
    await nextQuestionAnswered(u, c.group ?? false);
  });

  it.each(injected.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const u = h.user();
    const before = h.apiCalls.length;
    const sent = await injectUpdate(h, c.update(u.userId));
    c.check(sent, h, before);
    for (const m of sent) expect(htmlProblems(m.text)).toEqual([]);
    await nextQuestionAnswered(u, false);
  });

  it("no update failed, and the log says so", () => {
    expect(cases.length + injected.length).toBeGreaterThanOrEqual(30);
    const lines = h.logs.lines.filter((l) => l.msg === "update handled");
    expect(lines.length).toBeGreaterThanOrEqual(2 * (cases.length + injected.length));
    expect(lines.filter((l) => String(l.action).endsWith(":failed"))).toEqual([]);
    expect(h.logs.lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});
