/**
 * Test support (not a test): the real bot (grammY, runner polling) with the real engine in front
 * of the Bot API emulator on loopback, as the end-to-end tests set it up, and the users who talk
 * to it.
 *
 * Exports:
 * - `HarnessOptions`, `BotHarness`, `ChatUser`.
 * - `startBotHarness(options?)` → `BotHarness`: emulator (or a given one), engine (or a given
 *   one), bot, serving; `apiCalls` records every Bot API call; `answerInlineQuery` (which the
 *   emulator lacks) is answered here and its payloads kept in `inlineAnswers`; `stop()`.
 * - `chatUser(server, logs, options)` → `ChatUser`: a user in a private chat (chat id = user id)
 *   or a group, whose `say`/`command`/`press` return what the bot sent in that chat while
 *   handling the update.
 * - `injectUpdate(harness, update)` → what the bot sent while handling an update the emulator
 *   cannot produce (inline queries, edited messages), fed to the same bot.
 */
import type { Update } from "grammy/types";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { TelegramClient } from "telegram-test-api/lib/modules/telegramClient.js";
import { createBot, type BotOptions, type StudyBot } from "../src/bot.js";
import { servePolling, type Serving } from "../src/bot-serve.js";
import { createEngine } from "../src/engine.js";
import type { StudyEngine } from "../src/types.js";
import {
  TEST_TOKEN,
  botMessages,
  captureLogs,
  emulateLongPolling,
  startEmulator,
  type SentMessage,
} from "./telegram-emulator.js";

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;
export type Logs = ReturnType<typeof captureLogs>;

export interface HarnessOptions {
  /** An emulator already running (default: a new one, stopped by `stop()`). */
  emulator?: Emulator;
  /** Where the bot sends its Bot API calls (default the emulator's root; e.g. a proxy in front of it). */
  apiRoot?: string;
  /** An engine already made (default: `createEngine()`, closed by `stop()`). */
  engine?: StudyEngine;
  logLevel?: "info" | "debug";
  /** Wait a little on empty getUpdates answers, as Telegram does (default true). */
  emulateLongPolling?: boolean;
  bot?: Partial<Omit<BotOptions, "token" | "apiRoot" | "engine" | "logger">>;
  /** Stands in for Telegram's answer to a call when it returns a result (e.g. a refusal). */
  apiHook?: (method: string, payload: Record<string, unknown>) => unknown;
}

export interface BotHarness {
  emulator: Emulator;
  server: TelegramServer;
  engine: StudyEngine;
  app: StudyBot;
  serving: Serving;
  logs: Logs;
  apiCalls: { method: string; payload: Record<string, unknown> }[];
  inlineAnswers: Record<string, unknown>[];
  /** A new user (ids from 1000 up) in a private chat or the given group. */
  user(options?: { group?: number; language?: string }): ChatUser;
  stop(): Promise<void>;
}

export interface ChatUser {
  userId: number;
  chatId: number;
  client: TelegramClient;
  say(text: string, extra?: Record<string, unknown>): Promise<SentMessage[]>;
  command(text: string): Promise<SentMessage[]>;
  /** Presses a button under the bot's message `messageId` (more fields of that message in `message`). */
  press(data: string, messageId: number, message?: Record<string, unknown>): Promise<SentMessage[]>;
  /** The id the emulator gave this user's latest message. */
  lastMessageId(): number;
}

export function chatUser(
  server: TelegramServer,
  logs: Logs,
  options: { userId: number; group?: number; language?: string },
): ChatUser {
  const { userId } = options;
  const chatId = options.group ?? userId;
  const client: TelegramClient = server.getClient(TEST_TOKEN, {
    userId,
    chatId,
    type: options.group ? "group" : "private",
    firstName: `User${userId}`,
  });
  const from = { language_code: options.language ?? "zh-hans" };
  async function exchange(act: () => Promise<unknown>): Promise<SentMessage[]> {
    const before = botMessages(server).length;
    const handled = logs.handled();
    await act();
    await logs.waitHandled(handled + 1);
    return botMessages(server)
      .slice(before)
      .filter((m) => Number(m.chat_id) === chatId);
  }
  return {
    userId,
    chatId,
    client,
    say: (text, extra = {}) => exchange(() => client.sendMessage(client.makeMessage(text, { from, ...extra }))),
    command: (text) => exchange(() => client.sendCommand(client.makeCommand(text, { from }))),
    press: (data, messageId, message = {}) =>
      exchange(() =>
        client.sendCallback(client.makeCallbackQuery(data, { from, message: { ...message, message_id: messageId } })),
      ),
    lastMessageId: () =>
      server.storage.userMessages.filter((u) => "message" in u && u.message.from?.id === userId).at(-1)!.messageId,
  };
}

export async function startBotHarness(options: HarnessOptions = {}): Promise<BotHarness> {
  const emulator = options.emulator ?? (await startEmulator());
  const logs = captureLogs(options.logLevel ?? "info");
  const engine = options.engine ?? (await createEngine({ logger: logs.logger }));
  const app = createBot({
    ...options.bot,
    token: TEST_TOKEN,
    apiRoot: options.apiRoot ?? emulator.apiRoot,
    engine,
    logger: logs.logger,
  });
  if (options.emulateLongPolling ?? true) emulateLongPolling(app.bot);
  const apiCalls: BotHarness["apiCalls"] = [];
  const inlineAnswers: BotHarness["inlineAnswers"] = [];
  app.bot.api.config.use(async (prev, method, payload, signal) => {
    apiCalls.push({ method, payload: payload as Record<string, unknown> });
    const stood = options.apiHook?.(method, payload as Record<string, unknown>);
    if (stood !== undefined) return stood as never;
    if (method === "answerInlineQuery") {
      inlineAnswers.push(payload as Record<string, unknown>);
      return { ok: true, result: true } as never;
    }
    return prev(method, payload, signal);
  });
  const serving = await servePolling(app, logs.logger);
  let nextUser = 1000;
  return {
    emulator,
    server: emulator.server,
    engine,
    app,
    serving,
    logs,
    apiCalls,
    inlineAnswers,
    user: (o = {}) => chatUser(emulator.server, logs, { ...o, userId: nextUser++ }),
    async stop() {
      await serving.stop();
      if (!options.engine) await engine.close();
      if (!options.emulator) await emulator.stop();
    },
  };
}

/** Feeds an update straight to the harness's bot; returns what it sent while handling it. */
export async function injectUpdate(h: BotHarness, update: Update): Promise<SentMessage[]> {
  const before = botMessages(h.server).length;
  const handled = h.logs.handled();
  await h.app.bot.handleUpdate(update);
  await h.logs.waitHandled(handled + 1);
  return botMessages(h.server).slice(before);
}
