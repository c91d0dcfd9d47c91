/**
 * The Telegram bot (grammY) in front of a `StudyEngine`: conversations, buttons, inline mode,
 * rate limiting, logging and the error boundary. Knows nothing about how updates arrive
 * (see `bot-serve.ts`) or where the engine comes from (see `main-bot.ts`).
 *
 * Exports:
 * - `BotContext`: grammY context with the per-update `trace` the log line is made from.
 * - `BotOptions`, `StudyBot`.
 * - `createBot(options)` → `StudyBot`: `{ bot, registerCommands(), inFlight(), drain(),
 *   lastUpdateId() }`.
 *
 * Behaviour: in private chats any text is a question; in groups only `/ask <q>`,
 * `/ask@bot <q>`, replies to the bot and messages mentioning it are; `/start /help /about
 * /toc` everywhere; answers are paged (buttons More / Context / Sources, callback data ≤ 64
 * bytes; answers are kept in memory, and a button whose answer is gone (restart, another
 * replica) asks the question of the message it replies to again, or else gets a polite message);
 * inline mode offers up to 5 quotes.
 */
import { randomBytes } from "node:crypto";
import { Bot, Context, GrammyError, InlineKeyboard, type NextFunction } from "grammy";
import type { InlineQueryResultArticle, UserFromGetMe } from "grammy/types";
import { autoRetry } from "@grammyjs/auto-retry";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import type { Logger } from "./logger.js";
import { redactSecrets } from "./logger.js";
import {
  htmlToPlainText,
  pageRanges,
  renderAbout,
  renderAnswerPage,
  renderContext,
  renderInlineHit,
  renderNotice,
  renderSectionOpening,
  renderSources,
  renderToc,
  shorten,
} from "./render-telegram.js";
import type { Answer, Lang, SectionNode, StudyEngine } from "./types.js";
import { chooseUiLanguage } from "./ui-language.js";
import { UI_STRINGS, uiStrings, type UiStrings } from "./ui-strings.js";

/** What the log line of one update says. */
export interface Trace {
  action: string;
  lang?: Lang;
  hits?: number;
  abstained?: boolean;
  /** The engine failed on the question (an internal error, not an abstention). */
  failed?: boolean;
}
export type BotContext = Context & { trace: Trace };

/** Whether the engine failed on the question (an internal error, not an abstention). */
function failed(answer: Answer): boolean {
  return answer.notes?.includes("failed") ?? false;
}

/** Records an answer's outcome on the update's log line. */
function traceAnswer(ctx: BotContext, answer: Answer): void {
  ctx.trace.hits = answer.hits.length;
  ctx.trace.failed = failed(answer) || undefined;
  ctx.trace.abstained = !ctx.trace.failed && (!answer.answered || answer.hits.length === 0);
}

export interface BotOptions {
  token: string;
  /** Bot API root (default the official one); tests point it at an emulator. */
  apiRoot?: string;
  engine: StudyEngine;
  logger: Logger;
  /** Questions per user per window; one notice per limited window. Default 5 per 30 s. */
  rateLimit?: { count: number; windowMs: number };
  /** Hits per message (default 3) and per answer (default 6). */
  pageSize?: number;
  maxHits?: number;
  /** Answers remembered for the buttons (default 2000, oldest forgotten first). */
  answerCacheSize?: number;
  /** Skips getMe when known (tests, restarts). */
  botInfo?: UserFromGetMe;
  /**
   * Seconds one Bot API call may take before it is abandoned and retried (default 60: above the
   * 30 s long-polling wait; grammY's own default of 500 s would stall a chat that long).
   */
  apiTimeoutSeconds?: number;
}

export interface StudyBot {
  bot: Bot<BotContext>;
  /** Localized commands, descriptions: decorative, failures are logged and ignored. */
  registerCommands(): Promise<void>;
  /** Updates being handled right now. */
  inFlight(): number;
  /** Resolves when no update is being handled. */
  drain(): Promise<void>;
  /** The highest update id handled (to confirm it to Telegram on shutdown). */
  lastUpdateId(): number | undefined;
}

interface StoredAnswer {
  answer: Answer;
  lang: Lang;
  pages: [number, number][];
}

const CALLBACK = /^([pcs]):([A-Za-z0-9_-]{8}):(\d{1,3})$/;

/**
 * The question a message asks: its text without a leading `/ask` or `/ask@bot` command and
 * without mentions of the bot ("" when nothing is left).
 */
