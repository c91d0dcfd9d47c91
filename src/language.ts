/**
 * Which language a question is in: zh, en or ru, from its script, with the asker's
 * interface language (Telegram `language_code`) as a tie-breaker hint.
 *
 * Exports:
 * - `detectLanguage(text, hint?)` → `Lang`.
 * - `scriptCounts(text)` → `{ han, latin, cyrillic }` letter counts.
 * - `langFromHint(hint)` → `Lang | undefined` ("zh-hans" → zh, "ru" → ru, "en-US" → en).
 */
import type { Lang } from "./types.js";

export interface ScriptCounts {
  han: number;
  latin: number;
  cyrillic: number;
}

/** Letter counts per script. */
export function scriptCounts(text: string): ScriptCounts {
  return {
    han: (text.match(/\p{Script=Han}/gu) ?? []).length,
    latin: (text.match(/[A-Za-z]/g) ?? []).length,
    cyrillic: (text.match(/\p{Script=Cyrillic}/gu) ?? []).length,
  };
}

/** The language of a Telegram `language_code` (or any BCP 47 tag), if it is one we know. */
export function langFromHint(hint: string | undefined): Lang | undefined {
  const primary = hint?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "zh") return "zh";
  if (primary === "ru" || primary === "uk" || primary === "be" || primary === "kk") return "ru";
  if (primary === "en") return "en";
  return undefined;
}

/**
 * The question's language. A Han character weighs as much as three Latin or Cyrillic letters
 * (one Chinese word is one or two characters). With no letters at all, the hint decides,
 * and Chinese (the article's language) is the default.
 */
export function detectLanguage(text: string, hint?: string): Lang {
  const c = scriptCounts(text);
  const scores: [Lang, number][] = [
    ["zh", c.han * 3],
    ["ru", c.cyrillic],
    ["en", c.latin],
  ];
  const best = Math.max(...scores.map(([, s]) => s));
  if (best === 0) return langFromHint(hint) ?? "zh";
  const leaders = scores.filter(([, s]) => s === best).map(([l]) => l);
  const hinted = langFromHint(hint);
  if (hinted && leaders.includes(hinted)) return hinted;
  return leaders[0]!;
}
