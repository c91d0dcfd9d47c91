/**
 * The part of the article a question points at ("in the conclusion…", "提要里说…", "во введении…")
 * and which sentences make up that part. Students often say where they are reading; the words
 * that say so ("summary", "conclusion") are not what they ask about, and searched as words they
 * pull in the wrong sentences ("summary" → 总结).
 *
 * Exports:
 * - `Region` (type): `introduction`, `conclusion`, `summary-zh` (内容提要), `abstract-en`,
 *   `summary` (either abstract), or a numbered top-level part (`part-1`…).
 * - `askedRegion(question)` → `{ region, cue, topic?, position? }`: the region pointed at and the
 *   words that point (to leave out of the search), or `titled` with the topic of "the section on
 *   X", or undefined; `position` when the question points at the region's start or end
 *   (第二部分一开头, 引言结尾, "at the start of part three"), and `sentence` when it names the
 *   first or last sentence itself (第一句话, "the last sentence").
 * - `withoutPointers(question, asked)` → the question without the words that point (to search),
 *   "which line says" among them (a line of the text is a sentence, not 线).
 * - `titleScore(titleTokens, topicTokens, weight)` → how well a section title names that topic.
 * - `pointsAtPageBreak(question)` → whether the question says its sentence is cut by a page
 *   break (这句跨页了, "the sentence runs over a page break", разорвано переносом страницы).
 * - `crossesPage(sentence)` → whether a sentence was joined across a page break.
 * - `regionSentenceIds(sentences, region)` → the ids of the sentences in that region: the
 *   introduction and conclusion by their section titles (引言, 结语, Conclusion…), else the first
 *   and last body paragraphs; the abstracts by sentence kind; parts by their numbering.
 */

import type { Sentence } from "./types.js";

export type Region = "introduction" | "conclusion" | "summary-zh" | "abstract-en" | "summary" | `part-${number}` | `section:${string}`;

export interface AskedRegion {
  /** The region, or `titled` for "the section on X" (which section is found by its title: `titleScore`). */
  region: Region | "titled";
  /** The words of the question that point at the region (for `titled`: none to leave out). */
  cue: string;
  /** For `titled`: the words naming the section's topic ("green cooperation", 绿色合作). */
  topic?: string;
  /** Whether the question points at the region's start (第二部分一开头) or end (引言结尾). */
  position?: "start" | "end";
  /** Whether it points at the first or last sentence itself (第一句话, "the last sentence"), not its paragraph. */
  sentence?: true;
}

/** The first or the last sentence named as such: 第一句(话), 首句, "the opening sentence", первое предложение. */
const FIRST_SENTENCE = /第一句|首句|开头(?:那|的)?一句|\b(?:first|opening) sentence\b|перв\p{L}* (?:предложени|фраз)/iu;
const LAST_SENTENCE = /最后一句|末句|结尾(?:那|的)?一句|\b(?:last|closing|final) sentence\b|последн\p{L}* (?:предложени|фраз)/iu;

/**
 * "Which line says…", "quote the line that…", "the Declaration line about…": a line of the text,
 * a sentence (not Line D, a railway line or a border line, which 线 would find).
 */
const TEXT_LINE = /\b(?:(?:the|a|which|what|this|that|one|exact|declaration) )lines?(?= (?:that|which|where|saying|says|say|said|gives|give|about|mentioning|mentions|from|for)\b)/giu;

/**
 * "这句跨页了", "被分页切成两半", "(the sentence runs over a page break)", "разорвано переносом
 * страницы": a reader of the PDF saying the sentence they ask about is cut by a page break.
 */
const PAGE_BREAK = new RegExp(
  [
    "(?:被|在)?(?:分页|分頁|换页|換頁|翻页|翻頁)(?:的地方|处|處)?(?:给)?(?:切|拆|断|斷|截|隔)(?:开|開|成两半|成兩半|成两截|成兩截|断|斷)?了?",
    "跨(?:页|頁)了?",
    String.raw`\b(?:cut|split|broken|interrupted|runs?|running|goes|continues) (?:by|over|across|onto|on to) (?:a |the )?(?:page[- ]?break|two pages|the next page)\b`,
    String.raw`\bpage[- ]?breaks?\b`,
    String.raw`(?:(?:предложени|фраз)\p{L}*\s+)?(?:(?:разорван|разбит|перенес[её]н|прерван)\p{L}*\s+)?(?:переносом|разрывом|через перенос|на нов\p{L}* |на следующ\p{L}* )\s*страниц\p{L}*|(?:перенос|разрыв)\p{L}* страниц\p{L}*`,
  ].join("|"),
  "giu",
);

/** Whether the question says its sentence is cut by a page break. */
export function pointsAtPageBreak(question: string): boolean {
  PAGE_BREAK.lastIndex = 0;
  return PAGE_BREAK.test(question);
}

