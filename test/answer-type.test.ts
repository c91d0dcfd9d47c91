import { describe, expect, it } from "vitest";
import {
  askedItemCount,
  countsItems,
  askedOrdinal,
  checksClaim,
  enumerationSizes,
  asksBesides,
  asksConsequence,
  asksSourceOf,
  asksBreakdown,
  asksPresentState,
  asksItems,
  statesOnlyPlans,
  figuresStated,
  yearsAsked,
  datesStatedFigures,
  yearsStated,
  asksYear,
  expectedAnswerType,
  expectsList,
  holdsAnswerType,
  holdsList,
  holdsYear,
  opensAsItem,
  withoutTitles,
} from "../src/answer-type.js";
import { sentenceAround } from "./article-text.js";
import { numbersIn } from "../src/text-tokens.js";

describe("expectedAnswerType", () => {
  it("knows date questions in each language", () => {
    expect(expectedAnswerType("“一带一路”倡议是哪一年提出来的？")).toBe("date");
    expect(expectedAnswerType("上合天津峰会是什么时候开的？")).toBe("date");
    expect(expectedAnswerType("中哈第三条铁路啥时候能通车？")).toBe("date");
    expect(expectedAnswerType("When was the Xi'an Declaration adopted?")).toBe("date");
    expect(expectedAnswerType("В каком веке были созданы первые пещеры Дуньхуана?")).toBe("date");
    expect(expectedAnswerType("敦煌石窟是哪个世纪开凿的？")).toBe("date");
    expect(expectedAnswerType("In which year was the Belt and Road Initiative put forward?")).toBe("date");
    expect(expectedAnswerType("В каком году была выдвинута инициатива?")).toBe("date");
    expect(expectedAnswerType("С какого года между Китаем и Узбекистаном действует безвиз?")).toBe("date");
    expect(expectedAnswerType("Когда прошёл первый саммит?")).toBe("date");
    expect(expectedAnswerType("Скажите, когда прошёл первый саммит?")).toBe("date");
    expect(expectedAnswerType("Кто и когда сформулировал этот дух?")).toBe("date");
  });

  it("reads 'which one is the largest / has the most' as asking a rank, in each language", () => {
    expect(expectedAnswerType("中亚五国中哪个国家的风电装机规模最大？")).toBe("rank");
    expect(expectedAnswerType("西安飞往中亚的直航航线里，哪一条航班最密集？")).toBe("rank");
    expect(expectedAnswerType("中亚哪条铁路最长？")).toBe("rank");
    expect(expectedAnswerType("Which Chinese city has the largest number of flights to Central Asia?")).toBe("rank");
    expect(expectedAnswerType("Which airline operates the most flights to Almaty?")).toBe("rank");
    expect(expectedAnswerType("Какой китайский город на первом месте по числу туристов?")).toBe("rank");
    // Not which ones, not a liking, not a quality.
    expect(expectedAnswerType("Какие города Китая больше всего нравятся туристам?")).toBeUndefined();
    expect(expectedAnswerType("作者觉得双方在哪几个方面合作的潜力最大？")).toBeUndefined();
    expect(expectedAnswerType("中亚游客最喜欢去中国哪个城市？")).toBeUndefined();
    expect(expectedAnswerType("In which fields has cooperation been most fruitful?")).toBeUndefined();
    expect(expectedAnswerType("What jobs do most scholarship students take?")).toBeUndefined();
  });

  it("knows amount questions in each language", () => {
    expect(expectedAnswerType("咸海面积缩小了多少？")).toBe("quantity");
    expect(expectedAnswerType("中国在中亚开设了几所孔子学院？")).toBe("quantity");
    expect(expectedAnswerType("How many charging stations are planned?")).toBe("quantity");
    // A Russian share asked (какова доля, какую долю) is a figure, not a role (какова роль).
    expect(expectedAnswerType("Какова доля Китая во внешнеторговом обороте Казахстана в процентах?")).toBe("quantity");
    expect(expectedAnswerType("Какую долю рынка занимает Китай?")).toBe("quantity");
    expect(expectedAnswerType("Какой процент торговли приходится на Китай?")).toBe("quantity");
    expect(expectedAnswerType("Какова роль Китая в регионе?")).toBeUndefined();
    expect(expectedAnswerType("What was the value of bilateral trade between China and Tajikistan in 2024?")).toBe("quantity");
    expect(expectedAnswerType("阿拉木图、撒马尔罕、塔什干哪个排第一？")).toBe("rank");
    expect(expectedAnswerType("What was the total number of tourists?")).toBe("quantity");
    expect(expectedAnswerType("Какой был товарооборот Китая с Кыргызстаном?")).toBe("quantity");
    expect(expectedAnswerType("What is the value of the China–Central Asia Spirit for the region?")).toBeUndefined();
    expect(expectedAnswerType("Сколько газа поставлено?")).toBe("quantity");
    // A terse chat question ending in the figure it wants.
    expect(expectedAnswerType("kazakhstan china trade 2024 number?")).toBe("quantity");
    expect(expectedAnswerType("中哈贸易额 数字？")).toBe("quantity");
    expect(expectedAnswerType("товарооборот в 2024, цифра?")).toBe("quantity");
    expect(expectedAnswerType("What number of the 13 platforms is this one?")).toBe("quantity");
    expect(expectedAnswerType("Which figure of speech opens the conclusion, and what does it mean?")).toBeUndefined();
  });

  it("leaves other questions alone, including a 'when' inside a sentence and 哪几 (which ones)", () => {
    expect(expectedAnswerType("什么是互信？")).toBeUndefined();
    expect(expectedAnswerType("丝路精神包括哪几方面的内容？")).toBeUndefined();
    // "Which two kinds" asks which ones, not how many (几样 after a noun is "the several").
    expect(expectedAnswerType("文章提到中亚传来的几样农产品，具体是哪两种？")).toBeUndefined();
    expect(expectedAnswerType("文章提到中亚传来了几种农产品？")).toBe("quantity");
    expect(expectedAnswerType("中亚几乎所有国家都支持哪个倡议？")).toBeUndefined();
    expect(expectedAnswerType("双方的合作持续了几十年？")).toBe("quantity");
    // 几个 after a noun names "the several" in a question asking which ones; 有几个 asks how many.
    expect(expectedAnswerType("中国和中亚几个国家在哪些方面差别比较大？")).toBeUndefined();
    expect(expectedAnswerType("有几个国家参加了峰会？")).toBe("quantity");
    // 那几 / 这几 point at some: "减贫合作列的那几项举措里，有没有…", "这几年".
    expect(expectedAnswerType("减贫合作列的那几项举措里，有没有哪一项是在机制上创新的？")).toBeUndefined();
    expect(expectedAnswerType("这几年两国的关系怎么样？")).toBeUndefined();
    // 开头几句 (the first few sentences) asks no amount.
    expect(expectedAnswerType("开放共赢那节开头几句，说两边经济上是个啥关系")).toBeUndefined();
    expect(expectedAnswerType("Why do they value peace?")).toBeUndefined();
    expect(expectedAnswerType("What changes when the platform is used?")).toBeUndefined();
    // An English when-clause before the question, a Russian "когда" opening a clause of a question asked by another word.
    expect(expectedAnswerType("When China set up diplomatic ties with the new states, what did that start?")).toBeUndefined();
    expect(expectedAnswerType("When the Central Asian states became independent, on what principle did China establish ties?")).toBeUndefined();
    expect(expectedAnswerType("When the states became independent, when did China recognise them?")).toBe("date");
    expect(expectedAnswerType("Какой лозунг упоминают авторы, когда говорят об экологии Китая?")).toBeUndefined();
    expect(expectedAnswerType("На какой источник ссылаются авторы, когда пишут про стипендии?")).toBeUndefined();
    expect(expectedAnswerType("Когда наши республики стали независимыми, на каком принципе Китай установил с ними отношения?")).toBeUndefined();
    expect(expectedAnswerType("Когда республики стали независимыми, когда Китай их признал?")).toBe("date");
    expect(expectedAnswerType("Когда, по мнению авторов, был создан механизм?")).toBe("date");
    // …and without the comma, as a voice message writes it; "кто и когда" still asks when.
    expect(expectedAnswerType("какой концепцией безопасности руководствуются стороны когда традиционные и нетрадиционные угрозы переплетаются")).toBeUndefined();
    expect(expectedAnswerType("Кто и когда сформулировал этот дух?")).toBe("date");
    expect(expectedAnswerType("Скажите когда прошёл первый саммит")).toBe("date");
    expect(expectedAnswerType("How far has mutual trust developed in the new era?")).toBeUndefined();
    expect(expectedAnswerType("Which figure shows how far bilateral trade has expanded since 1992?")).toBeUndefined();
    expect(expectedAnswerType("How far back does the author trace Central Asian help for Chinese travellers?")).toBeUndefined();
    expect(expectedAnswerType("How far is Almaty from Xi'an?")).toBe("quantity");
    expect(expectedAnswerType("How far is Almaty from Xi'an?")).toBe("quantity");
    // "How much is it used" asks a degree (开发利用程度低), "how much gas" an amount.
    expect(expectedAnswerType("renewables in central asia - how much are they used so far?")).toBeUndefined();
    expect(expectedAnswerType("How much of the hydropower is developed?")).toBeUndefined();
    expect(expectedAnswerType("насколько их сейчас освоили в ЦА?")).toBeUndefined();
    expect(expectedAnswerType("насколько выросла торговля?")).toBe("quantity");
    expect(expectedAnswerType("How much gas has been delivered?")).toBe("quantity");
    expect(expectedAnswerType("How far along is the China–Kyrgyzstan–Uzbekistan railway?")).toBeUndefined();
  });
});

