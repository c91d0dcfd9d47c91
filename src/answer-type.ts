/**
 * The kind of answer a question expects, and whether a sentence holds one: a date for "when /
 * which year" questions, a quantity (an amount, a count, a length, a date) for "how many / how
 * much" questions, a rank (第三, 第一大, "the largest") for "排第几 / what place" questions, in
 * Chinese, English and Russian. Sentence choice prefers sentences that hold
 * the expected kind, and an answer whose best sentence holds none is no answer (see `engine.ts`).
 *
 * Exports:
 * - `AnswerType` (type): `"date" | "quantity" | "rank"`.
 * - `expectedAnswerType(question)` → `AnswerType | undefined`.
 * - `holdsAnswerType(text, type)` → whether the text states such an answer; `asksYear(question)` /
 *   `holdsYear(text)`: a "which year" question and a text stating a year (an era answers "when",
 *   not "which year"); `yearsAsked(question, numbers)`: its years outside titles;
 *   `withoutTitles(text)`: the text without the insides of its 《titles》 and «titles», whose
 *   years are part of a name, not a date.
 * - `yearsStated(text, figuresOnly?)`: the years a text names outside its titles; with
 *   `figuresOnly`, not those it only compares with (与2023年相比); `figuresStated(text)`: its
 *   figures (each in all its forms, see `figuresIn`) but years, months and days;
 *   `datesStatedFigures(question, years, stated)`: whether each year stands beside a figure the
 *   answer states (the asker misdated a fact the article gives).
 * - `expectsList(question)` → whether the question asks for several things ("哪些", "what are
 *   the…", "which countries", "какие"); `holdsList(text)` → whether the text enumerates some
 *   ("A、B和C", "A, B and C"). A list is only ever a preference: a question asking "which ones"
 *   is not refused for want of an enumeration.
 * - `countsItems(question)` → whether it asks how many points / aspects / links there are, which
 *   an enumeration answers without a number.
 * - `askedItemCount(question)` → how many things it asks for (哪四个方面, "which three", какие
 *   три → 3, 4); `enumerationSizes(text)` → the sizes of the Chinese enumerations a text makes
 *   ("A、B、C和D" → 4): a sentence listing that many is preferred.
 * - `askedOrdinal(question)` → which item of an enumeration the question asks for (第二条, "the
 *   second point", вторым пунктом → 2); `opensAsItem(text, n)` → whether a text opens as that
 *   item (二是…, 其二…), as the article enumerates (see `retrieve.ts`).
 * - `quotesFiguresAsContext(question)` → whether the figures a question quotes are context for the
 *   amount it asks (not a source asked, a claim checked or alternatives offered);
 *   `statesQuantityInWords(text)` → an amount in Chinese numerals (两年来).
 * - `checksClaim(question)` → whether the question asks if its own claim is right (我记得…对吗, "is
 *   that right", верно?): a year it names is the claim's, which the sentence's own year checks.
 * - `asksSourceOf(question)` → whether the question asks where a statement comes from (出处,
 *   登在哪天的报纸, "what's the source", источник): a date asked then may stand in the footnote.
 * - `asksConsequence(question)` → whether the question asks what something brought about (its
 *   significance, effect, result): Chinese prose states it in the sentence after the one naming
 *   the thing, which is then quoted too (see `choose-sentences.ts`); `asksBesides(question)` →
 *   whether it asks for something besides what it names (除了…还, "apart from", кроме), which the
 *   next sentence often adds.

 * A quantity is stated by digits, a Chinese numeral with a measure word, or a vague amount such
 * as 数天 / 几个小时; a date by a year, a month or an era.
 */

import { figuresIn, isYear, numbersIn } from "./text-tokens.js";

export type AnswerType = "date" | "quantity" | "rank";

/**
 * "When / which year / which month" (an English "when" only where it opens a question; Russian
 * "когда" see `asksRussianWhen`).
 */
const DATE_QUESTION =
  /哪一?年|(?:什么|啥)时[候间]|何时|几时|哪一?天|哪个月|几月|几号|^\s*when\b|\bwhen (?:did|was|were|is|are|will|does|do|has|have|had)\b|\b(?:what|which) (?:year|date|month)\b|в каком (?:году|месяце)|(?<!\p{L})(?:с|до|от|к|начиная с) какого (?:года|месяца)|какого числа|哪个世纪|几世纪|什么世纪|\b(?:which|what) century\b|в каком веке|какого века/iu;

