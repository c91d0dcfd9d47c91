/**
 * The bot's own words in Chinese, English and Russian (quotes are never translated: they are
 * always the article's sentences). Every string is plain text; the renderer escapes it.
 *
 * Exports:
 * - `UiStrings`: the shape of one language's strings.
 * - `UI_STRINGS`: `Record<Lang, UiStrings>`.
 * - `uiStrings(lang)` → `UiStrings`.
 */
import type { Lang, Unstated } from "./types.js";

export interface UiStrings {
  /** /start: a greeting, two lines with an example question. */
  start: (example: string) => string;
  exampleQuestion: string;
  /** /help: the commands, one per line. */
  help: string;
  aboutAuthors: string;
  aboutAbstract: string;
  aboutAbstractEn: string;
  aboutKeywords: string;
  tocTitle: string;
  tocEmpty: string;
  sectionEmpty: string;
  abstain: string;
  /**
   * The article speaks of the topic but does not state the date / amount / detail asked
   * (`Answer.unstated`); one sentence, without a hint.
   */
  unstated: Record<Unstated, string>;
  /** What to try after an `unstated` abstention (rephrase, /toc). */
  abstainHint: string;
  /** Above the passage shown with an `unstated` abstention (`Answer.related`): it does not answer. */
  related: string;
  truncated: string;
  rateLimited: (seconds: number) => string;
  stale: string;
  staleToast: string;
  askUsage: (botUsername: string) => string;
  notText: string;
  /**
   * Something went wrong while answering: the reply when handling an update fails, and when the
   * core's answer failed (note `failed`); never suggests the article lacks the answer.
   */
  error: string;
  /** "Quotes 1–3 of 6". */
  pageHeader: (from: number, to: number, total: number) => string;
  contextTitle: string;
  sourcesTitle: string;
  noSources: string;
  buttonMore: string;
  buttonContext: string;
  buttonSources: string;
  inlineNoResults: string;
  inlineHint: string;
  /** setMyCommands descriptions. */
  commands: { start: string; help: string; about: string; toc: string; ask: string };
  /** setMyDescription / setMyShortDescription. */
  description: string;
  shortDescription: string;
}

const zh: UiStrings = {
  start: (example) =>
    `你好!我只用这篇文章自己的原句回答问题,并注明所在章节和脚注出处。\n直接发问即可,例如:${example}`,
  exampleQuestion: "“中国—中亚精神”的核心内涵是什么?",
  help: [
    "直接发送问题(私聊),或在群组里用 /ask 问题。",
    "/about 文章信息与摘要",
    "/toc 目录(点击章节查看开头)",
    "/help 本说明",
    "在任何聊天中输入 @机器人名 问题,可以插入引文。",
  ].join("\n"),
  aboutAuthors: "作者",
  aboutAbstract: "内容提要",
  aboutAbstractEn: "英文摘要",
  aboutKeywords: "关键词",
  tocTitle: "目录:点击章节查看开头几句。",
  tocEmpty: "没有可显示的章节。",
  sectionEmpty: "这一节没有可引用的正文句子。",
  abstain: "文章似乎没有回答这个问题。可以换个说法再问,或用 /toc 浏览目录。",
  unstated: {
    date: "文章谈到了这方面的内容,但没有给出具体时间。",
    quantity: "文章谈到了这方面的内容,但没有给出具体数字。",
    detail: "文章谈到了这方面的内容,但没有提到你问的这一点。",
    place: "文章谈到了这方面的内容,但没有说明具体地点。",
    person: "文章谈到了这方面的内容,但没有说是谁。",
    "other-place": "文章谈到了这方面的内容,但没有说到你问的这个地方。",
    "other-year": "文章谈到了这方面的内容,但没有给出你问的那一年的情况。",
  },
  abstainHint: "可以换个说法再问,或用 /toc 浏览目录。",
  related: "文章相关的说法(并未给出所问的内容):",
  truncated: "(问题较长,只检索了开头部分。)",
  rateLimited: (s) => `提问太快了,请约 ${s} 秒后再试。`,
  stale: "这个按钮已经过期(机器人可能重启过)。请重新提问。",
  staleToast: "按钮已过期,请重新提问。",
  askUsage: (bot) => `用法:/ask 问题,例如 /ask “中国—中亚精神”的核心内涵是什么?也可以回复我的消息或提到 @${bot}。`,
  notText: "我只能读文字问题。",
  error: "抱歉,回答时出了问题。请稍后再试。",
  pageHeader: (a, b, n) => `引文 ${a}–${b} / 共 ${n} 条`,
  contextTitle: "上下文",
  sourcesTitle: "出处",
  noSources: "这些引文没有脚注出处。",
  buttonMore: "更多 ▸",
  buttonContext: "上下文",
  buttonSources: "出处",
  inlineNoResults: "文章中没有找到相关句子",
  inlineHint: "输入一个关于文章的问题",
  commands: {
    start: "开始使用",
    help: "使用说明",
    about: "文章信息与摘要",
    toc: "目录",
    ask: "提问(群组中使用)",
  },
  description: "引用优先的学习机器人:只用文章原句回答关于《弘扬“中国—中亚精神” 携手推进共同现代化》的问题,并注明章节与脚注出处。",
  shortDescription: "用文章原句回答问题,注明出处。",
};

