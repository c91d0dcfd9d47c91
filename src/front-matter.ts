/**
 * Questions about the article itself rather than its subject: who wrote it (and where they
 * work), what funded it, its keywords, its title. They are answered from the front matter as
 * printed (【作者简介】, 【基金项目】, 【关键词】, the title), never from the body, whose sentences
 * say nothing of their authors. "What do the authors say about X" is a question about the
 * subject and is left to retrieval.
 *
 * Where it was published (which journal, issue, pages, DOI) is asked about the article itself
 * too: a PDF's Markdown may not print it (this one does not), and then no body sentence answers.
 *
 * Exports:
 * - `FrontMatterTopic` (type): `authors`, `funding`, `keywords`, `title`, `publication`.
 * - `askedFrontMatter(question)` → the topic asked about, if the question asks about the article
 *   itself, in Chinese, English or Russian.
 * - `frontMatterHits(doc, topic, language)` → hits quoting what answers (none when the article
 *   has no such field): the Chinese field and the English abstract page's form (its byline, its
 *   Keywords line), the question's language first; section = the field's label, no sentence
 *   ids, no citations.
 */

import type { ArticleDocument, Hit, Lang } from "./types.js";

export type FrontMatterTopic = "authors" | "funding" | "keywords" | "title" | "publication";

/** Verbs of opinion after "the authors (of the article)": those questions ask about the subject. */
const OPINION = String.raw`(?:say|said|says|argue|claim|think|thinks|believe|write|describe|call|mean|see|view|suggest|propose|conclude|consider|note|stress|emphasi[sz]e|put|list|give|mention|cite|expect|hope)`;

const ASKED: readonly { topic: FrontMatterTopic; pattern: RegExp }[] = [
  {
    topic: "authors",
    pattern: new RegExp(
      [
        String.raw`作者(?:是谁|有谁|都是谁|有哪些|有哪几位|是哪[几两]?位|叫什么|分别是|的(?:单位|简介|身份|背景|职务|职称)|(?:来自|在)哪|单位)`,
        String.raw`(?:是)?(?:由)?谁(?:写|撰写|执笔|所写)(?:了|的)`,
        String.raw`通讯作者|第一作者`,
        String.raw`\bwho (?:wrote|authored|is the author|are the authors|(?:is|are) (?:the )?(?:writers?|authors?))\b`,
        String.raw`\bwritten by (?:whom|who)\b|\bby whom\b`,
        String.raw`\b(?:corresponding|first|lead|main) author\b`,
        String.raw`\bwhere do(?:es)? the authors? work\b|\bauthors?'s? (?:affiliations?|institutions?|background)\b`,
        String.raw`\b(?:names? of the|the) authors? of (?:this|the) (?:article|paper|text)\b(?![^?]*\b${OPINION}\b)`,
        String.raw`кто (?:написал|автор|является автором|авторы)`,
        String.raw`(?:перв|ведущ|основн)\S* автор|автор\S* для (?:переписки|корреспонденции)`,
        String.raw`где работа\S* автор|кто (?:такие|такой) автор`,
      ].join("|"),
      "iu",
    ),
  },
  {
    topic: "funding",
    pattern: new RegExp(
      [
        String.raw`基金项目|资助(?:来源|项目|单位)|项目编号|受(?:到)?(?:了)?(?:哪个|什么|哪些)?(?:基金|项目)(?:的)?资助|(?:哪个|什么)(?:基金|项目)资助`,
        String.raw`\b(?:who|what|which(?: \w+){0,2} (?:project|grant|foundation|fund|programme|program|institution|organi[sz]ation|body)) (?:funded|financed|sponsored|supported) (?:this|the) (?:article|paper|research|study|work)\b`,
        String.raw`\b(?:funding|grant|sponsor(?:ship)?) (?:for|of|behind) (?:this|the) (?:article|paper|research|study|work)\b`,
        String.raw`\bhow (?:was|is) (?:this|the) (?:article|paper|research|study) (?:funded|financed)\b|\bgrant number\b`,
        String.raw`(?:кто|что|как\S*) (?:финансировал|финансирует|поддержал)\S* (?:эту |это )?(?:стать|исследовани|работ)|(?:финансирован|грант)\S* (?:стать|исследовани|работ)`,
      ].join("|"),
      "iu",
    ),
  },
  { topic: "keywords", pattern: /关键词|关键字|\bkey ?words\b|ключев\S* слов/iu },
  {
    // Which journal / issue / pages / DOI, of this article.
    topic: "publication",
    pattern: new RegExp(
      [
        String.raw`(?:`,
        [
          String.raw`(?:发表|刊登|刊发|登载|收录|刊载)(?:在|于)?(?:哪|什么)|哪(?:本|个|份|家)(?:期刊|杂志|刊物|学报)|(?:期刊|杂志|刊物)(?:名|名称|叫什么|是哪)|哪一期|第几期|卷期|页码`,
          String.raw`\bDOI\b|\b(?:which|what) (?:journal|magazine|periodical|issue|volume)\b|\bpublished in (?:which|what)\b|\bwhere (?:was|is) (?:this|the) (?:article|paper) published\b|\bwhen (?:was|is) (?:this|the) (?:article|paper) published\b|\bpage numbers?\b`,
          String.raw`в каком (?:журнале|номере|издании)|где (?:опубликован|напечатан)\S* (?:эта |данная )?стать|когда (?:опубликован|вышла)\S* (?:эта |данная )?стать`,
        ].join("|"),
        ")",
      ].join(""),
      "iu",
    ),
  },
  {
    topic: "title",
    pattern: /(?:这篇文章|这篇论文|文章|本文|论文)(?:的)?(?:标题|题目|题名|名字)|\btitle of (?:this|the) (?:article|paper)\b|\bwhat is (?:this|the) (?:article|paper) (?:called|titled)\b|\b(?:article|paper)'s title\b|назван\S* (?:этой |данной )?статьи|как называется (?:эта |данная )?статья/iu,
  },
];

