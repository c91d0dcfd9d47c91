/**
 * The part of a chat message that asks. A group-chat message often wraps its question in talk: who
 * asks and why, what someone else said, a wrong guess to be set right ("群里有人说要建五千个充电桩，我怀疑
 * 记串了。文章里给充电站定的目标是多少？", "Someone said «из-за общей границы», but…"). The talk still
 * helps to find where the article speaks (it is searched with the rest), but what the message asks
 * is read from its asking sentences only: the figures, places and people of a guess or a hearsay are
 * not what the question asks for, and the checks that refuse a question the article does not answer
 * (an amount it never states, a person it never names) must not read them.
 *
 * Exports:
 * - `askedPart(message)` → the message's asking sentences, or the whole message when it is one
 *   sentence, or when no sentence (or every sentence) asks.
 * - `asksIn(sentence)`: whether one sentence asks (a question mark, a question word, a request).
 */

/** Sentences of a message: up to and including their closing marks (。！？!?；;…, ". " in Latin text, line ends). */
const SENTENCE = /[^。！？!?；;\n]+?(?:[。！？!?；;…]+|\.(?=\s+|$)|\n|$)/gu;

/**
 * A question word or a request, in Chinese, English or Russian: an English auxiliary only opening
 * the sentence ("Is it…", not "cooperation is…"), a Russian что / как not after a comma (", что там"
 * tells), кто-то / что-то ("someone", "something") never; 哪怕 ("even if") asks nothing.
 */
const ASKS = new RegExp(
  [
    "[？?]",
    "什么|啥|哪(?!怕)|吗|多少|多大|多久|多长|怎|如何|为何|为什么|何时|何处|谁|是否|是不是|有没有|请|麻烦|求|出处|来源|原话|原句|原文|告诉|列出|说说|讲讲",
    "\\b(?:what|which|who|whom|whose|when|where|why|how|please|cite|source|name|list|tell|give|quote|explain)\\b",
    "^\\W*(?:is|are|does|do|did|was|were|can|could|has|have|had)\\b",
    "(?<!\\p{L})(?:(?<!,\\s*)(?:что|как)|чем|чего|какой|какая|какое|какие|каких|каким|где|когда|почему|зачем|кто|кого|кому|сколько|ли|назови\\p{L}*|укажи\\p{L}*|перечисли\\p{L}*|источник\\p{L}*|скажи\\p{L}*|объясни\\p{L}*)(?![\\p{L}-])",
  ].join("|"),
  "iu",
);

/** Whether one sentence asks (a question mark, a question word, a request). */
export function asksIn(sentence: string): boolean {
  return ASKS.test(sentence);
}

/**
 * Talk: what someone said, heard, remembers or guesses, or what the asker is doing ("群里有人说…",
 * "我怀疑记串了", "My roommate insists…", "Кто-то сказал…", "I wrote down 'mining'"). A telling
 * sentence without such words ("Under 'mutual benefit' the authors number off four areas.") says
 * what the question is about, and stays.
 */
const TALK =
  /说|听|觉得|以为|记得|记串|怀疑|猜|感觉|好像|据说|认为|印象|我|俺|咱|\b(?:said|says|say|saying|insists?|claims?|thinks?|thought|guess|remember|heard|told|reckon|believe|iirc|afaik|i|i'm|i've|my|me|we|our)\b|(?<!\p{L})(?:сказал\p{L}*|говор\p{L}*|счита\p{L}*|дума\p{L}*|помн\p{L}*|кажется|слышал\p{L}*|утвержда\p{L}*|уверен\p{L}*|я|мне|меня|мой|моя|мои|мы|нам)(?!\p{L})/iu;

/** A sentence telling what the article says ("The English abstract says…", 文中说…): no talk. */
const ARTICLE_SAYS =
  /(?:文章|作者|文中|原文|提要|摘要|结语)(?:里|中|上)?(?:说|讲|提到|写|认为|指出)|\b(?:article|author|authors|paper|abstract|summary|text)\s+(?:says|said|claims|argues|mentions|notes|writes|states|puts|lists|calls)\b|(?<!\p{L})(?:стать\p{L}*|автор\p{L}*)\s+(?:пиш\p{L}*|говор\p{L}*|утвержда\p{L}*|счита\p{L}*|называ\p{L}*)/iu;

/** An asking part too short to say what it asks of ("Is that right?", 对吗？, Верно?): it asks of the talk. */
function asksOfTheTalk(asking: string): boolean {
  const han = asking.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = asking.match(/[\p{Script=Latin}\p{Script=Cyrillic}]+/gu)?.length ?? 0;
  return han + 2 * words < 10;
}

/**
 * A phrase pointing back at what the sentence before named: 这篇讲话, 该中心, "this centre", «этот
 * проект».
 */
const POINTS_BACK =
  /这(?:篇|个|些|位|项|条|次|份|句|段|种|座|家|场|部)|该\p{Script=Han}|\b(?:this|these|those)\s+(?!is\b|are\b|was\b)\p{L}+|(?<!\p{L})(?:этот|эта|эти|этой|этого|этим|этих|эту|этом)\s+\p{L}+/iu;

/** The message's asking sentences (see the module comment); the whole message where that says nothing. */
export function askedPart(message: string): string {
  const sentences = (message.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (sentences.length < 2) return message;
  const kept = sentences.filter((s) => asksIn(s) || !TALK.test(s) || ARTICLE_SAYS.test(s));
  if (kept.length === sentences.length || !kept.some(asksIn)) return message;
  // An asking sentence that points back ("这篇讲话是哪天发表的？") keeps the sentence it points to.
  const asked = sentences
    .filter((s, i) => kept.includes(s) || (sentences[i + 1] !== undefined && asksIn(sentences[i + 1]!) && POINTS_BACK.test(sentences[i + 1]!)))
    .join(" ");
  return asksOfTheTalk(sentences.filter(asksIn).join(" ")) ? message : asked;
}
