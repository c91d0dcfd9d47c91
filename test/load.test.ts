/**
 * A bounded flood against the real bot (real engine, real index) and the Bot API emulator on
 * loopback: 1,000 updates from 50 users (40 private chats, two groups of 5) sent within about
 * 10 s. Every question that is not rate-limited gets exactly one answer (no loss, no duplicate),
 * each user over the limit gets one notice, commands are answered, group chatter is ignored,
 * and each chat's replies come in the order of its messages. RSS before and after is printed
 * (only a generous bound on growth is asserted: the machine is shared). The test stops by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../src/render-telegram.js";
import { UI_STRINGS } from "../src/ui-strings.js";
import { startBotHarness, type BotHarness } from "./bot-harness.js";
import { TEST_TOKEN, botMessages } from "./telegram-emulator.js";

const LIMIT = 2; // questions per user in the (long) window
const PER_USER = 20;
const PRIVATE_USERS = 40;
const GROUPS = [-100401, -100402];
const PER_GROUP = 5;
const QUESTIONS = ["互信是什么?", "互利是什么?", "What is mutual trust?", "Что такое взаимопомощь?", "中亚天然气管道输气多少?"];
const MB = 1024 * 1024;

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ bot: { rateLimit: { count: LIMIT, windowMs: 600_000 } } });
});
afterAll(async () => {
  await h?.stop();
});

/** What a user sends, in order, and what each message should get. */
type Expect = "answer" | "notice" | "silent" | "help" | "ignored";
interface Planned {
  userId: number;
  chatId: number;
  text: string;
  command: boolean;
  expect: Expect;
}

function plan(): Planned[][] {
  const chats: Planned[][] = [];
  for (let i = 0; i < PRIVATE_USERS; i++) {
    const userId = 3000 + i;
    let asked = 0;
    chats.push(
      Array.from({ length: PER_USER }, (_, k) => {
        if (k % 5 === 0) return { userId, chatId: userId, text: "/help", command: true, expect: "help" as const };
        asked++;
        const expect: Expect = asked <= LIMIT ? "answer" : asked === LIMIT + 1 ? "notice" : "silent";
        return { userId, chatId: userId, text: QUESTIONS[(i + k) % QUESTIONS.length]!, command: false, expect };
      }),
    );
  }
  GROUPS.forEach((chatId, g) => {
    const asked = new Map<number, number>();
    const messages: Planned[] = [];
    // The group's users take turns.
    for (let k = 0; k < PER_USER; k++) {
      for (let j = 0; j < PER_GROUP; j++) {
        const userId = 4000 + g * 100 + j;
        if (k % 2 === 0) {
          messages.push({ userId, chatId, text: `大家好 ${k}`, command: false, expect: "ignored" });
          continue;
        }
        const n = (asked.get(userId) ?? 0) + 1;
        asked.set(userId, n);
        const expect: Expect = n <= LIMIT ? "answer" : n === LIMIT + 1 ? "notice" : "silent";
        messages.push({ userId, chatId, text: `/ask ${QUESTIONS[(j + k) % QUESTIONS.length]}`, command: true, expect });
      }
    }
    chats.push(messages);
  });
  return chats;
}

