/**
 * The bot's configuration, read from the environment and validated with zod.
 *
 * Exports:
 * - `BotConfig`: the validated settings.
 * - `ConfigError`: thrown by `loadConfig`; `problems` holds one clear line per bad or missing
 *   value (never the value itself, so the token is never printed).
 * - `loadConfig(env)` → `BotConfig` (throws `ConfigError`).
 *
 * Variables: BOT_TOKEN (required), TELEGRAM_API_ROOT, LOG_LEVEL, BOT_MODE (polling | webhook),
 * WEBHOOK_URL, PORT, WEBHOOK_SECRET (webhook mode), EMBED_MODEL, MODELS_DIR, INDEX_DIR,
 * CORPUS_DIR (passed to the engine), RATE_LIMIT_COUNT and RATE_LIMIT_WINDOW_SECONDS
 * (questions per user per window).
 */
import { z } from "zod";

const TOKEN_FORMAT = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;
const SECRET_FORMAT = /^[A-Za-z0-9_-]{1,256}$/;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Empty strings count as unset, so `FOO= npm start` behaves like not setting FOO. */
const optionalText = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().optional());

function intInRange(name: string, min: number, max: number, fallback: number) {
  return z.preprocess(
    (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? fallback : Number(v)),
    z
      .number({ invalid_type_error: `${name} must be a whole number from ${min} to ${max}` })
      .int(`${name} must be a whole number from ${min} to ${max}`)
      .min(min, `${name} must be a whole number from ${min} to ${max}`)
      .max(max, `${name} must be a whole number from ${min} to ${max}`),
  );
}

function httpUrl(name: string, httpsOnly: boolean) {
  return z.string().refine(
    (v) => {
      try {
        const u = new URL(v);
        return httpsOnly ? u.protocol === "https:" : u.protocol === "https:" || u.protocol === "http:";
      } catch {
        return false;
      }
    },
    {
      message: httpsOnly
        ? `${name} must be a public https:// URL (Telegram only delivers webhooks over HTTPS)`
        : `${name} must be an http:// or https:// URL, e.g. https://api.telegram.org`,
    },
  );
}

const schema = z
  .object({
    BOT_TOKEN: z
      .string({
        required_error:
          "BOT_TOKEN is missing: set it to the token @BotFather gave you (BOT_TOKEN=123456789:AA… npm start)",
      })
      .refine((v) => v.trim() !== "", {
        message: "BOT_TOKEN is empty: set it to the token @BotFather gave you",
      })
      .refine((v) => v.trim() === "" || TOKEN_FORMAT.test(v.trim()), {
        message:
          "BOT_TOKEN does not look like a bot token (expected digits, a colon, then 30 or more letters, digits, _ or -); copy it again from @BotFather",
      }),
    TELEGRAM_API_ROOT: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().replace(/\/+$/, "") : undefined),
      httpUrl("TELEGRAM_API_ROOT", false).optional(),
    ),
    LOG_LEVEL: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : "info"),
      z.enum(LOG_LEVELS, { errorMap: () => ({ message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` }) }),
    ),
    BOT_MODE: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : "polling"),
      z.enum(["polling", "webhook"], {
        errorMap: () => ({ message: "BOT_MODE must be polling (the default) or webhook" }),
      }),
    ),
    WEBHOOK_URL: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
      httpUrl("WEBHOOK_URL", true).optional(),
    ),
    PORT: intInRange("PORT", 1, 65535, 8080),
    WEBHOOK_SECRET: optionalText.refine((v) => v === undefined || SECRET_FORMAT.test(v), {
      message: "WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, _ or -",
    }),
    EMBED_MODEL: optionalText,
    MODELS_DIR: optionalText,
    INDEX_DIR: optionalText,
    CORPUS_DIR: optionalText,
    RATE_LIMIT_COUNT: intInRange("RATE_LIMIT_COUNT", 1, 1000, 5),
    RATE_LIMIT_WINDOW_SECONDS: intInRange("RATE_LIMIT_WINDOW_SECONDS", 1, 86_400, 30),
  })
  .superRefine((v, ctx) => {
    if (v.BOT_MODE !== "webhook") return;
    if (!v.WEBHOOK_URL) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["WEBHOOK_URL"],
        message: "WEBHOOK_URL is missing: BOT_MODE=webhook needs the public https:// URL Telegram should post updates to",
      });
    }
    if (!v.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["WEBHOOK_SECRET"],
        message: "WEBHOOK_SECRET is missing: BOT_MODE=webhook needs a secret (A-Z, a-z, 0-9, _ or -) that Telegram sends back with every update",
      });
    }
  });

export interface BotConfig {
  token: string;
  apiRoot?: string;
  logLevel: (typeof LOG_LEVELS)[number];
  mode: "polling" | "webhook";
  webhook?: { url: string; port: number; secret: string };
  port: number;
  engine: { model?: string; modelsDir?: string; indexDir?: string; corpusDir?: string };
  rateLimit: { count: number; windowMs: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem${problems.length > 1 ? "s" : ""}:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Validates the environment; throws `ConfigError` listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): BotConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = [...new Set(parsed.error.issues.map((i) => i.message))];
    throw new ConfigError(problems);
  }
  const v = parsed.data;
  return {
    token: v.BOT_TOKEN.trim(),
    apiRoot: v.TELEGRAM_API_ROOT,
    logLevel: v.LOG_LEVEL,
    mode: v.BOT_MODE,
    webhook:
      v.BOT_MODE === "webhook" && v.WEBHOOK_URL && v.WEBHOOK_SECRET
        ? { url: v.WEBHOOK_URL, port: v.PORT, secret: v.WEBHOOK_SECRET }
        : undefined,
    port: v.PORT,
    engine: { model: v.EMBED_MODEL, modelsDir: v.MODELS_DIR, indexDir: v.INDEX_DIR, corpusDir: v.CORPUS_DIR },
    rateLimit: { count: v.RATE_LIMIT_COUNT, windowMs: v.RATE_LIMIT_WINDOW_SECONDS * 1000 },
  };
}
