/**
 * Terminal rendering of an `Answer` for the command line (never used by the bot): numbered
 * quotes with their section, then the numbered sources with their links; or a clear line
 * saying the article does not answer (or, `unstated`, that it speaks of the topic but does not
 * give the date, figure or detail asked, and the passage where it does speak of it), with a hint; or, when the answer failed (an internal
 * error, note `failed`), a line saying something went wrong (no hint: nothing was searched out).
 *
 * Exports: `renderAnswerText(answer, options?)` → string (no trailing newline).
 */
import type { Answer } from "./types.js";
import { uiStrings } from "./ui-strings.js";

export interface RenderTextOptions {
  /** Section titles to suggest when nothing was found (e.g. the table of contents). */
  sections?: readonly string[];
}

const NOT_FOUND: Record<Answer["language"], string> = {
  zh: "文章中没有找到这个问题的答案。",
  en: "The article does not answer this.",
  ru: "В статье нет ответа на этот вопрос.",
};

const HINT: Record<Answer["language"], string> = {
  zh: "可以换个说法再问,或参考文章目录:",
  en: "Try rephrasing, or look at the article's sections:",
  ru: "Переформулируйте вопрос или посмотрите разделы статьи:",
};

const EMPTY: Record<Answer["language"], string> = {
  zh: "请输入一个问题(文字,而不只是标点或表情)。",
  en: "Please type a question (words, not only punctuation or emoji).",
  ru: "Пожалуйста, задайте вопрос словами (не только знаками или эмодзи).",
};

const TRUNCATED: Record<Answer["language"], string> = {
  zh: "(问题太长,只用了开头部分进行检索。)",
  en: "(The question was very long; only its beginning was searched.)",
  ru: "(Вопрос очень длинный; поиск шёл только по его началу.)",
};

const SOURCES: Record<Answer["language"], string> = { zh: "来源", en: "Sources", ru: "Источники" };

export function renderAnswerText(answer: Answer, options: RenderTextOptions = {}): string {
  const lang = answer.language;
  const lines: string[] = [];
  if (answer.notes?.includes("truncated")) lines.push(TRUNCATED[lang]);
  if (!answer.answered) {
    if (answer.notes?.includes("failed")) {
      lines.push(uiStrings(lang).error);
    } else if (answer.notes?.includes("empty")) {
      lines.push(EMPTY[lang]);
    } else {
      // A date, figure or detail the article does not give is said as such (the bot's words).
      lines.push(answer.unstated ? uiStrings(lang).unstated[answer.unstated] : NOT_FOUND[lang], HINT[lang]);
      for (const s of options.sections ?? []) lines.push(`  • ${s}`);
      // Where the article speaks of the topic (`related`), marked as not answering.
      const related = answer.unstated ? answer.related?.[0] : undefined;
      if (related) {
        lines.push("", uiStrings(lang).related, `  「${related.quote}」`, `  — ${related.section}`);
        for (const c of related.citations) lines.push(`  ${c.mark} ${c.text}`);
      }
    }
    return lines.join("\n");
  }
  const sources: string[] = [];
  answer.hits.forEach((hit, i) => {
    lines.push(`${i + 1}. “${hit.quote}”`);
    lines.push(`   — ${hit.section}`);
    for (const c of hit.citations) {
      const url = c.urls.length > 0 ? ` ${c.urls.join(" ")}` : "";
      const line = `${c.mark} ${c.text}${c.text.includes(c.urls[0] ?? "\u0000") ? "" : url}`;
      if (!sources.includes(line)) sources.push(line);
    }
  });
  if (sources.length > 0) {
    lines.push("", `${SOURCES[lang]}:`);
    for (const s of sources) lines.push(`  ${s}`);
  }
  return lines.join("\n");
}
