/**
 * Test support (not a test): `npm start`'s command (`node … dist/main-bot.js`, read from
 * package.json: one process, so signals reach the bot itself) run as a child process with
 * exactly the given bot variables, its output captured.
 *
 * Exports:
 * - `START_ARGS`: the arguments `npm start` gives `node` (package.json `scripts.start`).
 * - `buildForStart()`: compiles `src/` to `dist/` as `npm start` does first (`scripts.build`,
 *   which `prestart` runs), so the child runs the current code.
 * - `BotProcess`: `{ code, stdout(), stderr(), kill(signal) }`.
 * - `startBotProcess(env)` → `BotProcess` (BOT_*, TELEGRAM_*, WEBHOOK_*, LOG_LEVEL, PORT,
 *   RATE_LIMIT_*, MODELS_DIR, INDEX_DIR, CORPUS_DIR and EMBED_MODEL of this process are removed
 *   first, so only `env` configures it).
 * - `waitFor(check, what, timeoutMs?)`: polls until `check()` holds, else throws naming `what`.
 * - `STACK_LINE`: matches a line of a stack trace.
 * - `firstReplyTo(server, userId, question)`: a private-chat user asks the running bot a
 *   question through the emulator; resolves with the text of the bot's first reply.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { TEST_TOKEN, botMessages } from "./telegram-emulator.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const SCRIPTS = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;

/** `npm start` is `node <args>`: its arguments, so tests and the bench run the bot exactly so. */
export const START_ARGS: readonly string[] = (() => {
  const [command, ...args] = (SCRIPTS.start ?? "").trim().split(/\s+/);
  if (command !== "node") throw new Error(`npm start must run node directly, not ${command}`);
  return args;
})();

/** Runs `scripts.build` (`tsc -p tsconfig.build.json`, what `prestart` runs) with this project's TypeScript. */
export function buildForStart(): void {
  const [command, ...args] = (SCRIPTS.build ?? "").trim().split(/\s+/);
  if (command !== "tsc") throw new Error(`npm run build must run tsc, not ${command}`);
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, ...args], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
}

export const STACK_LINE = /^\s+at /m;

export interface BotProcess {
  code: Promise<number | null>;
  stderr: () => string;
  stdout: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

export function startBotProcess(env: Record<string, string>): BotProcess {
  const base = { ...process.env };
  for (const k of Object.keys(base)) {
    if (/^(BOT_|TELEGRAM_|WEBHOOK_|LOG_LEVEL|PORT|RATE_LIMIT_|MODELS_DIR|INDEX_DIR|CORPUS_DIR|EMBED_MODEL)/.test(k)) delete base[k];
  }
  const child = spawn(process.execPath, [...START_ARGS], { cwd: ROOT, env: { ...base, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += String(d)));
  child.stderr.on("data", (d) => (err += String(d)));
  return {
    code: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
    stderr: () => err,
    stdout: () => out,
    kill: (signal) => child.kill(signal),
  };
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Asks the running bot a question as a private-chat user; the text of its first reply. */
export async function firstReplyTo(server: TelegramServer, userId: number, question: string): Promise<string> {
  const client = server.getClient(TEST_TOKEN, { userId, chatId: userId });
  await client.sendMessage(client.makeMessage(question));
  await waitFor(() => botMessages(server, userId).length > 0, "the reply");
  return botMessages(server, userId)[0]!.text;
}
