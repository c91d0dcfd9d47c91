/**
 * Bot API faults: a small fault-injecting HTTP proxy sits between the real bot (real engine) and
 * the Bot API emulator on loopback. It forwards every call, except those a rule picks, which get
 * Telegram's failure instead: 429 with retry_after, 500, a 502 HTML page from the front proxy,
 * a connection reset, no answer at all (timeout), "Bad Request: can't parse entities", or (for
 * getUpdates) an answer lost after the updates were taken.
 *
 * The proxy also gives getUpdates Telegram's offset semantics, which the emulator lacks (it
 * forgets an update once delivered): updates are kept until a later call's `offset` confirms them.
 * That is what makes "no loss across broken polling" and "no repeat across a restart" testable.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot.js";
import { servePolling } from "../src/bot-serve.js";
import { htmlToPlainText } from "../src/render-telegram.js";
import { startBotHarness, chatUser, type BotHarness, type ChatUser } from "./bot-harness.js";
import { TEST_TOKEN, botMessages, emulateLongPolling, startEmulator, type SentMessage } from "./telegram-emulator.js";

type Fault = "429" | "500" | "502" | "reset" | "timeout" | "cant-parse" | "lose-answer";

interface Rule {
  method: string;
  fault: Fault;
  times: number;
  /** Which calls the rule hits (for getUpdates: `updates` is what would be delivered). */
  when?: (payload: Record<string, unknown>, updates?: Update[]) => boolean;
}

class FaultProxy {
  rules: Rule[] = [];
  readonly injected: Record<string, number> = {};
  /** Every call as received: method and payload. */
  readonly calls: { method: string; payload: Record<string, unknown> }[] = [];
  private pending: Update[] = [];
  private held: ServerResponse[] = [];
  private server?: Server;
  apiRoot = "";

