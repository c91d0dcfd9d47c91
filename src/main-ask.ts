/**
 * `npm run ask` — ask the article from the command line. Exports nothing (entry point).
 *
 *   npm run ask -- "问题"                  readable answer (quotes, section, numbered sources)
 *   npm run ask -- --json "question"       the answer object as JSON
 *   npm run --silent ask -- --jsonl        one question per stdin line → one JSON answer per
 *                                          stdout line, in order (model and index loaded once)
 *
 * Options: --lang <code> (interface-language hint), --max <n> (hits). Standard output carries
 * only answers; logs go to standard error.
 */
import { createInterface } from "node:readline";
import { createEngine } from "./engine.js";
import { createLogger } from "./logger.js";
import { renderAnswerText } from "./render-text.js";
import type { AskOptions, StudyEngine } from "./types.js";
import { runCli } from "./cli-run.js";

interface Args {
  mode: "text" | "json" | "jsonl";
  question: string;
  ask: AskOptions;
}

const USAGE = `usage:
  npm run ask -- "问题"
  npm run ask -- --json "question"
  npm run --silent ask -- --jsonl   (questions on stdin, one per line)
options: --lang <code>  --max <hits>`;

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { mode: "text", question: "", ask: {} };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--json") args.mode = "json";
    else if (a === "--jsonl") args.mode = "jsonl";
    else if (a === "--lang") args.ask.languageHint = argv[++i];
    else if (a === "--max") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) return "--max needs a whole number ≥ 1";
      args.ask.maxHits = n;
    } else if (a === "--help" || a === "-h") return USAGE;
    else if (a === "--") continue;
    else words.push(a);
  }
  args.question = words.join(" ");
  if (args.mode !== "jsonl" && args.question.trim() === "" && words.length === 0) return USAGE;
  return args;
}

async function runJsonl(engine: StudyEngine, ask: AskOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const answer = await engine.ask(line, ask);
    process.stdout.write(JSON.stringify(answer) + "\n");
  }
}

async function main(): Promise<number> {
  const logger = createLogger({ level: (process.env.LOG_LEVEL as "info" | undefined) ?? "warn" });
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(args + "\n");
    return 2;
  }
  let engine: StudyEngine;
  try {
    engine = await createEngine({ logger });
  } catch (error) {
    process.stderr.write(`Could not load the article index: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    if (args.mode === "jsonl") {
      await runJsonl(engine, args.ask);
    } else {
      const answer = await engine.ask(args.question, args.ask);
      if (args.mode === "json") process.stdout.write(JSON.stringify(answer, null, 2) + "\n");
      else {
        const sections = engine.documents.flatMap((d) => d.sections.map((s) => s.title));
        process.stdout.write(renderAnswerText(answer, { sections }) + "\n");
      }
      // A fault (logged on stderr) is not an answer: say so in the exit status too.
      if (answer.notes?.includes("failed")) return 1;
    }
    return 0;
  } finally {
    await engine.close();
  }
}

runCli("ask", main);