/** Whether a sentence was joined across a page break (its text spans more than one line of the file). */
export function crossesPage(sentence: Pick<Sentence, "lines">): boolean {
  return sentence.lines[0] !== sentence.lines[1];
}

/**
 * The question without the words that point at a place in the article (the region's cue and a
 * "第一句话 / the last sentence"), at a sentence ("which line says") or at a page break: searched
 * as words they mislead ("第一" meets 第一大贸易伙伴, "line" 边界线).
 */
export function withoutPointers(question: string, asked: AskedRegion | undefined): string {
  const text = question.replace(TEXT_LINE, " ").replace(PAGE_BREAK, " ");
  if (!asked) return text;
  const out = asked.cue ? text.replace(asked.cue, " ") : text;
  return asked.sentence ? out.replace(FIRST_SENTENCE, " ").replace(LAST_SENTENCE, " ") : out;
}

/** The position and, when a first or last sentence is named, that sentence alone. */
function edgeOf(question: string, cue: string, at: number): Pick<AskedRegion, "position" | "sentence"> {
  if (FIRST_SENTENCE.test(question)) return { position: "start", sentence: true };
  if (LAST_SENTENCE.test(question)) return { position: "end", sentence: true };
  const position = positionOf(question, cue, at);
  return position ? { position } : {};
}

/** Right after the words naming a region: its start or its end (第二部分一开头, 引言的结尾). */
const START_AFTER = /^(?:的)?(?:一)?(?:开头|开篇|开始|起首)/u;
const END_AFTER = /^(?:的)?(?:结尾|末尾|最后|收尾)/u;
/** In the words naming a region, or before them: "at the start of the introduction". */
const START_IN = /开头|开篇|\b(?:start|beginning|opening)\b|(?<!\p{L})начал/iu;
const END_IN = /结尾|末尾|\bend\b|(?<!\p{L})конц/iu;
/** Words naming a region that has a start and an end of its own (not the conclusion, the article's end). */
const REGION_WORD = /引言|导言|前言|部分|introduction|\bpart\b|\bsection\b|раздел|част|введени/iu;

/** The position a question points at within the region its `cue` names, if any. */
function positionOf(question: string, cue: string, at: number): AskedRegion["position"] {
  const after = question.slice(at + cue.length);
  const before = question.slice(Math.max(0, at - 20), at);
  // (The conclusion's own words, 结尾, "the end of the article", name a region, not a position in one.)
  const inRegion = REGION_WORD.test(cue);
  if (START_AFTER.test(after) || (inRegion && START_IN.test(cue)) || /(?:^|\b(?:at|from) the |\bthe )(?:start|beginning|opening) of\s*$|(?:в|с) начал\p{L}*\s*$/iu.test(before)) return "start";
  if (END_AFTER.test(after) || (inRegion && END_IN.test(cue)) || /(?:^|\b(?:at|towards?) the |\bthe )end of\s*$|в конц\p{L}*\s*$/iu.test(before)) return "end";
  return undefined;
}

/** Ordinal words and numerals, 1 to 6, as they begin (Russian stems take any ending). */
const NUMERALS: readonly RegExp[] = [
  /^(?:一|1|one|first|перв)/u,
  /^(?:二|2|two|second|втор)/u,
  /^(?:三|3|three|third|трет)/u,
  /^(?:四|4|four|fourth|четв[её]рт)/u,
  /^(?:五|5|five|fifth|пят)/u,
  /^(?:六|6|six|sixth|шест)/u,
];

/** "the / its / this / the article's …": an English region word counts only with one of these. */
const DET = String.raw`(?:the|its|this|their)(?: (?:article|paper|authors?)'s?)?`;
/** …and not when it is the summary OF something else ("the summary of the match"). */
const NOT_OF_OTHER = String.raw`(?!\s+(?:of|for|on|about)\s+(?!(?:the|this|that) (?:article|paper|text)\b))`;
const english = (words: string) => String.raw`\b${DET} (?:${words})\b${NOT_OF_OTHER}`;

