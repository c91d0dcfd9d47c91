/**
 * CLI `npm run corpus`: parses every article in the corpus directory and prints it.
 * - `npm run corpus -- --json`: the parsed corpus as JSON on stdout
 *   (`{ documents: [...] }`; with a single document its fields are also at the top level:
 *   `title`, `authors`, `sections`, `sentences` (with `footnotes: [{ mark, text, urls }]`), `passages` …);
 * - `npm run corpus`: a readable outline with counts and every problem as `file:line`.
 * Options: `--dir <path>` (default `corpus`), `--strict` (exit 1 when any problem was found).
 * Exports `documentJson(doc)` and `outline(doc)` (what is printed for one document).
 */
import type { ArticleDocument, SectionNode } from "./types.js";
import { loadCorpus } from "./corpus.js";
import { flattenSections } from "./sections.js";
import { runCli } from "./cli-run.js";

export function documentJson(doc: ArticleDocument): Record<string, unknown> {
  return {
    id: doc.id,
    file: doc.file,
    sha256: doc.sha256,
    title: doc.meta.title,
    authors: doc.meta.authors,
    meta: doc.meta,
    sections: doc.sections,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    passages: doc.passages,
    footnotes: doc.footnotes,
    markCount: doc.markCount,
    pageBreakJoins: doc.pageBreakJoins,
    otherArticles: doc.otherArticles,
    problems: doc.problems,
  };
}

export function outline(doc: ArticleDocument): string {
  const out: string[] = [];
  const sections = flattenSections(doc.sections);
  const resolvedMarks = doc.sentences.reduce((n, s) => n + s.footnotes.length, 0);
  const sameAs = doc.footnotes.filter((f) => f.sameAs !== undefined).length;
  out.push(`${doc.file} (${doc.id})`);
  out.push(`  title:     ${doc.meta.title || "(none)"}`);
  out.push(`  authors:   ${doc.meta.authors.map((a) => (a.affiliation ? `${a.name} (${a.affiliation})` : a.name)).join("; ")}`);
  out.push(`  keywords:  ${doc.meta.keywordsZh.join(" | ")}`);
  if (doc.meta.keywordsEn.length > 0) out.push(`  keywords (en): ${doc.meta.keywordsEn.join(" | ")}`);
  if (doc.meta.funding) out.push(`  funding:   ${doc.meta.funding}`);
  if (doc.meta.editor) out.push(`  editor:    ${doc.meta.editor}`);
  out.push(
    `  counts:    ${sections.length} sections, ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${doc.passages.length} passages`,
  );
  out.push(
    `  footnotes: ${doc.markCount} marks (${resolvedMarks} resolved), ${doc.footnotes.length} definitions (${sameAs} 同① resolved)`,
  );
  out.push(`  page-break joins: ${doc.pageBreakJoins}`);
  out.push(`  other articles on the ABSTRACTS page (not quoted): ${doc.otherArticles.map((o) => o.authors).join("; ") || "none"}`);
  out.push("  sections:");
  const walk = (nodes: readonly SectionNode[], depth: number): void => {
    for (const node of nodes) {
      const count = doc.sentences.filter((s) => s.sectionId === node.id).length;
      out.push(`  ${"  ".repeat(depth)}- [${node.id}] ${node.title}  (line ${node.line}, ${count} sentences)`);
      walk(node.children, depth + 1);
    }
  };
  walk(doc.sections, 1);
  out.push(`  problems: ${doc.problems.length}`);
  for (const p of doc.problems) out.push(`    ${p.file}:${p.line}: ${p.kind}: ${p.message}`);
  return out.join("\n");
}

const USAGE = "usage: npm run corpus -- [--json] [--dir <corpus directory>] [--strict]";

async function main(argv: string[]): Promise<number> {
  let json = false;
  let strict = false;
  let dir = "corpus";
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--strict") strict = true;
    else if (arg === "--dir" && argv[i + 1] !== undefined) dir = argv[++i]!;
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else {
      process.stderr.write(`unknown argument: ${arg}\n${USAGE}\n`);
      return 2;
    }
  }
  const documents = await loadCorpus(dir);
  if (documents.length === 0) {
    process.stderr.write(`no *.md or *.txt files in ${dir}\n`);
    return 1;
  }
  if (json) {
    const all = documents.map(documentJson);
    const payload = all.length === 1 ? { ...all[0], documents: all } : { documents: all };
    process.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
  } else {
    process.stdout.write(`${documents.map(outline).join("\n\n")}\n`);
  }
  const problems = documents.reduce((n, d) => n + d.problems.length, 0);
  return strict && problems > 0 ? 1 : 0;
}

runCli("corpus", () => main(process.argv.slice(2)));
