import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpusSync } from "../src/corpus.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function run(...args: string[]) {
  const result = spawnSync(TSX, ["src/main-corpus.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temp = mkdtempSync(path.join(tmpdir(), "main-corpus-test-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const [article] = loadCorpusSync();

describe("npm run corpus -- --json", () => {
  const { code, stdout } = run("--json");
  const json = JSON.parse(stdout) as Record<string, any>;

  it("prints only JSON, and succeeds", () => {
    expect(code).toBe(0);
    expect(Array.isArray(json.documents)).toBe(true);
    expect(json.documents).toHaveLength(1);
  });

  it("has the document's fields at the top level", () => {
    expect(json.title).toBe(article!.meta.title);
    expect(json.authors.map((a: { name: string }) => a.name)).toEqual(["裴长洪", "倪江飞"]);
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual(article!.sections.map((s) => s.id));
    expect(json.passages).toHaveLength(article!.passages.length);
    expect(json.sentences).toHaveLength(article!.sentences.length);
  });

  it("gives each sentence its id, text, section and resolved footnotes", () => {
    const sentence = json.sentences.find((s: { text: string }) => s.text.includes("同比增长了 95%"));
    expect(sentence.id).toMatch(/^china-central-asia-spirit#s\d+$/);
    expect(sentence.section).toEqual(["一 “中国—中亚精神”的科学内涵", "(三) 互利是“中国—中亚精神”的动力来源"]);
    expect(sentence.footnotes).toEqual([
      expect.objectContaining({
        mark: "②",
        text: expect.stringContaining("《中国与中亚国家共谋发展经贸合作取得丰硕成果》"),
        urls: ["https://m.gmw.cn/2023-05/16/content_1303375021.htm"],
      }),
    ]);
  });
});

describe("npm run corpus (outline)", () => {
  it("prints counts and the section outline", () => {
    const { code, stdout } = run();
    expect(code).toBe(0);
    expect(stdout).toContain(`${article!.paragraphs.length} paragraphs, ${article!.sentences.length} sentences, ${article!.passages.length} passages`);
    expect(stdout).toContain("24 marks (24 resolved), 24 definitions (3 同① resolved)");
    expect(stdout).toContain("page-break joins: 13");
    expect(stdout).toContain("[s1.3] (三) 互利是“中国—中亚精神”的动力来源");
    expect(stdout).toContain("problems: 0");
  });

  it("reports malformed input with file and line", () => {
    const dir = mkdtempSync(path.join(temp, "bad-"));
    writeFileSync(path.join(dir, "bad.md"), "# 标题\n\n作者\n\n## 一 部分\n\n正文①。\n\n---\n\n② 来源。\n");
    const file = path.join(dir, "bad.md");
    const { code, stdout } = run("--dir", dir);
    expect(code).toBe(0);
    expect(stdout).toContain(`${file}:7: mark-without-definition`);
    expect(stdout).toContain(`${file}:11: definition-never-used`);
    expect(run("--dir", dir, "--strict").code).toBe(1);
  });

  it("fails clearly on a missing directory or a bad argument, without a stack trace", () => {
    const missing = run("--dir", path.join(temp, "nope"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("corpus directory not found");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(missing.stdout).toBe("");
    const bad = run("--jsn");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown argument: --jsn");
  });
});