/**
 * A Russian "когда" asks when unless it opens a clause after a comma in a question asked by
 * another word: "Какой лозунг упоминают авторы, когда говорят об экологии?" asks for the
 * slogan; "Кто и когда…" and "Скажите, когда…" ask when.
 */
const RU_WHEN = /(?<!\p{L})когда(?!\p{L})/iu;
const RU_QUESTION_WORD_BEFORE =
  /(?<!\p{L})(?:как\p{L}*|котор\p{L}*|что|чем|чего|чему|кто|кого|кому|кем|где|куда|откуда|почему|зачем|сколько|насколько|чей|чья|чьё|чьи|ли)(?!\p{L})/iu;

/** "When China set up ties…, what did that start?": an English when-clause before the question. */
const EN_WHEN_CLAUSE = /^\s*when\b[^?]*,\s*(?:(?:on|in|at|by|for|from|with|to|under|through) )?(?:what|which|who|whom|how|why|where|is|are|was|were|do|does|did)\b/iu;

/** "Когда наши республики стали независимыми, на каком принципе…?": a когда-clause before the question. */
const RU_WHEN_CLAUSE = new RegExp(
  String.raw`^\s*когда(?!\p{L})[^?]*[,，]\s*(?:(?:на|в|во|по|с|со|о|об|за|для|от|из|при|к|до) )?${RU_QUESTION_WORD_BEFORE.source}`,
  "iu",
);

/**
 * (Without the comma, as a voice message writes it: "какой концепцией руководствуются стороны
 * когда угрозы переплетаются": a question word, then at least two words of its own clause, then
 * когда, not "кто и когда".)
 */
const RU_QUESTION_THEN_CLAUSE = new RegExp(String.raw`${RU_QUESTION_WORD_BEFORE.source}(?:\s+\p{L}[\p{L}-]*){2,}\s+$`, "iu");

function asksRussianWhen(question: string): boolean {
  const at = question.search(RU_WHEN);
  const before = question.slice(0, at);
  const joined = /(?<!\p{L})(?:и|или|а)\s+$/iu.test(before);
  return (
    at >= 0 &&
    !(/[,，]\s*$/u.test(before) && RU_QUESTION_WORD_BEFORE.test(before)) &&
    !(!joined && RU_QUESTION_THEN_CLAUSE.test(before)) &&
    !RU_WHEN_CLAUSE.test(question)
  );
}

/** A year (2025, 今年). */
const YEAR_STATED = /(?:1[5-9]|20)\d\d|今年|去年|明年/u;

/** A year, a month or an era (二战时期, 唐朝). */
const DATE_STATED = new RegExp(
  String.raw`${YEAR_STATED.source}|\d{1,2}\s*月|[一二三四五六七八九十]+\s*月|世纪|年代|[一二]战|时期|[秦汉晋隋唐宋元明清]朝|(?:十[一二三四五六七八九]|二十)大以来|第[一二三四五六七八九十]+次全国代表大会`,
  "u",
);

/** "Which place / what rank": an ordinal is asked (排第几, на каком месте), not an amount. */
const RANK_QUESTION =
  /第几|排名(?:如何|怎样)|哪[^，,。？?]{0,12}排(?:在)?(?:第[一二三1-3]|首位)|排(?:在)?第[一二三1-3]的?是哪|\bwhat (?:place|position|rank)\b|\bhow (?:does|did|do) .{1,60} rank\b|\bwhere (?:does|did|do) .{1,60} rank\b|на каком месте|какое место/iu;

/**
 * "Which one is the largest / has the most": a single thing asked by a superlative of amount (哪个国家
 * …最大, "which city has the largest number of…", "the most flights", какой … крупнейший, на первом
 * месте). Not "which ones" (哪些, which fields, какие), not a liking (最喜欢, больше всего нравятся),
 * not a quality ("most fruitful", 潜力最大 is asked of 哪几个方面).
 */
