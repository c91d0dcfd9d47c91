/**
 * Sanity check of the retrieval dev set `eval/devset.jsonl` against the raw article.
 *
 * Run: `npx tsx eval/check-devset.ts [devset.jsonl] [article.md]`. Exports nothing; prints a
 * report and exits with code 1 when an item is malformed. It deliberately does NOT use the
 * project's parser (it is an independent, rough reading of the article):
 *   - strips `**`, heading hashes, `\_` escapes and `<sup>…</sup>` tags (a body footnote mark
 *     becomes an opaque placeholder, so a gold string that spans a mark cannot match);
 *   - joins paragraphs cut by a page break (paragraph without a sentence end, continued in the
 *     next text paragraph after a footnote block) and splits Chinese sentences on 。！？； (and
 *     on ASCII ; after a Han character or closing mark) outside “…”, ‘…’, 《…》 and (…),
 *     English ones on ". ";
 *   - resolves every mark to the FIRST footnote block after it, `同①` to ① of the same block.
 * Checks: unique ids with the language prefix, known types, per-language counts, out-of-scope
 * items without gold or source; every gold string occurs exactly once in the article, inside
 * one line and one sentence of this article's text (not a footnote, not another article's
 * abstract); `source` is a substring of a footnote of a gold sentence, and is present whenever
 * every gold sentence carries footnotes; `pagebreak` items really point at a joined sentence.
 */
import { readFileSync } from "node:fs";

const devsetPath = process.argv[2] ?? "eval/devset.jsonl";
const articlePath = process.argv[3] ?? "corpus/china-central-asia-spirit.md";

const LANGS = ["zh", "en", "ru"] as const;
type DevLang = (typeof LANGS)[number];
const TYPES = [
  "number", "date", "name", "definition", "why", "how", "what", "list", "pagebreak", "abstract", "out-of-scope",
] as const;
const TARGETS: Record<DevLang, number> = { zh: 75, en: 50, ru: 25 };
const MIN_TOTAL = 150;
const MIN_OUT_OF_SCOPE = 20;
const MIN_PAGEBREAK = 15;

interface DevItem {
  id: string;
  lang: DevLang;
  question: string;
  gold: string[];
  source?: string;
  type: (typeof TYPES)[number];
  outOfScope: boolean;
}

interface Mark { num: number; line: number }
interface FootnoteDef { num: number; line: number; text: string }
interface Sentence { text: string; lines: Set<number>; marks: number[] }

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const circledNumber = (c: string): number => CIRCLED.indexOf(c) + 1;
const MARK_BASE = 0xe000; // private-use placeholders for body footnote marks
const isMarkChar = (c: string): boolean => c.charCodeAt(0) >= MARK_BASE && c.charCodeAt(0) < MARK_BASE + 0x100;

// ---------- read the article ----------
const rawLines = readFileSync(articlePath, "utf8").split(/\r?\n/);
const isFootnoteDef = (l: string): boolean => /^\s*(<sup>)?[①-⑳]/.test(l);
const isHeading = (l: string): boolean => /^\s*#/.test(l);
// entries of the ABSTRACTS page start with bold author names; the first is this article's, the rest are other articles
const isAbstractEntry = (l: string): boolean => /^\*\*(?!Keywords)[A-Z]/.test(l);
const otherArticlesStart = rawLines.findIndex((l, i) => isAbstractEntry(l) && rawLines.slice(0, i).some(isAbstractEntry)) + 1;
const abstractsLine = rawLines.findIndex((l) => /^#+\s*ABSTRACTS/.test(l)) + 1;

const marks: Mark[] = [];
const cleanLines: string[] = rawLines.map((raw, i) => {
  const lineNo = i + 1;
  let s = raw;
  if (!isFootnoteDef(s)) {
    s = s.replace(/<sup>\s*([①-⑳])\s*<\/sup>/g, (_m, c: string) => {
      marks.push({ num: circledNumber(c), line: lineNo });
      return String.fromCharCode(MARK_BASE + marks.length - 1);
    });
  }
  return s
    .replace(/<\/?sup>/g, "")
    .replace(/\*\*/g, "")
    .replace(/^\s*#+\s*/, "")
    .replace(/\\\\_/g, "_")
    .replace(/\\_/g, "_");
});

// footnote blocks: runs of definition lines separated only by blank lines or `---`
const blocks: { start: number; defs: FootnoteDef[] }[] = [];
{
  let current: { start: number; defs: FootnoteDef[] } | undefined;
  rawLines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (isFootnoteDef(raw)) {
      const clean = cleanLines[i]!.trim();
      const def = { num: circledNumber(clean[0]!), line: lineNo, text: clean.slice(1).trim() };
      if (!current) {
        current = { start: lineNo, defs: [] };
        blocks.push(current);
      }
      current.defs.push(def);
    } else if (raw.trim() !== "" && raw.trim() !== "---") {
      current = undefined;
    }
  });
}

