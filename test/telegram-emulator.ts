/**
 * Test support (not a test): the Bot API emulator (`telegram-test-api`) on loopback and what the
 * end-to-end bot tests need around it.
 *
 * Exports:
 * - `TEST_TOKEN`: a token of the real format (the emulator accepts any).
 * - `startEmulator()` → `{ server, apiRoot, stop() }` on a free 127.0.0.1 port.
 * - `captureLogs(level?)` → `{ logger, lines, handled(), waitHandled(n) }`: a real pino logger
 *   whose JSON lines are kept; `handled()` counts "update handled" lines.
 * - `emulateLongPolling(bot)`: the emulator answers getUpdates at once even when empty; this
 *   makes empty answers wait a little, as Telegram's long polling does, so the runner does not
 *   spin a core.
 * - `botMessages(server, chatId?)`: what the bot has sent, as stored by the emulator.
 */
import { createServer } from "node:net";
import { Writable } from "node:stream";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { Bot, Context } from "grammy";
import { createLogger, type Logger } from "../src/logger.js";

export const TEST_TOKEN = "1234567890:AAHtest-token_abcdefghijklmnopqrstuvwxyz";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startEmulator(): Promise<{ server: TelegramServer; apiRoot: string; stop(): Promise<void> }> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: "127.0.0.1", storeTimeout: 3600 });
  await server.start();
  return { server, apiRoot: server.config.apiURL, stop: async () => void (await server.stop()) };
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function captureLogs(level: "info" | "debug" = "info") {
  const raw: string[] = [];
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      raw.push(String(chunk));
      for (const line of String(chunk).split("\n")) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const logger: Logger = createLogger({ level, secrets: [TEST_TOKEN], destination: sink });
  const handled = () => lines.filter((l) => l.msg === "update handled").length;
  async function waitHandled(n: number, timeoutMs = 90_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (handled() < n) {
      if (Date.now() > until) throw new Error(`only ${handled()} of ${n} updates handled`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return { logger, lines, raw, handled, waitHandled };
}

export function emulateLongPolling<C extends Context>(bot: Bot<C>): void {
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === "getUpdates" && result.ok && Array.isArray(result.result) && result.result.length === 0) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return result;
  });
}

/** A message the bot sent, as the emulator stored it (request parameters plus its id). */
export interface SentMessage {
  message_id: number;
  chat_id: string | number;
  text: string;
  parse_mode?: string;
  reply_parameters?: { message_id: number };
  reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] };
}

export function botMessages(server: TelegramServer, chatId?: number): SentMessage[] {
  return server.storage.botMessages
    .map((m) => ({ ...(m.message as unknown as SentMessage), message_id: m.messageId }))
    .filter((m) => chatId === undefined || Number(m.chat_id) === chatId);
}
