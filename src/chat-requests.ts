/**
 * Requests a chat sends a bot that are no question about the article: write me a poem, recommend
 * a VPN or a series, how do you say "thank you" in Kazakh, the best way to keep basil fresh. A
 * citation-only bot cannot do them, and their everyday words (travel, China, Kazakh) would
 * otherwise meet the article's: they are answered "not in the article" before any search.
 *
 * Exports:
 * - `asksForTask(question)` → whether the question asks the bot to do something (write,
 *   recommend, say in another language, give practical advice), in Chinese, English or Russian.
 */

const TASK_REQUEST = new RegExp(
  [
    // Chinese: write me…, compose a poem, recommend (the article recommends nothing: a 推荐 not said
    // of the article is asked of the bot), how do you say … in X-language.
    "帮我写|给我写|写一(?:首|篇|段|份)|作一首|(?<!文章|作者|文中|本文)推荐|用\\p{Script=Han}{1,4}语怎么说",
    // …book or look up something for me (帮我订票, 帮我查一下明天的航班), not in the article; are
    // there tickets left (余票, 还有票吗; not the bookings the article counts, 订票量).
    "帮(?:我|忙)(?:订|买|预订|预定)|帮(?:我|忙)查(?!.*(?:文章|文中|原文|这篇|本文|作者))",
    "余票|还有(?:没有)?票|有票吗|有没有票|抢票|\\b(?:any|are there) (?:seats|tickets) (?:left|available)\\b|(?<!\\p{L})есть (?:ли )?(?:ещ[её] )?(?:свободные )?(?:билеты|места)(?!\\p{L})",
    // English: can you recommend / write…, how do you say…, write me a poem, the best way to…,
    // a homework question brought along ("need it for geo class"); not "the best way to … according
    // to the article".
    "\\b(?:can|could) (?:u|you) (?:please )?(?:recommend|suggest|write)\\b|\\brecommend (?:me )?(?:a|an|some)\\b",
    "\\bhow (?:do|would|can) (?:you|i|u) say\\b|\\bwrite (?:me )?(?:a|an) (?:poem|essay|story|song|haiku|letter)\\b",
    "^(?!.*\\b(?:article|authors?|text|paper)\\b).*\\bbest way to\\b|\\bneed it for (?:my )?\\w+ class\\b",
    // …and a good app for something.
    "\\b(?:good|best|decent|free) (?:[\\p{L}-]+ ){0,2}apps?\\b|\\bbest (?:season|time|month|weather) (?:for|to)\\b",
    // …and help with one's own paper: how do I cite / structure…, strategies for writing… (not
    // "how do I cite this article").
    "\\bhow (?:do|should|can|would) (?:i|we|u) (?:cite|reference|format|structure|organi[sz]e|outline|write)\\b(?! (?:this|the|that) (?:article|paper|text)\\b)",
    "\\bstrateg(?:y|ies) for (?:structuring|writing|organi[sz]ing|formatting|citing)\\b",
    // …and asking for tips (any tips for…, 有什么技巧 / 攻略): advice the article does not give.
    "^(?!.*\\b(?:article|authors?|text|paper)\\b).*\\b(?:any|some|give (?:me|us)|got) tips\\b|技巧|窍门|攻略",
    // …is it worth buying, how do I apply for / book (值不值得入手, 签证怎么办理), and who the bot
    // is (你是真人还是AI, "are you a bot", ты бот).
    "值不值得(?:买|入手|入|购买)|值得入手|(?:怎么|如何|咋)(?:办理|申请|预约|报名)|你是(?:真人|机器人|人工智能|AI|ai|谁)|\\bare (?:you|u) (?:a )?(?:bot|robot|human|real person|an? ai)\\b|(?<!\\p{L})ты (?:бот|робот|человек|живой)(?!\\p{L})",
    // …translate this for me, how do I calculate…, explain the difference between (a homework
    // concept: GDP and GNP), is it worth it / should I just fly (not asked of the article's words).
    "\\b(?:can|could) (?:u|you) (?:please )?translate\\b",
    "^(?!.*\\b(?:article|authors?|text|paper)\\b).*(?:\\btranslate\\b.{0,60}\\b(?:in)?to (?:english|chinese|russian|uzbek|kazakh|kyrgyz|tajik|turkmen)\\b|\\bhow (?:do|to|can|would) (?:i |you |we |u )?calculate\\b|\\bexplain (?:the )?difference between\\b)",
    "\\bworth it\\b.*\\bor should (?:i|we)\\b",
    // Russian: recommend…, write me a poem / an essay, how to say … in X.
    "(?<!\\p{L})(?:посоветуй|порекомендуй)|напиши (?:мне )?(?:стих|сочинение|эссе|рассказ)|как сказать .{1,20} по-",
  ].join("|"),
  "iu",
);

export function asksForTask(question: string): boolean {
  return TASK_REQUEST.test(question);
}
