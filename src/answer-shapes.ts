/**
 * Answer shapes: kinds of question whose answering sentence usually reads a certain way, so that
 * a sentence of that form is preferred among close candidates (never required: the preference
 * only reorders). A question asking how something changed is answered by a stated change
 * (从传统的“输血式”援助转化为…), one asking for a quoted classic by a quotation (《论语》中的“…”), a
 * yes-or-no question often by a denial (并不意味着…, 而是…), one asking by what means by a stated
 * means (通过…, 依托…), one asking how two things are related by a stated relation (既是…也是,
 * …的基础), one asking on what occasion something was said by a sentence placing it at a meeting
 * (在第二届中国—中亚峰会上发表…), one asking for a goal or a principle by a sentence naming one
 * (以共建安全共同体为目标, 秉持…的原则). Each shape is read in Chinese, English and Russian
 * questions; sentences are read as the article writes them (Chinese, and the English abstract).
 *
 * Exports:
 * - `AnswerShape` (type): the shapes' names.
 * - `ANSWER_SHAPES`: the table, `{ name, asked, stated }` each.
 * - `askedShapes(question)` → the shapes the question asks for.
 * - `statedShapes(text)` → the shapes a text has.
 */

export type AnswerShape = "change" | "saying" | "denial" | "means" | "relation" | "occasion" | "goal" | "principle";