describe("rank questions", () => {
  it("asks an ordinal for 排第几 / what place / на каком месте, not an amount", () => {
    expect(expectedAnswerType("中国在中亚的对外贸易中排第几位？")).toBe("rank");
    expect(expectedAnswerType("What place does China hold among Central Asia's trade partners?")).toBe("rank");
    expect(expectedAnswerType("How does China rank among the region's trading partners?")).toBe("rank");
    expect(expectedAnswerType("На каком месте Китай среди торговых партнёров?")).toBe("rank");
    expect(expectedAnswerType("中国在中亚有几个贸易伙伴？")).toBe("quantity");
  });

  it("sees ordinals and superlative ranks, not bare amounts", () => {
    expect(holdsAnswerType(sentenceAround("第一大贸易伙伴国"), "rank")).toBe(true);
    expect(holdsAnswerType(sentenceAround("中哈第三条铁路"), "rank")).toBe(true);
    expect(holdsAnswerType(sentenceAround("累计输气量超过"), "rank")).toBe(false);
  });
});

describe("holdsAnswerType", () => {
  it("sees an era as a date (二战时期, 唐朝), but not as the year a 'which year' question asks", () => {
    expect(holdsAnswerType(sentenceAround("二战时期冼星海"), "date")).toBe(true);
    expect(holdsAnswerType("双方关系进入新的发展阶段。", "date")).toBe(false);
    // A party congress dates an era too ("since the 18th congress"), as 十八大以来 or in full.
    expect(holdsAnswerType(sentenceAround("中国共产党第十八次全国代表大会以来"), "date")).toBe(true);
    expect(holdsAnswerType("党的十八大以来,生态环境发生历史性变化。", "date")).toBe(true);
    expect(asksYear("冼星海和拜卡达莫夫是哪一年结下友谊的？")).toBe(true);
    expect(asksYear("In what year was the treaty signed?")).toBe(true);
    expect(asksYear("When did Xian Xinghai and Baikadamov become friends?")).toBe(false);
    expect(holdsYear(sentenceAround("二战时期冼星海"))).toBe(false);
    expect(holdsYear(sentenceAround("习近平主席9次访问中亚"))).toBe(true);
    // A year inside a title is part of a name: 《国家工业创新发展战略 2025》 dates nothing.
    // (Its sentence runs across a page break: the part before it, as printed.)
    const strategy = "这一进程获得了中亚国家战略层面的积极支持,如哈萨克斯坦的《国家工业创新发展战略 2025》将发展新能源汽车和充电设备作为其重点任务之一";
    expect(holdsYear(strategy)).toBe(false);
    expect(holdsAnswerType(strategy, "date")).toBe(holdsAnswerType(withoutTitles(strategy), "date"));
    expect(withoutTitles("如《国家工业创新发展战略 2025》将")).toBe("如《》将");
  });

  it("sees dates in the article's sentences", () => {
    expect(holdsAnswerType(sentenceAround("1991 年苏联解体后"), "date")).toBe(true);
    expect(holdsAnswerType(sentenceAround("远亲不如近邻"), "date")).toBe(false);
  });

  it("sees quantities stated in digits, Chinese numerals and vague amounts (数天, 几个小时)", () => {
    const vague = sentenceAround("换装时间");
    expect(vague).not.toMatch(/\d/);
    expect(holdsAnswerType(vague, "quantity")).toBe(true);
    expect(holdsAnswerType("两千多年的友好往来", "quantity")).toBe(true);
    expect(holdsAnswerType("互尊是跨越文明差异的相处之道", "quantity")).toBe(false);
    expect(holdsAnswerType("数字经济与数据安全", "quantity")).toBe(false);
    // A count of countries: 五国 (the answer to 几个国家).
    expect(holdsAnswerType("中、俄、哈、吉、塔五国先后共同签署", "quantity")).toBe(true);
    expect(holdsAnswerType("中国与中亚国家", "quantity")).toBe(false);
  });
});