/** Checked in order: the first that matches wins (结尾开头 is the start of the conclusion). */
const CUES: readonly { region: Region | "part"; pattern: RegExp }[] = [
  {
    region: "abstract-en",
    pattern: /\benglish(?:-language)? (?:abstract|summary)\b|英文(?:摘要|提要)|англ\p{L}* (?:аннотаци|резюме)\p{L}*/iu,
  },
  {
    region: "summary-zh",
    pattern: /(?:文章|本文|论文)?(?:的)?(?:内容提要|提要|摘要)|\bchinese (?:summary|abstract)\b|кита\p{L}* (?:аннотаци|резюме)\p{L}*/iu,
  },
  {
    region: "summary",
    pattern: new RegExp(
      `(?:in |according to |from )?${english("abstract|summary")}(?: at the (?:top|beginning|start))?|(?:в |по |согласно |из )?аннотаци\\p{L}*|резюме статьи`,
      "iu",
    ),
  },
  {
    region: "conclusion",
    pattern: new RegExp(
      [
        // (Not the end of the introduction or of a section: 引言结尾, 这一节末尾.)
        "(?:文章|本文|论文)?(?:的)?(?<!(?:引言|导言|前言|开篇|部分|一节|这节|那节|小节)的?)(?:结尾|结语|结束语|结论(?:部分|那块|那段|里|中)|最后一段|末尾)",
        `(?:in )?${english("conclusion|concluding (?:paragraph|section|part|remarks)|closing (?:paragraph|section|part|lines|words)|final (?:paragraph|section|part)|last paragraph")}`,
        String.raw`\bat the end of the (?:article|paper)\b`,
        String.raw`(?:в|из) заключени[ия](?!\s+(?:договор|соглашени|контракт|мир|сделк))`,
        String.raw`заключени\p{L}* (?:к )?(?:стать|работ)\p{L}*`,
        String.raw`заключительн\p{L}*`,
        "в конце статьи",
        String.raw`(?:в )?последн\p{L}* (?:абзац|част)\p{L}*`,
      ].join("|"),
      "iu",
    ),
  },
  {
    region: "introduction",
    pattern: new RegExp(
      [
        "(?:文章|本文|论文)?(?:的)?(?:引言|导言|前言|开头部分|开篇)(?:的?(?:结尾|末尾|最后|开头))?",
        `(?:in )?${english("introduction|opening (?:paragraph|section|part|lines)")}`,
        String.raw`\bintro\b`,
        String.raw`\bat the (?:start|beginning) of the (?:article|paper)\b`,
        String.raw`во введении(?!\s+(?:виз|режим|санкци|пошлин|налог|мер))`,
        String.raw`введени\p{L}* (?:к )?(?:стать|работ)\p{L}*`,
        String.raw`вступлени\p{L}*`,
        "в начале статьи",
      ].join("|"),
      "iu",
    ),
  },
  {
    region: "part",
    pattern: /第([一二三四五六])部分|\b(?:part|section) (one|two|three|four|five|six|[1-6])\b|\b(?:the )?(first|second|third|fourth|fifth|sixth) (?:part|section)\b|(перв|втор|трет|четв[её]рт|пят|шест)\p{L}* (?:част|раздел)\p{L}*|(?:част|раздел)\p{L}* ([1-6])\b/iu,
  },
];

function partNumber(word: string): number | undefined {
  const at = NUMERALS.findIndex((n) => n.test(word.toLowerCase()));
  return at >= 0 ? at + 1 : undefined;
}

/**
 * "The section on X", "X这一部分", "в разделе о X": a section named by its topic. Checked after
 * the cues above (第二部分 is a numbered part; 组成部分 / 一部分 / 大部分 are no sections).
 */
