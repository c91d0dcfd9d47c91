/**
 * Markdown markup of the PDF-to-Markdown corpus, and how to get rid of it:
 * - `unescapeMarkdown(text)`: `\_`, `\\_`, `\*` … → the bare character;
 * - `extractUrls(text)`: the URLs of `<…>` autolinks, `[text](url)` links and bare URLs,
 *   unescaped, without duplicates, in order of appearance;
 * - `stripMarkup(text)`: the text a reader sees: no `**`, `<sup>`, `<…>`, `[…](…)` syntax,
 *   links kept as plain URLs, escapes removed, whitespace runs collapsed to one space;
 * - `parseHeading(line)`: a Markdown heading line → its depth and text, or undefined;
 * - `isRule(line)`: a `---`-style horizontal rule (the PDF's page/footnote separator).
 */

/** Backslash escapes of Markdown punctuation; several backslashes (`\\_`) count as one escape. */
const ESCAPE = /\\+([\\`*_{}[\]()#+\-.!<>|~"'])/g;

export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPE, "$1");
}

/** A URL as it may stand in the text (escapes included; stops at spaces, CJK and brackets). */
const BARE_URL = /https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'*+,;=%\\]+/g;
const MD_LINK = /!?\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const AUTOLINK = /<((?:https?|ftp):\/\/[^>\s]+)>/g;

/** Drops punctuation that ends a sentence rather than a URL. */
function trimUrl(url: string): string {
  return url.replace(/[.,;:!?'"*]+$/, "");
}

function cleanUrl(url: string): string {
  return trimUrl(unescapeMarkdown(url.trim()));
}

const isUrl = (text: string): boolean => /^(?:https?|ftp):\/\//.test(text.trim());

/** Replaces link syntax by plain (unescaped) URLs: `[url](url)` → url, `[text](url)` → `text url`. */
function flattenLinks(text: string): string {
  return text
    .replace(MD_LINK, (_m, label: string, url: string) => {
      const target = cleanUrl(url);
      const shown = unescapeMarkdown(label).trim();
      if (shown === "" || isUrl(shown)) return target;
      return `${shown} ${target}`;
    })
    .replace(AUTOLINK, (_m, url: string) => cleanUrl(url));
}

export function extractUrls(text: string): string[] {
  const flat = flattenLinks(text);
  const urls: string[] = [];
  for (const match of flat.matchAll(BARE_URL)) {
    const url = cleanUrl(match[0]);
    if (!urls.includes(url)) urls.push(url);
  }
  return urls;
}

export function stripMarkup(text: string): string {
  let out = flattenLinks(text);
  // Footnote marks and other inline HTML: keep the content, drop the tags.
  out = out.replace(/<\/?(?:sup|sub|span|em|strong|b|i|u|small|font)(?:\s[^>]*)?>/gi, "");
  out = out.replace(/<br\s*\/?>/gi, " ");
  // Bold / strong emphasis and inline code.
  out = out.replace(/\*\*/g, "").replace(/__(\S(?:.*?\S)?)__/g, "$1").replace(/`([^`]*)`/g, "$1");
  out = unescapeMarkdown(out);
  return out.replace(/\s+/g, " ").trim();
}

export interface Heading {
  /** Number of `#` (the Markdown level, which is NOT trusted for the section tree). */
  depth: number;
  /** Heading text without hashes and markup. */
  text: string;
}

export function parseHeading(line: string): Heading | undefined {
  const match = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  if (!match) return undefined;
  return { depth: match[1]!.length, text: stripMarkup(match[2]!) };
}

export function isRule(line: string): boolean {
  return /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/.test(line);
}