function resolveMark(m: Mark): FootnoteDef | undefined {
  const block = blocks.find((b) => b.start > m.line);
  let def = block?.defs.find((d) => d.num === m.num);
  const same = def?.text.match(/^同\s*([①-⑳])/);
  if (same) def = block?.defs.find((d) => d.num === circledNumber(same[1]!));
  return def;
}

// ---------- paragraphs with page-break repair, then sentences ----------
const OPEN = "“‘《(（「";
const CLOSE = "”’》)）」";
const TERMINATORS = "。！？；;!?.";

function endsSentence(text: string): boolean {
  const t = [...text.trimEnd()].filter((c) => !isMarkChar(c) && !CLOSE.includes(c)).join("");
  return /[。！？.!?]$/.test(t);
}

const lastArticleLine = otherArticlesStart > 0 ? otherArticlesStart - 1 : rawLines.length;
const paragraphs: { chunks: { text: string; line: number }[] }[] = [];
{
  let open: { chunks: { text: string; line: number }[] } | undefined;
  for (let i = 0; i < lastArticleLine; i++) {
    const raw = rawLines[i]!;
    const lineNo = i + 1;
    if (raw.trim() === "" || raw.trim() === "---" || isFootnoteDef(raw)) continue;
    if (isHeading(raw) || lineNo === abstractsLine) {
      open = undefined;
      continue;
    }
    const chunk = { text: cleanLines[i]!.trim(), line: lineNo };
    if (chunk.text.startsWith("【")) open = undefined; // front-matter fields never continue a paragraph
    if (open) open.chunks.push(chunk);
    else {
      open = { chunks: [chunk] };
      paragraphs.push(open);
    }
    if (endsSentence(chunk.text)) open = undefined;
  }
}

const sentences: Sentence[] = [];
for (const p of paragraphs) {
  const chars: { c: string; line: number }[] = [];
  for (const ch of p.chunks) for (const c of ch.text) chars.push({ c, line: ch.line });
  let cur: Sentence = { text: "", lines: new Set(), marks: [] };
  let depth = 0;
  const flush = () => {
    if (cur.text.trim() !== "") sentences.push({ ...cur, text: cur.text.trim() });
    cur = { text: "", lines: new Set(), marks: [] };
  };
  for (let k = 0; k < chars.length; k++) {
    const { c, line } = chars[k]!;
    cur.text += c;
    cur.lines.add(line);
    if (isMarkChar(c)) cur.marks.push(c.charCodeAt(0) - MARK_BASE);
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    const prev = [...cur.text.slice(0, -1)].filter((x) => !isMarkChar(x)).pop() ?? "";
    const next = chars[k + 1]?.c ?? "";
    // ASCII . ! ? end a sentence before a space; ASCII ; only right after a Han character or a
    // closing mark (as the project's parser does: "100%;" does not end a sentence)
    const asciiEnd =
      c === "." || c === "!" || c === "?"
        ? next === " " || next === ""
        : c === ";"
          ? /[\p{Script=Han}”’》)）」]/u.test(prev)
          : true;
    const atEnd =
      depth === 0 &&
      ((TERMINATORS.includes(c) && asciiEnd && !(c === "." && /[0-9]/.test(next))) ||
        (CLOSE.includes(c) && TERMINATORS.includes(prev)));
    if (atEnd) {
      // absorb closing quotes and footnote marks that belong to this sentence
      while (k + 1 < chars.length && (CLOSE.includes(chars[k + 1]!.c) || isMarkChar(chars[k + 1]!.c))) {
        k++;
        const nc = chars[k]!;
        cur.text += nc.c;
        cur.lines.add(nc.line);
        if (isMarkChar(nc.c)) cur.marks.push(nc.c.charCodeAt(0) - MARK_BASE);
      }
      flush();
    }
  }
  flush();
}

