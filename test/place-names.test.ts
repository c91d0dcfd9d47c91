import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { askedPlace, askedPlaceWithin, placeKindsOf, PlaceNames, subjectPlaces, withoutExamples } from "../src/place-names.js";
import { loadCorpus } from "../src/corpus.js";
import { carryOver, loadDictionary, type CarryDictionary } from "../src/dictionary.js";
import { sentenceAround } from "./article-text.js";
import { expectQuoted, expectRefused } from "./answer-expect.js";
import { useRealEngine } from "./real-engine.js";

const article = readFileSync(new URL("../corpus/china-central-asia-spirit.md", import.meta.url), "utf8");

describe("askedPlace", () => {
  it("knows which-country / province / city / port / university questions in each language", () => {
    expect(askedPlace("中亚地区的第一所孔子学院设在哪个国家？")).toBe("country");
    expect(askedPlace("咸海位于中亚哪两个国家的交界处？")).toBe("country");
    expect(askedPlace("Which Central Asian country has received the most Chinese direct investment?")).toBe("country");
    expect(askedPlace("In what city is the Luban workshop located?")).toBe("city");
    // Country and city both asked: the city (the narrower place) is what answers.
    expect(askedPlace("中国—中亚荒漠化防治合作中心设在哪个国家的哪座城市？")).toBe("city");
    expect(askedPlace("In which country and which city was the plant built?")).toBe("city");
    // A "what" inside a clause is relative, no question for a place.
    expect(askedPlace("Why does the path fit so well with what Central Asian countries want?")).toBeUndefined();
    expect(askedPlace("How does it fit what Central Asian countries themselves want?")).toBeUndefined();
    expect(askedPlace("Between which of the five Central Asian countries does China trade most?")).toBe("country");
    expect(askedPlace("Which of the five Central Asian countries is China's biggest trading partner?")).toBe("country");
    expect(askedPlace("Which of the projects did the authors mention first?")).toBeUndefined();
    expect(askedPlace("Между какими странами находится Аральское море?")).toBe("country");
    expect(askedPlace("霍尔果斯口岸属于中国哪个省级行政区？")).toBe("province");
    expect(askedPlace("丝绸之路国际博览会在哪座城市举办？")).toBe("city");
    expect(askedPlace("Which Chinese city has the largest number of flights to Central Asia?")).toBe("city");
    expect(askedPlace("В каком городе Узбекистана китайские учёные показали капельное орошение?")).toBe("city");
    expect(askedPlace("中哈第三条铁路将经过哪个边境口岸？")).toBe("port");
    expect(askedPlace("В каком китайском университете учится больше всего студентов?")).toBe("university");
  });

  it("knows 'where' questions, but not a relative 'где' or a date question", () => {
    expect(askedPlace("胡萝卜最初是从哪里传入中国的？")).toBe("place");
    expect(askedPlace("第二届峰会在哪举行？")).toBe("place");
    expect(askedPlace("Where was the second summit held?")).toBe("place");
    expect(askedPlace("Когда и где состоится третий саммит?")).toBe("place");
    expect(askedPlace("Что происходит в регионе, где сходятся интересы?")).toBeUndefined();
    expect(askedPlace("中吉乌公路是在哪一年全线贯通的？")).toBeUndefined();
    expect(askedPlace("这篇文章发表在哪本期刊的哪一期上？")).toBeUndefined();
    // Where a statement was published asks its source, not a place.
    expect(askedPlace("这组数据引自哪里？")).toBeUndefined();
    expect(askedPlace("Where was Xi's speech published?")).toBeUndefined();
    expect(askedPlace("Чем Китай готов поделиться, и где опубликована речь?")).toBeUndefined();
  });

  it("leaves alone 'which' questions about other things (frameworks, national fairs, strategies, kinds)", () => {
    for (const q of [
      "除上合组织外，双方还在哪个多边安全框架内合作？",
      "哪些国家级展会为中亚特色商品打开了通往世界的渠道？",
      "中国在哪些新一代信息技术上占有优势？",
      "Which Turkmen national strategy has been linked up with the Belt and Road Initiative?",
      "What kind of regional development model is the key to common modernization?",
      "What do Central Asian countries export to China?",
      "Какие товары древний Китай вывозил в Центральную Азию?",
      // области: fields as often as provinces (found on the holdout: "в каких областях сотрудничества")
      "В каких областях у сторон наибольший потенциал сотрудничества?",
      // A kind of country (发展中国家), not a country.
      "слушай к какой категории стран относятся и Китай и центральноазиатские государства",
      "К какой группе государств относятся обе стороны?",
    ]) {
      expect(askedPlace(q), q).toBeUndefined();
    }
  });
});

