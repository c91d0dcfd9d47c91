/**
 * `npm start`: runs the Telegram bot. A thin adapter: configuration (config.ts) → logger →
 * engine (model and index ready, rebuilt if stale) → getMe → localized commands → serving
 * (long polling by default, or webhook) until SIGINT/SIGTERM, then a graceful stop and exit 0.
 * Start-up failures print one clear message naming the problem and the fix, and exit non-zero.
 *
 * Exports nothing; run it.
 */
import { Api, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createBot } from "./bot.js";
import { serveWebhook, servePolling, type Serving } from "./bot-serve.js";
import { ConfigError, loadConfig, type BotConfig } from "./config.js";
import { createEngine } from "./engine.js";
import { createLogger, redactSecrets, type Logger } from "./logger.js";
import type { StudyEngine } from "./types.js";

/** A start-up failure with the message users see. */
class StartupError extends Error {}

function fail(message: string, code: number, secrets: string[] = []): never {
  process.stderr.write(`${redactSecrets(message, secrets)}\n`);
  process.exit(code);
}

function explainTelegram(err: unknown, config: BotConfig): string {
  const root = config.apiRoot ?? "https://api.telegram.org";
  if (err instanceof GrammyError && err.error_code === 401) {
    return "Telegram rejected BOT_TOKEN (401 Unauthorized). Fix: copy the token again from @BotFather (/token) and set BOT_TOKEN.";
  }
  if (err instanceof GrammyError && err.error_code === 404) {
    return `The Bot API at ${root} does not know this bot (404). Fix: check BOT_TOKEN and TELEGRAM_API_ROOT.`;
  }
  if (err instanceof HttpError) {
    return `Could not reach the Bot API at ${root} (${err.message}). Fix: check the network, or TELEGRAM_API_ROOT if you use your own Bot API server.`;
  }
  return `The Bot API at ${root} refused to start the bot: ${err instanceof Error ? err.message : String(err)}`;
}

async function main(): Promise<void> {
  let config: BotConfig;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(`${err.message}\nSee README.md, "Running the bot".`, 2);
    throw err;
  }
  const secrets = [config.token, ...(config.webhook ? [config.webhook.secret] : [])];
  const log: Logger = createLogger({ level: config.logLevel, secrets });

  let engine: StudyEngine | undefined;
  let serving: Serving | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      log.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, "shutting down");
    try {
      await serving?.stop();
      await engine?.close();
    } catch (err) {
      log.error({ err: { message: redactSecrets(String(err), secrets) } }, "error while shutting down");
    }
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("unhandledRejection", (reason) => {
    log.error({ err: { message: redactSecrets(String(reason), secrets) } }, "unhandled rejection; still serving");
  });

  try {
    engine = await createEngine({ ...config.engine, logger: log });
  } catch (err) {
    throw new StartupError(
      `Could not prepare the model and the index: ${err instanceof Error ? err.message : String(err)}\n` +
        "Fix: check MODELS_DIR, INDEX_DIR and CORPUS_DIR (or leave them unset), or run `npm run fetch:model` and `npm run build:index`.",
    );
  }
  if (stopping) return;

  // getMe once, without the bot's automatic retries, so that a wrong token or API root fails now.
  let botInfo: UserFromGetMe;
  try {
    botInfo = await new Api(config.token, config.apiRoot ? { apiRoot: config.apiRoot } : {}).getMe();
  } catch (err) {
    throw new StartupError(explainTelegram(err, config));
  }
  const app = createBot({
    token: config.token,
    apiRoot: config.apiRoot,
    engine,
    logger: log,
    rateLimit: config.rateLimit,
    botInfo,
  });
  await app.registerCommands();
  if (stopping) return;

  try {
    serving = config.webhook ? await serveWebhook(app, config.webhook, log) : await servePolling(app, log);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new StartupError(
      config.webhook && /EADDRINUSE|EACCES/.test(message)
        ? `Could not listen on PORT=${config.webhook.port} (${message}). Fix: choose a free PORT.`
        : config.webhook
          ? `Could not register the webhook ${config.webhook.url}: ${message}. Fix: check WEBHOOK_URL (public https) and WEBHOOK_SECRET.`
          : explainTelegram(err, config),
    );
  }
  log.info({ mode: serving.mode, username: app.bot.botInfo.username }, "serving");
}

main().catch((err: unknown) => {
  if (err instanceof StartupError) fail(`Start-up failed: ${err.message}`, 1);
  fail(`Start-up failed: ${err instanceof Error ? err.message : String(err)}`, 1);
});
