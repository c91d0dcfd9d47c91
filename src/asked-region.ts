/**
 * The part of the article a question points at ("in the conclusion…", "提要里说…", "во введении…")
 * and which sentences make up that part. Students often say where they are reading; the words
 * that say so ("summary", "conclusion") are not what they ask about, and searched as words they
 * pull in the wrong sentences ("summary" → 总结).
 *
 * Exports:
 * - `Region` (type): `introduction`, `conclusion`, `summary-zh` (内容提要), `abstract-en`,
 *   `summary` (either abstract), or a numbered top-level part (`part-1`…).
 * - `askedRegion(question)` → `{ region, cue }`: the region pointed at and the words that point
 *   (to leave out of the search), or undefined.
 * - `regionSentenceIds(sentences, region)` → the ids of the sentences in that region: the
 *   introduction and conclusion by their section titles (引言, 结语, Conclusion…), else the first
 *   and last body paragraphs; the abstracts by sentence kind; parts by their numbering.
 */

import type { Sentence } from "./types.js";

export type Region = "introduction" | "conclusion" | "summary-zh" | "abstract-en" | "summary" | `part-${number}`;

export interface AskedRegion {
  region: Region;
  /** The words of the question that point at the region. */
  cue: string;
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
        "(?:文章|本文|论文)?(?:的)?(?:结尾|结语|结束语|结论部分|最后一段|末尾)",
        `(?:in )?${english("conclusion|concluding (?:paragraph|section|part|remarks)|closing (?:paragraph|section|part|lines|words)|final (?:paragraph|section|part)|last paragraph")}`,
        String.raw`\bat the end of the (?:article|paper)\b`,
        String.raw`(?:в|из) заключени[ия](?!\s+(?:договор|соглашени|контракт|мир|сделк))`,
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
        "(?:文章|本文|论文)?(?:的)?(?:引言|导言|前言|开头部分|开篇)",
        `(?:in )?${english("introduction|opening (?:paragraph|section|part|lines)")}`,
        String.raw`\bat the (?:start|beginning) of the (?:article|paper)\b`,
        String.raw`во введении(?!\s+(?:виз|режим|санкци|пошлин|налог|мер))`,
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

/** The region a question points at, with the words that point, if any. */
export function askedRegion(question: string): AskedRegion | undefined {
  for (const { region, pattern } of CUES) {
    const m = pattern.exec(question);
    if (!m) continue;
    if (region !== "part") return { region, cue: m[0] };
    const n = partNumber(m.slice(1).find((g) => g !== undefined) ?? "");
    if (n !== undefined) return { region: `part-${n}`, cue: m[0] };
  }
  return undefined;
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
      const number = PART_NUMBERS[Number(region.slice("part-".length)) - 1];
      picked = number ? body.filter((s) => s.section[0]?.startsWith(number)) : [];
    }
  }
  return picked.map((s) => s.id);
}
