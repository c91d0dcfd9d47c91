/**
 * A pino logger (from `createLogger`) whose lines are kept in memory, for tests that check
 * what was logged. Exports `capturingLogger(level?)` → `{ logger, lines, text() }`.
 */
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../src/logger.js";

export function capturingLogger(level: "info" | "debug" | "warn" = "info"): { logger: Logger; lines: string[]; text(): string } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines, text: () => lines.join("") };
}