describe("expectsList / holdsList", () => {
  it("knows questions asking for several things, in each language", () => {
    expect(expectsList("中国具体通过哪些举措帮助中亚减少贫困？")).toBe(true);
    expect(expectsList("丝路精神包括哪几方面的内容？")).toBe(true);
    expect(expectsList("What are the main environmental problems of Central Asia?")).toBe(true);
    expect(expectsList("Which cities do Central Asian tourists like to visit?")).toBe(true);
    expect(expectsList("Какие города популярны у туристов?")).toBe(true);
  });

  it("leaves single-answer questions alone (a singular 'which', 'which was', 'каким образом')", () => {
    expect(expectsList("什么是互信？")).toBe(false);
    expect(expectsList("乌兹别克斯坦有哪个交通项目被视为标杆？")).toBe(false);
    expect(expectsList("提要说双方共同现代化有哪五个鲜明特色？")).toBe(true);
    expect(expectsList("Which city is becoming a hub for online trade?")).toBe(false);
    expect(expectsList("Which was the first country to recognise them?")).toBe(false);
    expect(expectsList("Каким образом развивается торговля?")).toBe(false);
  });

  it("sees enumerations in the article's sentences and in English", () => {
    expect(holdsList(sentenceAround("乌鲁木齐、成都、西安"))).toBe(true);
    expect(holdsList(sentenceAround("远亲不如近邻"))).toBe(false);
    expect(holdsList("mutual respect, mutual trust and mutual benefit")).toBe(true);
    expect(holdsList("China and Central Asia are neighbours.")).toBe(false);
  });
});

