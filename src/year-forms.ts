/**
 * Years as people write them in chat, written out in four digits before a question is searched:
 * "24年", "在90年", "二〇二四年", "九零年", "'92", "nineteen ninety-two", "в 90-м году", "в двадцать
 * пятом году". The article writes 2024 年, 1990 年; the year checks and the keyword search know
 * those only.
 *
 * Exports:
 * - `fullYear(twoDigits)` → the year a two-digit year stands for (40–99 → 19xx, 00–39 → 20xx).
 * - `writeYearsInFull(text)` → the text with each short or spelled-out year written in four
 *   digits; everything else as it was. A span of years is left alone: "建交30年", "近30年来",
 *   "三四年" (three or four years), "30 лет".
 */

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * The year a two-digit year stands for: 40–99 in the 1900s (the war, 1960, 1992), 00–39 in the
 * 2000s (plans reach to 2030).
 */
export function fullYear(twoDigits: number): number {
  return twoDigits >= 40 ? 1900 + twoDigits : 2000 + twoDigits;
}

/** Chinese digits read one by one (二〇二四 → 2024). */
function chineseDigits(text: string): number {
  return [...text].reduce((n, c) => n * 10 + CHINESE_DIGITS[c]!, 0);
}

/** Words after a number + 年 that make it a span or a decade, not a year ("30年来", "90年代"). */
const NOT_A_YEAR_AFTER = "(?!来|以来|前|后|多|余|左右|间|代|里|内|之|时间|半|级)";

/**
 * Chinese: a two-digit year in Arabic digits only where a year stands (at the start of the
 * question or a clause, or after 在 / 从 / 到 / 截至…): "建交30年" is a span. In Chinese digits
 * read one by one: four (二〇二四年) or two (九零年, 二四年), but not two consecutive digits, which
 * say "three or four years" (三四年).
 */
const ZH_SHORT_YEAR = new RegExp(`(^|[在于从到至自是和与及、，,；;：:（(\\s]|截至|截止|截止到)(\\d{2})年${NOT_A_YEAR_AFTER}`, "gu");
const ZH_DIGIT_YEAR = new RegExp(`(?<![〇零一二三四五六七八九十百千万两几])([〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2})年${NOT_A_YEAR_AFTER}`, "gu");

/** English: '92, ’24 (an apostrophe before two digits). */
const EN_SHORT_YEAR = /(?<![\p{L}\d])['’](\d{2})(?![\d\p{L}'’])/gu;

/** Russian: "в 90-м году", "в 24-м", "в 90-х годах". */
const RU_SHORT_YEAR = /(?<![\d.,])(\d{2})(?=-(?:м|й|го|ом|х|е)\s+год)/gu;

/** Russian ordinal and cardinal words of the last two digits of a year. */
const RU_TENS: [string, number][] = [
  ["двадцат", 20],
  ["тридцат", 30],
  ["сорок(?:ов)?", 40],
  ["пятидесят", 50],
  ["шестидесят", 60],
  ["семидесят", 70],
  ["восьмидесят", 80],
  ["девяност", 90],
];
const RU_TEENS: [string, number][] = [
  ["десят", 10],
  ["одиннадцат", 11],
  ["двенадцат", 12],
  ["тринадцат", 13],
  ["четырнадцат", 14],
  ["пятнадцат", 15],
  ["шестнадцат", 16],
  ["семнадцат", 17],
  ["восемнадцат", 18],
  ["девятнадцат", 19],
];
const RU_UNITS: [string, number][] = [
  ["перв", 1],
  ["втор", 2],
  ["трет", 3],
  ["четв[её]рт", 4],
  ["пят", 5],
  ["шест", 6],
  ["седьм", 7],
  ["восьм", 8],
  ["девят", 9],
];
const alternatives = (table: [string, number][]): string => table.map(([stem]) => stem).join("|");
/** An ordinal ending (-ом, -ого, -ый, -ой…) or a cardinal's (двадцать, девяносто). */
const ORD = "(?:ом|ого|ый|ой|ым|ая|ую|ь|а|о)?";
const RU_YEAR_WORDS = new RegExp(
  String.raw`(?<!\p{L})(?:(две тысячи|тысяча девятьсот) )?(?:(${alternatives(RU_TENS)})${ORD}(?: (${alternatives(RU_UNITS)})${ORD})?|(${alternatives(RU_TEENS)})${ORD}|(${alternatives(RU_UNITS)})${ORD})(?= (?:году|года|годах|год)(?!\p{L}))`,
  "giu",
);

