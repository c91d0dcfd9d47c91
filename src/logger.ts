/**
 * Logging: `createLogger()` gives a pino logger that writes JSON lines to standard error
 * (standard output stays free for data, e.g. `npm run ask -- --jsonl`), and
 * `redactSecrets()` removes bot tokens from any text, so a token never reaches a log line,
 * an error message or crash output, whether it is the configured one or one inside a URL.
 */
import { pino, type Logger, type LevelWithSilent } from "pino";

export type { Logger };

/** Telegram bot tokens look like `123456789:AA…` (digits, colon, 30+ URL-safe characters). */
const TOKEN_PATTERN = /\b\d{5,}:[A-Za-z0-9_-]{20,}\b/g;

/** Replaces every bot token in `text` (the given secrets and anything shaped like a token). */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join("[REDACTED]");
  }
  return out.replace(TOKEN_PATTERN, "[REDACTED]");
}

export interface LoggerOptions {
  level?: LevelWithSilent;
  /** Secrets (the bot token) that must never be printed. */
  secrets?: readonly string[];
  /** Where to write; standard error by default. */
  destination?: NodeJS.WritableStream;
}

/** A pino logger writing to standard error, with secrets removed from every line. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const target = options.destination ?? process.stderr;
  const stream = {
    write(line: string): void {
      target.write(redactSecrets(line, secrets));
    },
  };
  return pino({ level: options.level ?? "info", base: undefined }, stream);
}
