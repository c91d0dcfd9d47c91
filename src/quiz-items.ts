/**
 * Quiz items pasted from a course platform or a worksheet: a multiple-choice question (a stem,
 * then options labelled A/B/C/D, a) b) c), (A), А/Б/В/Г, ①②③ or 1) 2) 3), inline or on their own
 * lines) or a true/false check ("判断：……（对/错）", "True or false: …", "Верно или неверно: …").
 *
 * The options of a multiple-choice item are mostly distractors the article never states, so what
 * the item asks is read from its stem alone (a distractor's city or figure is not what it asks
 * for); the stem and the options, without their labels, are still searched together, since the
 * right option paraphrases the answering sentence. A true/false check asks its statement, without
 * the instruction around it.
 *
 * Exports:
 * - `quizItem(message)` → `QuizItem | undefined`: the stem (or statement), the options, and the
 *   text to search (stem and options without labels or instructions).
 */

/** A recognised quiz item. */
export interface QuizItem {
  kind: "choice" | "true-false";
  /** What the item asks: a multiple-choice stem, or a true/false statement without its instruction. */
  stem: string;
  /** The options' texts, in order (none for a true/false check). */
  options: string[];
  /** What to search: the stem and the options, without labels or instructions. */
  text: string;
}

/** The label sequences of options; `min` is how many in a row make a multiple-choice item. */
const LABEL_FAMILIES: readonly { labels: readonly string[]; min: number; enclosed?: boolean }[] = [
  { labels: ["A", "B", "C", "D", "E", "F"], min: 2 },
  { labels: ["a", "b", "c", "d", "e", "f"], min: 3 },
  { labels: ["А", "Б", "В", "Г", "Д", "Е"], min: 2 },
  { labels: ["а", "б", "в", "г", "д", "е"], min: 3 },
  { labels: ["①", "②", "③", "④", "⑤", "⑥"], min: 2, enclosed: true },
  { labels: ["1", "2", "3", "4", "5", "6"], min: 3 },
];

/** Where an option label may stand: the message start, or after a space or a closing mark. */
const BEFORE_LABEL = String.raw`(?<=^|[\s：:？?。．.，,;；!！])`;

/** A label written as an option: "A." "A、" "A)" "A:" "(A)" "（A）" (a circled digit stands alone). */
function labelPattern(label: string, enclosed: boolean): RegExp {
  const l = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const body = enclosed ? `${l}\\s*` : `(?:[(（]\\s*${l}\\s*[)）]|${l}\\s*[.、．:：)）](?!\\d))\\s*`;
  return new RegExp(`${BEFORE_LABEL}${body}`, "gu");
}

const PATTERNS = LABEL_FAMILIES.map((f) => ({ ...f, patterns: f.labels.map((l) => labelPattern(l, f.enclosed === true)) }));

/** Letters or digits enough to ask something (four, or two Chinese characters). */
function asksSomething(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const other = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return han >= 2 || other >= 4;
}

/** The options of a multiple-choice message: label spans in order, the longest run of any family. */
function choiceOptions(message: string): { start: number; spans: [number, number][] } | undefined {
  let best: { start: number; spans: [number, number][] } | undefined;
  for (const family of PATTERNS) {
    const first = family.patterns[0]!;
    first.lastIndex = 0;
    for (let m = first.exec(message); m; m = first.exec(message)) {
      const spans: [number, number][] = [[m.index, m.index + m[0].length]];
      for (const next of family.patterns.slice(1)) {
        next.lastIndex = spans[spans.length - 1]![1];
        const n = next.exec(message);
        if (!n) break;
        spans.push([n.index, n.index + n[0].length]);
      }
      if (spans.length >= family.min && asksSomething(message.slice(0, m.index))) {
        if (!best || spans.length > best.spans.length) best = { start: m.index, spans };
        break;
      }
      first.lastIndex = m.index + 1;
    }
  }
  return best;
}

/** A true/false instruction opening the message ("判断：", "True or false:", "Верно или неверно:"). */
const TRUE_FALSE_OPENING =
  /^\s*(?:判断(?:正误|对错|题|一下)?|是非题|(?:true|t)\s*(?:or|\/)\s*(?:false|f)|верно\s+или\s+неверно|правда\s+или\s+(?:ложь|нет)|да\s+или\s+нет)\s*[：:?？.．!！]\s*/iu;

/** A true/false instruction closing the message ("（对/错）", "(T/F)", "（ ）", "— true or false?"). */
const TRUE_FALSE_CLOSING =
  /\s*(?:[(（]\s*(?:对\s*[/／或]\s*错|√\s*[/／或]\s*×|正确\s*[/／或]\s*错误|true\s*[/／]\s*false|t\s*[/／]\s*f|верно\s*[/／]\s*неверно|да\s*[/／]\s*нет)?\s*[)）]|[—–-]?\s*(?:(?:true|t)\s+or\s+(?:false|f)|верно\s+или\s+нет|对还是错|对不对)\s*[?？])\s*[。.？?]?\s*$/iu;

/** An instruction opening a multiple-choice item ("单项选择题（2分）：", "Choose the correct answer.", "Выберите правильный ответ:"). */
const CHOICE_INSTRUCTION =
  /^\s*(?:(?:单项|多项|不定项)?(?:单|多)?选(?:择)?(?:题)?(?:\s*[(（]\s*\d+\s*分\s*[)）])?|(?:choose|select|pick)\s+(?:the\s+)?(?:correct|right|best)\s+(?:answer|option)|multiple[\s-]choice(?:\s+question)?|выберите\s+(?:один\s+)?(?:правильный|верный)\s+(?:ответ|вариант))\s*[：:.．!！]\s*/iu;

/** A request written after the last option: "请同时注明出处。", "(please cite the source)", "Укажите источник." */
const TRAILING_REQUEST = /(?<=^|[\s。.!！?？])[(（]?\s*(?:请|麻烦|please\b|pls\b|укажите|назовите|и укажите)[\s\S]*$/iu;

/** The quiz item a message is, if it is one (see the module comment). */
export function quizItem(message: string): QuizItem | undefined {
  const choice = choiceOptions(message);
  if (choice) {
    const options = choice.spans.map(([, end], i) => message.slice(end, choice.spans[i + 1]?.[0] ?? message.length).trim());
    // A request after the last option ("请注明出处", "please cite the source") asks too.
    const last = options.length - 1;
    const request = options[last]!.match(TRAILING_REQUEST);
    if (request) options[last] = options[last]!.slice(0, request.index).trim();
    const stem = [message.slice(0, choice.start).replace(CHOICE_INSTRUCTION, "").trim(), request?.[0].trim()].filter(Boolean).join(" ");
    return { kind: "choice", stem, options, text: [stem, ...options].join(" ") };
  }
  const statement = message.replace(TRUE_FALSE_OPENING, "").replace(TRUE_FALSE_CLOSING, "").trim();
  if (statement === message.trim() || !asksSomething(statement)) return undefined;
  return { kind: "true-false", stem: statement, options: [], text: statement };
}
