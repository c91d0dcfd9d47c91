/**
 * Turns answers and article pieces into Telegram HTML messages (parse_mode "HTML"):
 * every piece of article and user text escaped, tags always balanced, each message at most
 * 4096 characters, long replies split between hits (never inside a tag).
 *
 * Exports:
 * - `TELEGRAM_MESSAGE_LIMIT` (4096).
 * - `escapeHtml(text)`: escapes `& < > "`.
 * - `Run`, `Piece`, `Block`: the structure messages are built from (a block is one hit).
 * - `renderBlock(block)` → HTML; `packMessages(blocks, limit?)` → messages within the limit.
 * - `hitBlock(hit)`: quote in a blockquote, section path in italics, numbered sources with links.
 * - `contextBlock(hit)`: the surrounding paragraph in an expandable blockquote, the answering
 *   sentence in bold.
 * - `pageRanges(hits, pageSize, limit?)` → `[start, end)` pages that each fit one message.
 * - `renderAnswerPage(answer, ui, start, end)` → messages for hits `[start, end)` under the
 *   echoed question (or the abstention when nothing answers, or `ui.error` when the answer
 *   failed: note `failed`, no /toc hint since the article was not found lacking).
 * - `renderContext(hits, ui)`, `renderSources(hits, ui)`, `renderAbout(doc, ui)`,
 *   `renderToc(ui)`, `renderSectionOpening(section, sentences, ui)`, `renderNotice(text)`,
 *   `renderInlineHit(hit)` → HTML messages.
 * - `htmlToPlainText(html)`: the same message without markup, for the "can't parse entities"
 *   fallback.
 * - `shorten(text, max)`: at most `max` characters ending in "…", never cutting an emoji or any
 *   other character outside the BMP in half (a lone surrogate is not valid UTF-8).
 */
import type { Answer, ArticleDocument, Citation, Hit, Sentence } from "./types.js";
import type { UiStrings } from "./ui-strings.js";

export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** A stretch of text with one formatting. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}
/** One line or quote: runs, optionally wrapped in a blockquote. Always balanced. */
export interface Piece {
  wrap?: "blockquote" | "blockquote expandable";
  runs: Run[];
}
/** A unit that is never split unless it alone exceeds a message (one hit, one notice). */
export type Block = Piece[];

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  let out = "";
  for (const c of chars) {
    if (out.length + c.length > max - 1) break;
    out += c;
  }
  return `${out}…`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function renderRun(run: Run): string {
  let html = escapeHtml(run.text);
  if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

function renderPiece(piece: Piece): string {
  const inner = piece.runs.map(renderRun).join("");
  return piece.wrap ? `<${piece.wrap}>${inner}</blockquote>` : inner;
}

export function renderBlock(block: Block): string {
  return block.map(renderPiece).join("\n");
}

/** Where to cut `text` (in code units) so that its escaped form stays within `budget`. */
function cutPoint(text: string, budget: number): number {
  let used = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const cost = escapeHtml(ch).length;
    if (used + cost > budget) break;
    used += cost;
    i += ch.length;
  }
  // Prefer to cut after a sentence end or a space in the last third.
  const window = text.slice(0, i);
  const soft = Math.max(...["。", "!", "?", ". ", "! ", "? ", ";", ",", " "].map((p) => window.lastIndexOf(p) + p.length));
  return soft > i * (2 / 3) && soft < i ? soft : i;
}

/** Splits a piece whose HTML exceeds `limit` into pieces with the same wrapping. */
function splitPiece(piece: Piece, limit: number): Piece[] {
  if (renderPiece(piece).length <= limit) return [piece];
  const overhead = renderPiece({ ...piece, runs: [] }).length;
  const out: Piece[] = [];
  let current: Run[] = [];
  let used = overhead;
  const flush = () => {
    if (current.length > 0) out.push({ ...piece, runs: current });
    current = [];
    used = overhead;
  };
  const queue = [...piece.runs];
  while (queue.length > 0) {
    const run = queue.shift()!;
    const html = renderRun(run).length;
    if (used + html <= limit) {
      current.push(run);
      used += html;
      continue;
    }
    const tags = renderRun({ ...run, text: "" }).length;
    const budget = limit - used - tags;
    const cut = run.href ? 0 : cutPoint(run.text, budget);
    if (cut <= 0) {
      if (current.length === 0) {
        // A run that cannot share a message with anything: cut it wherever it fits.
        const hard = Math.max(1, cutPoint(run.text, limit - overhead - tags));
        current.push({ ...run, text: run.text.slice(0, hard) });
        queue.unshift({ ...run, text: run.text.slice(hard) });
      } else {
        queue.unshift(run);
      }
      flush();
      continue;
    }
    current.push({ ...run, text: run.text.slice(0, cut) });
    queue.unshift({ ...run, text: run.text.slice(cut) });
    flush();
  }
  flush();
  return out;
}