const visible = (s: string): string => [...s].map((c) => (isMarkChar(c) ? "⟨" + CIRCLED[marks[c.charCodeAt(0) - MARK_BASE]!.num - 1] + "⟩" : c)).join("");
const countIn = (hay: string, needle: string): number => {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) n++;
  return n;
};

// ---------- read and check the dev set ----------
const errors: string[] = [];
const warnings: string[] = [];
const items: DevItem[] = [];
readFileSync(devsetPath, "utf8").split(/\r?\n/).forEach((line, i) => {
  if (line.trim() === "") return;
  try {
    items.push(JSON.parse(line) as DevItem);
  } catch (e) {
    errors.push(`line ${i + 1}: not JSON (${(e as Error).message})`);
  }
});

const ids = new Set<string>();
const byLang: Record<string, number> = {};
const byType: Record<string, number> = {};
const byLangType: Record<string, Record<string, number>> = {};
const goldLines = new Set<number>();
let outOfScope = 0;
let pagebreaks = 0;
let withSource = 0;
const copied: string[] = [];

for (const it of items) {
  const where = it.id ?? "(no id)";
  const err = (m: string) => errors.push(`${where}: ${m}`);
  // Dev-set ids are zh-001, en-001, ru-001; holdout ids hz-001, he-001, hr-001.
  const prefix = { zh: ["zh", "hz"], en: ["en", "he"], ru: ["ru", "hr"] }[it.lang as DevLang] ?? [it.lang];
  if (typeof it.id !== "string" || !/^(zh|en|ru|hz|he|hr)-\d{3,4}$/.test(it.id)) err("id must look like zh-001 or zh-1001 (or hz-001 in the holdout)");
  else if (ids.has(it.id)) err("duplicate id");
  ids.add(it.id);
  if (!LANGS.includes(it.lang)) err(`unknown lang ${it.lang}`);
  else if (!prefix.some((p) => it.id?.startsWith(p + "-"))) err("id prefix differs from lang");
  if (typeof it.question !== "string" || it.question.trim() === "") err("empty question");
  if (!TYPES.includes(it.type)) err(`unknown type ${it.type}`);
  if (!Array.isArray(it.gold)) err("gold must be an array");
  if (typeof it.outOfScope !== "boolean") err("outOfScope must be a boolean");
  byLang[it.lang] = (byLang[it.lang] ?? 0) + 1;
  byType[it.type] = (byType[it.type] ?? 0) + 1;
  (byLangType[it.lang] ??= {})[it.type] = (byLangType[it.lang]![it.type] ?? 0) + 1;

  if (it.outOfScope) {
    outOfScope++;
    if (it.type !== "out-of-scope") err("outOfScope item must have type out-of-scope");
    if (it.gold?.length) err("outOfScope item must have no gold");
    if (it.source !== undefined) err("outOfScope item must have no source");
    continue;
  }
  if (it.type === "out-of-scope") err("type out-of-scope but outOfScope is false");
  if (!it.gold?.length) err("in-scope item without gold");
  if (it.type === "pagebreak") pagebreaks++;

  const goldSentences: Sentence[] = [];
  for (const g of it.gold ?? []) {
    const len = [...g].length;
    if (len < 6 || len > 25) warnings.push(`${where}: gold "${g}" has ${len} characters (aim for 6–25)`);
    const hits = cleanLines.flatMap((l, i) => (countIn(l, g) > 0 ? [{ line: i + 1, n: countIn(l, g) }] : []));
    const total = hits.reduce((a, h) => a + h.n, 0);
    if (total !== 1) {
      err(`gold "${g}" occurs ${total} times in the article` + (total ? ` (lines ${hits.map((h) => h.line).join(", ")})` : " (spans a mark, a page break or is misspelt?)"));
      continue;
    }
    const line = hits[0]!.line;
    if (isFootnoteDef(rawLines[line - 1]!)) err(`gold "${g}" is in a footnote (line ${line}), not in the text`);
    if (line > lastArticleLine) err(`gold "${g}" is in another article's abstract (line ${line})`);
    const inSentences = sentences.filter((s) => s.text.includes(g));
    if (inSentences.length !== 1) {
      err(`gold "${g}" (line ${line}) is not inside a single sentence (spans a sentence end?)`);
      continue;
    }
    goldLines.add(line);
    const s = inSentences[0]!;
    goldSentences.push(s);
    // paraphrase statistic: longest run of the question copied from the answer sentence
    const q = it.question;
    let longest = "";
    for (let a = 0; a < q.length; a++)
      for (let b = a + longest.length + 1; b <= q.length; b++) {
        const sub = q.slice(a, b);
        if (/^[\s\p{P}]/u.test(sub)) break;
        if (s.text.includes(sub)) longest = sub;
        else break;
      }
    if (it.lang === "zh" && [...longest].length >= 6 && !copied.some((c) => c.startsWith(`${where}:`))) copied.push(`${where}: copies "${longest}"`);
  }

  if (it.type === "pagebreak" && goldSentences.length && !goldSentences.some((s) => s.lines.size > 1))
    err("type pagebreak but no gold sentence spans a page break");

  const footnotes = goldSentences.flatMap((s) => s.marks.map((k) => ({ k, def: resolveMark(marks[k]!) })));
  for (const f of footnotes) if (!f.def) err(`mark on line ${marks[f.k]!.line} does not resolve`);
  const everyGoldCited = goldSentences.length > 0 && goldSentences.every((s) => s.marks.length > 0);
  if (it.source !== undefined) {
    withSource++;
    if (!footnotes.length) err(`source "${it.source}" given but no gold sentence carries a footnote`);
    else if (!footnotes.some((f) => f.def?.text.includes(it.source!)))
      err(`source "${it.source}" is not in the footnotes of the gold sentences: ${footnotes.map((f) => f.def?.text.slice(0, 40)).join(" | ")}`);
  } else if (everyGoldCited) {
    err(`gold sentence carries a footnote but no source is given: ${footnotes.map((f) => f.def?.text.slice(0, 40)).join(" | ")}`);
  }
}

