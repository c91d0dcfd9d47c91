import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

function run(args: string[], input?: string) {
  return spawnSync(tsx, ["src/main-ask.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "info" },
    timeout: 120_000,
  });
}

describe("npm run ask (child process)", () => {
  it("--jsonl: one JSON answer per input line, in order, nothing else on stdout", () => {
    const questions = [
      "中亚天然气管道累计输气多少？",
      "",
      "Who won the NBA championship in 2023?",
      "Что такое взаимное доверие?",
      "🙂",
    ];
    const res = run(["--jsonl"], questions.join("\n") + "\n");
    expect(res.status).toBe(0);
    const lines = res.stdout.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(questions.length);
    const answers = lines.map((l) => JSON.parse(l));
    answers.forEach((a, i) => {
      expect(a.question).toBe(questions[i]);
      expect(typeof a.answered).toBe("boolean");
      expect(Array.isArray(a.hits)).toBe(true);
    });
    expect(answers[0].answered).toBe(true);
    expect(answers[0].hits[0].quote).toContain("5 000 亿立方米");
    expect(answers[1].notes).toContain("empty");
    expect(answers[2].answered).toBe(false);
    expect(answers[3].language).toBe("ru");
  });

  it("--json prints the answer object; the plain form prints quotes and numbered sources", () => {
    const json = run(["--json", "中亚天然气管道累计输气多少？"]);
    expect(json.status).toBe(0);
    const answer = JSON.parse(json.stdout);
    expect(answer.hits[0].citations[0].mark).toBe("[1]");
    const text = run(["中亚天然气管道累计输气多少？"]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("5 000 亿立方米");
    expect(text.stdout).toMatch(/来源:\n\s+\[1\] .*https:\/\/www\.xinhuanet\.com/);
    expect(text.stdout).not.toContain('"level"');
  });

  it("without a question prints usage to stderr and fails cleanly", () => {
    const res = run([]);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe("");
    expect(res.stderr).toContain("usage");
  });
});
