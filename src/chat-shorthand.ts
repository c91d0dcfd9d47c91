/**
 * English and Russian chat shorthand written out before a question is searched: "how r china +
 * the ca countries…", "acc to the article", "source pls", "kz govt", "скока стоит": the
 * dictionaries and the model know "are", "Central Asia", "according to", "Kazakhstan",
 * "government", "сколько", not their chat forms.
 *
 * Exports:
 * - `expandShorthand(text)`: the text with each shorthand word (whole words, any case) replaced by
 *   its full form; everything else as it was.
 */

/** Shorthand → full form. "ca" is Central Asia here (not before a number: "ca. 300" is circa). */
const SHORTHAND: Record<string, string> = {
  r: "are",
  u: "you",
  ur: "your",
  ppl: "people",
  pls: "please",
  plz: "please",
  thx: "thanks",
  whats: "what is",
  wats: "what is",
  abt: "about",
  bc: "because",
  "b/c": "because",
  bcoz: "because",
  coz: "because",
  cuz: "because",
  "w/": "with",
  "w/o": "without",
  "acc to": "according to",
  "acc. to": "according to",
  govt: "government",
  "gov't": "government",
  approx: "approximately",
  ca: "Central Asia",
  kz: "Kazakhstan",
  uz: "Uzbekistan",
  tj: "Tajikistan",
  "e-car": "electric car",
  "e-cars": "electric cars",
  yr: "year",
  yrs: "years",
  smth: "something",
  sth: "something",
  tho: "though",
  wat: "what",
  kinda: "kind of",
  coop: "cooperation",
  "co-op": "cooperation",
  irl: "in person",
  "1st": "first",
  "2nd": "second",
  // Russian chat: скока стоит, чё за проект, щас, тока.
  скока: "сколько",
  скоко: "сколько",
  скок: "сколько",
  чё: "что",
  чо: "что",
  щас: "сейчас",
  тока: "только",
  ваще: "вообще",
  инфа: "информация",
  пжлст: "пожалуйста",
  пж: "пожалуйста",
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Longer forms first ("acc. to" before "acc to", "w/o" before "w/"); a whole word only, not a
 * part of an abbreviation (U.S., R&D) nor "ca." before a number (circa).
 */
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’&.-])(?:${Object.keys(SHORTHAND)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}'’&-])(?!\\.\\p{L})(?!\\.?\\s*\\d)`,
  "giu",
);

export function expandShorthand(text: string): string {
  if (!/[A-Za-zА-Яа-яЁё]/.test(text)) return text;
  // A capital single letter is no chat "r" or "u" (R, U.S.).
  return text.replace(PATTERN, (m) => (m.length === 1 && m !== m.toLowerCase() ? m : (SHORTHAND[m.toLowerCase()] ?? m)));
}
