import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StudyEngine } from "../src/types.js";
import { capturingLogger } from "./log-capture.js";
import { EMBED_FAULT, failingEngine } from "./failing-engine.js";
import { expectQuoted, expectRefused } from "./answer-expect.js";
import { useRealEngine } from "./real-engine.js";

const engine = useRealEngine();

describe("StudyEngine on the real article, model and index", () => {
  it("answers a Chinese number question with the sentence holding the number and its source", async () => {
    const a = await engine.ask("中亚天然气管道累计向中国输送了多少天然气？");
    expect(a.answered).toBe(true);
    expect(a.language).toBe("zh");
    const hit = a.hits[0]!;
    expect(hit.quote).toContain("5 000 亿立方米");
    expect(hit.quote).toMatch(/\[1\]/);
    expect(hit.citations[0]!.text).toContain("输气超 5 000 亿立方米");
    expect(hit.citations[0]!.urls[0]).toMatch(/^https:\/\/www\.xinhuanet\.com\//);
    expect(hit.section).toContain(" › ");
  });

  it("answers an English question from Chinese text (dictionary carry-over)", async () => {
    const a = await engine.ask("How many electric vehicles did China export to Central Asia in 2024?");
    expect(a.language).toBe("en");
    expect(a.answered).toBe(true);
    expect(a.hits[0]!.quote).toContain("12.1316万辆电动车");
  });

  it("answers a question typed in traditional characters as its simplified twin", async () => {
    const traditional = await engine.ask("中亞天然氣管道累計向中國輸送了多少天然氣？");
    expect(traditional.language).toBe("zh");
    expect(traditional.answered).toBe(true);
    expect(traditional.question).toBe("中亞天然氣管道累計向中國輸送了多少天然氣？"); // shown back as typed
    const simplified = await engine.ask("中亚天然气管道累计向中国输送了多少天然气？");
    expect(traditional.hits.map((h) => h.quote)).toEqual(simplified.hits.map((h) => h.quote));
    expect(traditional.hits[0]!.quote).toContain("5 000 亿立方米");
  });

  it("answers a Russian question through the glossary", async () => {
    const a = await engine.ask("Сколько зарядных станций Казахстан планирует построить к 2030 году?");
    expect(a.language).toBe("ru");
    expect(a.answered).toBe(true);
    expect(a.hits.slice(0, 3).some((h) => h.quote.includes("8000个充电站"))).toBe(true);
  });

  it("refuses a Russian question none of whose words it can carry, even one whose number the article prints", async () => {
    const q = "Ребята, как распределить роли в докладе на семинаре, чтобы уложиться в 15 минут?";
    expect((await engine.retrieve(q))?.nothingRead).toBe(true);
    const a = await engine.ask(q);
    expect(a.answered).toBe(false);
    expect(a.notes).toContain("not-found");
    expect((await engine.retrieve("Сколько зарядных станций Казахстан планирует построить?"))?.nothingRead).toBe(false);
  });

  it("quotes the sentence stating a change for a question asking how something changed", async () => {
    const a = await engine.ask("在扶贫上，中国的帮助从什么模式变成了什么模式？");
    expect(a.answered).toBe(true);
    expect(a.hits[0]!.quote).toContain("输血式");
  });

  it("quotes the first or last sentence of a part when the question asks for that sentence", async () => {
    const first = await engine.ask("第二部分第五节的第一句话是什么？");
    expect(first.hits[0]!.quote.startsWith("共同现代化离不开和平稳定的发展环境")).toBe(true);
    const last = await engine.ask("What does the last sentence of the conclusion say?");
    expect(last.hits[0]!.quote).toContain("近15亿人共同绘就");
  });

  it("abstains on off-topic questions", async () => {
    for (const q of ["红烧肉怎么做才好吃？", "Who won the NBA championship in 2023?", "Чем лечить простуду в домашних условиях?"]) {
      const a = await engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.hits).toEqual([]);
      expect(a.notes).toContain("not-found");
      expect(a.unstated, q).toBeUndefined(); // plainly off-topic: nothing "not stated" to name
    }
  });

  it("answers a date question with a sentence stating the date, and abstains when the article gives none", async () => {
    for (const q of ["首届中国—中亚峰会是哪一年在西安举行的？", "When was the first China–Central Asia Summit held?"]) {
      const a = await engine.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.hits[0]!.quote, q).toMatch(/2023\s*年/);
    }
    // The article speaks of both (the centre "落地", the workshops set up) but dates neither.
    // …nor the light rail, whose sentence is quoted with a dated one about e-commerce before it.
    for (const q of ["中国—中亚荒漠化防治合作中心是哪一年成立的？", "鲁班工坊是什么时候在中亚设立的？", "阿斯塔纳轻轨是哪一年正式通车运营的？"]) {
      const a = await engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.notes, q).toContain("not-found");
      expect(a.unstated, q).toBe("date");
    }
  });

  it("answers a question asking for an attribute the article states, and abstains when it never names it", async () => {
    for (const q of ["咸海现在的面积还剩多少？", "What was the area of the Aral Sea in 1960?"]) {
      const a = await engine.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.hits[0]!.quote, q).toMatch(/6\.7\s*万平方公里/);
    }
    // The article speaks of these countries at length but never of their capitals or populations.
    for (const q of ["乌兹别克斯坦的首都叫什么名字？", "吉尔吉斯斯坦有多少人口？", "Какова численность населения Таджикистана?"]) {
      const a = await engine.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.notes, q).toContain("not-found");
    }
    // Where the best sentences speak of the country but not of what was asked, the answer says so.
    for (const q of ["乌兹别克斯坦的首都叫什么名字？", "What is the capital of Turkmenistan?"]) {
      expect((await engine.ask(q)).unstated, q).toBe("detail");
    }
  });

  it("wants every attribute asked stated: a growth in percent of trade is not that of car exports", async () => {
    // The article gives 2024 against 2023 in percent for electric-car exports only.
    await expectRefused(engine, ["By what percentage did China–Central Asia trade grow in 2024 compared with 2023?"], "quantity");
    const cars = await engine.ask("By what percentage did China's electric car exports to Central Asia grow in 2024?");
    expect(cars.answered).toBe(true);
    expect(cars.hits[0]!.quote).toContain("46.5%");
  });

  it("does not give the amount of one kind of energy for another", async () => {
    // The article gives Kazakhstan's wind power (1.2 吉瓦), no solar figure for it.
    await expectRefused(engine, ["哈萨克斯坦目前的光伏发电装机容量有多少吉瓦？", "What is Kazakhstan's installed solar power capacity?"], "detail");
    // China's exports of digital services (中国对中亚…出口) are no figure of its imports.
    await expectRefused(engine, ["Сколько цифровых услуг Китай импортировал из Центральной Азии в 2023 году?"], "detail");
    const wind = await engine.ask("哈萨克斯坦的风电装机量是多少？");
    expect(wind.answered).toBe(true);
    expect(wind.hits[0]!.quote).toContain("1.2 吉瓦");
  });

  it("does not answer yes or no about a country by a sentence about the others", async () => {
    // The article: 中哈、中乌已实现签证互免, Kyrgyzstan and Tajikistan e-visas; never Turkmenistan.
    await expectRefused(engine, ["Is Turkmenistan visa-free with China now?", "中国与土库曼斯坦之间是否已经实行互免签证？"], "other-place");
    const kz = await engine.ask("中国和哈萨克斯坦是否已经互免签证？");
    expect(kz.answered).toBe(true);
    expect(kz.hits[0]!.quote).toContain("签证互免");
  });

  it("says nothing of an edition of an event that the article never names", async () => {
    // The article names the first and second China–Central Asia summits, never a third.
    await expectRefused(
      engine,
      ["第三届中国—中亚峰会在哪办？", "When and where will the third China–Central Asia summit be held?", "Когда пройдёт третий саммит Китай — Центральная Азия?"],
      "detail",
    );
    // The two it names are answered.
    for (const q of ["首届中国—中亚峰会是哪一年举行的？", "What treaty was signed at the second China–Central Asia summit?"]) {
      expect((await engine.ask(q)).answered, q).toBe(true);
    }
    // …but not by a sentence about the other one: its documents are counted only as the first's.
    await expectRefused(engine, ["第二届中国—中亚峰会期间，各方一共签署了多少份合作文件？"], "detail");
  });

  it("says nothing of a declaration named after a place that the article cites none of", async () => {
    // The article cites the Xi'an and Astana declarations; none of Samarkand.
    await expectRefused(
      engine,
      ["撒马尔罕宣言说了什么？", "What does the Samarkand Declaration say?", "Что говорится в Самаркандской декларации?"],
      "detail",
    );
    for (const q of ["What does the Astana Declaration say the Spirit should become?", "西安宣言在能源方面提出了什么？"]) {
      expect((await engine.ask(q)).answered, q).toBe(true);
    }
  });

  it("does not say which came first from a sentence that gives no order", async () => {
    await expectRefused(engine, ["那13个部级合作平台里，最早成立的是哪一个？", "Which Chinese city was the first to launch direct flights to Central Asia?"], "detail");
    const recognised = await engine.ask("After the Soviet Union broke up, was China one of the first to recognize the Central Asian republics?");
    expect(recognised.answered).toBe(true);
    expect(recognised.hits[0]!.quote).toContain("最先承认中亚国家独立");
  });

  it("does not give one person's count of visits for another's", async () => {
    // 9次 are Xi Jinping's visits; Tokayev's are never counted.
    await expectRefused(engine, ["how many times has tokayev visited china since 2013?"], "person");
    // …nor the five presidents', whom the sentence names only in a clause counting nothing (五国元首也频繁到访中国).
    await expectRefused(engine, ["中亚五国的元首这些年一共来中国访问过多少次？", "Сколько раз главы государств Центральной Азии приезжали в Китай с 2013 года?"], "person");
    // …nor when the question quotes Xi's count as context for theirs.
    await expectRefused(engine, ["习近平2013年以来九次到访中亚，那么同一时期中亚五国元首来华访问一共有多少次？"], "person");
    for (const q of [
      "How many times did Xi visit Central Asia?",
      "2013年以来中国领导人访问中亚多少次？",
      "Сколько раз китайский лидер побывал в Центральной Азии после 2013 года?",
      // The clause asking the count names Xi; the heads of state are the claim put before it.
      "说元首往来密切，习近平去中亚到底去了几次？从哪年算起？",
    ]) {
      const answer = await engine.ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.hits[0]!.quote, q).toContain("9次访问中亚");
    }
  });

  it("finds whose speech a quotation is in its footnote", async () => {
    // (The quoted sentence names no person: 习近平 is in its footnote.)
    const answer = await engine.ask(
      "In the section on fair and reasonable modernization, what does the quoted Chinese pledge promise about artificial intelligence and new quality productive forces, and whose speech is the quotation taken from?",
    );
    expect(answer.answered).toBe(true);
    expect(answer.hits[0]!.quote).toContain("培育新质生产力");
    expect(answer.hits[0]!.citations.map((c) => c.text).join(" ")).toContain("习近平");
  });

  it("reads short and spelled-out years as the years they stand for", async () => {
    // The Aral Sea's area is given for 1960 and 2020 only.
    await expectRefused(engine, ["咸海在九零年的面积是多少？", "Какая площадь была у Аральского моря в девяностом году?", "What was the Aral Sea's area in '90?"], "other-year");
    const exports = await engine.ask("24年中国向中亚出口了多少辆电动车？");
    expect(exports.answered).toBe(true);
    expect(exports.hits[0]!.quote).toContain("12.1316万辆");
  });

  it("does not count things in one measure word by a figure in another", async () => {
    // The treaty is named, its articles never counted; 三个全覆盖 is no count of them.
    await expectRefused(engine, ["《永久睦邻友好合作条约》一共包含多少条条款？"], "quantity");
    // Charging stations asked in 座 are counted by the article in 个.
    const stations = await engine.ask("哈萨克斯坦打算在2030年前建多少座充电站？");
    expect(stations.answered).toBe(true);
    expect(stations.hits[0]!.quote).toContain("8000个充电站");
    // …but what is built today is not what the plan will build.
    await expectRefused(engine, ["哈萨克斯坦眼下已经建好的充电站一共有多少座？", "How many EV charging stations does Kazakhstan have today?"], "quantity");
  });

  it("does not name the things a count is of from a sentence stating only the count", async () => {
    await expectRefused(engine, ["中国—中亚机制下的13个部级合作平台具体叫什么名字？", "13个部级平台具体是哪些"], "detail");
    // …but a sentence listing them where it counts them names them.
    await expectQuoted(engine, [["西安直飞的那8座中亚城市分别是哪些？", "等8座中亚城市的直航"]]);
  });

  it("reads what a chat message asks, not the guess or hearsay around it", async () => {
    // The guessed 五千 is no figure asked (a figure the article never states would be refused)…
    await expectQuoted(engine, [
      ["群里有人说哈萨克斯坦过几年要建五千个充电桩，我怀疑记串了。文章里给哈萨克斯坦充电站定的目标是多少个？", "8000个充电站"],
    ]);
    // …and the asking sentence is still checked: what is built today is not what the plan will build.
    await expectRefused(engine, ["我室友说文章里有这个数。哈萨克斯坦眼下已经建好的充电站一共有多少座？"], "quantity");
  });

  it("reads Russian typed in Latin letters as Russian", async () => {
    await expectQuoted(engine, [
      ["Kakie goroda Srednei Azii samye populyarnye u kitaiskih turistov?", "撒马尔罕、塔什干等中亚城市"],
      ["Energeticheskoe sotrudnichestvo — chem ego nazyvaet avtor dlya torgovli Kitaya i Tsentralnoi Azii?", "经贸合作的压舱石"],
    ]);
    const answer = await engine.ask("Kto vyigral chempionat Kazakhstana po futbolu v 2024 godu?");
    expect(answer.language).toBe("ru");
    expect(answer.answered).toBe(false);
  });

  it("says nothing of a union of countries or a country the article never names", async () => {
    await expectRefused(engine, ["和中国—东盟贸易相比，中国与中亚的贸易增长速度是快还是慢？", "作者是如何比较中国—中亚合作与欧盟—中亚合作的？"], "other-place");
    // (CC-CEDICT gives 俄罗斯 and 日本 no kind of place; ICU's region names do.)
    await expectRefused(
      engine,
      // (The Tour de France, a question of 2023 the article names, is refused for France first.)
      ["日本和中亚的贸易额是多少？", "Does the author argue China is more popular than Russia in Central Asia?", "Who won the Tour de France in 2023?", "Утверждает ли автор, что Китай вытесняет Россию из Центральной Азии?"],
      "other-place",
    );
  });

  it("does not give the total a question quotes for the part of it that it asks", async () => {
    // The article states the totals (100 projects, 5 000 亿立方米, 1.2 吉瓦) but no part of them.
    await expectRefused(
      engine,
      [
        "How many of the 100 “small and beautiful” projects announced in Tianjin will go to Kazakhstan?",
        "Of the more than 500 billion cubic metres of gas sent through the pipeline, how much came from Turkmenistan?",
        "Какую часть из 1,2 ГВт ветроэнергетики Казахстана построили китайские компании?",
      ],
      "quantity",
    );
    // The refusal shows where the article speaks of it (the 100 projects), as no answer.
    const refused = await engine.ask("How many of the 100 “small and beautiful” projects announced in Tianjin will go to Kazakhstan?");
    expect(refused.hits).toEqual([]);
    expect(refused.related?.[0]?.quote).toContain("100个“小而美”民生项目");
    // A part the article gives is answered: of the 1 201 亿 in contracts, 756 亿 completed.
    await expectQuoted(engine, [["Of the contracts worth 120.1 billion dollars signed by April 2025, how much work was completed?", "756 亿美元"]]);
  });

  it("does not give the figure a question quotes as context for the amount it asks next", async () => {
    await expectRefused(engine, ["哈萨克斯坦风电装机量是1.2吉瓦，那塔吉克斯坦的风电装机量是多少？"], "quantity");
    // Unless the question offers it as one of its alternatives, checks it, or the sentence gives
    // the amount in words (两年来).
    await expectQuoted(engine, [
      ["那13个部级合作平台，到写文章时已经运行了多长时间？", "两年来"],
      ["13个部级平台还是15个？我记不清了", "13 个部级合作平台"],
    ]);
  });

  it("takes the date a source question asks for from the quoted sentence's footnote", async () => {
    // The sentence dates nothing; its footnote gives the paper's date (《人民日报》2023 年 5 月 20 日).
    await expectQuoted(engine, [["西安宣言里中亚国家对三大全球倡议的评价，登在哪天的报纸上？", "全球发展倡议"]]);
    const a = await engine.ask("西安宣言里中亚国家对三大全球倡议的评价，登在哪天的报纸上？");
    expect(a.hits[0]!.citations.map((c) => c.text).join(" ")).toMatch(/人民日报.*2023/);
  });

  it("takes the year a source question names for its document from the footnote, not as a year asked", async () => {
    // The statement's title has no year; its footnote does (《人民日报》2022 年 1 月 26 日).
    const q = "the 2022 joint statement for 30 years of diplomatic ties: what partnership do the six countries want? and what date was it in people's daily?";
    await expectQuoted(engine, [[q, "友谊持久的战略伙伴关系"]]);
    // Without the source asked, a year the sentences do not state is still refused.
    await expectRefused(engine, ["How much did China–Central Asia trade grow in 2019?"]);
  });

  it("quotes the sentence after the best one when the question asks what else besides what it names", async () => {
    const a = await engine.ask("What has China done in education in Central Asia besides the Luban workshops?");
    expect(a.hits[0]?.quote).toContain("鲁班工坊");
    expect(a.hits[0]?.quote).toContain("孔子学院");
  });

  it("meets a figure quoted in another language with another magnitude word (3–5 тысяч = 3 000~5 000)", async () => {
    await expectQuoted(engine, [
      ["На какой источник ссылаются авторы, когда пишут про 3–5 тысяч китайских госстипендий в год?", "奖学金名额"],
      ["Where does the figure of more than 17 billion dollars of Chinese direct investment come from?", "170 亿美元"],
    ]);
  });

  it("says a month, a day, a dynasty or a count of times is not given when the best sentence lacks it", async () => {
    // The article dates the address by its year only: the answer says no date is given.
    await expectRefused(engine, ["В каком месяце 2025 года Токаев выступил с посланием народу Казахстана?"], "date");
    await expectRefused(engine, ["鲁班工坊的“鲁班”是哪个朝代的人？"], "detail");
    await expectRefused(engine, ["张骞前后一共出使过几次西域？"], "quantity");
    // An era answers "when" but not "which year".
    await expectRefused(engine, ["冼星海和拜卡达莫夫是哪一年结下友谊的？"], "date");
    await expectQuoted(engine, [
      ["习近平是哪一天发表关于“中国—中亚精神”的主旨发言的？", "2025年6月17日"],
      // "day" is carried to 日益 and to 中都 (a place in CC-CEDICT): no place the question is about.
      ["On what day did Xi give his keynote speech at the second China-Central Asia summit?", "2025年6月17日"],
      ["玄奘西行是在哪个朝代？", "唐朝玄奘"],
      ["How many times has Xi Jinping visited Central Asia?", "9次"],
      ["When did Xian Xinghai and Baikadamov become friends?", "二战时期"],
    ]);
    // Which of the nine visits is not told by the count of them.
    await expectRefused(engine, ["习近平主席第九次访问中亚去的是哪个国家？", "In which year did Xi Jinping first visit Central Asia as president?"], "detail");
  });

  it("answers how many links or networks there are with the sentence that lists them", async () => {
    await expectQuoted(engine, [
      ["How many links does the full-chain framework of China–Turkmenistan natural gas cooperation cover?", "生产、运输、贸易、金融及工程服务"],
      ["Сколько магистральных транспортных сетей охватывает сотрудничество сторон в умной логистике?", "三大主干网络"],
    ]);
  });

  it("says at which meeting something was proposed only from a sentence naming one", async () => {
    await expectRefused(engine, ["共建“绿色丝绸之路”倡议是在哪次会议上正式提出来的？"], "detail");
    await expectQuoted(engine, [["习近平在什么场合提出中国—中亚精神？", "在第二届中国—中亚峰会上发表"]]);
  });

  it("says the article does not give a figure for the year asked when its sentence gives other years", async () => {
    await expectRefused(
      engine,
      [
        "1995年中国和中亚的贸易额是多少？",
        "What was the area of the Aral Sea in 1990?",
        "Какой была площадь Аральского моря в 2010 году?",
        // Not a figure, a date or a place: still nothing the article says of 2010.
        "What did China and Central Asia agree on in 2010?",
        // Whether something happened in a year is asked of that year.
        "Did Xi Jinping visit Turkmenistan in 2024?",
        // 2025 stands only in a title there (《国家工业创新发展战略 2025》).
        "How many electric vehicles did China export to Central Asia in the first half of 2025?",
        // A year the best sentence only compares with (与2023年相比) is no year it gives a figure for.
        "2023年中国跟中亚的双边贸易额是多少来着",
        // Every year a figure is asked of: 2023 against 2022 is not 2024 against 2023.
        "By what percentage did China's electric vehicle exports to Central Asia grow in 2023 compared with 2022?",
      ],
      "other-year",
    );
    // The same figures asked for the years the article gives are answered.
    await expectQuoted(engine, [
      ["2024年中国和中亚的贸易额是多少？", "948"],
      ["What was the area of the Aral Sea in 2020?", "6000"],
      ["How much did the Aral Sea shrink between 1960 and 2020?", "6.7万平方公里"],
      ["2024年中国向中亚出口的电动车数量比2023年增长了多少？", "46.5%"],
      // A year that names a document the sentence writes with it in the title (《…战略 2025》).
      ["哈萨克斯坦面向2025年的那份工业创新规划，把哪两样东西列为重点？", "充电设备"],
      // A claim to check names its own year: the sentence's year corrects it.
      ["Рынок умного сельского хозяйства Центральной Азии превысит 3 млрд долларов к 2030 году — верно?", "30 亿美元"],
      // The question quotes the sentence's own figures beside a wrong year (2024, 1960 in the article).
      ["中国同中亚的贸易额，1992年才4.64亿美元，到2023年948亿美元，涨了多少倍？", "增长超过了 200 倍"],
      ["В 1975 году Аральское море занимало 67 тыс. км² — а до какой площади оно потом уменьшилось?", "6000平方公里"],
    ]);
    // A year with no quoted figure beside it is still asked, and so is a plan's year.
    await expectRefused(engine, ["跨境电商那个95%是2022年的，那2023年两边跨境电商又涨了多少？", "kazakhstan wind capacity is 1.2 GW now - what's their target for 2035?"], "other-year");
  });

  it("never repeats a sentence across hits and honours maxHits", async () => {
    const a = await engine.ask("互信", { maxHits: 4 });
    expect(a.hits.length).toBeLessThanOrEqual(4);
    const ids = a.hits.flatMap((h) => h.sentenceIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives clear answers to bad input, never throwing", async () => {
    const empty = await engine.ask("   ");
    expect(empty).toMatchObject({ answered: false, hits: [], notes: ["empty"] });
    expect((await engine.ask("🙂🙂？！")).notes).toContain("empty");
    const long = await engine.ask("中国与中亚的天然气合作".repeat(1000));
    expect(long.notes).toContain("truncated");
    const control = await engine.ask("互信\u0000\u0007是什么\u001b");
    expect(control.question).not.toMatch(/[\u0000-\u001f]/);
    const mixed = await engine.ask("中亚 natural gas газ 管道?");
    expect(["zh", "en", "ru"]).toContain(mixed.language);
  });

  it("answers who wrote the article from its front matter, and leaves 'what do the authors say' to retrieval", async () => {
    for (const q of ["这篇文章的作者是谁？", "Who wrote this article?", "Кто автор статьи?"]) {
      const a = await engine.ask(q);
      expect(a.answered).toBe(true);
      expect(a.hits.some((h) => h.section === "作者简介" && h.quote.includes("裴长洪"))).toBe(true);
      expect(a.hits.every((h) => h.sentenceIds.length === 0)).toBe(true);
    }
    const english = await engine.ask("Who wrote this article?");
    expect(english.hits[0]!.quote).toContain("Pei Changhong");
    const opinion = await engine.ask("What do the authors say the two sides should keep making bigger?");
    expect(opinion.hits.every((h) => h.sentenceIds.length > 0)).toBe(true);
  });

  it("refuses to take the front matter for what it does not print, and shows it as related", async () => {
    const a = await engine.ask("这篇文章挂的那个基金项目，是哪一年立项的？");
    expect(a.answered).toBe(false);
    expect(a.unstated).toBe("date");
    expect(a.related?.[0]?.quote).toContain("跨里海运输新通道");
    const funded = await engine.ask("这篇文章是哪个基金项目资助的？");
    expect(funded.answered).toBe(true);
    expect(funded.hits[0]!.quote).toContain("24TDYJY001");
  });

  it("answers a pasted multiple-choice item from its stem: the distractors' places and terms refuse nothing", async () => {
    const a = await engine.ask(
      "单选：文章说，中亚国家为什么纷纷制定绿色发展战略？\nA. 应对全球气候变化、优化产业结构\nB. 申办莫斯科的国际体育赛事\nC. 加入欧盟碳市场",
    );
    expect(a.answered).toBe(true);
    expect(a.hits[0]!.quote).toContain("中亚国家纷纷制定绿色发展战略");
  });

  it("refuses a multiple-choice item none of whose figures or places the best sentences state", async () => {
    const figures = await engine.ask("中国—中亚天然气管道D线建成后的设计年输气能力是多少？ ①200亿立方米 ②300亿立方米 ③400亿立方米");
    expect(figures.answered).toBe(false);
    expect(figures.unstated).toBe("quantity");
    const stated = await engine.ask("中亚天然气管道累计向中国输送了多少天然气？ A. 超过500亿立方米 B. 超过5000亿立方米 C. 超过8000亿立方米");
    expect(stated.answered).toBe(true);
    expect(stated.hits[0]!.quote).toContain("5 000 亿立方米");
    const places = await engine.ask("中亚的鲁班工坊最早建在哪个国家？ A. 塔吉克斯坦 B. 哈萨克斯坦 C. 吉尔吉斯斯坦");
    expect(places.answered).toBe(false);
    expect(places.unstated).toBe("place");
  });

  it("looks up sentences, paragraphs and section openings", () => {
    const doc = engine.documents[0]!;
    const s = doc.sentences.find((x) => x.kind === "body")!;
    expect(engine.sentence(s.id)).toBe(s);
    expect(engine.paragraphOf(s.id)!.sentenceIds).toContain(s.id);
    const opening = engine.sectionOpening(doc.id, "s1", 2);
    expect(opening).toHaveLength(2);
    expect(opening.every((x) => x.sectionId.startsWith("s1"))).toBe(true);
    expect(engine.sectionOpening("no-such-doc", "s1")).toEqual([]);
    expect(engine.sentence("nope")).toBeUndefined();
  });
});

