/**
 * Parses one article (a PDF turned into Markdown) into an `ArticleDocument`.
 * - `parseArticle(source, { docId, file, sha256 })`: metadata (title, authors with affiliations,
 *   内容提要, keywords, funding, editor, this article's English abstract and keywords), the
 *   section tree from the numbering, paragraphs with page breaks repaired, sentences with their
 *   resolved footnotes, passages, and every problem found (with file and line);
 * - `endsSentence(text)`: does a paragraph end a sentence (else a page break cut it)?
 *
 * Layout rules (see issue 2): a text paragraph that does not end a sentence continues in the
 * next text paragraph, across footnote blocks, `---` rules and blank lines but never across a
 * heading; Chinese is joined without a space. Footnote marks refer to the first footnote block
 * that follows them. Text is kept as printed (no space normalisation beyond collapsing runs of
 * whitespace to one space). The ABSTRACTS page: its first bold-author entry is this article's
 * English abstract; the other entries belong to other articles (`otherArticles`, never sentences).
 */
import type {
  ArticleDocument,
  ArticleMeta,
  Author,
  Footnote,
  Lang,
  Paragraph,
  ParseProblem,
  Passage,
  SectionNode,
  Sentence,
  SentenceKind,
} from "./types.js";
import { isRule, parseHeading, stripMarkup } from "./markup.js";
import {
  buildFootnoteBlock,
  findMarks,
  parseDefinitionStart,
  removeMarks,
  resolveMark,
  type FootnoteBlock,
} from "./footnotes.js";
import { SectionTreeBuilder, isConclusionTitle, isIntroductionTitle, parseNumbering } from "./sections.js";
import { sentenceSpans } from "./sentences.js";
import { detectLanguage } from "./language.js";
import { buildPassages } from "./passages.js";

export interface ParseOptions {
  docId: string;
  /** Path of the file, as reported in problems and `ArticleDocument.file`. */
  file: string;
  sha256?: string;
}

/** A run of source lines: a Markdown paragraph, heading or rule. */
interface Block {
  kind: "heading" | "rule" | "definition" | "text";
  line: number;
  endLine: number;
  /** Source lines (markup still in place). */
  lines: { line: number; text: string }[];
  /** For headings: clean heading text; else the lines joined with a space. */
  text: string;
}

function splitBlocks(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let current: Block | undefined;
  const flush = (): void => {
    if (current) {
      current.text = current.lines.map((l) => l.text.trim()).join(" ");
      current.kind = parseDefinitionStart(current.text) ? "definition" : "text";
      blocks.push(current);
    }
    current = undefined;
  };
  lines.forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === "") return flush();
    const heading = parseHeading(text);
    if (heading || isRule(text)) {
      flush();
      blocks.push({
        kind: heading ? "heading" : "rule",
        line,
        endLine: line,
        lines: [{ line, text }],
        text: heading?.text ?? "",
      });
      return;
    }
    if (!current) current = { kind: "text", line, endLine: line, lines: [], text: "" };
    current.lines.push({ line, text });
    current.endLine = line;
  });
  flush();
  return blocks;
}

const CLOSING = /[\s”’」』）)》〉】"'①-⑳]+$/u;

export function endsSentence(text: string): boolean {
  const core = stripMarkup(text).replace(CLOSING, "");
  const last = core[core.length - 1];
  if (last === undefined) return true;
  if ("。！？；!?;…".includes(last)) return true;
  // A full stop ends a sentence, a decimal point cut by the page does not.
  return last === "." && !/\d/.test(core[core.length - 2] ?? "");
}

const ABSTRACTS_HEADING = /^(?:ABSTRACTS?|英文摘要)$/iu;
const FIELD = /^【\s*([^】]+?)\s*】\s*([\s\S]*)$/u;
const EDITOR = /^[(（]\s*(?:责任编辑|编辑|责编)\s*[:：]\s*([^)）]+?)\s*[)）]$/u;
const BOLD_LEAD = /^\*\*\s*([^*]+?)\s*\*\*\s*([\s\S]*)$/u;
const KEYWORDS_EN = /^key\s*words?\s*[:：]?\s*$/iu;

