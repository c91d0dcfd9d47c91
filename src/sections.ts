/**
 * The section tree of an article, built from the heading NUMBERING (一/二/三 → level 1,
 * (一)/(二) → level 2, 1. → level 3, (1) → level 4), never from the Markdown heading depth,
 * which the PDF conversion gets wrong.
 * - `chineseNumeralValue(text)`: 三 → 3, 十二 → 12;
 * - `parseNumbering(title)`: the numbering of a heading, its level and value, or undefined;
 * - `SectionTreeBuilder`: add headings in file order, get `roots` (the tree) back;
 * - `flattenSections(roots)`: all nodes, depth first, in document order;
 * - `isIntroductionTitle(title)` / `isConclusionTitle(title)`: 引言-like / 结语-like headings.
 */
import type { SectionNode } from "./types.js";

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export function chineseNumeralValue(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百]+$/u.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = DIGITS[ch]!;
    }
  }
  return total + digit;
}

export interface Numbering {
  /** As printed, e.g. "一", "(三)". */
  number: string;
  level: number;
  value: number;
  /** The rest of the title after the numbering. */
  rest: string;
}

const CN = "[零〇一二两三四五六七八九十百]+";
const PATTERNS: { re: RegExp; level: number; cn: boolean }[] = [
  { re: new RegExp(`^(${CN})(?:[\\s、.．]+|$)(.*)$`, "u"), level: 1, cn: true },
  { re: new RegExp(`^[(（](${CN})[)）]\\s*(.*)$`, "u"), level: 2, cn: true },
  { re: /^(\d{1,2})(?:[.．、]\s*|\s+)(?!\d)(.*)$/u, level: 3, cn: false },
  { re: /^[(（](\d{1,2})[)）]\s*(.*)$/u, level: 4, cn: false },
];

export function parseNumbering(title: string): Numbering | undefined {
  const text = title.trim();
  for (const { re, level, cn } of PATTERNS) {
    const match = re.exec(text);
    if (!match) continue;
    const value = cn ? chineseNumeralValue(match[1]!) : Number(match[1]);
    if (value === undefined) continue;
    const printed = text.slice(0, text.length - match[2]!.length).trim();
    return { number: printed, level, value, rest: match[2]!.trim() };
  }
  return undefined;
}

const INTRO = /^(?:引言|导言|前言|绪论|序言|Introduction)$/iu;
const CONCLUSION = /^(?:结语|结论|结束语|余论|Conclusions?)$/iu;

export const isIntroductionTitle = (title: string): boolean => INTRO.test(title.trim());
export const isConclusionTitle = (title: string): boolean => CONCLUSION.test(title.trim());

export class SectionTreeBuilder {
  readonly roots: SectionNode[] = [];
  private readonly stack: SectionNode[] = [];
  private readonly ids = new Set<string>();
  private unnumbered = 0;

  /** Adds a heading (clean text, numbering included) found on 1-based `line`; returns its node. */
  add(title: string, line: number): SectionNode {
    const numbering = parseNumbering(title);
    const level = numbering?.level ?? 1;
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    let id: string;
    if (numbering) {
      id = parent ? `${parent.id}.${numbering.value}` : `s${numbering.value}`;
    } else if (isIntroductionTitle(title)) {
      id = "intro";
    } else if (isConclusionTitle(title)) {
      id = "conclusion";
    } else {
      this.unnumbered += 1;
      id = `u${this.unnumbered}`;
    }
    return this.insert({ id, number: numbering?.number ?? "", title, level, line }, parent);
  }

  /** Adds a synthetic top-level section (e.g. the abstracts) with a fixed id. */
  addSynthetic(id: string, title: string, line: number): SectionNode {
    this.stack.length = 0;
    return this.insert({ id, number: "", title, level: 1, line }, undefined);
  }

  private insert(
    node: Omit<SectionNode, "path" | "children">,
    parent: SectionNode | undefined,
  ): SectionNode {
    let id = node.id;
    if (this.ids.has(id)) id = `${id}-l${node.line}`;
    this.ids.add(id);
    const full: SectionNode = {
      ...node,
      id,
      path: [...(parent?.path ?? []), node.title],
      children: [],
    };
    (parent ? parent.children : this.roots).push(full);
    this.stack.push(full);
    return full;
  }
}

export function flattenSections(roots: readonly SectionNode[]): SectionNode[] {
  return roots.flatMap((node) => [node, ...flattenSections(node.children)]);
}
