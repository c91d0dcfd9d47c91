/**
 * The shared data model of the core: what the parser produces from an article
 * (`ArticleDocument` with its sections, paragraphs, sentences, passages and
 * footnotes) and what the answer core gives every front end (`Answer`).
 *
 * Nothing here knows about Telegram, the terminal or the index on disk.
 */

/** Languages the product understands. `other` is any question we cannot place. */
export type Lang = "zh" | "en" | "ru";

/** A problem found while parsing, always with the file and 1-based line it concerns. */
export interface ParseProblem {
  file: string;
  line: number;
  kind:
    | "mark-without-definition"
    | "definition-never-used"
    | "unresolved-same-as"
    | "not-an-article"
    | "unnumbered-heading"
    | "other";
  message: string;
}

/**
 * A footnote definition as resolved for readers. For a footnote that only says
 * 同① ("same as ①"), `text` and `urls` are those of the footnote it points to and
 * `sameAs` records the number it pointed to; `rawText` keeps what was written.
 */
export interface Footnote {
  /** Stable id, e.g. `china-central-asia-spirit#fn-p3-2` (page 3, number 2). */
  id: string;
  /** The circled mark as printed, e.g. "②". */
  mark: string;
  /** The number behind the mark (② → 2). Numbering restarts on every page. */
  number: number;
  /** Clean text of the source (markup removed, `\_` unescaped, links kept as plain URLs). */
  text: string;
  /** The definition as written, after markup removal (e.g. "同①。"). */
  rawText: string;
  /** URLs found in the source (from `<…>`, `[…](…)` and bare URLs), unescaped. */
  urls: string[];
  /** For 同① footnotes: the number of the footnote on the same page they repeat. */
  sameAs?: number;
  /** 1-based line in the corpus file where the definition stands. */
  line: number;
}

/** A node of the section tree, derived from the numbering (一/二/三, (一)/(二)), not the Markdown levels. */
export interface SectionNode {
  /** Stable id, e.g. `s2` or `s2.3`; `intro` for 引言; `abstract-zh`, `abstract-en`. */
  id: string;
  /** The numbering as printed: "一", "(三)", or "" for unnumbered sections like 引言. */
  number: string;
  /** Heading text without markup, numbering included, e.g. "(三) 互利是“中国—中亚精神”的动力来源". */
  title: string;
  /** 1 for 一/二/三 (and unnumbered top-level sections), 2 for (一)/(二). */
  level: number;
  /** Titles from the root down to and including this node. */
  path: string[];
  /** 1-based line of the heading in the corpus file (0 for synthetic sections like the abstract). */
  line: number;
  children: SectionNode[];
}

/** What part of the article a sentence comes from. Only `body` and the abstracts are quoted as answers. */
export type SentenceKind = "body" | "abstract-zh" | "abstract-en" | "keywords";

/** One sentence, clean and ready to quote. */
export interface Sentence {
  /** Stable id: `${docId}#s${ordinal}` where ordinal counts sentences in document order. */
  id: string;
  docId: string;
  /** Position in `ArticleDocument.sentences`. */
  ordinal: number;
  paragraphId: string;
  /** Section path titles, root first (e.g. ["一 “中国—中亚精神”的科学内涵", "(三) 互利是…"]). */
  section: string[];
  sectionId: string;
  lang: Lang;
  kind: SentenceKind;
  /** Clean text as users read it, footnote marks kept inline as printed circled digits (①). */
  text: string;
  /** `text` without footnote marks: what is embedded, searched and matched. */
  plain: string;
  /** The footnotes the sentence carries, in the order of their marks. */
  footnotes: Footnote[];
  /** 1-based lines of the corpus file the sentence spans (first, last). */
  lines: [number, number];
}

/** A paragraph after page-break repair: the unit of "context". */
export interface Paragraph {
  id: string;
  docId: string;
  sectionId: string;
  section: string[];
  sentenceIds: string[];
  /** 1-based lines it spans (first, last), including repaired page breaks. */
  lines: [number, number];
}

/** A retrieval passage: consecutive sentences of one paragraph, sized for the embedding model. */
export interface Passage {
  /** Stable across rebuilds of an unchanged corpus: derived from doc id and content. */
  id: string;
  docId: string;
  paragraphId: string;
  sectionId: string;
  section: string[];
  lang: Lang;
  sentenceIds: string[];
  /** Plain text of its sentences joined (no marks). */
  text: string;
}

export interface Author {
  name: string;
  affiliation?: string;
  role?: string;
}

/** Front matter and back matter of an article. */
export interface ArticleMeta {
  title: string;
  authors: Author[];
  abstractZh: string;
  keywordsZh: string[];
  funding?: string;
  editor?: string;
  /** This article's own English abstract (the first entry of the ABSTRACTS page). */
  abstractEn?: string;
  keywordsEn: string[];
  /** Author names as printed in the English abstract entry. */
  authorsEn?: string;
  /**
   * The 【…】 fields before the body, as printed (label without brackets, value), in file order,
   * then this article's English "Keywords:" line from the ABSTRACTS page.
   */
  frontMatter?: FrontMatterField[];
}