  constructor(private readonly upstream: string) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", () => resolve()));
    const address = this.server.address();
    this.apiRoot = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  }

  async stop(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  injectedTotal(): number {
    return Object.values(this.injected).reduce((a, b) => a + b, 0);
  }

  /** Updates not yet confirmed by an offset. */
  unconfirmed(): number {
    return this.pending.length;
  }

  private take(method: string, payload: Record<string, unknown>, updates?: Update[]): Fault | undefined {
    const rule = this.rules.find((r) => r.times > 0 && r.method === method && (r.when?.(payload, updates) ?? true));
    if (!rule) return undefined;
    rule.times--;
    this.injected[rule.fault] = (this.injected[rule.fault] ?? 0) + 1;
    return rule.fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const payload = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
    const method = (req.url ?? "").split("/").pop()!;
    this.calls.push({ method, payload });
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(data));
    };
    let result: unknown;
    let updates: Update[] | undefined;
    if (method === "getUpdates") {
      // Telegram's semantics: take new updates, forget the confirmed ones, deliver the rest.
      const fresh = (await this.forward(req.url!, "{}")) as { result: Update[] };
      this.pending.push(...fresh.result);
      const offset = Number(payload.offset ?? 0);
      this.pending = this.pending.filter((u) => u.update_id >= offset);
      updates = this.pending.slice(0, Number(payload.limit ?? 100));
    }
    const fault = this.take(method, payload, updates);
    switch (fault) {
      case "429":
        return json(429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
      case "500":
        return json(500, { ok: false, error_code: 500, description: "Internal Server Error" });
      case "502":
        res.writeHead(502, { "content-type": "text/html" }).end("<html><body><h1>502 Bad Gateway</h1></body></html>");
        return;
      case "reset":
      case "lose-answer":
        req.socket.destroy();
        return;
      case "timeout":
        this.held.push(res);
        return;
      case "cant-parse":
        return json(400, { ok: false, error_code: 400, description: "Bad Request: can't parse entities: Unsupported start tag \"q\" at byte offset 3" });
    }
    if (updates) {
      if (updates.length === 0) await new Promise((r) => setTimeout(r, 50));
      return json(200, { ok: true, result: updates });
    }
    result = await this.forward(req.url!, body);
    json(200, result);
  }

  private async forward(path: string, body: string): Promise<unknown> {
    const res = await fetch(`${this.upstream}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });
    return res.json();
  }
}

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let proxy: FaultProxy;
let h: BotHarness;
const survived: Record<string, number> = {};

beforeAll(async () => {
  emulator = await startEmulator();
  proxy = new FaultProxy(emulator.apiRoot);
  await proxy.start();
  h = await startBotHarness({
    emulator,
    apiRoot: proxy.apiRoot,
    emulateLongPolling: false, // the proxy waits on empty answers itself
    bot: { rateLimit: { count: 1000, windowMs: 60_000 }, apiTimeoutSeconds: 2 },
  });
});
afterAll(async () => {
  await h?.stop();
  await proxy?.stop();
  await emulator?.stop();
  console.log(`faults injected: ${JSON.stringify(proxy?.injected)}; survived: ${JSON.stringify(survived)}`);
});

/** Sends a question without waiting; the caller waits for the handled count. */
function ask(u: ChatUser, text: string): Promise<unknown> {
  return u.client.sendMessage(u.client.makeMessage(text, { from: { language_code: "zh-hans" } }));
}
const forChat = (u: ChatUser) => (p: Record<string, unknown>) => Number(p.chat_id) === u.chatId;
/** Messages whose reply target is a given question (one answer = one message here). */
const repliesTo = (u: ChatUser) => botMessages(h.server, u.chatId).filter((m) => m.reply_parameters?.message_id !== undefined);

describe("Bot API faults while sending", () => {
  it("429, 500, 502, reset and timeout are retried and the answer is delivered exactly once; broken HTML falls back to plain text", async () => {
    const faults: Fault[] = ["429", "500", "502", "reset", "timeout", "cant-parse"];
    const users = faults.map(() => h.user());
    faults.forEach((fault, i) => proxy.rules.push({ method: "sendMessage", fault, times: 1, when: forChat(users[i]!) }));
    const handled = h.logs.handled();
    await Promise.all(users.map((u) => ask(u, "互信是什么?")));
    await h.logs.waitHandled(handled + users.length);

    faults.forEach((fault, i) => {
      const u = users[i]!;
      const sent = repliesTo(u);
      expect(sent, fault).toHaveLength(1);
      expect(sent[0]!.reply_parameters!.message_id).toBe(u.lastMessageId());
      const attempts = proxy.calls.filter((c) => c.method === "sendMessage" && forChat(u)(c.payload));
      expect(attempts, fault).toHaveLength(2); // the failed one and the one that went through
      if (fault === "cant-parse") {
        expect(sent[0]!.parse_mode).toBeUndefined();
        expect(sent[0]!.text).not.toMatch(/<\/?(b|i|blockquote|a)\b/);
        expect(sent[0]!.text).toBe(htmlToPlainText(String(attempts[0]!.payload.text)));
      } else {
        expect(sent[0]!.parse_mode).toBe("HTML");
        expect(sent[0]!.text).toBe(attempts[0]!.payload.text);
      }
      survived[fault] = (survived[fault] ?? 0) + 1;
    });
    expect(proxy.rules.every((r) => r.times === 0)).toBe(true);
    // The bot keeps serving those chats.
    const again = await users[0]!.say("互利是什么?");
    expect(again).toHaveLength(1);
  });
});

describe("Bot API faults while polling", () => {
  it("when long polling breaks for a while, it resumes without losing or repeating updates", async () => {
    const users = Array.from({ length: 5 }, () => h.user());
    const waiting = (_p: Record<string, unknown>, updates?: Update[]) => (updates?.length ?? 0) > 0;
    // The answer carrying the updates is lost (taken, never delivered), then a 502 page.
    proxy.rules.push({ method: "getUpdates", fault: "lose-answer", times: 1, when: waiting });
    proxy.rules.push({ method: "getUpdates", fault: "502", times: 1, when: waiting });
    const before = proxy.injectedTotal();
    const handled = h.logs.handled();
    for (const u of users) await ask(u, "互助是什么?");
    await h.logs.waitHandled(handled + users.length);
    expect(proxy.injectedTotal() - before).toBe(2);
    for (const u of users) expect(repliesTo(u)).toHaveLength(1);
    survived["lose-answer"] = 1;
    survived["502"] = (survived["502"] ?? 0) + 1;
    // Nothing more arrives later either (no repeat once polling is back).
    const polls = proxy.calls.filter((c) => c.method === "getUpdates").length;
    while (proxy.calls.filter((c) => c.method === "getUpdates").length < polls + 3) await new Promise((r) => setTimeout(r, 50));
    expect(h.logs.handled()).toBe(handled + users.length);
    for (const u of users) expect(repliesTo(u)).toHaveLength(1);
  });

  it("never answers the same update twice across a restart (handled updates are confirmed on stop)", async () => {
    const users = Array.from({ length: 3 }, () => h.user());
    const handled = h.logs.handled();
    for (const u of users) await ask(u, "共同现代化是什么?");
    await h.logs.waitHandled(handled + users.length);
    await h.serving.stop();
    expect(proxy.unconfirmed()).toBe(0);

    // A second process of the bot: same emulator, same proxy, new runner starting from offset 0.
    const second = createBot({ token: TEST_TOKEN, apiRoot: proxy.apiRoot, engine: h.engine, logger: h.logs.logger, apiTimeoutSeconds: 2 });
    emulateLongPolling(second.bot);
    const serving = await servePolling(second, h.logs.logger);
    try {
      const polls = proxy.calls.filter((c) => c.method === "getUpdates").length;
      while (proxy.calls.filter((c) => c.method === "getUpdates").length < polls + 3) await new Promise((r) => setTimeout(r, 50));
      expect(h.logs.handled()).toBe(handled + users.length);
      for (const u of users) expect(repliesTo(u)).toHaveLength(1);
      // …and it answers what comes next.
      const fresh = chatUser(h.server, h.logs, { userId: 7_000 });
      const sent = await fresh.say("互尊是什么?");
      expect(sent).toHaveLength(1);
      for (const u of users) expect(repliesTo(u)).toHaveLength(1);
    } finally {
      await serving.stop();
    }
  });
});

describe("no failure escaped", () => {
  it("every update was handled without the error boundary", () => {
    const lines = h.logs.lines.filter((l) => l.msg === "update handled");
    expect(lines.filter((l) => String(l.action).endsWith(":failed"))).toEqual([]);
    const sent: SentMessage[] = botMessages(h.server);
    expect(sent.length).toBeGreaterThan(10);
  });
});
