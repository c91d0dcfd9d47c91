/**
 * Security and privacy of the bot: the token never reaches logs or output (a child process at
 * debug level, its whole output grepped); webhook mode rejects requests without the right
 * secret-token header; question text is not logged at info level (and the check can see it at
 * debug level); answering users writes nothing to disk (every file-writing function of node:fs
 * is watched while users talk to the real bot).
 */
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../src/bot.js";
import { serveWebhook } from "../src/bot-serve.js";
import { startBotHarness, type BotHarness } from "./bot-harness.js";
import { startBotProcess, waitFor } from "./bot-process.js";
import { TEST_TOKEN, botMessages, captureLogs } from "./telegram-emulator.js";

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ bot: { rateLimit: { count: 1000, windowMs: 60_000 } } });
});
afterAll(async () => {
  await h?.stop();
});

describe("the token", () => {
  it("never appears in the output of a bot run at debug level, through questions, buttons and shutdown", async () => {
    const child = startBotProcess({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: h.emulator.apiRoot, LOG_LEVEL: "debug" });
    try {
      await waitFor(() => /"msg":"serving"/.test(child.stderr()), "serving");
      const client = h.server.getClient(TEST_TOKEN, { userId: 801, chatId: 801 });
      await client.sendMessage(client.makeMessage(`互信是什么? ${TEST_TOKEN}`));
      await client.sendCallback(client.makeCallbackQuery("p:AAAAAAAA:1", { message: { message_id: 1 } }));
      await waitFor(() => botMessages(h.server, 801).length >= 2, "two replies");
      child.kill("SIGTERM");
      expect(await child.code).toBe(0);
      const everything = child.stdout() + child.stderr();
      expect(everything).toMatch(/"msg":"question"/); // debug lines were written…
      expect(everything).not.toContain(TEST_TOKEN); // …and none carries the token
      expect(everything).not.toContain(TEST_TOKEN.split(":")[1]);
    } finally {
      child.kill("SIGKILL");
    }
  });
});

describe("webhook mode", () => {
  it("rejects requests without the secret token header (or with a wrong one) and accepts the right one", async () => {
    const logs = captureLogs("info");
    const secret = "s3cret_Webhook-token";
    const app = createBot({ token: TEST_TOKEN, apiRoot: h.emulator.apiRoot, engine: h.engine, logger: logs.logger });
    const serving = await serveWebhook(app, { url: "https://bot.example.invalid/hook", port: 0, host: "127.0.0.1", secret }, logs.logger);
    try {
      const url = `http://127.0.0.1:${serving.port}/`;
      const update = (id: number) =>
        JSON.stringify({
          update_id: id,
          message: { message_id: id, date: 0, chat: { id: 802, type: "private", first_name: "W" }, from: { id: 802, is_bot: false, first_name: "W" }, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
        });
      const post = (body: string, headers: Record<string, string> = {}) =>
        fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
      const without = await post(update(1));
      const wrong = await post(update(2), { "X-Telegram-Bot-Api-Secret-Token": "guess" });
      expect(without.status).toBe(401);
      expect(wrong.status).toBe(401);
      expect(logs.handled()).toBe(0);
      expect(botMessages(h.server, 802)).toEqual([]);
      const right = await post(update(3), { "X-Telegram-Bot-Api-Secret-Token": secret });
      expect(right.status).toBe(200);
      await logs.waitHandled(1);
      expect(logs.lines.find((l) => l.msg === "update handled")?.update_id).toBe(3);
    } finally {
      await serving.stop();
      await h.emulator.server.deleteWebhook(TEST_TOKEN);
    }
  });
});

describe("privacy", () => {
  it("question text is not logged at info level (and the check would see it at debug level)", async () => {
    const question = "互信是什么?隐私标记";
    await h.user().say(question);
    expect(h.logs.raw.join("")).not.toContain("隐私标记");

    const debug = await startBotHarness({ emulator: h.emulator, engine: h.engine, logLevel: "debug" });
    try {
      await debug.user({ language: "en" }).say(question);
      expect(debug.logs.raw.join("")).toContain("隐私标记");
    } finally {
      await debug.stop();
    }
  });

  it("answering users writes nothing to disk", async () => {
    const writes: string[] = [];
    const targets = [fs, fs.promises] as unknown as Record<string, unknown>[];
    const names = ["writeFile", "writeFileSync", "appendFile", "appendFileSync", "createWriteStream", "open", "openSync", "mkdir", "mkdirSync", "rename", "renameSync", "copyFile", "copyFileSync", "rm", "rmSync", "unlink", "unlinkSync"];
    const restore: (() => void)[] = [];
    for (const target of targets) {
      for (const name of names) {
        const original = target[name];
        if (typeof original !== "function") continue;
        target[name] = function (this: unknown, ...args: unknown[]) {
          const flags = name.startsWith("open") ? String(args[1] ?? "r") : "w";
          if (flags !== "r") writes.push(`${name} ${String(args[0])}`);
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        };
        restore.push(() => (target[name] = original));
      }
    }
    syncBuiltinESMExports();
    try {
      const u = h.user({ language: "en" });
      const [answer] = await u.say("中国对中亚国家投资累计超过多少?");
      const more = answer!.reply_markup!.inline_keyboard!.flat().map((b) => b.callback_data!);
      for (const data of more) await u.press(data, answer!.message_id);
      await u.command("/toc");
      await u.say("What is mutual trust?");
      await h.user({ group: -100900 }).command("/ask 互利是什么?");
    } finally {
      for (const r of restore) r();
      syncBuiltinESMExports();
    }
    expect(writes).toEqual([]);
  });
});