describe("asksConsequence", () => {
  it("knows questions about what something brought about, in each language", () => {
    expect(asksConsequence("中俄哈吉塔签署的边境军事协定有什么历史意义？")).toBe(true);
    expect(asksConsequence("What has resulted from the frequent visits of the heads of state?")).toBe(true);
    expect(asksConsequence("What impact did the pipeline have?")).toBe(true);
    expect(asksConsequence("Какое значение имеет договор?")).toBe(true);
  });

  it("leaves other questions alone", () => {
    expect(asksConsequence("中国和中亚是什么时候建交的？")).toBe(false);
    expect(asksConsequence("Which cities do tourists visit?")).toBe(false);
    expect(asksConsequence("Какие города популярны?")).toBe(false);
  });
});

describe("askedOrdinal / opensAsItem", () => {
  it("knows which enumerated item a question asks for, in each language", () => {
    expect(askedOrdinal("互利那节列成果时，第二条说的是什么？")).toBe(2);
    expect(askedOrdinal("In the mutual benefit section, what's the third area of achievement?")).toBe(3);
    expect(askedOrdinal("Что идёт вторым пунктом?")).toBe(2);
    expect(askedOrdinal("Какое четвёртое направление сотрудничества?")).toBe(4);
    // …or by its digit: "point no. 2", "item #3", "пункт № 3".
    expect(askedOrdinal("in the list of mutual-benefit results, what's point no. 2 about?")).toBe(2);
    expect(askedOrdinal("item #3 of that list?")).toBe(3);
    expect(askedOrdinal("Что сказано в пункте № 3 этого перечня?")).toBe(3);
  });

  it("leaves alone the second summit, the second part of the article and plain questions", () => {
    for (const q of ["第二届峰会签了什么条约？", "What do the 2 points of view share?", "point 10 of the treaty?", "第二部分讲了什么？", "Which treaty was signed at the second summit?", "Что подписали на втором саммите?", "中国和中亚的贸易额是多少？"]) {
      expect(askedOrdinal(q), q).toBeUndefined();
    }
  });

  it("sees the article's enumerations (一是…四是…)", () => {
    expect(opensAsItem(sentenceAround("二是基础设施建设促进互联互通"), 2)).toBe(true);
    expect(opensAsItem(sentenceAround("二是基础设施建设促进互联互通"), 3)).toBe(false);
    expect(opensAsItem(sentenceAround("一是经贸关系持续加强"), 1)).toBe(true);
  });
});

