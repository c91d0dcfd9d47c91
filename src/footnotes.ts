/**
 * Footnotes of the PDF-to-Markdown article: definitions, blocks, marks and their resolution.
 * - `circledNumber(ch)` / `circledMark(n)`: ① ↔ 1 (① … ⑳);
 * - `findMarks(text)`, `removeMarks(text)`: footnote marks (circled digits) in clean text;
 * - `parseDefinitionStart(paragraph)`: is a paragraph a footnote definition (`① …`, `<sup>①</sup> …`)?
 * - `buildFootnoteBlock(defs, page, docId, file)`: the footnotes of one page, with `同①` / `同上`
 *   resolved to the footnote they repeat (text and urls copied, `sameAs` set, `rawText` kept);
 * - `blockFollowing(blocks, line)`, `resolveMark(blocks, line, number)`: a mark refers to the
 *   footnote with its number in the FIRST block that follows it (numbering restarts on every page).
 */
import type { Footnote, ParseProblem } from "./types.js";
import { extractUrls, stripMarkup } from "./markup.js";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const MARK = /[①-⑳]/gu;

/** ② → 2; undefined for anything that is not a circled digit. */
export function circledNumber(ch: string): number | undefined {
  const index = CIRCLED.indexOf(ch);
  return index >= 0 && ch.length === 1 ? index + 1 : undefined;
}

/** 2 → ②. */
export function circledMark(n: number): string {
  const mark = CIRCLED[n - 1];
  if (!mark) throw new RangeError(`no circled mark for footnote number ${n}`);
  return mark;
}

export interface Mark {
  /** Offset of the mark in the text. */
  index: number;
  mark: string;
  number: number;
}

export function findMarks(text: string): Mark[] {
  return [...text.matchAll(MARK)].map((m) => ({
    index: m.index,
    mark: m[0],
    number: circledNumber(m[0])!,
  }));
}

export function removeMarks(text: string): string {
  return text.replace(MARK, "");
}

export interface DefinitionStart {
  number: number;
  mark: string;
  /** The definition after its leading mark, markup still in place. */
  body: string;
}

const DEFINITION = /^\s*(?:<sup>\s*)?([①-⑳])(?:\s*<\/sup>)?\s*([\s\S]*)$/u;

export function parseDefinitionStart(paragraph: string): DefinitionStart | undefined {
  const match = DEFINITION.exec(paragraph);
  if (!match) return undefined;
  const mark = match[1]!;
  return { number: circledNumber(mark)!, mark, body: match[2]! };
}

/** The footnotes of one page (one run of consecutive definition paragraphs). */
export interface FootnoteBlock {
  /** 1-based ordinal of the block in the file (the "page" of its footnotes). */
  page: number;
  startLine: number;
  endLine: number;
  footnotes: Footnote[];
}

/** `同①。`, `同<sup>①</sup>`, `同上。`: a footnote that repeats another one of its page. */
const SAME_AS = /^同\s*(?:([①-⑳])|(上))\s*[。.]?$/u;

export function buildFootnoteBlock(
  defs: readonly { line: number; text: string }[],
  page: number,
  docId: string,
  file: string,
): { block: FootnoteBlock; problems: ParseProblem[] } {
  const problems: ParseProblem[] = [];
  const footnotes: Footnote[] = [];
  for (const def of defs) {
    const start = parseDefinitionStart(def.text);
    if (!start) throw new Error(`${file}:${def.line}: not a footnote definition`);
    const rawText = stripMarkup(start.body);
    footnotes.push({
      id: `${docId}#fn-p${page}-${start.number}`,
      mark: start.mark,
      number: start.number,
      text: rawText,
      rawText,
      urls: extractUrls(start.body),
      line: def.line,
    });
  }
  for (const [i, note] of footnotes.entries()) {
    const same = SAME_AS.exec(note.rawText);
    if (!same) continue;
    const target = same[1]
      ? footnotes.find((f) => f.number === circledNumber(same[1]!) && f !== note)
      : footnotes[i - 1];
    if (!target || SAME_AS.test(target.rawText)) {
      problems.push({
        file,
        line: note.line,
        kind: "unresolved-same-as",
        message: `footnote ${note.mark} says "${note.rawText}" but its page has no such footnote to repeat`,
      });
      continue;
    }
    note.text = target.text;
    note.urls = [...target.urls];
    note.sameAs = target.number;
  }
  const seen = new Set<number>();
  for (const note of footnotes) {
    if (seen.has(note.number)) {
      problems.push({
        file,
        line: note.line,
        kind: "other",
        message: `footnote ${note.mark} is defined twice on the same page`,
      });
    }
    seen.add(note.number);
  }
  const block: FootnoteBlock = {
    page,
    startLine: defs[0]?.line ?? 0,
    endLine: defs[defs.length - 1]?.line ?? 0,
    footnotes,
  };
  return { block, problems };
}

/** The first footnote block that starts after `line` (blocks in file order). */
export function blockFollowing(blocks: readonly FootnoteBlock[], line: number): FootnoteBlock | undefined {
  return blocks.find((b) => b.startLine > line);
}

/** The footnote a mark on `line` with `number` refers to, if any. */
export function resolveMark(blocks: readonly FootnoteBlock[], line: number, number: number): Footnote | undefined {
  return blockFollowing(blocks, line)?.footnotes.find((f) => f.number === number);
}
