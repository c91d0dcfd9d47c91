/**
 * The interface language of one reply: which of zh / en / ru the bot's own words
 * (greetings, buttons, notices) are in. Quotes are always the article's own sentences.
 *
 * Exports:
 * - `chooseUiLanguage(text, languageCode)` → `Lang`: the question's script decides when it
 *   has letters (via `detectLanguage` from `language.ts`); otherwise the user's Telegram
 *   `language_code` does; a user whose language we do not speak gets English, and with no
 *   information at all we answer in Chinese, the article's language.
 */
import { detectLanguage, langFromHint, scriptCounts } from "./language.js";
import type { Lang } from "./types.js";

export function chooseUiLanguage(text: string | undefined, languageCode: string | undefined): Lang {
  const counts = scriptCounts(text ?? "");
  if (counts.han + counts.latin + counts.cyrillic > 0) {
    return detectLanguage(text ?? "", languageCode);
  }
  const hinted = langFromHint(languageCode);
  if (hinted) return hinted;
  return languageCode && languageCode.trim() !== "" ? "en" : "zh";
}