const SUPERLATIVE_WHICH =
  /哪(?![些几])[^，,。？?]{0,24}(?<!最)最(?:大|多|高|低|少|长|短|密集|频繁|繁忙)(?!的?(?:喜欢|受欢迎|青睐))|(?<!最)最(?:大|多|高)[^，,。？?]{0,12}(?:是|为)哪(?![些几])|\b(?:which|what)\b(?! \w+s\b)(?! (?:are|were|do|did)\b)[^?]{0,60}\b(?:largest|biggest|highest|lowest|greatest|the most|the fewest)\b|(?:как(?:ой|ая|ое|ом|ого|ую)|в каком|в какой)(?!\p{L})[^?]{0,60}(?:крупнейш|больше всего|на первом месте|наибольш|самы[йхм] (?:крупн|больш))/iu;

/** An ordinal or a superlative rank: 第三, 首位, 第一大, "the largest", "second". */
const RANK_STATED =
  /第\s*(?:[一二三四五六七八九十]+|\d+)|首位|首个|头号|最大|\b(?:first|second|third|fourth|fifth|largest|biggest|top|leading)\b|перв|втор|трет|крупнейш/iu;

/**
 * "How far" asking a distance ("how far is Almaty from Xi'an?"), not progress ("how far has trust
 * developed", "how far bilateral trade has expanded", "how far along is the railway") nor time
 * ("how far back does the author trace…"): a regex source, shared with the length attribute.
 */
export const HOW_FAR_DISTANCE = String.raw`\bhow far\b(?! (?:has|have|had|did|do|does|can|could|will|would|should|along|back)\b)(?!(?: [\p{L}-]+){1,4} (?:has|have|had)\b)`;

/**
 * A terse chat question ending in the figure it wants: "kazakhstan china trade 2024 number?",
 * "中哈贸易额 数字？", "товарооборот, цифра?".
 */
const TERSE_FIGURE = String.raw`(?:\b(?:number|figure|amount|total|stats?)|数字|数额|金额|цифр[аы]?|сумм[аы]?)\s*[?？]*\s*$`;

/**
 * "How many / how much / how long…" ("哪几" asks which ones, not how many, 那几 / 这几 / 好几 point at
 * some ("减贫合作那几项举措里", "这几年"), 几乎 is "almost";
 * "how far has trust developed" and "how far along is the railway" ask about progress, not a distance;
 * "how much are they used / developed", "насколько их используют" ask a degree, which the article
 * states in words: 开发利用程度低).
 */
const QUANTITY_QUESTION = new RegExp(
  String.raw`多少|(?<![哪那这前后好])几(?!乎|句|段|行)[个次年天种座所家项位倍千万亿成]?|多长|多大|多久|多高|多远|\bhow (?:many|much|long|large|big|old|often)\b(?<!\bhow much(?=(?: [\p{L}-]+){1,4} (?:used|utili[sz]ed|developed|exploited|tapped)\b))|${HOW_FAR_DISTANCE}|\bwhat (?:percentage|share|value|amount|number)\b|\bwhat (?:is|was|were|'s)(?: the)? (?:total |overall |annual |combined )?(?:amount|number|volume|sum) of\b|\bwhat (?:is|was|were|'s)(?: the)? (?:total |overall |annual |combined )?value of (?:[\p{L}-]+ ){0,3}(?:trade|exports?|imports?|investments?|deals?|contracts?|goods|sales|orders)\b|(?<!на)сколько|какой объ[её]м|(?<!\p{L})(?:какова|какую|какой(?: была?)?) (?:\p{L}+ )?(?:дол[яюи]|процент)|(?<!\p{L})как(?:ой|ов) (?:был |было )?(?:товарооборот|объ[её]м)|на сколько|во сколько|насколько(?!(?:\s+\p{L}+){0,3}\s+(?:использ|осво|развит|задейств|востребован))|${TERSE_FIGURE}`,
  "iu",
);

/** A Chinese numeral with a measure word, or a vague amount (数天, 几个小时). */
const CHINESE_QUANTITY =
  /(?:[一二两三四五六七八九十百千万亿]+多?|[数几]十?)[个次年天倍座家项位种条公里亿万平方米吨台辆人国%]|[数几]个?(?:小时|分钟|星期|月)/u;

/** Whether a text states an amount in Chinese numerals (两年来, 数天), which `figuresStated` does not read. */
export function statesQuantityInWords(text: string): boolean {
  return CHINESE_QUANTITY.test(text);
}