/** A word every pattern above needs: most questions are ruled out by this one cheap test. */
const TRIGGER = /作者|谁|基金|资助|项目|关键|标题|题目|题名|名字|发表|刊|收录|期|页码|author|who|writ|fund|grant|sponsor|financ|key ?words|title|called|doi|journal|magazine|periodical|issue|volume|publish|page|автор|написал|финанс|грант|поддерж|ключев|назв|называ|журнал|номер|издани|опубликов|напечатан|вышла/iu;

/**
 * A question naming another work (a quoted title, a novel, a song: "Кто написал роман «Мастер и
 * Маргарита»?") asks about that work, unless it also names this article.
 */
const OTHER_WORK =
  /«[^»]+»|《[^》]+》|“[^”]+”|"[^"]+"|\b(?:novel|book|poem|song|play|film|movie|opera|symphony)s?\b|(?<!\p{L})(?:роман|книг|стих|песн|пьес|фильм|опер|симфони)|小说|诗|歌曲|书|电影|戏剧/iu;
const THIS_ARTICLE = /文章|本文|这篇|论文|\b(?:article|paper)\b|(?<!\p{L})(?:стать|работ)/iu;

/**
 * A question about a work the article cites ("who wrote the article the footnote points to, and in
 * which journal?", 数据出自哪本期刊) asks for a source, not for this article's front matter.
 */
const CITED_WORK =
  /出处|来源|引用|引自|出自|数据|脚注|注释|\bsources?\b|\bcit(?:e|ed|es|ing)\b|\bfootnotes?\b|\bquot(?:e|ed|es|ing|ation)|\bdata\b|\bfigures?\b|источник|сноск|цитат|данн|ссыла|опира/iu;

/** The front-matter topic a question asks about, if any. */
export function askedFrontMatter(question: string): FrontMatterTopic | undefined {
  if (!TRIGGER.test(question)) return undefined;
  if (OTHER_WORK.test(question) && !THIS_ARTICLE.test(question)) return undefined;
  if (CITED_WORK.test(question)) return undefined;
  const topic = ASKED.find((a) => a.pattern.test(question))?.topic;
  // 哪一期 / "which issue" of this article, not of a road project (中塔公路进展到哪一期了).
  return topic === "publication" && !THIS_ARTICLE.test(question) ? undefined : topic;
}

/** Which printed field answers a topic (by its 【label】). */
const FIELD_OF: Record<Exclude<FrontMatterTopic, "title">, RegExp> = {
  authors: /作者简介|作者单位|作者信息/u,
  funding: /基金|资助/u,
  keywords: /关键词|关键字|^key\s*words?$/iu,
  publication: /期刊|刊名|出版|来源期刊|DOI|^journal$/iu,
};

/** Hits quoting the front matter that answers the topic, as printed, the question's language first. */
export function frontMatterHits(doc: ArticleDocument, topic: FrontMatterTopic, language: Lang = "zh"): Hit[] {
  const hits = printedAnswers(doc, topic);
  const english = (h: Hit) => (/\p{Script=Han}/u.test(h.quote) ? 0 : 1);
  return language === "en" ? hits.sort((a, b) => english(b) - english(a)) : hits;
}

function printedAnswers(doc: ArticleDocument, topic: FrontMatterTopic): Hit[] {
  const hit = (label: string, text: string, key: string): Hit => ({
    quote: text,
    context: text,
    section: label,
    docId: doc.id,
    passageId: `${doc.id}#front-${key}`,
    sentenceIds: [],
    score: 1,
    citations: [],
  });
  if (topic === "title") return doc.meta.title ? [hit("标题", doc.meta.title, "title")] : [];
  const hits = (doc.meta.frontMatter ?? []).filter((f) => FIELD_OF[topic].test(f.label)).map((f) => hit(f.label, f.text, `${topic}-${f.line}`));
  if (topic !== "authors") return hits;
  // No 【作者简介】: the byline, as printed (names separated by spaces).
  if (hits.length === 0 && doc.meta.authors.length > 0) hits.push(hit("作者", doc.meta.authors.map((a) => a.name).join(" "), topic));
  // The English abstract's byline.
  if (doc.meta.authorsEn) hits.push(hit("Abstract", doc.meta.authorsEn, `${topic}-en`));
  return hits;
}
