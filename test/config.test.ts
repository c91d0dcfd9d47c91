import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

const TOKEN = "1234567890:AAHfake-token_abcdefghijklmnopqrstuv";

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("accepts a token alone and fills in the defaults", () => {
    const c = loadConfig({ BOT_TOKEN: TOKEN });
    expect(c.token).toBe(TOKEN);
    expect(c.mode).toBe("polling");
    expect(c.apiRoot).toBeUndefined();
    expect(c.logLevel).toBe("info");
    expect(c.rateLimit).toEqual({ count: 5, windowMs: 30_000 });
    expect(c.webhook).toBeUndefined();
  });

  it("reads the optional settings", () => {
    const c = loadConfig({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "http://127.0.0.1:9000/",
      LOG_LEVEL: "DEBUG",
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.org/tg",
      WEBHOOK_SECRET: "s3cret_value",
      PORT: "3000",
      INDEX_DIR: "/tmp/idx",
      RATE_LIMIT_COUNT: "2",
      RATE_LIMIT_WINDOW_SECONDS: "60",
    });
    expect(c.apiRoot).toBe("http://127.0.0.1:9000");
    expect(c.logLevel).toBe("debug");
    expect(c.webhook).toEqual({ url: "https://bot.example.org/tg", port: 3000, secret: "s3cret_value" });
    expect(c.engine.indexDir).toBe("/tmp/idx");
    expect(c.rateLimit).toEqual({ count: 2, windowMs: 60_000 });
  });

  it("names a missing token and how to fix it", () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/BOT_TOKEN is missing/);
    expect(problems[0]).toMatch(/BotFather/);
  });

  it("rejects a malformed token without printing it", () => {
    const secretish = "not-a-token-but-secret-ish";
    const problems = problemsOf({ BOT_TOKEN: secretish });
    expect(problems.join("\n")).toMatch(/does not look like a bot token/);
    expect(problems.join("\n")).not.toContain(secretish);
  });

  it("gives one line per bad value, all at once", () => {
    const problems = problemsOf({
      BOT_TOKEN: TOKEN,
      LOG_LEVEL: "loud",
      BOT_MODE: "carrier-pigeon",
      PORT: "99999",
      TELEGRAM_API_ROOT: "ftp://x",
    });
    expect(problems).toHaveLength(4);
    expect(problems.some((p) => p.startsWith("LOG_LEVEL must be one of"))).toBe(true);
    expect(problems.some((p) => p.startsWith("BOT_MODE must be"))).toBe(true);
    expect(problems.some((p) => p.startsWith("PORT must be"))).toBe(true);
    expect(problems.some((p) => p.startsWith("TELEGRAM_API_ROOT must be"))).toBe(true);
  });

  it("requires an https URL and a secret in webhook mode", () => {
    const problems = problemsOf({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" });
    expect(problems.some((p) => p.startsWith("WEBHOOK_URL is missing"))).toBe(true);
    expect(problems.some((p) => p.startsWith("WEBHOOK_SECRET is missing"))).toBe(true);
    const insecure = problemsOf({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "http://bot.example.org",
      WEBHOOK_SECRET: "a b",
    });
    expect(insecure.some((p) => p.startsWith("WEBHOOK_URL must be a public https://"))).toBe(true);
    expect(insecure.some((p) => p.startsWith("WEBHOOK_SECRET must be"))).toBe(true);
  });
});