/**
 * Whether a question's own figures are context for the amount it asks ("哈萨克斯坦是1.2吉瓦，那
 * 塔吉克斯坦呢", "xi went 9 times but what's their number"): not when it asks their source, checks
 * a claim, or offers alternatives (13还是15, "3 or 5 hours", или).
 */
export function quotesFiguresAsContext(question: string): boolean {
  return !asksSourceOf(question) && !checksClaim(question) && !/还是|\bor\b|(?<!\p{L})или(?!\p{L})/iu.test(question);
}

/** Whether a text states a quantity or date. */
function hasQuantity(text: string): boolean {
  return /\d/.test(text) || CHINESE_QUANTITY.test(text);
}

/**
 * The kind of answer a question expects, if it asks for a date, an amount or a rank ("which one is
 * the largest" needs a sentence that ranks: dev set out-of-scope abstained +5, no false abstention).
 */
export function expectedAnswerType(question: string): AnswerType | undefined {
  if ((DATE_QUESTION.test(question) && !EN_WHEN_CLAUSE.test(question)) || asksRussianWhen(question)) return "date";
  if (RANK_QUESTION.test(question) || SUPERLATIVE_WHICH.test(question)) return "rank";
  if (QUANTITY_QUESTION.test(question) && !severalInWhichQuestion(question)) return "quantity";
  return undefined;
}

/** 几 + a measure word after a noun (中亚几个国家: "the several"), and a Chinese "which ones". */
const FEW = /(?<=\p{Script=Han})(?<![有是了共计哪第])几(?:个|位|家|座|样|种)/gu;
const LIST_WHICH = /哪些|哪几|哪[两二三四五六七八九十](?:个|种|样|项|点|条|位|家|国|大)/u;

/**
 * Whether a question's only amount cue is 几个 after a noun, in a question asking which ones:
 * "中亚几个国家在哪些方面…" asks which respects, not how many countries.
 */
function severalInWhichQuestion(question: string): boolean {
  return LIST_WHICH.test(question) && !QUANTITY_QUESTION.test(question.replace(FEW, ""));
}

/** "Which year": a year is asked, which an era (二战时期, 唐朝) does not give, though it answers "when". */
const YEAR_QUESTION = /哪一?年(?!级)|\b(?:what|which|in what|in which) year\b|в каком году|в котором году/iu;

/**
 * A question asking whether its own claim is right: "我记得…对吗", "someone said … is that right",
 * "what does the article actually say", "Год указан верно?", "Правда ли, что…".
 */
const CLAIM_CHECK =
  /对吗|对不对|是这样吗|没错吧|我记得|记混|有人说|\bis (?:that|this|it) (?:right|true|correct)\b|\bis it true\b|\bactually say\b|верно|правда ли|правильно ли|так ли|я записал/iu;

/** Whether a question asks if a claim it makes is right (its years and figures are the claim's). */
export function checksClaim(question: string): boolean {
  return CLAIM_CHECK.test(question);
}

/** Whether a date question asks for the year itself. */
export function asksYear(question: string): boolean {
  return YEAR_QUESTION.test(question);
}

/** Whether a text states a year (not one inside a title: 《国家工业创新发展战略 2025》 dates nothing). */
export function holdsYear(text: string): boolean {
  return YEAR_STATED.test(withoutTitles(text));
}

/** A text with the insides of its titles (《…》) left out: a year in a title is part of a name. */
export function withoutTitles(text: string): string {
  const chinese = text.includes("《") ? text.replace(/《[^》]*》/gu, "《》") : text;
  return chinese.includes("«") ? chinese.replace(/«[^»]*»/gu, "«»") : chinese;
}

/** A year something is compared with: 与2023年相比, 比2023年. */
const COMPARED_WITH_YEAR = /(?:与|同|较|比)\s*\d{4}\s*年(?:同期)?(?:相比|比较)?/gu;

/** A month or a day of a date (8月, 6月17日): no figure. */
const DAY_OR_MONTH = /\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*日/gu;

/** A count of years, not a year: "2000+ years", "2,000 years", "2000 лет", 2000多年. */
const YEARS_COUNTED = /\d(?:[\d,.]*\d)?\s*(?:\+\s*)?(?:years\b|yrs\b|лет(?!\p{L})|(?:多|余)年)/giu;

