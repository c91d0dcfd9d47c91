import { describe, expect, it } from "vitest";
import { askedAttribute, askedAttributes, statesAttribute, ATTRIBUTES } from "../src/asked-attribute.js";
import { sentenceAround } from "./article-text.js";

const named = (q: string) => askedAttribute(q)?.name;

describe("askedAttribute", () => {
  it("knows questions asking for an attribute, in each language", () => {
    expect(named("塔吉克斯坦有多少人口？")).toBe("population");
    expect(named("How many people live in Kyrgyzstan?")).toBe("population");
    expect(named("Какова численность населения Казахстана?")).toBe("population");
    expect(named("Сколько людей в общей сложности живёт в этих странах?")).toBe("population");
    expect(named("吉尔吉斯斯坦的首都在哪里？")).toBe("capital");
    expect(named("What is the capital of Kazakhstan?")).toBe("capital");
    // 六国元首都要求: 元首 + 都, no capital (a document is asked).
    expect(named("作者拿哪份文件证明六国元首都要求推广这一精神？")).toBe("document");
    expect(named("六国元首都要求推广这一精神吗？")).toBeUndefined();
    expect(named("Какая столица у Таджикистана?")).toBe("capital");
    expect(named("这条铁路全长多少公里？")).toBe("length");
    expect(named("What was the area of the Aral Sea in 1990?")).toBe("area");
    expect(named("咸海的蓄水量减少了多少？")).toBe("volume");
    expect(named("How many cubic kilometres of water has the lake lost?")).toBe("volume");
    expect(named("Какова длина границы?")).toBe("length");
    expect(named("What is the installed capacity of the solar plant?")).toBe("capacity");
    expect(named("Какой бюджет у программы из 100 «малых, но красивых» проектов?")).toBe("cost");
    expect(named("What is the budget of the 100 small projects?")).toBe("cost");
    expect(named("这100个民生项目的预算是多少？")).toBe("cost");
    expect(named("拜卡达莫夫是哪国人 当时是干什么的")).toBe("occupation");
    expect(named("Кем по профессии был Байкадамов?")).toBe("occupation");
    expect(named("What was Baikadamov's profession?")).toBe("occupation");
    // Not an occupation: which trades are taught, the value of trade.
    expect(named("Каким профессиям обучают в мастерских «Лубань»?")).not.toBe("occupation");
    expect(named("鲁班工坊在中亚都办了哪些方向的职业培训？")).not.toBe("occupation");
    expect(named("“中文+职业技能”项目在中亚覆盖了哪几所职业院校？")).not.toBe("occupation");
    expect(named("What was the value of trade between China and Central Asia in 2024?")).not.toBe("occupation");
    expect(named("How much hydropower capacity does Tajikistan have?")).toBe("capacity");
    expect(named("Какова мощность ГЭС на реке?")).toBe("capacity");
    expect(named("Сколько стоило строительство моста?")).toBe("cost");
    // "Понять цену мира" is its value, no price.
    expect(named("Что сделали страны, на собственном опыте поняв цену мира и безопасности?")).toBeUndefined();
    expect(named("Какова цена проекта?")).toBe("cost");
    expect(named("Which Chinese bank financed the Zhanatas wind farm?")).toBe("financier");
    expect(named("札纳塔斯风电项目是哪家银行出的钱？")).toBe("financier");
    expect(named("Кто финансировал строительство ветропарка?")).toBe("financier");
    // Chinese funding of students is stated, not asked of a lender.
    expect(named("拿着中方资助来华的青年学成后去了哪里？")).toBeUndefined();
    expect(named("谁是乌兹别克斯坦现任总统？")).toBe("head of state");
    expect(named("Who is the president of Turkmenistan?")).toBe("head of state");
    expect(named("土库曼斯坦用什么货币？")).toBe("currency");
    expect(named("Какую долю импорта газа обеспечивает регион?")).toBe("share");
    expect(named("What share of the exports goes to Kazakhstan?")).toBe("share");
    expect(named("和漫灌相比，能节约多少比例的用水？")).toBe("share");
    expect(named("这座水电站是哪家中国企业承建的？")).toBe("company");
    expect(named("有哪些做智慧农业的中国公司已经去中亚了？")).toBe("company");
    expect(named("Which Chinese firm is building the new bridge?")).toBe("company");
    expect(named("Кто построил этот тоннель?")).toBe("company");
    expect(named("Какая компания управляет этим портом?")).toBe("company");
    expect(named("2025年那份国情咨文是哪个月发表的？")).toBe("month");
    expect(named("В каком месяце прошёл саммит?")).toBe("month");
    expect(named("中哈是哪一天建交的？")).toBe("day");
    expect(named("On what date was the treaty signed?")).toBe("day");
    expect(named("玄奘是哪个朝代的人？")).toBe("dynasty");
    expect(named("При какой династии Сюаньцзан отправился на Запад?")).toBe("dynasty");
    expect(named("张骞一共出使过几次西域？")).toBe("times");
    expect(named("How many times has Xi Jinping visited Central Asia?")).toBe("times");
    expect(named("Сколько раз Си Цзиньпин побывал в Центральной Азии?")).toBe("times");
    // A multiple states how many times something grew.
    const times = askedAttribute("trade from 1992 to 2024 grow how many times?")!;
    expect(times.name).toBe("times");
    expect(statesAttribute(sentenceAround("增长超过了"), times)).toBe(true);
    expect(statesAttribute(sentenceAround("四梁八柱基本形成"), times)).toBe(false);
    expect(named("Сколько стоит билет на этот поезд?")).toBe("cost");
    expect(named("2022年跨境电商交易的金额具体是多少亿美元？")).toBe("cost");
    expect(named("Сколько долларов Китай вложил в проект?")).toBe("cost");
    expect(named("Какой объём торговли в 2022 году в долларах?")).toBe("cost");
    // A typo as students write it (протяжонность) still asks a length.
    expect(named("Какая протяжонность у газопровода?")).toBe("length");
    expect(named("Во сколько обойдётся строительство дороги?")).toBe("cost");
    expect(named("Какая максимальная глубина Аральского моря?")).toBe("depth");
    expect(named("How many days can a tourist stay without a visa?")).toBe("days");
    expect(named("Сколько рейсов в неделю летает в Алматы?")).toBe("weekly");
    expect(named("玄奘回国以后写了哪本书？")).toBe("title");
    expect(named("What works did the composer write in Almaty?")).toBe("title");
    expect(named("海关程序优化那块，双方具体签的是哪一份海关合作协定？")).toBe("document");
    expect(named("Which treaty was signed at the second summit?")).toBe("document");
    expect(named("Akmola wind farm capacity?")).toBe("capacity");
    expect(named("What's the exact figure for China–Central Asia trade in 2023?")).toBe("trade value");
    expect(named("2023年中国跟中亚五国的贸易额是多少？")).toBe("trade value");
    expect(named("Каков был товарооборот Китая с Туркменистаном?")).toBe("trade value");
    const trade = ATTRIBUTES.find((a) => a.name === "trade value")!;
    expect(statesAttribute("2018 ~ 2023 年, 中国对中亚可交付的数字服务出口从 4.12 亿美元升至 8.18 亿美元", trade)).toBe(false);
    expect(statesAttribute("双边贸易额从 1992 年的 4.64 亿美元上升至 2024 年的 948 亿美元", trade)).toBe(true);
    expect(named("Какой договор подписали на втором саммите?")).toBe("document");
    expect(statesAttribute("海关程序优化、检疫检验标准统一等方面的合作持续深化。", ATTRIBUTES.find((a) => a.name === "document")!)).toBe(false);
    expect(statesAttribute("在第二届峰会上双方签署的《永久睦邻友好合作条约》…", ATTRIBUTES.find((a) => a.name === "document")!)).toBe(true);
    expect(named("和中国科学家合作的是哪家科研机构？")).toBe("institution");
    const institution = ATTRIBUTES.find((a) => a.name === "institution")!;
    expect(statesAttribute("根据 WTO《World Trade Statistical Review》, 可数字化交付的服务贸易包括…", institution)).toBe(true);
    expect(statesAttribute("Who knows the way?", institution)).toBe(false);
    expect(named("Which research institute ran the trial?")).toBe("institution");
    expect(named("Which Chinese vocational college set up the workshop?")).toBe("institution");
    expect(named("What was the total investment in the solar plant?")).toBe("cost");
    expect(named("How many local jobs have the projects created?")).toBe("jobs");
    expect(named("这些项目创造了多少个就业岗位？")).toBe("jobs");
    expect(named("Which airline operates the most flights to Almaty?")).toBe("company");
    expect(named("2024年卖到中亚的电动车里，哪个牌子销量最高？")).toBe("company");
    expect(named("Какая марка электромобилей продаётся лучше всех?")).toBe("company");
    expect(named("What is the annual throughput of the gas pipeline?")).toBe("annual");
    expect(named("那100个民生项目打算几年内做完？")).toBe("years");
    expect(named("Сколько лет продолжалось путешествие?")).toBe("years");
    expect(named("How many Central Asian students are studying in China?")).toBe("head count");
    expect(named("Сколько туристов из Узбекистана посетили Китай в 2025 году?")).toBe("head count");
    expect(named("2024年有多少中亚游客来中国？")).toBe("head count");
    expect(named("What was the total number of Chinese tourists in Central Asia in 2025?")).toBe("head count");
    expect(named("中国每年为上合伙伴国提供多少个奖学金名额？")).toBe("annual");
    expect(askedAttributes("那条输气管道一年最多能送多少立方米？").map((a) => a.name)).toContain("annual");
  });

  it("knows a daily amount, a yearly one in Russian adjectives, and who the contractor is", () => {
    expect(named("What is the average daily ridership of the Astana light rail line?")).toBe("daily");
    expect(named("阿斯塔纳轻轨日均客流有多少？")).toBe("daily");
    expect(askedAttributes("Сколько пассажиров в сутки перевозит легкорельсовый транспорт Астаны?").map((a) => a.name)).toContain("daily");
    // A newspaper is no daily amount.
    expect(named("Which Economic Daily article is the figure taken from?")).not.toBe("daily");
    expect(named("Какова проектная годовая пропускная способность линии D газопровода?")).toBe("annual");
    expect(named("Bukhara 1 GW wind farm — who's the contractor?")).toBe("company");
    expect(named("ВЭС в Жанатасе — кто был генподрядчиком?")).toBe("company");
  });

  it("reads a kind of energy as a qualifier of the amount asked, never as the attribute asked", () => {
    expect(named("What is Kazakhstan's installed solar power capacity?")).toBe("capacity");
    expect(askedAttributes("What is Kazakhstan's installed solar power capacity?").map((a) => [a.name, a.qualifier ?? false])).toEqual([
      ["capacity", false],
      ["solar power", true],
    ]);
    expect(askedAttributes("哈萨克斯坦的风电装机量是多少？").map((a) => a.name)).toContain("wind power");
    // Water saved is asked by how much, not by a trial named for it (节水示范).
    expect(named("努库斯那个棉花膜下滴灌示范，比传统的大水漫灌能省多少水？")).toBe("water saved");
    expect(named("Сколько воды экономит капельное орошение хлопка в Нукусе?")).toBe("water saved");
    expect(named("棉田节水示范使示范区单产与当地一般水平相比如何？")).toBeUndefined();
    // What China imports from Central Asia, not what Central Asia imports from China (China's export).
    expect(askedAttributes("2024年中国从中亚五国进口了多少钱的商品？").map((a) => a.name)).toContain("imports");
    expect(askedAttributes("Сколько цифровых услуг Китай импортировал из Центральной Азии в 2023 году?").map((a) => a.name)).toContain("imports");
    expect(askedAttributes("去年（2024年）中亚从中国进口的电动汽车有多少辆？").map((a) => a.name)).not.toContain("imports");
    expect(askedAttributes("How many Central Asian exhibitors came to the China International Import Expo?").map((a) => a.name)).not.toContain("imports");
    expect(named("What's the capacity of the Akmola wind farm?")).toBe("capacity");
    // Photovoltaic is solar: "solar PV capacity" asks a capacity of solar power.
    expect(askedAttributes("What is Kazakhstan's installed solar PV capacity?").map((a) => a.name)).toEqual(["capacity", "solar power"]);
    expect(askedAttributes("How big is the PV capacity of the Shymkent plant?").map((a) => a.name)).toEqual(["capacity", "solar power"]);
    expect(named("为什么说双方在风能、太阳能这些可再生能源上还有很大的合作空间？")).toBeUndefined();
    // Fuels and ways of transport too; the Belt and Road is no road.
    expect(askedAttributes("How much crude oil does China import from Kazakhstan each year?").map((a) => a.name)).toContain("oil");
    expect(askedAttributes("中吉乌铁路全长多少公里？").map((a) => a.name)).toContain("railway");
    expect(askedAttributes("How many times has Xi visited Central Asia since the Belt and Road was launched?").map((a) => a.name)).not.toContain("highway");
  });

  it("knows a question asking which came first, and only checks it", () => {
    const first = (q: string) => askedAttributes(q).some((a) => a.name === "first");
    for (const q of [
      "那13个部级合作平台里，最早成立的是哪一个？",
      "中亚第一个鲁班工坊建在哪个国家？",
      "Which Chinese city was the first to launch direct flights to Central Asia?",
      "Which Central Asian country did Xi go to on the first of his nine trips there?",
      "Какую из пяти центральноазиатских республик Китай признал первой?",
      // Which of two came first.
      "比亚迪的工厂是比宇通的组装厂先投产，还是在它之后？",
      "Which was finished first, the China–Kyrgyzstan–Uzbekistan highway or the China–Tajikistan highway?",
    ]) {
      expect(first(q), q).toBe(true);
    }
    // An edition, "first of all", the first half of a year, where something began ask no order.
    for (const q of ["What was the first China–Central Asia summit about?", "作者认为一起实现现代化，首先得有一个什么样的外部条件？", "How much did trade grow in the first half of 2025?", "双方的合作最早是扎根在什么上面的？"]) {
      expect(first(q), q).toBe(false);
    }
    // It is never the attribute asked: "one of the first to recognise them" asks no detail of a place.
    expect(named("Was China one of the first to recognise the Central Asian states after the USSR broke up?")).toBeUndefined();
    const asked = askedAttributes("Was China one of the first to recognise the Central Asian states?").find((a) => a.name === "first")!;
    expect(statesAttribute(sentenceAround("最先承认中亚国家独立"), asked)).toBe(true);
    expect(statesAttribute(sentenceAround("13 个部级合作平台"), asked)).toBe(false);
  });

  it("knows a question asking which of several times something happened, answered by an ordinal, not a count", () => {
    const nth = (q: string) => askedAttributes(q).find((a) => a.name === "nth time");
    for (const q of ["习近平主席第一次到中亚访问是哪一年？", "习近平主席第九次访问中亚去的是哪个国家？", "In which year did Xi Jinping first visit Central Asia?", "Когда Си Цзиньпин впервые посетил Центральную Азию?"]) {
      expect(nth(q), q).toBeDefined();
    }
    // The first summit is an edition (首届), read by the summit check; how many times asks a count.
    for (const q of ["中国和中亚五国元首第一次举行峰会是哪一年？", "How many times has Xi visited Central Asia?"]) {
      expect(nth(q), q).toBeUndefined();
    }
    const asked = nth("习近平主席第一次到中亚访问是哪一年？")!;
    expect(named("习近平主席第一次到中亚访问是哪一年？")).not.toBe("nth time");
    expect(statesAttribute(sentenceAround("9次访问中亚"), asked)).toBe(false);
    expect(statesAttribute("2023年首届中国—中亚峰会是六国元首首次以线下形式举办峰会", asked)).toBe(true);
  });

  it("knows a question asking which river, stated only by a sentence naming one", () => {
    for (const q of ["咸海萎缩是截流了哪两条河的水？", "Which rivers were drained to water the cotton fields?", "Из каких рек брали воду для орошения?"]) {
      expect(named(q), q).toBe("river");
    }
    const river = askedAttribute("咸海萎缩是截流了哪两条河的水？")!;
    expect(statesAttribute(sentenceAround("咸海的面积从"), river)).toBe(false);
    // 历史长河 is the river of history.
    expect(statesAttribute(sentenceAround("历史长河处处见证"), river)).toBe(false);
    expect(statesAttribute("阿姆河和锡尔河的来水减少", river)).toBe(true);
  });

  it("reads 'which country is he from' as a nationality, stated by 哈萨克斯坦作曲家 or 中国人", () => {
    expect(named("拜卡达莫夫哪国人")).toBe("nationality");
    expect(named("Which country was Baikadamov from?")).toBe("nationality");
    const asked = askedAttribute("拜卡达莫夫哪国人")!;
    expect(statesAttribute(sentenceAround("拜卡达莫夫结下的患难之谊"), asked)).toBe(false);
    expect(statesAttribute("他是哈萨克斯坦作曲家。", asked)).toBe(true);
    expect(statesAttribute("两国人民友好往来。", asked)).toBe(false);
  });

  it("reads how much someone spent as a cost, in each language", () => {
    for (const q of ["How much did Chinese tourists spend in Central Asia in the first half of 2025?", "携程数据里中亚游客来中国人均花了多少钱？", "Сколько денег потратили китайские туристы в Узбекистане?"]) {
      expect(named(q), q).toBe("cost");
    }
    // What consumers gained is no sum spent.
    expect(named("跨境电商发展起来以后，两边老百姓的日常消费分别得到了什么好处？")).toBeUndefined();
  });

  it("knows weather, sport and cooking asked, which no sentence of the article states", () => {
    const asked: [string, string][] = [
      ["乌鲁木齐和阿拉木图这周哪边更冷？", "weather"],
      ["Is it going to be rainy in Tashkent on Friday?", "weather"],
      ["какая завтра погода в Бишкеке", "weather"],
      ["中国和乌兹别克斯坦上届亚运会谁的金牌多？", "sport"],
      ["who scored in the hockey game uzbekistan vs china", "sport"],
      ["Кто выиграл ЧМ по хоккею?", "sport"],
      ["新疆抓饭和乌兹别克抓饭哪个更好吃？", "cooking"],
      ["How do you cook pilaf the Bukhara way?", "cooking"],
      ["как приготовить бешбармак дома", "cooking"],
    ];
    for (const [q, name] of asked) expect(named(q), q).toBe(name);
    for (const q of asked.map(([q]) => q)) {
      expect(statesAttribute(sentenceAround("阿拉木图、撒马尔罕、塔什干等中亚城市"), askedAttribute(q)!), q).toBe(false);
    }
    // A hot destination, a cool attitude, the weather talk around a question, a way of doing things.
    for (const q of ["中亚哪些城市是中国游客的热门目的地？", "中亚国家对这个倡议是冷淡还是积极？", "Погода ужасная, сижу дома. Что дал Китаю Шёлковый путь?", "互助那一节说关键得怎么做？", "Should every country follow the same recipe for modernization?"]) {
      expect(named(q), q).toBeUndefined();
    }
  });

  it("knows a battle or a war asked, and a sentence naming one", () => {
    expect(named("造纸术是经过哪一场战役传到中亚去的？")).toBe("battle");
    expect(named("Through which battle did papermaking reach Central Asia?")).toBe("battle");
    expect(named("В результате какой битвы бумага попала в Центральную Азию?")).toBe("battle");
    expect(statesAttribute(sentenceAround("造纸术、印刷术等先进技术"), askedAttribute("造纸术是经过哪一场战役传到中亚去的？")!)).toBe(false);
    expect(statesAttribute(sentenceAround("冼星海和拜卡达莫夫"), askedAttribute("冼星海是在哪场战争期间到中亚的？")!)).toBe(true);
  });

  it("reads a count in a measure word that names the thing counted as a qualifier of the figure asked", () => {
    const counts = (q: string) => askedAttributes(q).filter((a) => a.name.startsWith("count in")).map((a) => [a.name, a.qualifier ?? false]);
    expect(counts("《永久睦邻友好合作条约》一共有多少条条款？")).toEqual([["count in 条", true]]);
    expect(counts("大疆农业无人机在中亚卖了几台")).toEqual([["count in 台", true]]);
    expect(named("中亚五国一共开了多少所孔子学院？")).toBeUndefined();
    // "Which few" and "these few" ask no count; 几家 are the parties; 个 is no measure of a kind of thing.
    expect(counts("经济增长、产业升级这几条要求对共同现代化也成立吗？")).toEqual([]);
    expect(counts("中俄哈吉塔几家一起签了啥协议？")).toEqual([]);
    expect(counts("中亚一共有多少个国家？")).toEqual([]);
    // 几趟 is a count of visits.
    expect(named("2013年至今习主席去过中亚几趟")).toBe("times");
  });

  it("knows a length asked in kilometres and a rate of a currency named with its adjective", () => {
    expect(named("How long, in kilometres, is the China–Central Asia gas pipeline?")).toBe("length");
    expect(named("How many kilometres long will the second phase of the highway be?")).toBe("length");
    expect(named("Сколько километров составляет газопровод?")).toBe("length");
    expect(named("Какой сегодня курс казахстанского тенге к юаню?")).toBe("exchange rate");
    // …and one asked as how much a unit of money buys.
    expect(named("一块人民币现在可以换几个坚戈？")).toBe("exchange rate");
    expect(named("一美元现在换多少索姆")).toBe("exchange rate");
    expect(named("人民币兑换成坚戈要去哪儿办？")).not.toBe("exchange rate");
    // "How long" alone may ask a time.
    expect(named("How long did Zhang Qian's journey take?")).not.toBe("length");
  });

  it("lists every attribute a question asks for", () => {
    const all = (q: string) => askedAttributes(q).map((a) => a.name);
    // Growth in percent of the value of trade: a share, and of trade.
    expect(all("By what percentage did China–Central Asia trade grow in 2024 compared with 2023?")).toEqual(["share", "trade value"]);
    expect(all("2024年中国和中亚的贸易额比2023年增长了百分之几？")).toContain("trade value");
    expect(all("Какова численность населения Таджикистана?")).toEqual(["population"]);
    expect(all("What do the authors say about cooperation?")).toEqual([]);
  });

  it("does not take a figure the question quotes for what it asks", () => {
    // 1 GW names the wind farm; the question asks for a company.
    expect(named("Which Chinese company is building the 1 GW wind farm in Bukhara?")).toBe("company");
    expect(named("那个1300多万平方公里的地区有多少人口？")).toBe("population");
    // Asked by its unit, with no figure: still a capacity.
    expect(named("阿克莫拉风电项目的装机容量是多少兆瓦？")).toBe("capacity");
  });

  it("reads a ratio or a person of some dynasty as no count of times and no dynasty asked", () => {
    // (A ratio of trade asks no count of times; it is a trade value the sentence must state.)
    expect(named("Во сколько раз вырос товарооборот Китая и Центральной Азии?")).toBe("trade value");
    expect(named("How many times larger is trade now than in 1992?")).toBeUndefined();
    expect(named("Which Han dynasty envoy opened the route to the Western Regions?")).toBeUndefined();
    expect(named("2025年8月天津那次上合峰会，是上合组织第几次元首理事会会议？")).toBeUndefined();
    // "What kind of organisation is it?" asks what it is, which its name in full answers.
    expect(named("亚信是个什么组织？")).toBeUndefined();
    expect(named("Стоит ли ехать в Алматы зимой?")).toBeUndefined();
    // A value chain (цепочка создания стоимости) is no cost.
    expect(named("Как протекционизм ударил по мировым цепочкам создания стоимости?")).toBeUndefined();
    // Projects "for the population" ask no population.
    expect(named("Когда Китай объявил о 100 проектах для населения?")).toBeUndefined();
    // "These few years" is no span asked; "how long" may be hours.
    expect(named("这几年双方在数字领域的合作进展大吗？")).toBeUndefined();
    expect(named("数字化平台让换装时间缩短到多久？")).toBeUndefined();
    // By how much the number of tourists grew: a rate answers that.
    expect(named("На сколько выросло число китайских туристов в 2025 году?")).toBeUndefined();
  });

  it("leaves alone words used in another sense (a milestone, warmth, areas of cooperation, a title, a platform)", () => {
    for (const q of [
      "为什么说这次峰会具有里程碑意义？",
      "怎样让人文交流更有温度？",
      "双方关系提升到了什么高度？",
      "In which areas do China and Central Asia cooperate?",
      "What was the area of cooperation agreed at the summit?",
      "What did President Xi Jinping propose at the summit?",
      "How does China help with capacity building?",
      "What is the digital age bringing to the region?",
      "Какие площадки сотрудничества созданы?",
      "Как жители Центральной Азии относятся к китайским товарам?",
      "丝路精神的内涵是什么？",
      "How far has mutual trust between the two sides developed?",
      "How far along is the China–Kyrgyzstan–Uzbekistan railway?",
      // 面积 across two words (方面 + 积累): no area asked.
      "中国在哪些方面积累了可以分享的经验？",
      // Who took part or was built for, not a builder.
      "Which countries built the gas pipeline together?",
      "双方建设了哪些合作平台？",
    ]) {
      expect(named(q), q).toBeUndefined();
    }
  });

  it("has a unique name for each attribute", () => {
    const names = ATTRIBUTES.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("statesAttribute", () => {
  const attribute = (q: string) => askedAttribute(q)!;

  it("sees the article name an area, a population in people, a capacity", () => {
    const aral = sentenceAround("咸海的面积");
    expect(statesAttribute(aral, attribute("咸海的面积有多大？"))).toBe(true);
    const together = sentenceAround("近15亿人");
    expect(together).not.toContain("人口");
    expect(statesAttribute(together, attribute("中国和中亚一共有多少人口？"))).toBe(true);
    expect(statesAttribute(sentenceAround("风电装机量"), attribute("风电装机容量是多少？"))).toBe(true);
  });

  it("does not take a sentence about something else for one naming the attribute", () => {
    expect(statesAttribute(sentenceAround("远亲不如近邻"), attribute("哈萨克斯坦的人口有多少？"))).toBe(false);
    expect(statesAttribute(sentenceAround("咸海的面积"), attribute("What is the capital of Uzbekistan?"))).toBe(false);
    // An area is not a volume; 5 000 亿立方米 of gas is one.
    expect(statesAttribute(sentenceAround("咸海的面积"), attribute("咸海的蓄水量减少了多少？"))).toBe(false);
    expect(statesAttribute(sentenceAround("累计输气量超过"), attribute("How many cubic metres of gas has the pipeline carried?"))).toBe(true);
    // A friendship in a story names no occupation; 冼星海 is named as a person, not as a composer.
    expect(statesAttribute(sentenceAround("拜卡达莫夫结下的患难之谊"), attribute("Кем по профессии был Байкадамов?"))).toBe(false);
    // Where one works says what one does: the scholarship students' posts after their return.
    expect(statesAttribute(sentenceAround("就职于政府机构"), attribute("上合国家学生毕业回国以后做什么工作？"))).toBe(true);
    // A growth rate (同比增长了 95%) is no amount in hundreds of millions; 948 亿美元 is one.
    expect(statesAttribute(sentenceAround("霍尔果斯正成为"), attribute("霍尔果斯的跨境电商一年交易额有多少亿？"))).toBe(false);
    expect(statesAttribute(sentenceAround("增长超过了 200 倍"), attribute("双边贸易额有多少亿？"))).toBe(true);
    expect(statesAttribute(sentenceAround("增长超过了 200 倍"), attribute("How many billion was the trade worth in 2024?"))).toBe(true);
    // A project listed among others does not say who built it.
    expect(statesAttribute(sentenceAround("卡姆奇克隧道"), attribute("Who built the Kamchik tunnel?"))).toBe(false);
    expect(statesAttribute(sentenceAround("宇通客车"), attribute("哪家中国车企在哈萨克斯坦建了零部件厂？"))).toBe(true);
    // A year is no month or day, two thousand years ago no dynasty, 9次 a count of visits.
    expect(statesAttribute(sentenceAround("托卡耶夫在 20"), attribute("В каком месяце Токаев выступил с посланием?"))).toBe(false);
    // (The keynote's sentence is cut by a page break: its opening, as the article prints it.)
    const keynote = "2025年6月17日,中国国家主席习近平在第二届中国—中亚峰会上发表了题为《弘扬“中国—中亚精神” 推动地区合作高质量发展》的主旨发言";
    expect(statesAttribute(keynote, attribute("In which month was the keynote speech given?"))).toBe(true);
    expect(statesAttribute(keynote, attribute("习近平是哪一天发表主旨发言的？"))).toBe(true);
    expect(statesAttribute(sentenceAround("张骞的西域凿空之旅"), attribute("张骞是哪个朝代的人？"))).toBe(false);
    expect(statesAttribute(sentenceAround("从唐朝玄奘西行"), attribute("玄奘是哪个朝代的人？"))).toBe(true);
    expect(statesAttribute(sentenceAround("张骞的西域凿空之旅"), attribute("张骞出使过几次西域？"))).toBe(false);
    expect(statesAttribute(sentenceAround("习近平主席9次访问中亚"), attribute("习主席去过中亚几次？"))).toBe(true);
    // A yield per mu (亩产) is no area; money states a sum.
    expect(statesAttribute(sentenceAround("籽棉平均亩产"), attribute("那个示范区占地多少亩？"))).toBe(false);
    expect(statesAttribute(sentenceAround("948 亿美元"), attribute("贸易的金额是多少？"))).toBe(true);
    // A title is one in 《》, not a phrase in quotation marks; scientists are no institute.
    expect(statesAttribute(sentenceAround("升华为一条"), attribute("玄奘回国以后写了哪本书？"))).toBe(false);
    expect(statesAttribute(sentenceAround("阿斯塔纳宣言》中强调"), attribute("Which book does the passage quote?"))).toBe(true);
    expect(statesAttribute(sentenceAround("科学家一直共同探讨"), attribute("和中国科学家合作的是哪家科研机构？"))).toBe(false);
    expect(statesAttribute(sentenceAround("新疆生态与地理研究所"), attribute("和中国科学家合作的是哪家科研机构？"))).toBe(true);
    // A growth rate of tourists is no head count of them; 近15亿人 is one.
    expect(statesAttribute(sentenceAround("入境中亚的中国游客同比增长"), attribute("How many Chinese tourists visited Central Asia in 2025?"))).toBe(false);
    expect(statesAttribute(sentenceAround("近15亿人"), attribute("How many tourists and residents share this land?"))).toBe(true);
    // A span of years is not the year something happened in.
    expect(statesAttribute(sentenceAround("天津峰会上"), attribute("那100个项目打算几年内做完？"))).toBe(false);
    expect(statesAttribute(sentenceAround("张骞的西域凿空之旅"), attribute("张骞通西域离现在有多少年？"))).toBe(true);
    // A yearly figure is said per year or for a year, not as a total to date.
    expect(statesAttribute(sentenceAround("累计输气量超过"), attribute("How much gas does the pipeline carry each year?"))).toBe(false);
    expect(statesAttribute(sentenceAround("政府奖学金名额约为"), attribute("How many scholarships does China offer each year?"))).toBe(true);
    // A treaty's articles are counted in 条, not by 三个全覆盖; charging stations may be counted in 个.
    const clauses = askedAttributes("《永久睦邻友好合作条约》一共有多少条？").find((a) => a.name === "count in 条")!;
    expect(statesAttribute(sentenceAround("以法律形式将世代友好原则固定下来"), clauses)).toBe(false);
    expect(statesAttribute("中哈第三条铁路规划稳步推进", clauses)).toBe(true);
    const stations = askedAttributes("哈萨克斯坦打算建多少座充电站？").find((a) => a.name === "count in 座")!;
    expect(statesAttribute(sentenceAround("到2030年布局8000个充电站"), stations)).toBe(true);
    // 人民 and 人员 are not a head count.
    expect(statesAttribute("两国人民友好往来,人员交流密切。", attribute("How many people live in Kyrgyzstan?"))).toBe(false);
  });
});

describe("Attribute units", () => {
  it("are ways of stating the attribute (a unit searched for a population must state a population)", () => {
    const withUnits = ATTRIBUTES.filter((a) => a.units && a.units.length > 0);
    expect(withUnits.map((a) => a.name).sort()).toEqual(["area", "capacity", "length", "population"]);
    for (const a of withUnits) for (const u of a.units!) expect([a.name, u, statesAttribute(`约3${u}`, a)]).toEqual([a.name, u, true]);
  });
});
