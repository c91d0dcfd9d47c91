/**
 * Start-up and shutdown of `npm start` as a child process, with broken surroundings made in
 * temporary folders (copies of the model, the index and the corpus; the project's own `models/`
 * and `index/` are never touched): missing model files (registry unreachable), a wrong model
 * hash, a stale index (rebuilt automatically, then served), a corrupt index file, a corrupt
 * manifest, an unreadable corpus file. Each failure ends with one clear message naming the
 * problem and the fix, a non-zero exit, no stack trace, and never the token. SIGTERM with
 * updates in flight finishes them and exits 0. (Missing/malformed BOT_TOKEN and an unreachable
 * API root are covered in main-bot.test.ts.)
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/project-paths.js";
import { STACK_LINE, firstReplyTo, startBotProcess, waitFor, type BotProcess } from "./bot-process.js";
import { TEST_TOKEN, botMessages, startEmulator } from "./telegram-emulator.js";

const MODEL = join("BAAI", "bge-small-zh-v1.5");

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let tmp: string;
const children: BotProcess[] = [];
const outputs: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator();
  tmp = await mkdtemp(join(tmpdir(), "startup-test-"));
});
afterAll(async () => {
  for (const c of children) c.kill("SIGKILL");
  await emulator?.stop();
  await rm(tmp, { recursive: true, force: true });
});

function start(env: Record<string, string>): BotProcess {
  const child = startBotProcess({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot, ...env });
  children.push(child);
  void child.code.then(() => outputs.push(child.stdout() + child.stderr()));
  return child;
}

/** A copy of the project's index in a fresh temp folder. */
async function indexCopy(name: string): Promise<string> {
  const dir = join(tmp, name);
  await cp(join(PROJECT_ROOT, "index"), dir, { recursive: true });
  return dir;
}

async function expectCleanFailure(child: BotProcess, problem: RegExp, fix: RegExp) {
  const code = await child.code;
  const err = child.stderr();
  expect(code, err).not.toBe(0);
  expect(err).toMatch(problem);
  expect(err).toMatch(fix);
  expect(err).not.toMatch(STACK_LINE);
  expect(err).toMatch(/^Start-up failed: /m);
  expect(err.match(/^Start-up failed: /gm)).toHaveLength(1);
  expect(err + child.stdout()).not.toContain(TEST_TOKEN);
  expect(child.stdout()).toBe("");
}