/**
 * The years a text names outside its titles (and not a count of years, "2000+ years"); with
 * `figuresOnly`, not a year it only compares with (与2023年相比 gives no figure for 2023).
 */
export function yearsStated(text: string, figuresOnly = false): string[] {
  const plain = withoutTitles(text).replace(YEARS_COUNTED, " ");
  return numbersIn(figuresOnly ? plain.replace(COMPARED_WITH_YEAR, " ") : plain).filter(isYear);
}

/**
 * Whether each of the given years stands in a clause of the question beside a figure the answer
 * states (`stated`: figures in all their forms): the asker has dated a fact of the article wrongly
 * ("1992年才4.64亿美元，到2023年948亿美元，涨了多少倍？" meets "…增长至2024年的948亿美元"), and the
 * sentence's own year corrects it. A year standing with no such figure ("那2023年又涨了多少") is asked,
 * and so is a year a plan is asked for ("it's 1.2 GW now - what's the target for 2035?").
 */
export function datesStatedFigures(question: string, years: readonly string[], stated: ReadonlySet<string>): boolean {
  const clauses = question.split(/[，,；;。？?！!]/u);
  return (
    years.length > 0 &&
    years.every((y) => clauses.some((c) => !PLAN_ASKED.test(c) && yearsStated(c).includes(y) && figuresStated(c).some((f) => f.some((n) => stated.has(n)))))
  );
}

/**
 * The years a question asks about among its (normalised) numbers: not one written only inside a
 * title («Стратегия … 2025», 《…2025》), which names a document, not a time.
 */
export function yearsAsked(question: string, numbers: readonly string[]): string[] {
  const outsideTitles = new Set(yearsStated(question));
  const written = new Set(numbersIn(question).filter(isYear));
  return numbers.filter((n) => isYear(n) && (outsideTitles.has(n) || !written.has(n)));
}

/** A text's figures, each in all its forms (5 000 亿 = 500 billion), but years, months and days. */
export function figuresStated(text: string): string[][] {
  return figuresIn(withoutTitles(text).replace(DAY_OR_MONTH, " ")).filter((f) => !isYear(f[0]!));
}

/**
 * "How many now / so far": the state of things at present is asked (眼下已经建好, today, so far,
 * сейчас), not a plan (计划, 打算, 要建, "plans to", "by 2030", планирует, к 2030).
 */
const PRESENT_ASKED =
  /眼下|目前|现在|如今|迄今|至今|当前|现有|已经?(?:建成|建好|投入使用|投运|运营|落地|完成)|\b(?:today|now|currently|so far|to date|at present|already|existing|in operation)\b|сейчас|на (?:данный момент|сегодня)|в настоящее время|(?<!\p{L})уже(?!\p{L})/iu;
const PLAN_ASKED = /计划|打算|目标|要建|将要|预计|\b(?:plan|plans|planned|planning|target|aims?|goal|by 20\d\d)\b|планир|собира|намерен|(?<!\p{L})к 20\d\d/iu;

/** A clause stating a plan (到2030年, 计划, 力争, 拟): its figure is a target, not what is. */
const PLAN_STATED = /到\s*\d{4}\s*年|计划|力争|(?<![模比])拟/u;

/** Whether a question asks the present state of something (and not a plan). */
export function asksPresentState(question: string): boolean {
  return PRESENT_ASKED.test(question) && !PLAN_ASKED.test(question);
}

/** Whether a text states figures, all of them in clauses stating a plan (到2030年布局8000个充电站). */
export function statesOnlyPlans(text: string): boolean {
  const clauses = text.split(/[，,；;。]/u).filter((clause) => figuresStated(clause).length > 0);
  return clauses.length > 0 && clauses.every((clause) => PLAN_STATED.test(clause));
}

/** Whether a text states an answer of the given kind. */
export function holdsAnswerType(text: string, type: AnswerType): boolean {
  return type === "date" ? DATE_STATED.test(withoutTitles(text)) : type === "rank" ? RANK_STATED.test(text) : hasQuantity(text);
}

