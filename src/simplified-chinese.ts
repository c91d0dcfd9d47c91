/**
 * Traditional characters read as simplified: a question typed in 繁體字 (貿易, 哈薩克斯坦) searches
 * the article's simplified text (贸易, 哈萨克斯坦). The map is read from CC-CEDICT's pairs of
 * traditional and simplified headwords, character by character.
 *
 * Exports:
 * - `simplifiedCharacters(pairs, keep)` → `Record<traditional, simplified>`: every character that
 *   CC-CEDICT writes differently in a simplified headword and never uses in one (so it cannot be
 *   part of a simplified text), mapped to its most frequent simplified form; plus the few common
 *   traditional characters that simplified text keeps only in rare senses (於, 徵, 閒). Characters
 *   in `keep` (the article's own) are left out.
 * - `toSimplified(text, map)`: the text with those characters replaced (everything else as is).
 */

/**
 * Traditional characters that simplified text also writes, but only in rare senses (於 as a
 * surname, 徵 as a musical note, 閒 as a variant): in a question they are nearly always 于, 征, 闲.
 */
const COMMON_TRADITIONAL: Record<string, string> = { 於: "于", 徵: "征", 閒: "闲" };

/** The traditional → simplified character map from headword pairs (`[traditional, simplified]`). */
export function simplifiedCharacters(
  pairs: Iterable<readonly [string, string]>,
  keep: ReadonlySet<string> = new Set(),
): Record<string, string> {
  const list = [...pairs];
  const simplifiedUses = new Set<string>();
  for (const [, simplified] of list) for (const c of simplified) simplifiedUses.add(c);
  const counts = new Map<string, Map<string, number>>();
  for (const [traditional, simplified] of list) {
    const t = Array.from(traditional);
    const s = Array.from(simplified);
    if (t.length !== s.length) continue;
    t.forEach((c, i) => {
      const to = s[i]!;
      if (c === to || simplifiedUses.has(c)) return;
      let byTarget = counts.get(c);
      if (!byTarget) counts.set(c, (byTarget = new Map()));
      byTarget.set(to, (byTarget.get(to) ?? 0) + 1);
    });
  }
  const map: Record<string, string> = {};
  for (const [c, byTarget] of counts) {
    if (keep.has(c)) continue;
    map[c] = [...byTarget].sort((a, b) => b[1] - a[1])[0]![0];
  }
  for (const [c, to] of Object.entries(COMMON_TRADITIONAL)) if (!keep.has(c)) map[c] = to;
  return map;
}

/** `text` with its traditional characters (those of `map`) written simplified. */
export function toSimplified(text: string, map: Readonly<Record<string, string>>): string {
  if (!/\p{Script=Han}/u.test(text)) return text;
  let out = "";
  for (const c of text) out += map[c] ?? c;
  return out;
}