const en: UiStrings = {
  start: (example) =>
    `Hello! I answer questions about this article only with its own sentences, with their section and footnote sources.\nJust ask, for example: ${example}`,
  exampleQuestion: "What is the core of the China–Central Asia Spirit?",
  help: [
    "Send a question (private chat), or use /ask question in a group.",
    "/about the article and its abstract",
    "/toc table of contents (tap a section to read its opening)",
    "/help this help",
    "Type @botname question in any chat to insert a quote.",
  ].join("\n"),
  aboutAuthors: "Authors",
  aboutAbstract: "Abstract",
  aboutAbstractEn: "English abstract",
  aboutKeywords: "Keywords",
  tocTitle: "Contents: tap a section to read its opening sentences.",
  tocEmpty: "There are no sections to show.",
  sectionEmpty: "This section has no body sentences to quote.",
  abstain: "The article does not seem to answer this. Try rephrasing the question, or browse the sections with /toc.",
  unstated: {
    date: "The article touches on this but gives no date for it.",
    quantity: "The article touches on this but gives no figure for it.",
    detail: "The article touches on this but does not say what you asked.",
    place: "The article touches on this but does not name the place.",
    person: "The article touches on this but does not say who.",
    "other-place": "The article touches on this but not for the place you asked about.",
    "other-year": "The article touches on this but not for the year you asked about.",
  },
  abstainHint: "Try rephrasing the question, or browse the sections with /toc.",
  related: "What the article says on this (it does not give what you asked):",
  truncated: "(Your question was long; only its beginning was searched.)",
  rateLimited: (s) => `You are asking too fast; please try again in about ${s} seconds.`,
  stale: "This button has expired (the bot may have restarted). Please ask your question again.",
  staleToast: "This button has expired; please ask again.",
  askUsage: (bot) =>
    `Usage: /ask question, e.g. /ask What is the core of the China–Central Asia Spirit? You can also reply to my messages or mention @${bot}.`,
  notText: "I can only read text questions.",
  error: "Sorry, something went wrong while answering. Please try again later.",
  pageHeader: (a, b, n) => `Quotes ${a}–${b} of ${n}`,
  contextTitle: "Context",
  sourcesTitle: "Sources",
  noSources: "These quotes have no footnote sources.",
  buttonMore: "More ▸",
  buttonContext: "Context",
  buttonSources: "Sources",
  inlineNoResults: "No matching sentence in the article",
  inlineHint: "Type a question about the article",
  commands: {
    start: "Start",
    help: "How to use the bot",
    about: "The article and its abstract",
    toc: "Table of contents",
    ask: "Ask a question (in groups)",
  },
  description:
    "A citation-first study bot: answers questions about the article “Promoting the China–Central Asia Spirit” only with its own sentences, with their sections and footnote sources.",
  shortDescription: "Answers with the article's own sentences, cited.",
};