const TITLED: readonly RegExp[] = [
  /\b(?:section|part|chapter|subsection|bit) (?:on|about|dealing with|covering|devoted to|that (?:discusses|covers|deals with)) ([^,?.;:!]{3,60})/iu,
  /\bthe ((?:[\p{L}-]+ ){0,4}[\p{L}-]+) (?:section|subsection|chapter|bit)\b/iu,
  /^\s*((?:[\p{L}-]+ ){0,3}[\p{L}-]+) bit\s*[:,]/iu,
  /(\p{Script=Han}[\p{Script=Han}“”"—]{1,14}?)[”"]?(?:这一|这个|那一|那个)(?:部分|小节|一节|章节)/u,
  /(\p{Script=Han}[\p{Script=Han}“”"—]{1,14}?)[”"]?(?:这|那)节/u,
  /(\p{Script=Han}[\p{Script=Han}“”"—]{1,14}?)[”"]?(?<![第这那哪每上下前后同])一节/u,
  /(\p{Script=Han}[\p{Script=Han}“”"—]{1,14}?)[”"]?那块/u,
  /(\p{Script=Han}[\p{Script=Han}“”"—]{1,14}?)[”"]?(?<![组成一大多少某些各])(?:部分|小节|章节)/u,
  /(?:в|из)(?: \p{L}+)? (?:раздел|част|глав)\p{L}* (?:о|об|про|посвящ\p{L}* ) ?([^,?.;:!]{3,60})/iu,
];

function withPosition(asked: AskedRegion, question: string, at: number): AskedRegion {
  return { ...asked, ...edgeOf(question, asked.cue, at) };
}

/**
 * A numbered subsection: 三(二), 第三部分（二）, 第三部分第二节, "section 2(1)", "part 3.2", "раздел 3.2":
 * the article numbers its parts 一二三 and their subsections (一)(二) (section ids s3.2).
 */
const SUBSECTION =
  /(?:第)?([一二三四五六])(?:部分)?的?[（(]([一二三四五六七八九])[)）]|第([一二三四五六])部分的?第([一二三四五六七八九])(?:节|小节|部分)|\b(?:section|part)\s*([1-6])\s*(?:\.\s*([1-9])\b|\(\s*([1-9])\s*\))|(?:раздел|част|глав)\p{L}*\s*([1-6])\s*(?:\.\s*([1-9])\b|\(\s*([1-9])\s*\))/iu;

/** The region a question points at, with the words that point, if any. */
export function askedRegion(question: string): AskedRegion | undefined {
  const sub = SUBSECTION.exec(question);
  if (sub) {
    const [part, section] = sub.slice(1).filter((g): g is string => g !== undefined).map((g) => partNumber(g) ?? Number(g));
    if (part && section) return withPosition({ region: `section:s${part}.${section}`, cue: sub[0] }, question, sub.index);
  }
  for (const { region, pattern } of CUES) {
    const m = pattern.exec(question);
    if (!m) continue;
    if (region !== "part") return withPosition({ region, cue: m[0] }, question, m.index);
    const n = partNumber(m.slice(1).find((g) => g !== undefined) ?? "");
    if (n !== undefined) return withPosition({ region: `part-${n}`, cue: m[0] }, question, m.index);
  }
  for (const pattern of TITLED) {
    const m = pattern.exec(question);
    const topic = m?.[1]?.trim();
    if (m && topic && !/^(?:which|what|this|that|first|second|third|last|next|какой|каком|этом)$/iu.test(topic)) {
      // (The pointing words stay in the search: they name the topic. Their end tells the position: 和平安全那节开头.)
      return { region: "titled", cue: "", topic, ...edgeOf(question, m[0], m.index) };
    }
  }
  return undefined;
}

/**
 * How well a section title names a topic: the summed weights of the title's tokens that the
 * topic's tokens hold (the caller tokenizes, carries foreign words into Chinese and weighs).
 */
export function titleScore(titleTokens: readonly string[], topicTokens: ReadonlySet<string>, weight: (token: string) => number): number {
  let score = 0;
  for (const t of new Set(titleTokens)) if (topicTokens.has(t)) score += weight(t);
  return score;
}

const CONCLUSION_TITLE = /结语|结论|结束语|余论|conclusion|заключени/iu;
const INTRODUCTION_TITLE = /引言|导言|前言|导论|introduction|введени/iu;
const PART_NUMBERS = ["一", "二", "三", "四", "五", "六"];

/** Body sentences of the paragraph holding `pick(body)`. */
function paragraphOf(body: readonly Sentence[], pick: (body: readonly Sentence[]) => Sentence | undefined): Sentence[] {
  const s = pick(body);
  return s ? body.filter((b) => b.paragraphId === s.paragraphId) : [];
}

/** The ids of the sentences that make up a region (in the order given). */
export function regionSentenceIds(sentences: readonly Sentence[], region: Region): string[] {
  const body = sentences.filter((s) => s.kind === "body");
  const titled = (title: RegExp) => body.filter((s) => s.section.some((t) => title.test(t)));
  let picked: readonly Sentence[];
  switch (region) {
    case "summary-zh":
      picked = sentences.filter((s) => s.kind === "abstract-zh");
      break;
    case "abstract-en":
      picked = sentences.filter((s) => s.kind === "abstract-en");
      break;
    case "summary":
      picked = sentences.filter((s) => s.kind === "abstract-zh" || s.kind === "abstract-en");
      break;
    case "introduction": {
      const byTitle = titled(INTRODUCTION_TITLE);
      picked = byTitle.length > 0 ? byTitle : paragraphOf(body, (b) => b[0]);
      break;
    }
    case "conclusion": {
      const byTitle = titled(CONCLUSION_TITLE);
      picked = byTitle.length > 0 ? byTitle : paragraphOf(body, (b) => b[b.length - 1]);
      break;
    }
    default: {
      if (region.startsWith("section:")) {
        const id = region.slice("section:".length);
        picked = body.filter((s) => s.sectionId === id || s.sectionId.startsWith(`${id}.`));
      } else {
        const number = PART_NUMBERS[Number(region.slice("part-".length)) - 1];
        picked = number ? body.filter((s) => s.section[0]?.startsWith(number)) : [];
      }
      // An untitled conclusion (the last body paragraph) sits under the last section's heading but
      // is not part of it: "the last sentence of 三(四)" is not the article's last sentence.
      if (titled(CONCLUSION_TITLE).length === 0) {
        const conclusion = new Set(paragraphOf(body, (b) => b[b.length - 1]).map((s) => s.id));
        const without = picked.filter((s) => !conclusion.has(s.id));
        if (without.length > 0) picked = without;
      }
    }
  }
  return picked.map((s) => s.id);
}