export function questionOf(text: string, botUsername: string): string {
  const mention = new RegExp(`@${botUsername}\\b`, "gi");
  return text
    .replace(/^\/ask(?:@\w+)?(?=\s|$)/i, "")
    .replace(mention, " ")
    .trim();
}
const TOC_CALLBACK = /^t:(\d{1,3}):(.{1,56})$/;
const MAX_CALLBACK_BYTES = 64;
const INLINE_RESULTS = 5;

function flatten(sections: readonly SectionNode[]): SectionNode[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

function errorInfo(err: unknown, token: string): { message: string; name?: string } {
  const e = err instanceof Error ? err : new Error(String(err));
  return { name: e.name, message: redactSecrets(e.message, [token]) };
}

export function createBot(options: BotOptions): StudyBot {
  const { engine, logger: log, token } = options;
  const pageSize = options.pageSize ?? 3;
  const maxHits = options.maxHits ?? 6;
  const cacheSize = options.answerCacheSize ?? 2000;
  const rate = options.rateLimit ?? { count: 5, windowMs: 30_000 };

  const bot = new Bot<BotContext>(token, {
    client: { ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}), timeoutSeconds: options.apiTimeoutSeconds ?? 60 },
    botInfo: options.botInfo,
  });
  // Innermost: every failed Bot API call is logged (network errors and 5xx are then retried by
  // auto-retry; decorative calls log their own failure once).
  const DECORATIVE = new Set(["sendChatAction", "setMyCommands", "setMyDescription", "setMyShortDescription"]);
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok && !DECORATIVE.has(method)) {
        log.warn({ method, error_code: result.error_code, description: result.description }, "Bot API call failed");
      }
      return result;
    } catch (err) {
      if (!signal?.aborted && !DECORATIVE.has(method)) log.warn({ method, err: errorInfo(err, token) }, "Bot API call failed");
      throw err;
    }
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));

  // --- decorative calls: may fail (an emulator lacks them); warn once per method ---
  const warned = new Set<string>();
  async function decorate(method: string, call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (err) {
      const level = warned.has(method) ? "debug" : "warn";
      warned.add(method);
      log[level]({ method, err: errorInfo(err, token) }, "decorative Bot API call failed; carrying on");
    }
  }

  // --- answers kept for the buttons ---
  const answers = new Map<string, StoredAnswer>();
  /** Keeps an answer under `key` (a new random one by default), forgetting the oldest beyond the cache size. */
  function remember(entry: StoredAnswer, key?: string): string {
    let k = key ?? randomBytes(6).toString("base64url");
    while (!key && answers.has(k)) k = randomBytes(6).toString("base64url");
    answers.set(k, entry);
    while (answers.size > cacheSize) answers.delete(answers.keys().next().value!);
    return k;
  }

  // --- in-flight accounting for graceful shutdown ---
  let inFlight = 0;
  let lastUpdateId: number | undefined;
  let idleWaiters: (() => void)[] = [];
  function settle() {
    if (inFlight === 0) {
      for (const w of idleWaiters) w();
      idleWaiters = [];
    }
  }

  function uiFor(ctx: BotContext, text?: string): UiStrings {
    const lang = chooseUiLanguage(text, ctx.from?.language_code);
    ctx.trace.lang = lang;
    return uiStrings(lang);
  }

  /** Sends HTML, replying to the asking message; falls back to plain text if Telegram cannot parse it. */
  async function send(ctx: BotContext, html: string, keyboard?: InlineKeyboard, replyTo?: number): Promise<void> {
    const target = replyTo ?? ctx.msg?.message_id;
    const base = {
      ...(target !== undefined ? { reply_parameters: { message_id: target, allow_sending_without_reply: true } } : {}),
      ...(keyboard ? { reply_markup: keyboard } : {}),
      link_preview_options: { is_disabled: true },
    };
    try {
      await ctx.reply(html, { ...base, parse_mode: "HTML" });
    } catch (err) {
      if (!(err instanceof GrammyError && /can't parse entities/i.test(err.description))) throw err;
      log.warn({ err: errorInfo(err, token) }, "HTML rejected; sending plain text");
      await ctx.reply(htmlToPlainText(html), base);
    }
  }

  async function sendAll(ctx: BotContext, messages: string[], keyboard?: InlineKeyboard, replyTo?: number): Promise<void> {
    for (const [i, html] of messages.entries()) {
      await send(ctx, html, i === messages.length - 1 ? keyboard : undefined, replyTo);
    }
  }

  async function edit(ctx: BotContext, html: string, keyboard?: InlineKeyboard): Promise<void> {
    const extra = { ...(keyboard ? { reply_markup: keyboard } : {}), link_preview_options: { is_disabled: true } };
    try {
      await ctx.editMessageText(html, { ...extra, parse_mode: "HTML" });
    } catch (err) {
      if (err instanceof GrammyError && /message is not modified/i.test(err.description)) return;
      if (!(err instanceof GrammyError && /can't parse entities/i.test(err.description))) throw err;
      log.warn({ err: errorInfo(err, token) }, "HTML rejected; editing with plain text");
      await ctx.editMessageText(htmlToPlainText(html), extra);
    }
  }

  function answerKeyboard(key: string, entry: StoredAnswer, page: number, ui: UiStrings): InlineKeyboard {
    const kb = new InlineKeyboard();
    if (page + 1 < entry.pages.length) kb.text(ui.buttonMore, `p:${key}:${page + 1}`);
    kb.text(ui.buttonContext, `c:${key}:${page}`);
    kb.text(ui.buttonSources, `s:${key}:${page}`);
    return kb;
  }

  /**
   * After a restart (or on another replica) the answer behind a button is not in memory; the
   * answer message replies to the asking message, so the question is asked again (answers are
   * deterministic) and kept under the button's key. Undefined when the question is not there.
   */
  async function recoverAnswer(ctx: BotContext, key: string): Promise<StoredAnswer | undefined> {
    const asked = ctx.callbackQuery?.message?.reply_to_message;
    const question = asked?.text ? questionOf(asked.text, ctx.me.username) : "";
    if (question === "" || question.startsWith("/")) return undefined;
    const lang = chooseUiLanguage(question, ctx.from?.language_code);
    const answer = await engine.ask(question, { languageHint: ctx.from?.language_code, maxHits });
    // A fault is not an expired button: the error boundary says something went wrong.
    if (failed(answer)) throw new Error("the engine failed to answer the question again");
    if (!answer.answered || answer.hits.length === 0) return undefined;
    const entry: StoredAnswer = { answer, lang, pages: pageRanges(answer.hits, pageSize) };
    remember(entry, key);
    ctx.trace.action = "button:recovered";
    return entry;
  }

  // --- the question path ---
  async function answerQuestion(ctx: BotContext, question: string): Promise<void> {
    const ui = uiFor(ctx, question);
    const lang = ctx.trace.lang!;
    ctx.trace.action = "question";
    log.debug({ update_id: ctx.update.update_id, question }, "question");
    void decorate("sendChatAction", () => ctx.replyWithChatAction("typing"));
    const answer = await engine.ask(question, { languageHint: ctx.from?.language_code, maxHits });
    traceAnswer(ctx, answer);
    if (!answer.answered || answer.hits.length === 0) {
      await sendAll(ctx, renderAnswerPage(answer, ui, 0, 0));
      return;
    }
    const entry: StoredAnswer = { answer, lang, pages: pageRanges(answer.hits, pageSize) };
    const key = remember(entry);
    const [start, end] = entry.pages[0]!;
    await sendAll(ctx, renderAnswerPage(answer, ui, start, end), answerKeyboard(key, entry, 0, ui));
  }

  const limiter = limit<BotContext, never>({
    timeFrame: rate.windowMs,
    limit: rate.count,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      ctx.trace.action = "rate-limited";
      const ui = uiFor(ctx, ctx.msg?.text ?? ctx.inlineQuery?.query);
      const seconds = Math.ceil(rate.windowMs / 1000);
      try {
        if (ctx.inlineQuery) {
          await ctx.answerInlineQuery([], { cache_time: 0, button: { text: ui.rateLimited(seconds), start_parameter: "help" } });
        } else if (ctx.chat) {
          await send(ctx, renderNotice(ui.rateLimited(seconds)));
        }
      } catch (err) {
        log.warn({ err: errorInfo(err, token) }, "could not send the rate-limit notice");
      }
    },
  });
  // Later messages in a limited window are dropped silently: mark them for the log.
  const limited = async (ctx: BotContext, next: NextFunction) => {
    ctx.trace.action = "rate-limited";
    await limiter(ctx, next);
  };

  // --- middleware: log line, error boundary, in-flight count (outermost) ---
  bot.use(async (ctx, next) => {
    const started = performance.now();
    ctx.trace = { action: "ignored" };
    inFlight++;
    try {
      await next();
    } catch (err) {
      ctx.trace.action = `${ctx.trace.action}:failed`;
      log.error({ update_id: ctx.update.update_id, err: errorInfo(err, token) }, "update failed");
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      if (ctx.chat) {
        const ui = uiStrings(ctx.trace.lang ?? chooseUiLanguage(undefined, ctx.from?.language_code));
        await send(ctx, renderNotice(ui.error)).catch((e) => log.warn({ err: errorInfo(e, token) }, "could not send the error notice"));
      }
    } finally {
      inFlight--;
      lastUpdateId = Math.max(lastUpdateId ?? 0, ctx.update.update_id);
      log.info(
        {
          update_id: ctx.update.update_id,
          chat_type: ctx.chat?.type ?? (ctx.inlineQuery ? "inline" : undefined),
          action: ctx.trace.action,
          lang: ctx.trace.lang,
          latency_ms: Math.round(performance.now() - started),
          hits: ctx.trace.hits,
          abstained: ctx.trace.abstained,
          failed: ctx.trace.failed,
        },
        "update handled",
      );
      settle();
    }
  });
  // Updates of one chat are handled in order (the runner handles chats concurrently).
  bot.use(sequentialize((ctx: Context) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));

  // --- commands (all chats) ---
  bot.command("start", async (ctx) => {
    ctx.trace.action = "command:start";
    const ui = uiFor(ctx);
    await send(ctx, renderNotice(ui.start(ui.exampleQuestion)));
  });
  bot.command("help", async (ctx) => {
    ctx.trace.action = "command:help";
    await send(ctx, renderNotice(uiFor(ctx).help));
  });
  bot.command("about", async (ctx) => {
    ctx.trace.action = "command:about";
    const ui = uiFor(ctx);
    for (const doc of engine.documents) await sendAll(ctx, renderAbout(doc, ui));
  });
  bot.command("toc", async (ctx) => {
    ctx.trace.action = "command:toc";
    const ui = uiFor(ctx);
    const kb = new InlineKeyboard();
    let count = 0;
    engine.documents.forEach((doc, di) => {
      for (const s of flatten(doc.sections)) {
        const data = `t:${di}:${s.id}`;
        if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) continue;
        const label = s.level > 1 ? `  ${s.title}` : s.title;
        kb.text(shorten(label, 60), data).row();
        count++;
      }
    });
    await send(ctx, renderToc(ui, count === 0), count > 0 ? kb : undefined);
  });
  bot.command("ask", limited, async (ctx) => {
    const question = questionOf(ctx.match, ctx.me.username);
    if (question === "") {
      ctx.trace.action = "usage";
      await send(ctx, renderNotice(uiFor(ctx).askUsage(ctx.me.username)));
      return;
    }
    await answerQuestion(ctx, question);
  });

  // --- private chats: any text is a question ---
  const priv = bot.chatType("private");
  priv.on("message:text", async (ctx, next) => {
    if (ctx.msg.text.startsWith("/")) {
      ctx.trace.action = "unknown-command";
      await send(ctx, renderNotice(uiFor(ctx).help));
      return;
    }
    await limited(ctx, next);
  }, async (ctx) => answerQuestion(ctx, ctx.msg.text));
  priv.on("message", async (ctx) => {
    ctx.trace.action = "not-text";
    await send(ctx, renderNotice(uiFor(ctx).notText));
  });

  // --- groups: replies to the bot and mentions of it; everything else is ignored ---
  const groups = bot.chatType(["group", "supergroup"]);
  groups.on("message:text").filter(
    (ctx) => {
      if (ctx.from?.is_bot) return false;
      const mention = new RegExp(`@${ctx.me.username}\\b`, "i");
      return ctx.msg.reply_to_message?.from?.id === ctx.me.id || mention.test(ctx.msg.text);
    },
    limited,
    async (ctx) => {
      const question = questionOf(ctx.msg.text, ctx.me.username);
      if (question === "") {
        ctx.trace.action = "usage";
        await send(ctx, renderNotice(uiFor(ctx).askUsage(ctx.me.username)));
        return;
      }
      await answerQuestion(ctx, question);
    },
  );

  // --- buttons ---
  bot.on("callback_query:data", async (ctx) => {
    let answered = false;
    const answerCallback = async (text?: string) => {
      answered = true;
      await ctx.answerCallbackQuery(text ? { text } : undefined).catch((err) =>
        log.warn({ err: errorInfo(err, token) }, "answerCallbackQuery failed"),
      );
    };
    try {
      const data = ctx.callbackQuery.data;
      const messageId = ctx.callbackQuery.message?.message_id;
      const m = CALLBACK.exec(data);
      const entry = m ? (answers.get(m[2]!) ?? (await recoverAnswer(ctx, m[2]!))) : undefined;
      const page = m ? Number(m[3]) : 0;
      if (m && entry && page < entry.pages.length) {
        const ui = uiStrings(entry.lang);
        ctx.trace.lang = entry.lang;
        const [start, end] = entry.pages[page]!;
        ctx.trace.hits = end - start;
        await answerCallback();
        if (m[1] === "p") {
          ctx.trace.action = "button:more";
          const [first, ...rest] = renderAnswerPage(entry.answer, ui, start, end);
          await edit(ctx, first!, answerKeyboard(m[2]!, entry, page, ui));
          if (rest.length > 0) await sendAll(ctx, rest, undefined, messageId);
        } else if (m[1] === "c") {
          ctx.trace.action = "button:context";
          await sendAll(ctx, renderContext(entry.answer.hits.slice(start, end), ui), undefined, messageId);
        } else {
          ctx.trace.action = "button:sources";
          await sendAll(ctx, renderSources(entry.answer.hits, ui), undefined, messageId);
        }
        return;
      }
      const t = TOC_CALLBACK.exec(data);
      const doc = t ? engine.documents[Number(t[1])] : undefined;
      const section = doc && t ? flatten(doc.sections).find((s) => s.id === t[2]) : undefined;
      if (doc && section) {
        ctx.trace.action = "button:toc";
        const ui = uiFor(ctx);
        await answerCallback();
        const sentences = engine.sectionOpening(doc.id, section.id, 3);
        await sendAll(ctx, renderSectionOpening(section.path, sentences, ui), undefined, messageId);
        return;
      }
      ctx.trace.action = "button:stale";
      const ui = uiFor(ctx);
      await answerCallback(ui.staleToast);
      if (ctx.chat) await send(ctx, renderNotice(ui.stale), undefined, messageId);
    } finally {
      if (!answered) await answerCallback();
    }
  });

  // --- inline mode: up to 5 quotes ---
  bot.on("inline_query", limited, async (ctx) => {
    ctx.trace.action = "inline";
    const query = ctx.inlineQuery.query.trim();
    const ui = uiFor(ctx, query);
    if (query === "") {
      await ctx.answerInlineQuery([], { cache_time: 0, button: { text: ui.inlineHint, start_parameter: "help" } });
      return;
    }
    log.debug({ update_id: ctx.update.update_id, question: query }, "inline question");
    const answer = await engine.ask(query, { languageHint: ctx.from?.language_code, maxHits: INLINE_RESULTS });
    traceAnswer(ctx, answer);
    const results: InlineQueryResultArticle[] = !answer.answered
      ? []
      : answer.hits.slice(0, INLINE_RESULTS).map((hit, i) => ({
          type: "article",
          id: `q${i}`,
          title: shorten(hit.quote, 80),
          description: hit.section,
          input_message_content: {
            message_text: renderInlineHit(hit),
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
          },
        }));
    // A failure is neither cached nor shown as "no matching sentence".
    await ctx.answerInlineQuery(results, {
      cache_time: ctx.trace.failed ? 0 : 300,
      ...(results.length === 0
        ? { button: { text: ctx.trace.failed ? ui.error : ui.inlineNoResults, start_parameter: "help" } }
        : {}),
    });
  });

  // Anything that escapes the boundary above (it should not): log and keep serving.
  bot.catch((err) => {
    log.error({ update_id: err.ctx?.update.update_id, err: errorInfo(err.error, token) }, "unhandled bot error");
  });

  async function registerCommands(): Promise<void> {
    for (const lang of [undefined, ...Object.keys(UI_STRINGS)] as (Lang | undefined)[]) {
      const ui = uiStrings(lang ?? "en");
      const other = lang ? { language_code: lang } : {};
      const c = ui.commands;
      await decorate("setMyCommands", () =>
        bot.api.setMyCommands(
          [
            { command: "ask", description: c.ask },
            { command: "toc", description: c.toc },
            { command: "about", description: c.about },
            { command: "help", description: c.help },
            { command: "start", description: c.start },
          ],
          other,
        ),
      );
      await decorate("setMyDescription", () => bot.api.setMyDescription(ui.description, other));
      await decorate("setMyShortDescription", () => bot.api.setMyShortDescription(ui.shortDescription, other));
    }
  }

  return {
    bot,
    registerCommands,
    inFlight: () => inFlight,
    drain: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve))),
    lastUpdateId: () => lastUpdateId,
  };
}
