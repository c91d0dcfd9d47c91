import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/project-paths.js";
import { START_ARGS, STACK_LINE, firstReplyTo, startBotProcess as start, waitFor } from "./bot-process.js";
import { TEST_TOKEN, startEmulator } from "./telegram-emulator.js";

describe("npm start: configuration errors", () => {
  it("a missing BOT_TOKEN gives one clear message, no stack trace, non-zero exit", async () => {
    const child = start({});
    expect(await child.code).not.toBe(0);
    expect(child.stderr()).toMatch(/BOT_TOKEN is missing/);
    expect(child.stderr()).toMatch(/BotFather/);
    expect(child.stderr()).not.toMatch(STACK_LINE);
    expect(child.stdout()).toBe("");
  });

  it("a malformed token and a bad mode are both named, the token never printed", async () => {
    const child = start({ BOT_TOKEN: "my-secret-but-wrong", BOT_MODE: "smoke-signals" });
    expect(await child.code).not.toBe(0);
    expect(child.stderr()).toMatch(/BOT_TOKEN does not look like a bot token/);
    expect(child.stderr()).toMatch(/BOT_MODE must be polling/);
    expect(child.stderr()).not.toContain("my-secret-but-wrong");
    expect(child.stderr()).not.toMatch(STACK_LINE);
  });
});

describe("npm start itself (through npm: prestart compiles src/ to dist/ first)", () => {
  it("builds, then runs the compiled bot, which names a missing BOT_TOKEN", async () => {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!/^(BOT_|TELEGRAM_|WEBHOOK_|npm_)/.test(k)) env[k] = v;
    const run = spawnSync("npm", ["start"], { cwd: PROJECT_ROOT, env, encoding: "utf8", timeout: 120_000 });
    expect(run.status, run.stderr).not.toBe(0);
    expect(run.stderr).toMatch(/BOT_TOKEN is missing/);
    expect(run.stderr).not.toMatch(STACK_LINE);
    // npm ran the build first, and start runs what the build emits.
    expect(run.stdout).toMatch(/> [^\n]*prestart\n> npm run --silent build/);
    const entry = START_ARGS.at(-1)!;
    expect(entry).toMatch(/^dist\/.*\.js$/);
    expect(existsSync(join(PROJECT_ROOT, entry))).toBe(true);
  });
});

describe("npm start against the Bot API emulator", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator.stop();
  });

  it("serves a question over long polling, then stops on SIGTERM with exit 0", async () => {
    const child = start({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot, LOG_LEVEL: "info" });
    try {
      await waitFor(() => /"msg":"serving"/.test(child.stderr()), "the serving log line");
      // The emulator lacks setMyCommands: logged, and the bot carried on.
      expect(child.stderr()).toMatch(/decorative Bot API call failed/);
      expect(await firstReplyTo(emulator.server, 501, "互信是什么?")).toContain("<blockquote>");
      child.kill("SIGTERM");
      expect(await child.code).toBe(0);
      expect(child.stderr()).toMatch(/"msg":"stopped"/);
      expect(child.stderr()).not.toContain(TEST_TOKEN);
      expect(child.stdout()).toBe("");
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("an unreachable Bot API is named with the fix, no stack trace", async () => {
    const child = start({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: "http://127.0.0.1:9" });
    expect(await child.code).not.toBe(0);
    expect(child.stderr()).toMatch(/Could not reach the Bot API at http:\/\/127\.0\.0\.1:9/);
    expect(child.stderr()).toMatch(/TELEGRAM_API_ROOT/);
    expect(child.stderr()).not.toMatch(STACK_LINE);
    expect(child.stderr()).not.toContain(TEST_TOKEN);
  });
});