describe("StudyEngine when the core fails (real index, question embedder rejecting)", () => {
  const log = capturingLogger("warn");
  let broken: StudyEngine;
  beforeAll(async () => {
    broken = await failingEngine(log.logger);
  });
  afterAll(async () => {
    await broken?.close();
  });

  it("resolves with a failed answer, not an abstention, and logs the error with the question", async () => {
    const question = "中亚天然气管道累计向中国输送了多少天然气？";
    const a = await broken.ask(question);
    expect(a).toMatchObject({ question, language: "zh", answered: false, hits: [] });
    expect(a.notes).toContain("failed");
    expect(a.notes).not.toContain("not-found");
    const lines = log.lines.map((l) => JSON.parse(l) as { level: number; msg: string; question?: string; err?: { message?: string } });
    const line = lines.find((l) => l.msg === "question failed" && l.question === question);
    expect(line, log.text()).toBeDefined();
    expect(line!.level).toBe(50); // pino's error level
    expect(line!.err?.message).toBe(EMBED_FAULT);
  });

  it("keeps the other notes and the language; a question with nothing to search never reaches the fault", async () => {
    const long = await broken.ask("How much natural gas has the pipeline delivered? ".repeat(40));
    expect(long.language).toBe("en");
    expect(long.notes).toEqual(expect.arrayContaining(["truncated", "failed"]));
    expect(long.notes).not.toContain("not-found");
    const empty = await broken.ask("🙂？！");
    expect(empty.notes).toEqual(["empty"]);
  });
});