describe("npm start with a broken model, index or corpus", () => {
  it("missing model files that cannot be fetched: names the download and `npm run fetch:model`", async () => {
    const models = join(tmp, "models-empty");
    await mkdir(models);
    const child = start({
      MODELS_DIR: models,
      INDEX_DIR: await indexCopy("index-for-missing-model"),
      // No registry to fetch from, and an empty npm cache.
      npm_config_registry: "http://127.0.0.1:9/",
      npm_config_cache: join(tmp, "npm-cache"),
      npm_config_fetch_retries: "0",
    });
    await expectCleanFailure(child, /Could not download @rowansenne\/docnexus@0\.2\.0/, /npm run fetch:model/);
  });

  it("a model file with the wrong hash: names the file and says to delete it and fetch again", async () => {
    const models = join(tmp, "models-wrong");
    await cp(join(PROJECT_ROOT, "models"), models, { recursive: true });
    const file = join(models, MODEL, "tokenizer.json");
    const bytes = await readFile(file);
    bytes[100] = bytes[100]! ^ 0x20; // same size, different content
    await writeFile(file, bytes);
    const child = start({ MODELS_DIR: models, INDEX_DIR: await indexCopy("index-for-wrong-model") });
    await expectCleanFailure(child, /tokenizer\.json has sha256 [0-9a-f]{64}, expected [0-9a-f]{64}/, /npm run fetch:model/);
  });

  it("a corrupt index file: names the file and `npm run build:index`", async () => {
    const index = await indexCopy("index-corrupt");
    const file = join(index, "sentences.hnsw");
    const bytes = await readFile(file);
    bytes.fill(0, 1000, 2000);
    await writeFile(file, bytes);
    const child = start({ INDEX_DIR: index });
    await expectCleanFailure(child, /Index file \S*sentences\.hnsw is corrupt/, /npm run build:index/);
  });

  it("a corrupt manifest: names it and `npm run build:index`", async () => {
    const index = await indexCopy("index-bad-manifest");
    await writeFile(join(index, "manifest.json"), "{ not json");
    const child = start({ INDEX_DIR: index });
    await expectCleanFailure(child, /manifest\.json is corrupt/, /npm run build:index/);
  });

  it("an unreadable corpus file: names the file", async () => {
    const corpus = join(tmp, "corpus-unreadable");
    await mkdir(corpus);
    await cp(join(PROJECT_ROOT, "corpus"), corpus, { recursive: true });
    await symlink(join(tmp, "no-such-file.md"), join(corpus, "broken.md"));
    const child = start({ CORPUS_DIR: corpus, INDEX_DIR: await indexCopy("index-for-bad-corpus") });
    await expectCleanFailure(child, /broken\.md/, /CORPUS_DIR|corpus/);
  });

  it("a stale index is rebuilt automatically (saying why), then the bot serves", async () => {
    const index = await indexCopy("index-stale");
    const manifestPath = join(index, "manifest.json");
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { corpus: { sha256: string }[] };
    manifest.corpus[0]!.sha256 = "0".repeat(64); // as if the article had changed since the build
    await writeFile(manifestPath, JSON.stringify(manifest));
    const child = start({ INDEX_DIR: index, LOG_LEVEL: "info" });
    await waitFor(() => /"msg":"serving"/.test(child.stderr()) || child.stderr().includes("Start-up failed"), "serving", 240_000);
    expect(child.stderr()).toMatch(/rebuilding the index: corpus changed/);
    const rebuilt = JSON.parse(await readFile(manifestPath, "utf8")) as { corpus: { sha256: string }[] };
    expect(rebuilt.corpus[0]!.sha256).not.toBe("0".repeat(64));
    expect(await firstReplyTo(emulator.server, 601, "互信是什么?")).toContain("<blockquote>");
    child.kill("SIGTERM");
    expect(await child.code).toBe(0);
  }, 300_000);
});

describe("shutdown", () => {
  it("SIGTERM with updates in flight finishes them, answers each once, and exits 0", async () => {
    const child = start({ LOG_LEVEL: "debug" });
    await waitFor(() => /"msg":"serving"/.test(child.stderr()), "serving");
    const users = Array.from({ length: 10 }, (_, i) => 700 + i);
    await Promise.all(
      users.map((id) => {
        const client = emulator.server.getClient(TEST_TOKEN, { userId: id, chatId: id });
        return client.sendMessage(client.makeMessage("中国对中亚国家投资累计超过多少?"));
      }),
    );
    // As soon as the first question is being worked on, ask the bot to stop.
    await waitFor(() => /"msg":"question"/.test(child.stderr()), "a question in hand");
    const started = (child.stderr().match(/"msg":"question"/g) ?? []).length;
    child.kill("SIGTERM");
    expect(await child.code, child.stderr().slice(-3000)).toBe(0);
    const err = child.stderr();
    expect(err).toMatch(/"msg":"stopped taking updates; finishing the ones in hand"/);
    expect(err).toMatch(/"msg":"stopped"/);
    // Every update the bot took in hand (its debug line "question" names it) was answered, once.
    // (Not the emulator's "read" mark: a long poll aborted by the stop can have its answer marked
    // read without the bot ever receiving it; Telegram would deliver it again, since the bot
    // confirms only the updates it handled.)
    const inHand = new Set(
      err
        .split("\n")
        .filter((line) => line.includes('"msg":"question"'))
        .map((line) => (JSON.parse(line) as { update_id: number }).update_id),
    );
    const taken = emulator.server.storage.userMessages.filter((u) => inHand.has(u.updateId) && "message" in u && users.includes(u.message.from!.id));
    expect(taken.length).toBe(inHand.size);
    expect(taken.length).toBeGreaterThanOrEqual(started);
    for (const u of taken) {
      const replies = botMessages(emulator.server).filter((m) => m.reply_parameters?.message_id === u.messageId);
      expect(replies, `update ${u.updateId}`).toHaveLength(1);
    }
    expect(err).not.toContain(TEST_TOKEN);
  });

  it("the token never appeared in any captured output", () => {
    expect(outputs.length).toBeGreaterThanOrEqual(7);
    for (const o of outputs) expect(o).not.toContain(TEST_TOKEN);
  });
});