describe("a flood of 1,000 updates", () => {
  it("loses nothing, repeats nothing, rate-limits with one notice, keeps per-chat order", async () => {
    const chats = plan();
    const total = chats.reduce((n, c) => n + c.length, 0);
    expect(total).toBe(1000);
    expect(new Set(chats.flat().map((m) => m.userId)).size).toBe(50);

    // Baseline after a warm-up (the model's first runs allocate its working memory once).
    for (const q of QUESTIONS) await h.engine.ask(q);
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    const handledBefore = h.logs.handled();
    const started = Date.now();
    // Each chat sends in order; chats send at the same time.
    await Promise.all(
      chats.map(async (messages) => {
        for (const m of messages) {
          const client = h.server.getClient(TEST_TOKEN, {
            userId: m.userId,
            chatId: m.chatId,
            type: m.chatId < 0 ? "group" : "private",
            firstName: `U${m.userId}`,
          });
          const from = { language_code: "zh-hans" };
          if (m.command) await client.sendCommand(client.makeCommand(m.text, { from }));
          else await client.sendMessage(client.makeMessage(m.text, { from }));
        }
      }),
    );
    const sendSeconds = (Date.now() - started) / 1000;
    await h.logs.waitHandled(handledBefore + total, 110_000);
    const allSeconds = (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 1000)); // anything late would show up now
    (globalThis as { gc?: () => void }).gc?.();
    const rssAfter = process.memoryUsage().rss;
    const heapAfter = process.memoryUsage().heapUsed;

    // Match what was sent (emulator storage, in order) with the plan, chat by chat.
    const stored = h.server.storage.userMessages.filter((u) => "message" in u && u.message.from && u.message.from.id >= 3000);
    const replies = botMessages(h.server);
    const byTarget = new Map<number, typeof replies>();
    for (const r of replies) {
      const target = r.reply_parameters?.message_id;
      if (target !== undefined) byTarget.set(target, [...(byTarget.get(target) ?? []), r]);
    }
    const noticeTexts = new Set(Object.values(UI_STRINGS).map((ui) => escapeHtml(ui.rateLimited(600))));
    const helpTexts = new Set(Object.values(UI_STRINGS).map((ui) => escapeHtml(ui.help)));
    const counts = { answered: 0, notices: 0, lost: 0, duplicated: 0, unexpected: 0 };
    for (const messages of chats) {
      const chatId = messages[0]!.chatId;
      const inChat = stored.filter((u) => Number((u as { message: { chat: { id: number } } }).message.chat.id) === chatId);
      expect(inChat).toHaveLength(messages.length);
      messages.forEach((m, i) => {
        const got = byTarget.get(inChat[i]!.messageId) ?? [];
        const answers = got.filter((r) => r.text.startsWith("❓"));
        if (m.expect === "answer") {
          if (answers.length === 0) counts.lost++;
          if (answers.length > 1) counts.duplicated++;
          if (answers.length === 1) counts.answered++;
          expect(got.every((r) => r.text.startsWith("❓")), `${m.userId} #${i}`).toBe(true);
        } else if (m.expect === "notice") {
          expect(got.map((r) => noticeTexts.has(r.text)), `${m.userId} #${i}`).toEqual([true]);
          counts.notices++;
        } else if (m.expect === "help") {
          expect(got.map((r) => helpTexts.has(r.text)), `${m.userId} #${i}`).toEqual([true]);
        } else if (got.length > 0) {
          counts.unexpected++;
        }
      });
      // Per-chat order: replies (in sending order) follow the order of the messages they answer.
      const ids = inChat.map((u) => u.messageId);
      const targets = replies.filter((r) => Number(r.chat_id) === chatId).map((r) => ids.indexOf(r.reply_parameters!.message_id));
      expect(targets).toEqual([...targets].sort((a, b) => a - b));
    }
    const expectedAnswers = chats.flat().filter((m) => m.expect === "answer").length;
    console.log(
      `load: ${total} updates from 50 users sent in ${sendSeconds.toFixed(1)} s, all handled in ${allSeconds.toFixed(1)} s; ` +
        `questions answered ${counts.answered}/${expectedAnswers}, lost ${counts.lost}, duplicated ${counts.duplicated}, ` +
        `rate-limit notices ${counts.notices}, unexpected replies ${counts.unexpected}; ` +
        `RSS ${Math.round(rssBefore / MB)} MB before, ${Math.round(rssAfter / MB)} MB after; ` +
        `JS heap ${Math.round(heapBefore / MB)} MB before, ${Math.round(heapAfter / MB)} MB after`,
    );
    expect(counts).toEqual({ answered: expectedAnswers, notices: 50, lost: 0, duplicated: 0, unexpected: 0 });
    expect(rssAfter - rssBefore).toBeLessThan(300 * MB);
  });
});