// ---------- targets ----------
for (const l of LANGS) if ((byLang[l] ?? 0) < TARGETS[l]) errors.push(`only ${byLang[l] ?? 0} ${l} questions (need ≥ ${TARGETS[l]})`);
if (items.length < MIN_TOTAL) errors.push(`only ${items.length} questions (need ≥ ${MIN_TOTAL})`);
if (outOfScope < MIN_OUT_OF_SCOPE) errors.push(`only ${outOfScope} out-of-scope questions (need ≥ ${MIN_OUT_OF_SCOPE})`);
for (const l of LANGS) if (!items.some((i) => i.lang === l && i.outOfScope)) errors.push(`no out-of-scope question in ${l}`);
if (pagebreaks < MIN_PAGEBREAK) errors.push(`only ${pagebreaks} pagebreak questions (need ≥ ${MIN_PAGEBREAK})`);

// coverage: which text lines of the article hold no gold at all
const textLines = rawLines
  .map((l, i) => ({ l, n: i + 1 }))
  .filter(({ l, n }) => n <= lastArticleLine && l.trim() !== "" && l.trim() !== "---" && !isHeading(l) && !isFootnoteDef(l) && [...l].length > 40);
const uncovered = textLines.filter(({ n }) => !goldLines.has(n)).map(({ n }) => n);

console.log(`dev set: ${items.length} questions; ${outOfScope} out of scope; ${pagebreaks} pagebreak; ${withSource} with a source`);
console.log(`article: ${sentences.length} sentences, ${marks.length} footnote marks, ${blocks.reduce((a, b) => a + b.defs.length, 0)} footnote definitions`);
for (const l of LANGS) console.log(`  ${l}: ${byLang[l] ?? 0}  ${JSON.stringify(byLangType[l] ?? {})}`);
console.log(`  by type: ${JSON.stringify(byType)}`);
console.log(`text lines (> 40 chars) without any gold: ${uncovered.length ? uncovered.join(", ") : "none"}`);
console.log(`Chinese questions copying ≥ 6 characters from the answer sentence: ${copied.length}`);
for (const c of copied) console.log(`  ${c}`);
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
if (process.env.DEVSET_DUMP_SENTENCES) for (const s of sentences) console.log([...s.lines].join("+"), visible(s.text));
console.log(errors.length ? `FAILED: ${errors.length} error(s)` : "OK");
process.exitCode = errors.length ? 1 : 0;