/**
 * Packs blocks into messages of at most `limit` characters: blocks are separated by a blank
 * line and kept whole when they fit; a block longer than a message is split between its
 * pieces, and a piece longer than a message between characters (tags reopened).
 */
export function packMessages(blocks: Block[], limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  const add = (html: string, separator: string) => {
    if (current === "") current = html;
    else if (current.length + separator.length + html.length <= limit) current += separator + html;
    else {
      messages.push(current);
      current = html;
    }
  };
  for (const block of blocks) {
    if (block.length === 0) continue;
    const html = renderBlock(block);
    if (html.length <= limit) {
      add(html, "\n\n");
      continue;
    }
    let first = true;
    for (const piece of block) {
      for (const part of splitPiece(piece, limit)) {
        add(renderPiece(part), first ? "\n\n" : "\n");
        first = false;
      }
    }
  }
  if (current !== "") messages.push(current);
  return messages;
}

const URL_PATTERN = /https?:\/\/[^\s<>"'()\u3000-\u303f\uff08\uff09\uff0c\uff1b]+/g;

/** Source text with its URLs as links (only http/https). */
function linkedRuns(text: string, urls: readonly string[]): Run[] {
  const runs: Run[] = [];
  let last = 0;
  const seen = new Set<string>();
  for (const m of text.matchAll(URL_PATTERN)) {
    const url = m[0].replace(/[.,;:。]+$/, "");
    const at = m.index!;
    if (at > last) runs.push({ text: text.slice(last, at) });
    runs.push({ text: url, href: url });
    seen.add(url);
    last = at + url.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  for (const url of urls) {
    if (!seen.has(url) && /^https?:\/\//.test(url)) runs.push({ text: " " }, { text: url, href: url });
  }
  return runs;
}

function citationPiece(c: Citation): Piece {
  return { runs: [{ text: `${c.mark} ` }, ...linkedRuns(c.text, c.urls)] };
}

/** One hit: the quote, its section path, its numbered sources. */
export function hitBlock(hit: Hit): Block {
  return [
    { wrap: "blockquote", runs: [{ text: hit.quote }] },
    { runs: [{ text: hit.section, italic: true }] },
    ...hit.citations.map(citationPiece),
  ];
}

/** One hit's paragraph, collapsed, with the answering sentence in bold. */
export function contextBlock(hit: Hit): Block {
  const context = hit.context || hit.quote;
  const at = context.indexOf(hit.quote);
  const runs: Run[] =
    at < 0
      ? [{ text: context }]
      : [
          { text: context.slice(0, at) },
          { text: hit.quote, bold: true },
          { text: context.slice(at + hit.quote.length) },
        ].filter((r) => r.text !== "");
  return [
    { runs: [{ text: hit.section, italic: true }] },
    { wrap: "blockquote expandable", runs },
  ];
}

function textBlock(text: string, bold = false): Block {
  return [{ runs: [{ text, bold }] }];
}

/**
 * Splits hits into pages of at most `pageSize` hits whose message fits in `limit`
 * (a hit too long for a message on its own gets a page to itself).
 */
export function pageRanges(hits: readonly Hit[], pageSize: number, limit = TELEGRAM_MESSAGE_LIMIT): [number, number][] {
  const pages: [number, number][] = [];
  // Room for the header (the echoed question, at most 200 characters, and the page line).
  const budget = limit - 1400;
  let start = 0;
  while (start < hits.length) {
    let end = start + 1;
    let size = renderBlock(hitBlock(hits[start]!)).length;
    while (end < hits.length && end - start < pageSize) {
      const next = renderBlock(hitBlock(hits[end]!)).length + 2;
      if (size + next > budget) break;
      size += next;
      end++;
    }
    pages.push([start, end]);
    start = end;
  }
  return pages;
}

/** The asker's question as echoed above an answer (escaped like all user text, shortened). */
function questionPiece(question: string): Piece {
  return { runs: [{ text: "❓ " }, { text: shorten(question, 200), italic: true }] };
}

/**
 * The messages of one page of an answer (question echoed on top), or the abstention (saying what
 * the article does not state, when `unstated`, with the passage where it speaks of the topic), or
 * the failure.
 */
export function renderAnswerPage(answer: Answer, ui: UiStrings, start: number, end: number): string[] {
  const header: Piece[] = answer.question.trim() ? [questionPiece(answer.question)] : [];
  if (!answer.answered || answer.hits.length === 0) {
    if (answer.notes?.includes("failed")) return packMessages([[...header, { runs: [{ text: ui.error }] }]]);
    // Not stated (a date, a figure, a detail the article does not give) says so; else the plain abstention.
    const said = answer.unstated ? [ui.unstated[answer.unstated], ui.abstainHint] : [ui.abstain];
    // Where the article speaks of it (`related`), under a line saying it does not answer.
    const related = answer.unstated ? (answer.related ?? []).slice(0, 1) : [];
    const shown: Block[] = related.length > 0 ? [textBlock(ui.related, true), ...related.map(hitBlock)] : [];
    return packMessages([[...header, ...said.map((text) => ({ runs: [{ text }] }))], ...shown]);
  }
  if (answer.notes?.includes("truncated")) header.push({ runs: [{ text: ui.truncated, italic: true }] });
  header.push({ runs: [{ text: ui.pageHeader(start + 1, Math.min(end, answer.hits.length), answer.hits.length), bold: true }] });
  return packMessages([header, ...answer.hits.slice(start, end).map(hitBlock)]);
}

export function renderContext(hits: readonly Hit[], ui: UiStrings): string[] {
  return packMessages([textBlock(ui.contextTitle, true), ...hits.map(contextBlock)]);
}

/** All citations of the hits in full, each once, in mark order. */
export function renderSources(hits: readonly Hit[], ui: UiStrings): string[] {
  const seen = new Map<string, Citation>();
  for (const hit of hits) for (const c of hit.citations) if (!seen.has(c.mark)) seen.set(c.mark, c);
  if (seen.size === 0) return packMessages([textBlock(ui.noSources)]);
  return packMessages([textBlock(ui.sourcesTitle, true), ...[...seen.values()].map((c) => [citationPiece(c)])]);
}

export function renderAbout(doc: ArticleDocument, ui: UiStrings): string[] {
  const m = doc.meta;
  const authors = m.authors.map((a) => (a.affiliation ? `${a.name}(${a.affiliation})` : a.name)).join("; ");
  const blocks: Block[] = [
    [
      { runs: [{ text: m.title, bold: true }] },
      ...(authors ? [{ runs: [{ text: `${ui.aboutAuthors}: `, italic: true }, { text: authors }] }] : []),
      ...(m.keywordsZh.length > 0
        ? [{ runs: [{ text: `${ui.aboutKeywords}: `, italic: true }, { text: m.keywordsZh.join(" · ") }] }]
        : []),
    ],
  ];
  if (m.abstractZh) {
    blocks.push([{ runs: [{ text: ui.aboutAbstract, italic: true }] }, { wrap: "blockquote expandable", runs: [{ text: m.abstractZh }] }]);
  }
  if (m.abstractEn) {
    blocks.push([{ runs: [{ text: ui.aboutAbstractEn, italic: true }] }, { wrap: "blockquote expandable", runs: [{ text: m.abstractEn }] }]);
  }
  return packMessages(blocks);
}

export function renderToc(ui: UiStrings, empty: boolean): string {
  return packMessages([textBlock(empty ? ui.tocEmpty : ui.tocTitle)])[0]!;
}

export function renderSectionOpening(sectionPath: readonly string[], sentences: readonly Sentence[], ui: UiStrings): string[] {
  const title: Piece = { runs: [{ text: sectionPath.join(" › "), italic: true }] };
  if (sentences.length === 0) return packMessages([[title], textBlock(ui.sectionEmpty)]);
  return packMessages([[title, { wrap: "blockquote", runs: [{ text: sentences.map((s) => s.text).join("") }] }]]);
}

/** A plain notice from the bot's own strings (escaped like everything else). */
export function renderNotice(text: string): string {
  return packMessages([textBlock(text)])[0] ?? "";
}

/** One hit as a single message (inline results): the quote, its section and sources. */
export function renderInlineHit(hit: Hit): string {
  return packMessages([hitBlock(hit)])[0] ?? "";
}

/** The message without markup: links become their text (and URL when different). */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (_m, href: string, text: string) => (href === text ? text : `${text} (${href})`))
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
