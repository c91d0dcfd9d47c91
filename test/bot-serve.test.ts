/**
 * Serving the real bot (real engine, real index) to the Bot API emulator: graceful stop of long
 * polling with an update in flight, and the webhook server's secret-token check.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../src/bot.js";
import { servePolling, serveWebhook } from "../src/bot-serve.js";
import { createEngine } from "../src/engine.js";
import type { StudyEngine } from "../src/types.js";
import { TEST_TOKEN, botMessages, captureLogs, emulateLongPolling, startEmulator } from "./telegram-emulator.js";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let engine: StudyEngine;
const logs = captureLogs("info");

beforeAll(async () => {
  emulator = await startEmulator();
  engine = await createEngine({ logger: logs.logger });
});
afterAll(async () => {
  await engine?.close();
  await emulator?.stop();
});

describe("long polling", () => {
  it("on stop: takes no new updates, finishes the one in hand, then resolves", async () => {
    // The real engine, with a gate in front of ask() so the test controls when the update is in flight.
    let entered!: () => void;
    const inAsk = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const gated: StudyEngine = Object.assign(Object.create(engine) as StudyEngine, {
      documents: engine.documents,
      ask: async (...args: Parameters<StudyEngine["ask"]>) => {
        entered();
        await gate;
        return engine.ask(...args);
      },
    });
    const app = createBot({ token: TEST_TOKEN, apiRoot: emulator.apiRoot, engine: gated, logger: logs.logger });
    emulateLongPolling(app.bot);
    const serving = await servePolling(app, logs.logger);
    const client = emulator.server.getClient(TEST_TOKEN, { userId: 71, chatId: 71 });

    await client.sendMessage(client.makeMessage("互信是什么?"));
    await inAsk;
    expect(app.inFlight()).toBe(1);
    let stopped = false;
    const stopping = serving.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(stopped).toBe(false); // still waiting for the update in hand
    expect(botMessages(emulator.server, 71)).toEqual([]);

    release();
    await stopping;
    expect(app.inFlight()).toBe(0);
    const replies = botMessages(emulator.server, 71);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain("<blockquote>");

    // After the stop nothing fetches updates any more: a new message stays unread.
    await client.sendMessage(client.makeMessage("互利是什么?"));
    await new Promise((r) => setTimeout(r, 300));
    const pending = emulator.server.storage.userMessages.filter((u) => "message" in u && u.message.text === "互利是什么?");
    expect(pending).toHaveLength(1);
    expect(pending[0]!.isRead).toBe(false);
  });
});

function post(port: number, body: unknown, secret?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(data),
          ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

describe("webhook", () => {
  it("registers itself, answers updates carrying the secret, refuses the others", async () => {
    const app = createBot({ token: TEST_TOKEN, apiRoot: emulator.apiRoot, engine, logger: logs.logger });
    await app.bot.init();
    const serving = await serveWebhook(
      app,
      { url: "https://bot.example.org/hook", port: 0, secret: "right_secret", host: "127.0.0.1" },
      logs.logger,
    );
    try {
      // The emulator keeps registered webhooks in a private field.
      const webhooks = (emulator.server as unknown as { webhooks: Record<string, { url: string }> }).webhooks;
      expect(webhooks[TEST_TOKEN]?.url).toBe("https://bot.example.org/hook");
      const update = (id: number, text: string) => ({
        update_id: id,
        message: {
          message_id: id,
          date: 0,
          chat: { id: 72, type: "private", first_name: "W" },
          from: { id: 72, is_bot: false, first_name: "W" },
          text,
        },
      });
      expect(await post(serving.port!, update(5001, "互信是什么?"))).toBe(401);
      expect(await post(serving.port!, update(5002, "互信是什么?"), "wrong_secret")).toBe(401);
      expect(botMessages(emulator.server, 72)).toEqual([]);
      expect(await post(serving.port!, update(5003, "互信是什么?"), "right_secret")).toBe(200);
      const replies = botMessages(emulator.server, 72);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.text).toContain("<blockquote>");
    } finally {
      await serving.stop();
      await app.bot.api.deleteWebhook();
    }
  });
});