/** "Which ones / what are the… / which <plural>": a question asking for several things. */
const LIST_QUESTION =
  /哪些|哪几|哪[两三四五六七八九十]|包括什么|包括哪|\bwhat are\b|\bwhich (?!was\b|has\b|does\b|is\b)\w{2,}s\b|\bwhat (?:\w+ )?(?:do|does|did) .* include\b|какие|каких|какими/iu;

/** An enumeration: "A、B和C", "A、B等", or an English "A, B and C". */
const LIST_STATED = /[^、，,。]{1,12}、[^、，,。]{1,12}(?:、|和|及|与|以及|等)|\b\w+(?: \w+)?, \w+(?: \w+)?,? and\b/u;

/** Whether a question asks for several things. */
export function expectsList(question: string): boolean {
  return LIST_QUESTION.test(question);
}

/** Whether a text enumerates several things. */
export function holdsList(text: string): boolean {
  return LIST_STATED.test(text);
}

/** Number words of two to ten, in Chinese, English and Russian. */
const COUNT_WORDS: Record<string, number> = {
  "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
  两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8,
};

/**
 * "包含哪四个方面", "四大特征分别是什么", "which three fields", "name the four", "какие три
 * направления", "назовите четыре": the number of things asked for.
 */
const ITEM_COUNT_QUESTION =
  /哪([两二三四五六七八九十2-9])(?:个|项|大|点|条|种|国|座|家|样|类|方面|部分)|([两二三四五六七八九十2-9])(?:个|项|大|点|条|种)[^，。？?]{0,8}(?:分别|各)(?:是|为|指|叫)|\b(?:which|what|name the|list the) (two|three|four|five|six|seven|eight|nine|ten|[2-9])\b|\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]) (?:[a-z-]+ )?(?:things|points|qualities|features|traits|characteristics|principles|aspects|areas|fields|sectors|ways|steps|factors|reasons|strengths|goals|elements|pillars|dimensions|items)\b|(?<!\p{L})(?:как(?:ие|ое|ая|ой|их)|назов\p{L}*|перечисл\p{L}*) (два|две|три|четыре|пять|шесть|семь|восемь)(?!\p{L})/iu;

/** How many things a question asks for, when it says (哪四个方面 → 4). */
export function askedItemCount(question: string): number | undefined {
  const m = ITEM_COUNT_QUESTION.exec(question);
  const word = m?.slice(1).find((g) => g !== undefined);
  return word === undefined ? undefined : COUNT_WORDS[word.toLowerCase()];
}

/**
 * "How many points / aspects / principles / links": a count of kinds of things, which a sentence
 * listing them answers without writing a number ("生产、运输、贸易、金融及工程服务" has five links).
 */
const ITEM_KINDS_COUNTED =
  /(?:几|多少)个?(?:\p{Script=Han}{1,6}的\p{Script=Han}{0,2})?(?:点|方面|原则|环节|领域|部分|层面|维度|要素|特点|特征|内容|支柱|步|阶段)|(?:几|多少)(?:大|项|条)(?!\p{Script=Han}{0,2}(?:公里|千米|米|吨|元|美元|亿|万))|\bhow many (?:[\p{L}-]+ ){0,2}(?:points|aspects|principles|links|areas|fields|parts|elements|dimensions|components|features|pillars|stages|sectors|domains|priorities|values|directions|things|items|networks|kinds|types|strands|segments)\b|сколько (?:\p{L}+ ){0,2}(?:принцип|аспект|направлени|звен|пункт|сфер|област|элемент|составляющ|компонент|черт|особенност|сет|вид|тип|этап|отрасл)/iu;

/** Whether a question asks how many kinds of things (points, aspects, links) there are: a list answers it. */
export function countsItems(question: string): boolean {
  return ITEM_KINDS_COUNTED.test(question);
}

/** A Chinese enumeration: items of up to 14 characters joined by 、 (the last perhaps by 和/及/与). */
const ENUMERATION = /(?:[^、，,。；;：:“”]{1,14}、)+[^、，,。；;：:“”]{1,14}/gu;

/**
 * The sizes of the enumerations a text makes: "和平合作、开放包容、互学互鉴、互利共赢" → 4,
 * "人工智能、云计算、5G 和物联网" → 4.
 */