describe("asksSourceOf", () => {
  it("knows questions about where a statement comes from, in each language", () => {
    for (const q of ["这句话引自哪份文件，登在哪天的报纸上？", "这个数据的出处是什么？", "咸海缩了多少？是谁给的数据？", "这数是谁统计的？", "What's the source of the 333 kg figure?", "На какой источник ссылаются авторы?"]) {
      expect(asksSourceOf(q), q).toBe(true);
    }
    for (const q of ["中国和中亚的贸易额是多少？", "When was the first summit held?", "Когда прошёл первый саммит?"]) {
      expect(asksSourceOf(q), q).toBe(false);
    }
  });

  it("reads 'whose speech is the quotation from' as a question about a source", () => {
    for (const q of ["whose speech is this quote from?", "“加强人工智能合作”这句话出自谁的讲话？", "Из чьей речи эта цитата?", "Where is that quotation taken from?"]) {
      expect(asksSourceOf(q), q).toBe(true);
    }
    // A person asked of a deed is no source.
    expect(asksSourceOf("Who supported Xuanzang on his journey west?")).toBe(false);
    expect(asksSourceOf("冼星海和谁结下了情谊？")).toBe(false);
  });

  it("reads 'откуда взялась цифра' as a question about a source, not a place", () => {
    expect(asksSourceOf("Откуда в статье взялась цифра про 1,2 ГВт?")).toBe(true);
    expect(asksSourceOf("Откуда приезжают туристы?")).toBe(false);
    expect(asksSourceOf("Откуда цитата о том, что Пекин готов делиться опытом?")).toBe(true);
    expect(asksSourceOf("Which joint statement does the article quote, and when was it printed?")).toBe(true);
    expect(asksSourceOf("what kind of partnership do they want? and what date was it in people's daily?")).toBe(true);
    expect(asksSourceOf("В какой газете вышла речь?")).toBe(true);
    expect(asksSourceOf("На сколько вырос поток туристов? Кто дал эти данные и где это напечатано?")).toBe(true);
    expect(asksSourceOf("Кто привёл эти цифры?")).toBe(true);
    expect(asksSourceOf("服务出口涨到多少了？作者按哪个机构的口径界定的？")).toBe(true);
    expect(asksSourceOf("六国说要打造怎样的伙伴关系？是哪天登报的")).toBe(true);
  });
});

describe("yearsAsked", () => {
  it("leaves out a year written only inside a title: it names a document", () => {
    const ru = "Правда ли, что в «Стратегии развития 2025» электромобили — главная задача?";
    expect(yearsAsked(ru, numbersIn(ru))).toEqual([]);
    const zh = "《国家工业创新发展战略 2025》提出到2030年建多少个充电站？";
    expect(yearsAsked(zh, numbersIn(zh))).toEqual(["2030"]);
    const plain = "2025年上半年有多少中国游客去了中亚？";
    expect(yearsAsked(plain, numbersIn(plain))).toEqual(["2025"]);
  });

  it("reads a count of years as no year, in each language", () => {
    for (const q of ["rooted in 2000+ years of contacts, what consolidated it?", "связи длиной 2000 лет", "两国2000多年的交往"]) {
      expect(yearsAsked(q, numbersIn(q)), q).toEqual([]);
    }
    const both = "After 2,000 years of contact, what happened in 2023?";
    expect(yearsAsked(both, numbersIn(both))).toEqual(["2023"]);
  });
});