describe("withoutExamples", () => {
  it("drops the places a question gives as examples, in each language, and keeps the rest", () => {
    expect(withoutExamples("西安能直飞多少个城市 阿拉木图撒马尔罕那些")).not.toContain("阿拉木图");
    expect(withoutExamples("西安能直飞多少个城市？比如阿拉木图、撒马尔罕")).not.toContain("撒马尔罕");
    expect(withoutExamples("Which cities, such as Almaty, have flights?")).not.toContain("Almaty");
    expect(withoutExamples("Какие города, например Алматы, связаны рейсами?")).not.toContain("Алматы");
    for (const q of ["阿拉木图能直飞多少个城市？", "What is Almaty like?", "Сколько рейсов в Алматы?"]) {
      expect(withoutExamples(q), q).toBe(q);
    }
  });
});

describe("placeKindsOf", () => {
  it("reads the kind from the head of a definition, the earliest place word first", () => {
    expect(placeKindsOf(["Tashkent, capital of Uzbekistan"])).toEqual(["city"]);
    expect(placeKindsOf(["Xinjiang Uighur Autonomous Region, capital Ürümqi"])).toEqual(["province"]);
    expect(placeKindsOf(["Chengdu, sub-provincial city and capital of Sichuan Province"])).toEqual(["city"]);
    expect(placeKindsOf(["Samarkand, Uzbekistan"])).toEqual(["locality"]);
    expect(placeKindsOf(["Aral Sea"])).toEqual(["region"]);
    expect(placeKindsOf(["United States"], "美国")).toEqual(["country"]);
  });

  it("does not take a count of countries for a country (四国 is also Shikoku, 三国 the Three Kingdoms)", () => {
    expect(placeKindsOf(["Shikoku (one of the four main islands of Japan)"], "四国")).toEqual([]);
    expect(placeKindsOf(["Three Kingdoms period (220–280) in Chinese history"], "三国")).toEqual([]);
    expect(placeKindsOf(["the Warring States period (475-221 BC)"], "战国")).toEqual([]);
  });

  it("finds no place in a person's or a company's definition, even one naming a river further on", () => {
    expect(placeKindsOf(["Xian Xinghai (1905-1945), violinist and composer, known for patriotic wartime pieces, including Yellow River Oratorio"])).toEqual([]);
    expect(placeKindsOf(["BYD Company (company name)"])).toEqual([]);
    expect(placeKindsOf(["Belt and Road Initiative, Chinese government plan to provide finance and engineering expertise to build infrastructure across Eurasia"])).toEqual([]);
  });
});