export function enumerationSizes(text: string): Set<number> {
  const sizes = new Set<number>();
  for (const m of text.matchAll(ENUMERATION)) {
    const parts = m[0].split("、");
    const joined = /[^、]{1,14}(?:和|及|与|以及)[^、]{1,14}$/u.test(parts[parts.length - 1]!) ? 1 : 0;
    sizes.add(parts.length + joined);
  }
  return sizes;
}

/** "What significance / effect / result…": what something brought about. */
const CONSEQUENCE_QUESTION =
  /意义|作用|影响|效果|成效|结果|带来了?什么|significan|\beffects?\b|\bimpact|\bresult|\bachieve|\blead to\b|\bled to\b|\bbr(?:ing|ought) about\b|значени|результат|влияни|привел|привод/iu;

/** Whether a question asks what something brought about. */
export function asksConsequence(question: string): boolean {
  return CONSEQUENCE_QUESTION.test(question);
}

/**
 * "Of the 100 projects, how many go to Kazakhstan?", 其中…占多少, какая доля: a part of a total is
 * asked (the total, when the question quotes it, does not answer).
 */
const BREAKDOWN_QUESTION =
  /占(?:了)?(?:多少|几成|百分之几|多大|多)|份额|比例|比重|各(?:分到|占)|其中.{0,12}(?:多少|几)|\bhow (?:much|many) of\b|\bwhat (?:share|proportion|percentage|part|fraction|portion)\b|\bof (?:the|those|these|that) .{0,120}\bhow (?:much|many)\b|какая доля|какую (?:часть|долю)|сколько из|какой процент|из них/iu;

/** Whether a question asks for a part of a total (a share, how many of…). */
export function asksBreakdown(question: string): boolean {
  return BREAKDOWN_QUESTION.test(question);
}

/** "What are they called / which ones are they": the items themselves are asked, by name. */
const ITEMS_NAMED = /分别(?:是|叫|由)|具体(?:叫|是)|叫什么|名称|名字|\bnames?\b|\bcalled\b|(?<!\p{L})(?:как(?:ие|ое|ой|ая)? (?:\p{L}+ )?называ|назван)/iu;

/**
 * Whether a question asks which things they are or what they are called (not how many); `list`
 * is its `expectsList`, when the caller has already read it.
 */
export function asksItems(question: string, list: boolean = expectsList(question)): boolean {
  return list || ITEMS_NAMED.test(question);
}

/** "Besides X, what else…": something more than what the question names is asked. */
const BESIDES_QUESTION = /除了|之外|以外|\bbesides\b|\bapart from\b|\bother than\b|\bin addition to\b|\bwhat else\b|(?<!\p{L})(?:кроме|помимо)(?!\p{L})|что ещё/iu;

/** Whether a question asks for something besides what it names (the next sentence often adds it). */
export function asksBesides(question: string): boolean {
  return BESIDES_QUESTION.test(question);
}

/** Chinese numerals 1–9. */
const ZH_DIGITS = "一二三四五六七八九";
const EN_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const RU_ORDINALS = ["перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят"];