const ru: UiStrings = {
  start: (example) =>
    `Здравствуйте! Я отвечаю на вопросы об этой статье только её собственными предложениями, с разделом и источниками из сносок.\nПросто спросите, например: ${example}`,
  exampleQuestion: "В чём суть «духа Китай — Центральная Азия»?",
  help: [
    "Напишите вопрос (в личном чате) или /ask вопрос в группе.",
    "/about статья и аннотация",
    "/toc оглавление (нажмите на раздел, чтобы прочитать его начало)",
    "/help эта справка",
    "Наберите @имя_бота вопрос в любом чате, чтобы вставить цитату.",
  ].join("\n"),
  aboutAuthors: "Авторы",
  aboutAbstract: "Аннотация",
  aboutAbstractEn: "Аннотация на английском",
  aboutKeywords: "Ключевые слова",
  tocTitle: "Оглавление: нажмите на раздел, чтобы прочитать первые предложения.",
  tocEmpty: "Нет разделов для показа.",
  sectionEmpty: "В этом разделе нет предложений для цитирования.",
  abstain: "Похоже, статья не отвечает на этот вопрос. Попробуйте переформулировать его или посмотрите разделы: /toc.",
  unstated: {
    date: "Статья касается этой темы, но не называет дату.",
    quantity: "Статья касается этой темы, но не приводит цифр.",
    detail: "Статья касается этой темы, но не говорит о том, о чём вы спросили.",
    place: "Статья касается этой темы, но не называет место.",
    person: "Статья касается этой темы, но не говорит, кто именно.",
    "other-place": "Статья касается этой темы, но не применительно к месту из вашего вопроса.",
    "other-year": "Статья касается этой темы, но не за тот год, о котором вы спросили.",
  },
  abstainHint: "Попробуйте переформулировать вопрос или посмотрите разделы: /toc.",
  related: "Что об этом сказано в статье (ответа на ваш вопрос здесь нет):",
  truncated: "(Вопрос длинный; искали только по его началу.)",
  rateLimited: (s) => `Слишком много вопросов подряд; попробуйте снова примерно через ${s} с.`,
  stale: "Эта кнопка устарела (бот мог перезапуститься). Пожалуйста, задайте вопрос снова.",
  staleToast: "Кнопка устарела; спросите снова.",
  askUsage: (bot) =>
    `Как спросить: /ask вопрос, например /ask В чём суть «духа Китай — Центральная Азия»? Можно также ответить на моё сообщение или упомянуть @${bot}.`,
  notText: "Я понимаю только текстовые вопросы.",
  error: "Извините, при ответе что-то пошло не так. Попробуйте позже.",
  pageHeader: (a, b, n) => `Цитаты ${a}–${b} из ${n}`,
  contextTitle: "Контекст",
  sourcesTitle: "Источники",
  noSources: "У этих цитат нет источников в сносках.",
  buttonMore: "Ещё ▸",
  buttonContext: "Контекст",
  buttonSources: "Источники",
  inlineNoResults: "В статье не нашлось подходящего предложения",
  inlineHint: "Напишите вопрос о статье",
  commands: {
    start: "Начать",
    help: "Как пользоваться ботом",
    about: "Статья и аннотация",
    toc: "Оглавление",
    ask: "Задать вопрос (в группах)",
  },
  description:
    "Учебный бот с цитатами: отвечает на вопросы о статье «Развивать дух Китай — Центральная Азия» только её собственными предложениями, с разделами и источниками из сносок.",
  shortDescription: "Отвечает цитатами из статьи, с источниками.",
};

export const UI_STRINGS: Record<Lang, UiStrings> = { zh, en, ru };

export function uiStrings(lang: Lang): UiStrings {
  return UI_STRINGS[lang];
}