/** One front-matter field as printed, e.g. 【作者简介】 裴长洪,中国社会科学院经济研究所研究员;… */
export interface FrontMatterField {
  /** The label as printed, e.g. "作者简介", "基金项目", "关键词" (inside 【】), "Keywords". */
  label: string;
  /** The value as printed (markup removed). */
  text: string;
  /** 1-based line in the corpus file. */
  line: number;
}

/** One parsed article. */
export interface ArticleDocument {
  /** Slug of the file name, e.g. `china-central-asia-spirit`. */
  id: string;
  /** Path of the corpus file relative to the project root. */
  file: string;
  /** sha256 of the file bytes. */
  sha256: string;
  meta: ArticleMeta;
  /** Top-level sections (tree). */
  sections: SectionNode[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  passages: Passage[];
  /** All footnote definitions in file order (24 for the shipped article). */
  footnotes: Footnote[];
  /** Number of footnote marks found in the body. */
  markCount: number;
  /** Number of page breaks that cut a sentence and were repaired. */
  pageBreakJoins: number;
  /** Abstracts of other articles found on the ABSTRACTS page: kept out of `sentences`, never quoted. */
  otherArticles: { authors: string; text: string; line: number }[];
  problems: ParseProblem[];
}

/** A resolved source of a quoted sentence, as shown to readers. */
export interface Citation {
  /** How the mark is shown in `quote`, e.g. "[1]". Numbered across one answer. */
  mark: string;
  text: string;
  urls: string[];
}

/** One quoted answer. */
export interface Hit {
  /** Exactly the sentence text shown to users (clean; footnote marks rendered as [1] [2]). */
  quote: string;
  /** The surrounding paragraph text (clean, marks rendered like `quote`). */
  context: string;
  /** Section path joined with " › ". */
  section: string;
  docId: string;
  passageId: string;
  sentenceIds: string[];
  score: number;
  citations: Citation[];
}

/** The answer object every front end renders. */
export interface Answer {
  question: string;
  language: Lang;
  answered: boolean;
  hits: Hit[];
  /**
   * Why there is no answer or what was changed in the question:
   * `empty` (nothing to search), `truncated` (question shortened for search), `not-found`,
   * `failed` (an internal error stopped the answer; nothing was found or denied: front ends
   * say something went wrong, never that the article lacks the answer).
   */
  notes?: ("empty" | "truncated" | "not-found" | "failed")[];
  /**
   * With `not-found`: what the question asked that the article, though it speaks of the topic,
   * does not state: a date, an amount, the detail asked (a population, a capital…), the place
   * asked (which city / country…, where), who (`person`), or anything for the place or the year the question
   * names (`other-place`: the figure it gives is Uzbekistan's, not Kazakhstan's; `other-year`:
   * it gives 1960's and 2020's, not 1990's).
   */
  unstated?: Unstated;
  /**
   * With `unstated`: where the article speaks of the topic (its best sentences, which do not give
   * what was asked), for the reader to see what it does say. Never an answer: `hits` stays empty.
   */
  related?: Hit[];
}

/** What an abstention says the article does not state (see `Answer.unstated`). */
export type Unstated = "date" | "quantity" | "detail" | "place" | "person" | "other-place" | "other-year";

/** Options of one question. */
export interface AskOptions {
  /** The asker's interface language code (Telegram `language_code`), a hint only. */
  languageHint?: string;
  /** How many hits to return at most (front ends page through them). Default 6. */
  maxHits?: number;
  /** When given, the core adds the milliseconds spent in each stage of this question (bench, profiling). */
  timings?: StageTimings;
}

/**
 * The stages of one question in the core: embedding the question, dense (vector) scoring,
 * keyword (BM25) scoring, fusion and ranking, sentence choice and hit composition.
 */
export type CoreStage = "embed" | "dense" | "keyword" | "fusion" | "choose";

/** Milliseconds per stage of one question (see `AskOptions.timings` and `stage-timings.ts`). */
export type StageTimings = Partial<Record<CoreStage, number>>;

/**
 * The answer core as every front end (bot, CLI, eval, bench) sees it: created once
 * (model and index loaded), then asked many times.
 */
export interface StudyEngine {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** All parsed articles (for /about, /toc). */
  readonly documents: readonly ArticleDocument[];
  /** A sentence by id (for context and sources). */
  sentence(id: string): Sentence | undefined;
  /** The paragraph holding a sentence. */
  paragraphOf(sentenceId: string): Paragraph | undefined;
  /** The first `count` body sentences of a section (for /toc buttons). */
  sectionOpening(docId: string, sectionId: string, count?: number): Sentence[];
  close(): Promise<void>;
}