/** Splits a keywords line on separators, keeping “quoted phrases” whole. */
function splitKeywords(text: string, separators: RegExp): string[] {
  const out: string[] = [];
  let word = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "“" || ch === "《") depth += 1;
    if ((ch === "”" || ch === "》") && depth > 0) depth -= 1;
    if (depth === 0 && separators.test(ch)) {
      if (word.trim()) out.push(word.trim());
      word = "";
    } else {
      word += ch;
    }
  }
  if (word.trim()) out.push(word.trim());
  return out.map((w) => w.replace(/[。.]$/u, ""));
}

function parseAffiliations(text: string, authors: Author[]): void {
  for (const entry of text.replace(/[。.]\s*$/u, "").split(/[;；]/u)) {
    const parts = entry.split(/[,，]/u).map((p) => p.trim()).filter(Boolean);
    const name = parts.shift();
    if (!name) continue;
    const role = parts.length > 1 && /通讯作者|corresponding/iu.test(parts[parts.length - 1]!) ? parts.pop() : undefined;
    let author = authors.find((a) => a.name === name);
    if (!author) {
      author = { name };
      authors.push(author);
    }
    if (parts.length > 0) author.affiliation = parts.join(",");
    if (role) author.role = role;
  }
}

/** A paragraph being assembled from the clean text of one or more source lines. */
interface Draft {
  sectionId: string;
  section: string[];
  kind: SentenceKind;
  segments: { line: number; text: string }[];
}

