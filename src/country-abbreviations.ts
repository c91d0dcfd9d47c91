/**
 * Chinese writes a relation between China and other countries with one character per country:
 * China and Kazakhstan → 中哈, China, Kyrgyzstan and Uzbekistan → 中吉乌 (中哈第三条铁路, 中吉乌公路).
 * A question that names the countries in full ("中国和哈萨克斯坦", or "China and Kazakhstan"
 * carried into Chinese) should also find the sentences that use the short form.
 *
 * Exports:
 * - `COUNTRY_SHORT_FORMS`: full Chinese country names → the character standing for them.
 * - `relationShortForm(chinese)` → the short form for the countries a Chinese text names with
 *   China (China first, the others in the order the text names them), or undefined when the
 *   text does not name China and at least one other of these countries.
 */

export const COUNTRY_SHORT_FORMS: readonly (readonly [name: string, short: string])[] = [
  ["中国", "中"],
  ["哈萨克斯坦", "哈"],
  ["乌兹别克斯坦", "乌"],
  ["吉尔吉斯斯坦", "吉"],
  ["吉尔吉斯", "吉"],
  ["塔吉克斯坦", "塔"],
  ["土库曼斯坦", "土"],
  // The peoples' names, as "Kazakh companies" is carried (哈萨克企业): the country is meant.
  ["哈萨克", "哈"],
  ["乌兹别克", "乌"],
  ["塔吉克", "塔"],
  ["土库曼", "土"],
  ["俄罗斯", "俄"],
  ["蒙古", "蒙"],
  ["巴基斯坦", "巴"],
];

/** At most this many countries besides China in one short form (中吉乌 has two). */
const MAX_OTHERS = 3;

/** The short form for China and the other countries a Chinese text names (see the module comment). */
export function relationShortForm(chinese: string): string | undefined {
  if (!chinese.includes("中国")) return undefined;
  const others = new Map<string, number>();
  for (const [name, short] of COUNTRY_SHORT_FORMS) {
    if (short === "中") continue;
    const at = chinese.indexOf(name);
    if (at >= 0 && !(others.has(short) && others.get(short)! <= at)) others.set(short, at);
  }
  if (others.size === 0 || others.size > MAX_OTHERS) return undefined;
  return "中" + [...others].sort((a, b) => a[1] - b[1]).map(([short]) => short).join("");
}
