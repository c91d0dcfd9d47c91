import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { createLogger, redactSecrets } from "../src/logger.js";

const TOKEN = "1234567890:AAHfake-token_abcdefghijklmnopqrstuv";

describe("redactSecrets", () => {
  it("removes the configured secret and any token-shaped text", () => {
    const text = `GET https://api.telegram.org/bot${TOKEN}/getMe failed; other 987654321:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZ`;
    const out = redactSecrets(text, [TOKEN]);
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain("987654321:ZZZZ");
    expect(out).toContain("/getMe failed");
  });
  it("leaves ordinary text alone", () => {
    expect(redactSecrets("2025年6月17日 12:30 会议")).toBe("2025年6月17日 12:30 会议");
  });
});

describe("createLogger", () => {
  it("writes JSON lines without the token", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger({ secrets: [TOKEN], destination: sink });
    log.error({ err: new Error(`request to /bot${TOKEN}/sendMessage failed`) }, "api error");
    expect(lines.length).toBe(1);
    expect(lines[0]).not.toContain(TOKEN);
    expect(JSON.parse(lines[0]!).msg).toBe("api error");
  });
});