export function parseArticle(source: string, options: ParseOptions): ArticleDocument {
  const { docId, file } = options;
  const problems: ParseProblem[] = [];
  const problem = (line: number, kind: ParseProblem["kind"], message: string): void => {
    problems.push({ file, line, kind, message });
  };
  const blocks = splitBlocks(source);

  // The ABSTRACTS page closes the article proper.
  const abstractsAt = blocks.findIndex((b) => b.kind === "heading" && ABSTRACTS_HEADING.test(b.text));
  const article = abstractsAt >= 0 ? blocks.slice(0, abstractsAt) : blocks;
  const abstractsPage = abstractsAt >= 0 ? blocks.slice(abstractsAt + 1) : [];

  // Footnote blocks: runs of consecutive definition paragraphs, one per page.
  const footnoteBlocks: FootnoteBlock[] = [];
  for (let i = 0; i < article.length; ) {
    if (article[i]!.kind !== "definition") {
      i += 1;
      continue;
    }
    const defs: { line: number; text: string }[] = [];
    while (i < article.length && article[i]!.kind === "definition") {
      defs.push({ line: article[i]!.line, text: article[i]!.text });
      i += 1;
    }
    const built = buildFootnoteBlock(defs, footnoteBlocks.length + 1, docId, file);
    footnoteBlocks.push(built.block);
    problems.push(...built.problems);
  }
  const footnotes = footnoteBlocks.flatMap((b) => b.footnotes);

  // Title: the first heading, unless it is already a section heading.
  const first = article.find((b) => b.kind !== "rule");
  const titleBlock =
    first?.kind === "heading" &&
    !parseNumbering(first.text) &&
    !isIntroductionTitle(first.text) &&
    !isConclusionTitle(first.text)
      ? first
      : undefined;
  const meta: ArticleMeta = {
    title: titleBlock?.text ?? "",
    authors: [],
    abstractZh: "",
    keywordsZh: [],
    keywordsEn: [],
  };

  const tree = new SectionTreeBuilder();
  const drafts: Draft[] = [];
  let open: Draft | undefined;
  let pageBreakJoins = 0;
  let section: SectionNode | undefined;
  let inBody = false;
  let authorsLine: string | undefined;
  let affiliations: string | undefined;

  for (const block of article) {
    if (block === titleBlock || block.kind === "rule" || block.kind === "definition") continue;
    if (block.kind === "heading") {
      open = undefined;
      inBody = true;
      section = tree.add(block.text, block.line);
      if (!section.number && section.id !== "intro" && section.id !== "conclusion") {
        problem(block.line, "unnumbered-heading", `heading "${block.text}" has no numbering; treated as a top-level section`);
      }
      continue;
    }
    const clean = stripMarkup(block.text);
    const editor = EDITOR.exec(clean);
    if (editor) {
      meta.editor = editor[1]!;
      open = undefined;
      continue;
    }
    if (!inBody) {
      const field = FIELD.exec(clean);
      if (field) {
        const [, name, value] = field as unknown as [string, string, string];
        (meta.frontMatter ??= []).push({ label: name, text: value, line: block.line });
        if (/内容提要|摘要|提要/u.test(name)) {
          meta.abstractZh = value;
          const abstractSection = tree.addSynthetic("abstract-zh", "内容提要", block.line);
          drafts.push({
            sectionId: abstractSection.id,
            section: abstractSection.path,
            kind: "abstract-zh",
            segments: [{ line: block.line, text: value }],
          });
        } else if (/关键词|关键字/u.test(name)) {
          meta.keywordsZh = splitKeywords(value, /[\s;；,，、]/u);
        } else if (/基金/u.test(name)) {
          meta.funding = value;
        } else if (/作者简介|作者单位/u.test(name)) {
          affiliations = value;
        } else {
          problem(block.line, "other", `unknown front matter field 【${name}】 ignored`);
        }
      } else if (authorsLine === undefined && meta.abstractZh === "") {
        authorsLine = clean;
      } else {
        problem(block.line, "other", `text before the first section heading is not part of the front matter: "${clean.slice(0, 30)}…"`);
      }
      continue;
    }
    const segment = { line: block.line, text: clean };
    if (open && open.segments.length > 0 && !endsSentence(open.segments[open.segments.length - 1]!.text)) {
      open.segments.push(segment);
      pageBreakJoins += 1;
      continue;
    }
    open = { sectionId: section!.id, section: section!.path, kind: "body", segments: [segment] };
    drafts.push(open);
  }

  if (authorsLine) meta.authors = authorsLine.split(/[\s,，、;；]+/u).filter(Boolean).map((name) => ({ name }));
  if (affiliations) parseAffiliations(affiliations, meta.authors);

  // The ABSTRACTS page: entries start with bold author names; the first one is this article's.
  const otherArticles: ArticleDocument["otherArticles"] = [];
  interface Entry { authors: string; line: number; segments: { line: number; text: string }[]; keywords?: string; keywordsLine?: number }
  const entries: Entry[] = [];
  for (const block of abstractsPage) {
    if (block.kind === "heading" || block.kind === "rule") continue;
    const bold = BOLD_LEAD.exec(block.text);
    const clean = stripMarkup(block.text);
    const editor = EDITOR.exec(clean);
    if (editor) {
      meta.editor ??= editor[1]!;
      continue;
    }
    if (bold && KEYWORDS_EN.test(bold[1]!)) {
      const entry = entries[entries.length - 1];
      if (entry) [entry.keywords, entry.keywordsLine] = [stripMarkup(bold[2]!), block.line];
      continue;
    }
    if (/^key\s*words?\s*[:：]/iu.test(clean)) {
      const entry = entries[entries.length - 1];
      if (entry) [entry.keywords, entry.keywordsLine] = [clean.replace(/^key\s*words?\s*[:：]\s*/iu, ""), block.line];
      continue;
    }
    if (bold) {
      entries.push({ authors: stripMarkup(bold[1]!), line: block.line, segments: [{ line: block.line, text: stripMarkup(bold[2]!) }] });
      continue;
    }
    const entry = entries[entries.length - 1];
    if (entry) entry.segments.push({ line: block.line, text: clean });
    else problem(block.line, "other", "text on the ABSTRACTS page before any author entry ignored");
  }
  const own = entries[0];
  for (const entry of entries.slice(1)) {
    otherArticles.push({ authors: entry.authors, text: entry.segments.map((s) => s.text).join(" "), line: entry.line });
  }
  if (own) {
    meta.abstractEn = own.segments.map((s) => s.text).join(" ");
    meta.authorsEn = own.authors;
    meta.keywordsEn = own.keywords ? splitKeywords(own.keywords, /[;；]/u) : [];
    if (own.keywords) (meta.frontMatter ??= []).push({ label: "Keywords", text: own.keywords, line: own.keywordsLine ?? own.line });
    const abstractSection = tree.addSynthetic("abstract-en", "Abstract", own.line);
    drafts.push({ sectionId: abstractSection.id, section: abstractSection.path, kind: "abstract-en", segments: own.segments });
  }

  // Sentences, marks and passages, paragraph by paragraph.
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const passages: Passage[] = [];
  const passageIds = new Set<string>();
  const used = new Set<Footnote>();
  let markCount = 0;
  for (const draft of drafts) {
    const lang: Lang = detectLanguage(draft.segments.map((s) => s.text).join(""));
    let text = "";
    const starts: { offset: number; line: number }[] = [];
    for (const segment of draft.segments) {
      if (text !== "" && lang !== "zh") text += " ";
      starts.push({ offset: text.length, line: segment.line });
      text += segment.text;
    }
    const lineAt = (offset: number): number => {
      let line = starts[0]!.line;
      for (const s of starts) if (s.offset <= offset) line = s.line;
      return line;
    };
    const marks = findMarks(text).map((m) => {
      const line = lineAt(m.index);
      const footnote = resolveMark(footnoteBlocks, line, m.number);
      if (footnote) used.add(footnote);
      else problem(line, "mark-without-definition", `footnote mark ${m.mark} has no definition in the footnote block that follows it`);
      return { ...m, footnote };
    });
    markCount += marks.length;
    const paragraph: Paragraph = {
      id: `${docId}#para${paragraphs.length}`,
      docId,
      sectionId: draft.sectionId,
      section: draft.section,
      sentenceIds: [],
      lines: [draft.segments[0]!.line, draft.segments[draft.segments.length - 1]!.line],
    };
    const own: Sentence[] = [];
    for (const [start, end] of sentenceSpans(text, lang)) {
      const sentenceText = text.slice(start, end);
      const plain = removeMarks(sentenceText).replace(/\s+/gu, " ").trim();
      if (plain === "") continue;
      const ordinal = sentences.length;
      const sentence: Sentence = {
        id: `${docId}#s${ordinal}`,
        docId,
        ordinal,
        paragraphId: paragraph.id,
        section: draft.section,
        sectionId: draft.sectionId,
        lang: detectLanguage(plain),
        kind: draft.kind,
        text: sentenceText,
        plain,
        footnotes: marks.filter((m) => m.index >= start && m.index < end && m.footnote).map((m) => m.footnote!),
        lines: [lineAt(start), lineAt(end - 1)],
      };
      sentences.push(sentence);
      own.push(sentence);
      paragraph.sentenceIds.push(sentence.id);
    }
    if (own.length === 0) continue;
    paragraphs.push(paragraph);
    passages.push(...buildPassages(docId, paragraph, own, passageIds));
  }

  for (const footnote of footnotes) {
    if (!used.has(footnote)) {
      problem(footnote.line, "definition-never-used", `footnote ${footnote.mark} is defined but no mark before it refers to it`);
    }
  }
  if (!meta.title) problem(1, "not-an-article", "no title: the file does not start with a title heading");
  if (!sentences.some((s) => s.kind === "body")) problem(titleBlock?.line ?? 1, "not-an-article", "no body text under a section heading");
  problems.sort((a, b) => a.line - b.line);

  return {
    id: docId,
    file,
    sha256: options.sha256 ?? "",
    meta,
    sections: tree.roots,
    paragraphs,
    sentences,
    passages,
    footnotes,
    markCount,
    pageBreakJoins,
    otherArticles,
    problems,
  };
}