export const ANSWER_SHAPES: readonly { name: AnswerShape; asked: RegExp; stated: RegExp }[] = [
  {
    // "How did … change", 有什么变化, 从啥变成了啥, как изменился (not climate change, 气候变化);
    // 从A转化为B, 从A向B转变, 从数天缩减到, 升华为, "from A to B" (not the range 从经济发展到科技创新:
    // 到 counts only after a verb of change).
    name: "change",
    asked: /(?<!气候)变化|转变|转化|转型|变成|变为|演变|怎么变|变了|从(?:什么|啥|哪)|\b(?<!climate )chang(?:e|es|ed|ing)\b|\bshift(?:s|ed|ing)?\b|\btransform|\bevolv(?:e|es|ed|ing)\b|\bturn(?:s|ed)? into\b|измени?л|изменени|изменя|(?<!\p{L})(?:по)?меня(?:ет|ют|л|ть)|превра(?:тил|щ)|переход|трансформ|эволюц/iu,
    stated: /从[^，,。；;]{1,30}(?:转化为|转变为|转向|转为|变为|变成|(?:缩减|缩短|上升|增长|提升|增加|下降|减少|扩大|升至|降至)(?:到|至)|向[^，,。；;]{1,20}(?:转变|迈进|转型|进阶|升级|拓展|延伸))|由[^，,。；;]{1,30}(?:转向|转为|转变为|变为)|升华为|\bfrom\b[^.;]{1,60}\bto\b/iu,
  },
  {
    // "Which classics does the author quote", 哪句谚语, "Which line from the Analects", какую
    // пословицу (not a Confucius Institute); 《礼记·乐记》中的“…”, 俗话说“…”, 古人云.
    name: "saying",
    asked: /古书|古籍|经典|典籍|古代.{0,4}(?:书|话|文献)|古人|谚语|俗语|俗话|古话|老话|名言|格言|\bclassic(?:al|s)?\b|\bproverbs?\b|\bsayings?\b|\badage\b|\bmaxim\b|\banalects\b|\bconfucius\b(?! institutes?\b)|пословиц|поговорк|изречени|классическ|(?<!институт\p{L}{0,2} )конфуци/iu,
    stated: /《[^》]{1,12}》(?:中的|里的|有言|有云|云|曰|说)[“"]|俗话说|俗语说|常言道|古人云|古语云|古人说|谚语/u,
  },
  {
    // A yes-or-no question: 是不是 / 是否 / 会不会 / …吗, "Does / Is / Will …?", "… ли"; a denial
    // or a "not this but that": 并不意味着, 从来不追求, 并非…而是, 绝非, 不同于.
    name: "denial",
    asked: /是不是|是否|会不会|能不能|有没有|要不要|算不算|是不|吗\s*[？?]?\s*$|^\s*(?:is|are|was|were|does|do|did|will|would|can|could|should|has|have|had)\b|(?<!\p{L})ли(?!\p{L})/iu,
    stated: /并不|并非|从不|从来不|绝非|绝不|决不|而是|不同于|不意味着|不等于/u,
  },
  {
    // "By what means": 通过哪些举措, 靠什么, "how does China help…", каким образом, через какие
    // программы; 通过…, 依托…, 借助…, 以…方式.
    name: "means",
    asked: /通过什么|通过哪些|靠什么|靠哪些|用什么(?:方式|办法|手段)|以什么方式|哪些(?:举措|措施|方式|途径|办法)|\bby what means\b|\bthrough (?:what|which)\b|\bhow (?:exactly )?(?:do|does|did|can|will) .{1,40} (?:help|support|promote|reduce|cut|tackle|fight)\b|через как|каким образом|с помощью как|какими (?:мерами|способами|путями)/iu,
    stated: /通过|依托|借助|以[^，,。]{1,12}(?:方式|形式)|\bthrough\b|\bby means\b/iu,
  },
  {
    // "What is the relation between X and Y": 什么关系, "how are … related", как связаны; 既是…也是,
    // …的基础 / 前提, 相辅相成, 相互促进, 良性互动, 反哺.
    name: "relation",
    asked: /什么关系|啥关系|关系是什么|关系如何|\brelat(?:ed|ionship) (?:between|to)\b|\bhow (?:are|is|do) .{1,40} (?:related|connected|linked)\b|как (?:связаны|соотносятся)|связь между|соотношени/iu,
    stated: /既是|也是|基础|前提|互为|相辅相成|良性互动|相互促进|反哺|保障/u,
  },
  {
    // "On what occasion did he say it": 在哪个场合讲的, "at what event", на каком саммите; a
    // sentence placing a speech or an announcement at a meeting: 在第二届中国—中亚峰会上发表…
    name: "occasion",
    asked:
      /什么场合|哪个场合|在哪(?:次|个)(?:会|场合|活动)|(?:哪次|哪个|什么)(?:会议|论坛|大会|会晤)上?(?:提出|宣布|发表|通过|讲|说)|\bat what (?:event|occasion|meeting|summit|forum)\b|\bon what occasion\b|\bwhere did .{1,40} (?:say|said|speak|announce|propose|put forward)\b|на каком (?:мероприятии|саммите|форуме|встрече)|где .{0,30}(?:выступ|сказал|заявил|объявил|предложил)/iu,
    stated: /(?:会|峰会|论坛|大会|会议|会晤)上|\bat the\b.{0,40}\b(?:summit|forum|meeting)\b/iu,
  },
  {
    // "What goal / aim", 目标, цель; 以…为目标, 旨在, 致力于, 谋求.
    name: "goal",
    asked: /目标|目的|为了什么|想达到|\bgoals?\b|\baims?\b|\bobjectives?\b|\bpurpose\b|цел[ьи]|чего хотят|стрем/iu,
    stated: /目标|旨在|致力于|为了|谋求|\baim|\bgoal/iu,
  },
  {
    // "Which principles", 原则, принцип; 秉持…原则, 遵循, 坚持.
    name: "principle",
    asked: /原则|准则|方针|\bprinciples?\b|\bguidelines?\b|принцип/iu,
    stated: /原则|准则|方针|秉持|遵循|坚持/u,
  },
];

/** The shapes a question asks for (usually none or one). */
export function askedShapes(question: string): AnswerShape[] {
  return ANSWER_SHAPES.filter((s) => s.asked.test(question)).map((s) => s.name);
}

/** The shapes a text has. */
export function statedShapes(text: string): Set<AnswerShape> {
  return new Set(ANSWER_SHAPES.filter((s) => s.stated.test(text)).map((s) => s.name));
}