/** "The second point / 第二条 / второй пункт": which item of an enumeration a question asks for. */
const ORDINAL_QUESTIONS: readonly RegExp[] = [
  new RegExp(`第([${ZH_DIGITS}])(?:条|点|项|个方面|方面|个成果|项成果)|([${ZH_DIGITS}])是`, "u"),
  new RegExp(`\\b(${EN_ORDINALS.join("|")})\\s+(?:point|item|area|aspect|thing|achievement|field|priority|pillar|task|one)s?\\b|\\b(?:comes|listed|is)\\s+(${EN_ORDINALS.join("|")})\\b`, "iu"),
  new RegExp(`(${RU_ORDINALS.join("|")})\\S*\\s+(?:пункт|направлени|област|аспект|достижени)|(?:ид[её]т|стоит|указан\\S*)\\s+(${RU_ORDINALS.join("|")})\\S*`, "iu"),
  // "point no. 2", "item #3", "пункт № 3" (the digit itself).
  /\b(?:point|item|bullet)\s*(?:no\.?|number|#)?\s*([1-9])(?!\d)|(?<!\p{L})пункт\S*\s*(?:№|номер)?\s*([1-9])(?!\d)/iu,
];

/** The position (1–9) of the enumerated item a question asks for, if it asks for one. */
export function askedOrdinal(question: string): number | undefined {
  for (const re of ORDINAL_QUESTIONS) {
    const m = re.exec(question);
    const word = m?.slice(1).find((g) => g !== undefined)?.toLowerCase();
    if (!word) continue;
    if (/^[1-9]$/.test(word)) return Number(word);
    const zh = ZH_DIGITS.indexOf(word);
    if (zh >= 0) return zh + 1;
    const en = EN_ORDINALS.indexOf(word);
    if (en >= 0) return en + 1;
    const ru = RU_ORDINALS.findIndex((stem) => new RegExp(`^${stem}`, "u").test(word));
    if (ru >= 0) return ru + 1;
  }
  return undefined;
}

/** How a text opens as the n-th item of an enumeration (二是…, 其二…, 第二,…), for n = 1…9. */
const ITEM_OPENINGS = Array.from(ZH_DIGITS, (d) => new RegExp(`^\\s*(?:${d}是|其${d}|第${d}[,，、是])`, "u"));

/** Whether a text opens as the n-th item of an enumeration: 二是…, 其二…, 第二,… */
export function opensAsItem(text: string, n: number): boolean {
  return ITEM_OPENINGS[n - 1]?.test(text) ?? false;
}

/** Figures and data (数据, 数字, 统计), and who gave them (给, 提供, 发布…的): "数据是谁给的", "谁给的数据" ask their source. */
export const CHINESE_DATA_WORDS = "(?:数|数据|数字|统计)";
export const CHINESE_DATA_GIVEN = "(?:给|提供|统计|发布|算)的";

/** "(кто) дал эти данные", "привёл эти цифры": who gave the figures, which asks their source. */
export const RUSSIAN_SOURCE_OF_DATA =
  "(?:дал|дает|даёт|предоставил|привел|привёл|приводит|опубликовал|собрал|посчитал)\\s+(?:\\p{L}+\\s+)?(?:данн|цифр|сведени|статистик|информаци)";

/** "Where does this come from / which newspaper, what day": a question about a statement's source. */
const SOURCE_QUESTION = new RegExp(
  [
    RUSSIAN_SOURCE_OF_DATA,
    `${CHINESE_DATA_WORDS}是?谁${CHINESE_DATA_GIVEN}|谁${CHINESE_DATA_GIVEN}${CHINESE_DATA_WORDS}`,
    "напечатан",
    // Whose speech / words a quotation is (出自谁的讲话, "whose speech is it taken from", из чьей речи).
    /出自|谁的(?:讲话|发言|演讲|话)|\bwhose (?:speech|words|remarks|statement|address)\b|\b(?:quotation|quote) (?:is |was )?(?:taken|drawn) from\b|\bwhere (?:is|was) (?:the|this|that) (?:quote|quotation) from\b|(?<!\p{L})(?:из )?чь(?:ей|я|ё|и|его) (?:речи|реч|слова|выступлени|цитат)/iu.source,
    /出处|来源|引自|引的是|引用的是|脚注|注明|登在|刊登|发表在|哪份(?:报纸|文件|材料|文献)|(?:谁|哪个机构|哪家机构|什么)的口径|报纸|登报|见报|报上|日报|\bsources?\b|\bnewspapers?\b|\bpeople'?s daily\b|\bcited?\b|\bfootnote|\bpublished\b|\bprinted\b|\bwhere (?:does|do|did) (?:this|that|the) (?:figure|number|quote|data|claim)s? come from\b|\bwhere (?:does|do|did) (?:the )?(?:article|authors?|text|paper) (?:get|take|find) (?:this|that|the|these|those) (?:figure|number|data|statistic)s?\b|\bwho (?:gave|provided|published|reported|compiled) (?:this|that|the|these) (?:figure|number|data|statistic)s?\b|источник|сноск|газет|опубликова|ссыла|откуда\s+(?:\p{L}+\s+){0,3}(?:взял|взят|цифр|данн|информаци|сведени|цитат)/iu.source,
  ].join("|"),
  "iu",
);

/** Whether a question asks where a statement comes from (its footnote's source, the paper, the date). */
export function asksSourceOf(question: string): boolean {
  return SOURCE_QUESTION.test(question);
}
