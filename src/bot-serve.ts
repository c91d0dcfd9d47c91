/**
 * How updates reach the bot: long polling with @grammyjs/runner (the default) or a webhook
 * HTTP server (several stateless replicas behind a load balancer), both with a graceful stop.
 *
 * Exports:
 * - `Serving`: `{ mode, stop() }`; `stop()` stops taking updates, waits for the ones in hand,
 *   confirms them to Telegram (polling), and resolves.
 * - `servePolling(app, logger)` → `Promise<Serving>`.
 * - `serveWebhook(app, { url, port, secret, host? }, logger)` → `Promise<Serving>`: an HTTP
 *   server on `port` that accepts only requests carrying `X-Telegram-Bot-Api-Secret-Token`
 *   (grammY's `webhookCallback`), registered with `setWebhook`.
 */
import { createServer } from "node:http";
import { run } from "@grammyjs/runner";
import { webhookCallback } from "grammy";
import type { StudyBot } from "./bot.js";
import type { Logger } from "./logger.js";

export interface Serving {
  mode: "polling" | "webhook";
  /** For webhook mode: the port actually listened on. */
  port?: number;
  stop(): Promise<void>;
}

const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

export async function servePolling(app: StudyBot, log: Logger): Promise<Serving> {
  const { bot } = app;
  // A webhook left over from an earlier deployment would make getUpdates fail with 409.
  await bot.api.deleteWebhook().catch((err: unknown) => log.warn({ err: String(err) }, "deleteWebhook failed; carrying on"));
  const runner = run(bot, {
    runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true },
  });
  log.info({ mode: "polling" }, "taking updates");
  let stopping: Promise<void> | undefined;
  return {
    mode: "polling",
    stop() {
      stopping ??= (async () => {
        if (runner.isRunning()) await runner.stop();
        log.info({ in_flight: app.inFlight() }, "stopped taking updates; finishing the ones in hand");
        await app.drain();
        const last = app.lastUpdateId();
        if (last !== undefined) {
          // Confirm what was handled so a restart does not see it again.
          await bot.api
            .getUpdates({ offset: last + 1, limit: 1, timeout: 0 })
            .catch((err: unknown) => log.warn({ err: String(err) }, "could not confirm handled updates"));
        }
      })();
      return stopping;
    },
  };
}

export interface WebhookSettings {
  url: string;
  port: number;
  secret: string;
  host?: string;
}

export async function serveWebhook(app: StudyBot, settings: WebhookSettings, log: Logger): Promise<Serving> {
  const { bot } = app;
  const handle = webhookCallback(bot, "http", {
    secretToken: settings.secret,
    onTimeout: "return",
    timeoutMilliseconds: 55_000,
  });
  let accepting = true;
  const server = createServer((req, res) => {
    if (!accepting) {
      res.writeHead(503).end();
      return;
    }
    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      log.error({ err: String(err) }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host ?? "0.0.0.0", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : settings.port;
  await bot.api.setWebhook(settings.url, { secret_token: settings.secret, allowed_updates: [...ALLOWED_UPDATES] });
  log.info({ mode: "webhook", port }, "taking updates");
  let stopping: Promise<void> | undefined;
  return {
    mode: "webhook",
    port,
    stop() {
      stopping ??= (async () => {
        accepting = false;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        log.info({ in_flight: app.inFlight() }, "stopped taking updates; finishing the ones in hand");
        await app.drain();
        server.closeIdleConnections();
        await closed;
      })();
      return stopping;
    },
  };
}