function valueOf(table: [string, number][], word: string | undefined): number {
  if (!word) return 0;
  return table.find(([stem]) => new RegExp(`^(?:${stem})$`, "iu").test(word))?.[1] ?? 0;
}

/** English years in words: "nineteen ninety-two", "twenty twenty-three", "twenty oh five", "two thousand and thirteen". */
const EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const EN_LAST_TWO = String.raw`(?:(${EN_TENS.join("|")})(?:[- ](${EN_UNITS.join("|")}))?|(${EN_TEENS.join("|")})|oh[- ](${EN_UNITS.join("|")}))`;
const EN_YEAR_WORDS = new RegExp(String.raw`\b(?:(nineteen|twenty) ${EN_LAST_TWO}|two thousand(?: and)? (?:${EN_LAST_TWO}|(${EN_UNITS.join("|")})))\b(?!-| (?:hundred|thousand|million|billion)\b)`, "giu");

function englishLastTwo(tens?: string, unit?: string, teen?: string, ohUnit?: string): number {
  const index = (list: string[], word?: string): number => (word ? list.indexOf(word.toLowerCase()) : -1);
  if (tens) return (index(EN_TENS, tens) + 2) * 10 + index(EN_UNITS, unit) + 1;
  if (teen) return index(EN_TEENS, teen) + 10;
  return index(EN_UNITS, ohUnit) + 1;
}

/** The text with each short or spelled-out year written in four digits. */
export function writeYearsInFull(text: string): string {
  return text
    .replace(ZH_SHORT_YEAR, (_, before: string, yy: string) => `${before}${fullYear(Number(yy))}年`)
    .replace(ZH_DIGIT_YEAR, (whole, digits: string) => {
      if (digits.length === 4) return `${chineseDigits(digits)}年`;
      const [a, b] = [...digits].map((c) => CHINESE_DIGITS[c]!);
      return b === a! + 1 ? whole : `${fullYear(a! * 10 + b!)}年`;
    })
    .replace(EN_SHORT_YEAR, (_, yy: string) => String(fullYear(Number(yy))))
    .replace(EN_YEAR_WORDS, (_, century?: string, tens?: string, unit?: string, teen?: string, oh?: string, tens2?: string, unit2?: string, teen2?: string, oh2?: string, alone?: string) => {
      if (century) return String((century.toLowerCase() === "nineteen" ? 1900 : 2000) + englishLastTwo(tens, unit, teen, oh));
      return String(2000 + (alone ? EN_UNITS.indexOf(alone.toLowerCase()) + 1 : englishLastTwo(tens2, unit2, teen2, oh2)));
    })
    .replace(RU_SHORT_YEAR, (_, yy: string) => String(fullYear(Number(yy))))
    .replace(RU_YEAR_WORDS, (whole, century: string | undefined, tens?: string, unit?: string, teen?: string, alone?: string) => {
      const last = valueOf(RU_TENS, tens) + valueOf(RU_UNITS, unit) + valueOf(RU_TEENS, teen) + valueOf(RU_UNITS, alone);
      if (last === 0) return whole;
      // Without its century, a lone unit ("в пятом году") is too vague to be a year.
      if (!century && alone) return whole;
      const base = century ? (/тысяча девятьсот/iu.test(century) ? 1900 : 2000) : undefined;
      return String(base !== undefined ? base + last : fullYear(last));
    });
}