describe("yearsStated and figuresStated", () => {
  it("reads the years a sentence gives figures for, and its figures without dates", () => {
    const ev = "2024年中国向中亚国家出口12.1316万辆电动车,与2023年相比增长了46.5%。";
    expect(yearsStated(ev)).toEqual(["2024", "2023"]);
    expect(yearsStated(ev, true)).toEqual(["2024"]);
    expect(yearsStated("哈萨克斯坦的《国家工业创新发展战略 2025》将发展新能源汽车列为重点")).toEqual([]);
    const sco = "2025年8月,在上海合作组织天津峰会上,中方宣布计划实施100个“小而美”民生项目。";
    expect(figuresStated(sco).map((f) => f[0])).toEqual(["100"]);
  });
});

describe("datesStatedFigures", () => {
  it("reads a wrong year as a misdating only where the question quotes a figure the answer states beside it", () => {
    const stated = new Set(figuresStated("双边贸易额从 1992 年的 4.64 亿美元上升至 2024 年的 948 亿美元,增长超过了 200 倍").flat());
    const misdated = "中国同中亚的贸易额，1992年才4.64亿美元，到2023年948亿美元，涨了多少倍？";
    expect(datesStatedFigures(misdated, ["2023"], stated)).toBe(true);
    // 2023 stands alone in its clause: a figure of that year is asked.
    expect(datesStatedFigures("1992年才4.64亿美元，那2023年是多少？", ["2023"], stated)).toBe(false);
    // A figure the answer does not state does not vouch for the year.
    expect(datesStatedFigures("到2023年950亿美元，涨了多少倍？", ["2023"], stated)).toBe(false);
    // A plan's year is asked, whatever figure stands beside it.
    expect(datesStatedFigures("trade is 948 billion yuan now - what's the target for 2035?", ["2035"], new Set(["948"]))).toBe(false);
    expect(datesStatedFigures(misdated, [], stated)).toBe(false);
  });
});

describe("asksBreakdown", () => {
  it("knows questions asking for a part of a total, in each language", () => {
    for (const q of ["中国对中亚的直接投资里，投向能源领域的占多少？", "How many of the 100 projects go to Kazakhstan?", "What share of the trade is with Kazakhstan?", "Какая доля электромобилей приходится на BYD?", "Сколько из этих стипендий получает Казахстан?"]) {
      expect(asksBreakdown(q), q).toBe(true);
    }
    for (const q of ["中国对中亚的直接投资有多少？", "How many projects were announced in Tianjin?", "Сколько стипендий даёт Китай?"]) {
      expect(asksBreakdown(q), q).toBe(false);
    }
  });
});