describe("place names from the real CC-CEDICT and the real article", () => {
  const dir = mkdtempSync(join(tmpdir(), "places-"));
  let dict: CarryDictionary;
  let names: PlaceNames;
  beforeAll(async () => {
    dict = await loadDictionary({ indexDir: dir, corpusText: article, corpusKey: "place-names-test" });
    names = new PlaceNames(dict.places, dict.placeCompounds, dict.placeCountries);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("knows from CC-CEDICT which country a city lies in (成都 in China, 阿拉木图 in Kazakhstan)", () => {
    expect(dict.placeCountries).toMatchObject({
      成都: "中国",
      乌鲁木齐: "中国",
      上海: "中国",
      阿拉木图: "哈萨克斯坦",
      塔什干: "乌兹别克斯坦",
      比什凯克: "吉尔吉斯斯坦",
      中国: "中国",
    });
    expect(names.placesIn("阿拉木图、成都").map((p) => p.country)).toEqual(["哈萨克斯坦", "中国"]);
  });

  it("prefers a city of the country a question says (中国哪些城市), but refuses by any city as before", () => {
    const within = askedPlaceWithin("中亚游客最喜欢去中国哪些城市？")!;
    expect([...within]).toEqual(["中国"]);
    expect(askedPlaceWithin("Which Central Asian cities do Chinese tourists visit?")?.has("哈萨克斯坦")).toBe(true);
    expect(askedPlaceWithin("Какие китайские города любят туристы?")?.has("中国")).toBe(true);
    expect(askedPlaceWithin("中亚游客喜欢去哪些城市？")).toBeUndefined();
    // Going to China (来中国…去哪, "where … in China", "куда … в Китае") asks a place in China.
    expect(askedPlaceWithin("中亚人来中国旅游比较喜欢去哪几个城市？")?.has("中国")).toBe(true);
    expect(askedPlaceWithin("where do central asian tourists like to go in china")?.has("中国")).toBe(true);
    expect(askedPlaceWithin("Какие города КНР популярны у туристов из ЦА?")?.has("中国")).toBe(true);
    expect(askedPlaceWithin("куда больше всего едут туристы из ЦА в Китае")?.has("中国")).toBe(true);
    expect(askedPlaceWithin("中国游客到中亚最爱去哪？")?.has("哈萨克斯坦")).toBe(true);
    expect(askedPlaceWithin("куда едут китайские туристы в ЦА?")?.has("哈萨克斯坦")).toBe(true);
    const q = names.question("city", ["中亚游客最喜欢去中国哪些城市？"], within);
    const chinese = sentenceAround("乌鲁木齐、成都、西安");
    const centralAsian = sentenceAround("阿拉木图、撒马尔罕、塔什干");
    expect(q.prefers(chinese)).toBe(true);
    expect(q.prefers(centralAsian)).toBe(false);
    expect(q.answeredBy(centralAsian)).toBe(true);
  });

  it("reads no place inside a word that holds one without being one (上海合作组织, 发展中国家), but a question knows it", () => {
    expect(dict.placeCompounds).toEqual(expect.arrayContaining(["上海合作组织", "发展中国家"]));
    expect(dict.placeCompounds).not.toContain("上海");
    const sco = sentenceAround("政府奖学金名额约为");
    expect(sco).toContain("上海合作组织");
    expect([...names.namedIn([sco])]).not.toContain("上海");
    expect([...names.namedIn(["北京、上海等成为中亚游客青睐的目的地"])]).toContain("上海");
    // "Chinese" carried as 中国式 still tells that the question names China.
    expect([...names.question("country", ["中国式"]).known]).toContain("中国");
    expect([...names.focusOf(["上海合作组织给吉尔吉斯斯坦多少名额？"], new Set(["中国", "中亚"]))]).toEqual(["吉尔吉斯斯坦"]);
  });

  /** Whether a sentence answers a question, with the question's carried-over terms as the engine has them. */
  const answers = (question: string, sentence: string): boolean => {
    const asked = askedPlace(question);
    if (!asked) throw new Error(`not a place question: ${question}`);
    return names.question(asked, [question, ...carryOver(dict, question).terms]).answeredBy(sentence);
  };

  it("keeps the article's places and drops common words and strings that only look like names", () => {
    const places = dict.places!;
    expect(places["塔什干"]).toContain("city");
    expect(places["乌鲁木齐"]).toContain("city");
    expect(places["新疆"]).toContain("province");
    expect(places["咸海"]).toContain("region");
    for (const word of ["成功", "长治", "土库", "四国", "冼星海", "资源", "友好", "中国科学院"]) expect(places[word], word).toBeUndefined();
  });

  it("reads country short forms and lists as the countries they stand for, not 其中哈萨克斯坦 as 中哈", () => {
    const list = names.placesIn(sentenceAround("连接土、乌、哈、中四国")).map((p) => p.name);
    expect(list).toEqual(expect.arrayContaining(["土库曼斯坦", "乌兹别克斯坦", "哈萨克斯坦", "中国"]));
    const relation = names.placesIn(sentenceAround("中哈、中乌已实现签证互免")).map((p) => p.name);
    expect(relation).toEqual(expect.arrayContaining(["哈萨克斯坦", "乌兹别克斯坦"]));
    expect(names.placesIn("其中哈萨克斯坦的游客最多").map((p) => p.name)).toEqual(["哈萨克斯坦"]);
    expect(names.placesIn(sentenceAround("努库斯市")).some((p) => p.name === "库斯市" && p.kinds.includes("city"))).toBe(true);
  });

  it("refuses sentences that name no place of the kind asked, or only the question's own", () => {
    expect(answers("霍尔果斯口岸属于中国哪个省级行政区？", sentenceAround("霍尔果斯正成为"))).toBe(false);
    expect(answers("中亚地区的第一所孔子学院设在哪个国家？", sentenceAround("设立孔子学院"))).toBe(false);
    // China is carried over from "Chinese": naming it again does not say which Central Asian country.
    expect(answers("Which Central Asian country has received the most Chinese direct investment?", sentenceAround("直接投资存量超过"))).toBe(false);
    expect(answers("Какая страна Центральной Азии является крупнейшим торговым партнёром Китая?", sentenceAround("第一大贸易伙伴国"))).toBe(false);
    expect(answers("中国—中亚荒漠化防治合作中心建在哪座城市？", sentenceAround("荒漠化防治合作中心落地"))).toBe(false);
  });

  it("keeps sentences that name a new place of the kind asked, in each language", () => {
    expect(answers("Which country is Central Asia's largest trading partner?", sentenceAround("第一大贸易伙伴国"))).toBe(true);
    expect(answers("从中亚向中国输气的那条管道途经哪些国家？", sentenceAround("连接土、乌、哈、中四国"))).toBe(true);
    expect(answers("С какими странами Центральной Азии у Китая отменены визы?", sentenceAround("中哈、中乌已实现签证互免"))).toBe(true);
    expect(answers("胡萝卜最初是从哪里传入中国的？", sentenceAround("胡萝卜"))).toBe(true);
    expect(answers("中亚游客最喜欢去中国哪些城市？", sentenceAround("乌鲁木齐"))).toBe(true);
    expect(answers("В каком городе Узбекистана китайские учёные показали капельное орошение хлопчатника?", sentenceAround("努库斯市"))).toBe(true);
  });

  it("takes the places named all through the article for its subject, and a question's other places for its focus", async () => {
    const [doc] = await loadCorpus(new URL("../corpus", import.meta.url).pathname);
    const subject = subjectPlaces(names, doc!.sentences.filter((s) => s.lang === "zh").map((s) => s.plain));
    expect([...subject].sort()).toEqual(["中亚", "中国"].sort());
    expect([...names.focusOf(["中国和中亚的贸易里，哈萨克斯坦占多少？"], subject)]).toEqual(["哈萨克斯坦"]);
    // English questions name their places through the carried-over terms.
    const q = "What is Turkmenistan's installed wind power capacity?";
    expect([...names.focusOf([q, ...carryOver(dict, q).terms], subject)]).toEqual(["土库曼斯坦"]);
    // A people's name stands for its country: "Kazakh companies", carried as 哈萨克, ask of Kazakhstan.
    const kazakh = "How many Kazakh companies joined Chinese e-commerce platforms in 2022?";
    expect([...names.focusOf([kazakh, ...carryOver(dict, kazakh).terms], subject)]).toEqual(["哈萨克斯坦"]);
    expect(names.placesIn("中国与乌兹别克斯坦科学家").map((p) => p.name)).toEqual(["中国", "乌兹别克斯坦"]);
    // A question word or a verb before a place suffix is no place: 哪座口岸, 能省 (can save).
    expect(names.focusOf(["哪座口岸城市正在成为跨境电商枢纽？", "滴灌比漫灌能省多少水？"], subject).size).toBe(0);
  });

  it("reads a run of sound-writing characters outside known names as a foreign name no dictionary has", () => {
    const khorgos = names.placesIn(sentenceAround("霍尔果斯正成为"));
    expect(khorgos.find((p) => p.name === "霍尔果斯")?.transliterated).toBe(true);
    // Known names are not read again, nor the word after one (乌兹别克斯坦科学家 leaves 科学家).
    const scientists = names.placesIn("中国与乌兹别克斯坦科学家联合探索咸海危机的解决方案");
    expect(scientists.filter((p) => p.transliterated)).toEqual([]);
    expect(names.placesIn("目前已经开通阿拉木图等城市的直航").map((p) => p.name)).toContain("阿拉木图");
    expect(names.placesIn("双方加强合作,共同发展经济。").filter((p) => p.transliterated)).toEqual([]);
    // A name in quotation marks is a brand or a title, not a town.
    expect(names.placesIn(sentenceAround("的工厂投产运营")).filter((p) => p.transliterated)).toEqual([]);
    expect(names.placesIn("比亚迪在乌兹别克斯坦的工厂").map((p) => p.name)).toContain("比亚迪");
    // A name standing alone (a term carried over from "Khorgos") is read, and a question
    // naming it knows it: it is no new place in the sentence that names it too.
    expect(names.placesIn("霍尔果斯").map((p) => p.name)).toEqual(["霍尔果斯"]);
    const port = names.question("city", ["Which city is Khorgos near?", "霍尔果斯"]);
    expect(port.answeredBy(sentenceAround("霍尔果斯正成为"))).toBe(false);
  });

  it("reads a sound-written name ending as a Russian or Central Asian surname (-ov, -ova) as a person, no town", () => {
    const friends = sentenceAround("拜卡达莫夫结下的患难之谊");
    const baikadamov = names.placesIn(friends).find((p) => p.name === "拜卡达莫夫");
    expect(baikadamov).toMatchObject({ kinds: [], person: true, transliterated: true });
    expect(names.placesIn("托卡耶夫").map((p) => p.kinds)).toEqual([[]]);
    const city = names.question("city", ["冼星海在中亚那几年住在哪座城市？"]);
    expect(city.answeredBy(friends)).toBe(false);
  });

  it("refuses on countries, provinces, cities, ports and universities, but not on 'where'", () => {
    const decisive = (q: string): boolean => names.question(askedPlace(q)!, [q]).decisive;
    expect(decisive("咸海位于中亚哪两个国家的交界处？")).toBe(true);
    // "Where did the figure come from" asks a source, not a place.
    expect(askedPlace("Откуда в статье взялась цифра про 1,2 ГВт?")).toBeUndefined();
    expect(askedPlace("Откуда приезжают туристы?")).toBe("place");
    // A region word may narrow the kind asked: 哪个中亚国家.
    expect(askedPlace("哪个中亚国家和中国的贸易额最大？")).toBe("country");
    expect(decisive("霍尔果斯口岸属于中国哪个省级行政区？")).toBe(true);
    expect(decisive("В каком китайском университете учится больше всего студентов?")).toBe(true);
    expect(decisive("Where did Xi Jinping put forward the China–Central Asia Spirit?")).toBe(false);
    expect(decisive("Which city is turning into a regional hub for cross-border online trade?")).toBe(true);
    expect(decisive("中哈第三条铁路将经过哪个边境口岸？")).toBe(true);
    // The article's border port is read as a town, so a port question it answers is answered.
    const port = names.question("port", ["哪个边境口岸正成为区域内跨境电商的新枢纽？"]);
    expect(port.answeredBy("2022 年中国与中亚国家跨境电商贸易额同比增长了 95%,霍尔果斯正成为区域内跨境电商的新枢纽。")).toBe(true);
    expect(port.answeredBy("中哈第三条铁路规划稳步推进。")).toBe(false);
  });
});

describe("the engine's place abstention (real model and index)", () => {
  const engine = useRealEngine();

  it("says the place is not stated when the best sentence names none of the kind asked", async () => {
    await expectRefused(
      engine,
      [
        "中亚地区的第一所孔子学院设在哪个国家？",
        "Which Central Asian country has received the most Chinese direct investment?",
        "В каком китайском университете учится больше всего студентов из Центральной Азии?",
        "中国—中亚荒漠化防治合作中心设在哪个城市？",
      ],
      "place",
    );
  });

  it("says the article does not speak of the place asked about when the best sentence gives the figure for another", async () => {
    await expectRefused(
      engine,
      [
        "2024年中国和塔吉克斯坦的贸易额是多少？",
        "What is Kyrgyzstan's wind power capacity?",
        "На сколько выросло число китайских туристов в Таджикистане в 2025 году?",
        // A town the article writes by sound (奇姆肯特 only among Xi'an's direct flights).
        "奇姆肯特光伏电站的装机容量有多大？",
        // A list whose figures go with its other items (布哈拉 1 吉瓦, 札纳塔斯 100 兆瓦).
        "阿克莫拉风电项目的装机容量是多少兆瓦？",
        // The attribute asked (capacity) with no "how much", in Russian.
        "Какова установленная мощность ветровой электростанции в Акмолинской области?",
      ],
      "other-place",
    );
    // The same figures asked of the place the article gives them for are answered, a sound-written
    // town too (努库斯, written 努库斯市 in the answer).
    await expectQuoted(engine, [
      ["乌兹别克斯坦游客的入境订单增长了多少？", "164%"],
      ["How big is Kazakhstan's installed wind capacity?", "1.2 吉瓦"],
      ["努库斯那块地用了新技术以后，棉花一亩收多少？", "333公斤"],
      ["布哈拉的风电项目规模多大？", "布哈拉 1 吉瓦"],
      // The place named outside the list says whose list it is (以西安为例,…阿拉木图、…等8座城市).
      ["西安能直飞中亚多少座城？", "8座中亚城市"],
      // The figures spread over the list by 分别 are each place's.
      ["2025年以来飞哈萨克斯坦的机票预订涨了多少？", "60%"],
      // Places given as examples of what is counted are no focus (zh-3742, a voice transcript).
      ["以西安来说吧 嗯 西安现在能直飞中亚多少个城市啊 阿拉木图撒马尔汗那些", "8座中亚城市"],
      ["How many Central Asian cities can you fly to directly from Xi'an, such as Almaty or Samarkand?", "8座中亚城市"],
      ["Сколько городов Центральной Азии связаны прямыми рейсами с Сианем, например Алматы?", "8座中亚城市"],
    ]);
    // …but the same place asked of is still its focus.
    await expectRefused(engine, ["阿拉木图现在能直飞中国多少个城市？"], "other-place");
  });

  it("still answers place questions the article answers, in each language", async () => {
    const cases: [string, string][] = [
      ["中亚游客最喜欢去中国哪些城市？", "乌鲁木齐"],
      ["Which country is Central Asia's largest trading partner?", "第一大贸易伙伴国"],
      ["С какими странами Центральной Азии у Китая отменены визы?", "签证互免"],
      ["胡萝卜最初是从哪里传入中国的？", "胡萝卜"],
      // Answered by an occasion, not a place name ("where" is not refused on).
      ["Where did Xi Jinping put forward the China–Central Asia Spirit?", "第二届中国—中亚峰会上"],
      // 霍尔果斯 is in no dictionary: its sound-written name counts as a city's.
      ["Which city is turning into a regional hub for cross-border online trade?", "霍尔果斯"],
    ];
    for (const [q, quote] of cases) {
      const a = await engine.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.hits.slice(0, 3).some((h) => h.quote.includes(quote)), q).toBe(true);
    }
  });
});