describe("asksBesides", () => {
  it("knows questions asking for something besides what they name, in each language", () => {
    expect(asksBesides("除了教汉语的孔子学院，中国还用什么项目？")).toBe(true);
    expect(asksBesides("What has China done in education besides the Luban workshops?")).toBe(true);
    expect(asksBesides("Что, кроме сельхозпродуктов, поступало в Китай?")).toBe(true);
    expect(asksBesides("中国在教育领域做了什么？")).toBe(false);
  });

  it("knows a question checking its own claim, in each language", () => {
    for (const q of ["我记得文章说管道连接五个国家，对吗？", "Someone said it's 800 stations by 2025, is that right?", "Год указан верно?", "Правда ли, что статья это утверждает?"]) {
      expect(checksClaim(q), q).toBe(true);
    }
    for (const q of ["管道连接哪几个国家？", "What is the right way to cooperate, according to the article?", "Какой год указан в статье?"]) {
      expect(checksClaim(q), q).toBe(false);
    }
  });

  it("reads how many things a question asks for, and how many an enumeration lists", () => {
    expect(askedItemCount("丝路精神包含哪四个方面？")).toBe(4);
    expect(askedItemCount("共同现代化的五大特征分别是什么？")).toBe(5);
    expect(askedItemCount("Which three strengths of China does the article name?")).toBe(3);
    expect(askedItemCount("Какие два направления выделяют авторы?")).toBe(2);
    expect(askedItemCount("what makes digital tech such a big deal, per the article? 3 qualities")).toBe(3);
    expect(askedItemCount("The four main fields of cooperation?")).toBe(4);
    expect(askedItemCount("中亚5国合作的哪3个领域最重要？")).toBe(3);
    expect(askedItemCount("丝路精神包含哪些方面？")).toBeUndefined();
    expect(askedItemCount("Which one is the largest?")).toBeUndefined();
    expect([...enumerationSizes("和平合作、开放包容、互学互鉴、互利共赢的丝路精神")]).toEqual([4]);
    expect([...enumerationSizes("中国在人工智能、云计算、5G 和物联网等方面享有技术优势")]).toEqual([4]);
    expect([...enumerationSizes("一系列务实合作在经贸、人文、安全等领域全面展开")]).toEqual([3]);
    expect(enumerationSizes("双方关系迈入了历史的新时代。").size).toBe(0);
  });

  it("reads a count of kinds of things (points, links, principles), which a list answers", () => {
    expect(countsItems("How many links does the full-chain framework of gas cooperation cover?")).toBe(true);
    expect(countsItems("Сколько принципов названо ядром «духа»?")).toBe(true);
    expect(countsItems("Сколько магистральных транспортных сетей охватывает сотрудничество?")).toBe(true);
    expect(countsItems("共同现代化的独特色彩体现在几点？")).toBe(true);
    expect(countsItems("双方合作覆盖了多少个领域？")).toBe(true);
    expect(countsItems("中哈之间有几条跨境铁路？")).toBe(true);
    expect(countsItems("文章说共同现代化有几个鲜明的外在特征？")).toBe(true);
    expect(countsItems("中吉乌铁路有几条公里长？")).toBe(false);
    expect(countsItems("How many students came to China?")).toBe(false);
    expect(countsItems("中亚有多少人口？")).toBe(false);
    expect(countsItems("Сколько стоил проект?")).toBe(false);
  });
});

describe("asksPresentState / statesOnlyPlans", () => {
  it("reads a question asking what is now, not what is planned", () => {
    expect(asksPresentState("哈萨克斯坦眼下已经建好的充电站一共有多少座？")).toBe(true);
    expect(asksPresentState("How many EV charging stations does Kazakhstan have today?")).toBe(true);
    expect(asksPresentState("Сколько зарядных станций для электромобилей уже работает в Казахстане сегодня?")).toBe(true);
    expect(asksPresentState("哈萨克斯坦计划到2030年建多少座充电站？")).toBe(false);
    expect(asksPresentState("How many charging stations does Kazakhstan plan to build by 2030?")).toBe(false);
    expect(asksPresentState("哈萨克斯坦有多少座充电站？")).toBe(false);
  });

  it("reads a sentence whose figures are all a plan's", () => {
    expect(statesOnlyPlans(sentenceAround("布局8000个充电站"))).toBe(true);
    expect(statesOnlyPlans(sentenceAround("实施100个"))).toBe(true);
    // The next sentence states what was exported in 2024: figures that are, not a plan.
    expect(statesOnlyPlans(sentenceAround("12.1316万辆"))).toBe(false);
    expect(statesOnlyPlans(sentenceAround("8座中亚城市的直航"))).toBe(false);
  });
});

describe("asksItems", () => {
  it("reads a question asking which things they are or their names, not how many", () => {
    expect(asksItems("13个部级平台具体是哪些")).toBe(true);
    expect(asksItems("中国—中亚机制下的13个部级合作平台具体叫什么名字？")).toBe(true);
    expect(asksItems("What are the names of the 13 ministerial platforms?")).toBe(true);
    expect(asksItems("Как называются 13 министерских платформ?")).toBe(true);
    expect(asksItems("中国—中亚机制下有多少个部级合作平台？")).toBe(false);
  });
});
