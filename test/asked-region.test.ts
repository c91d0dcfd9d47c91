import { describe, expect, it } from "vitest";
import { askedRegion, crossesPage, pointsAtPageBreak, regionSentenceIds, titleScore, withoutPointers, type Region } from "../src/asked-region.js";
import { loadCorpus } from "../src/corpus.js";

const [doc] = await loadCorpus("corpus");
const sentences = doc!.sentences;
const region = (q: string) => askedRegion(q)?.region;

describe("askedRegion", () => {
  it("knows where a question says it is reading, in each language", () => {
    const cases: [string, Region][] = [
      ["结语部分说双方要把什么做大？", "conclusion"],
      ["文章最后一段提到了哪些“通”？", "conclusion"],
      ["What do the authors hope for in the conclusion?", "conclusion"],
      ["In the closing paragraph, which image ends the article?", "conclusion"],
      ["Что говорится в заключении о будущем сотрудничества?", "conclusion"],
      ["Какой фразой открывается заключение статьи?", "conclusion"],
      ["О чём введение к статье?", "introduction"],
      ["引言里提到的讲话是哪一天发表的？", "introduction"],
      ["According to the introduction, when was the speech given?", "introduction"],
      ["Что сказано во введении о речи Си Цзиньпина?", "introduction"],
      ["内容提要把互信定位为什么？", "summary-zh"],
      ["What does the Chinese summary call mutual trust?", "summary-zh"],
      ["According to the English abstract, what do the five principles provide?", "abstract-en"],
      ["What does the summary say about the four mutuals?", "summary"],
      ["Что говорится в аннотации о взаимном доверии?", "summary"],
      ["第二部分讲了共同现代化的哪些特征？", "part-2"],
      ["What does part three of the article cover?", "part-3"],
      ["О чём третья часть статьи?", "part-3"],
    ];
    for (const [q, expected] of cases) expect([q, region(q)]).toEqual([q, expected]);
  });

  it("takes the end of the introduction for the introduction, and the end of a section for no conclusion", () => {
    expect(region("引言结尾说双方最后要为哪个宏大目标出力？")).toBe("introduction");
    expect(askedRegion("引言结尾说双方最后要为哪个宏大目标出力？")?.cue).toBe("引言结尾");
    expect(region("文旅合作这一节末尾说了什么？")).not.toBe("conclusion");
    expect(region("文章结尾说了什么？")).toBe("conclusion");
  });

  it("says when a question points at a region's start or end, but not for the conclusion itself", () => {
    expect(askedRegion("第二部分一开头说中国走的这条现代化道路破除了一个什么误区")?.position).toBe("start");
    expect(askedRegion("第二部分开头说咱们的现代化道路破除了哪种误解？")?.position).toBe("start");
    expect(askedRegion("引言结尾说双方最后要为哪个宏大目标出力？")?.position).toBe("end");
    expect(askedRegion("At the start of part three, in which fields is the potential huge?")?.position).toBe("start");
    expect(askedRegion("At the end of the introduction, what goal is named?")?.position).toBe("end");
    expect(askedRegion("文章结尾说了什么？")?.position).toBeUndefined();
    expect(askedRegion("In the conclusion, what should grow?")?.position).toBeUndefined();
    expect(askedRegion("第二部分讲了什么？")?.position).toBeUndefined();
  });

  it("takes the start of the conclusion as the conclusion (结尾开头)", () => {
    expect(region("文章结尾开头用了哪句话？")).toBe("conclusion");
  });

  it("returns the words that point, so the search can leave them out", () => {
    const q = "In the conclusion, what should keep growing bigger?";
    const asked = askedRegion(q)!;
    expect(q).toContain(asked.cue);
    expect(q.replace(asked.cue, " ")).not.toMatch(/conclusion/i);
  });

  it("finds no region in questions that name none", () => {
    for (const q of [
      "中国和中亚的贸易额增长了多少倍？",
      "How long is the border between China and Central Asia?",
      "Какие проекты в области зелёной энергетики упоминаются?",
      "双方在哪些方面开展了合作？",
      // The same words about something else: a summary of a match, a treaty being concluded,
      // a visa regime being introduced.
      "Give me a summary of the football match.",
      "What is the conclusion of the Paris Agreement?",
      "Write an abstract for my essay.",
      "Когда было заключение договора о дружбе?",
      "Когда было введение визового режима?",
    ]) {
      expect([q, region(q)]).toEqual([q, undefined]);
    }
  });
});

describe("askedRegion: a section named by its topic", () => {
  it("reads 'the section on X', 'X这一部分', 'в разделе о X' and gives the topic", () => {
    const cases: [string, string][] = [
      ["In the section on green cooperation, which projects are mentioned?", "green cooperation"],
      ["What does the digital cooperation section say about e-commerce?", "digital cooperation"],
      ["在绿色合作这一部分，作者提到了哪些项目？", "绿色合作"],
      ["数字合作部分说了什么？", "数字合作"],
      ["In the section on people-centred modernization, who benefits?", "people-centred modernization"],
      ["Что говорится в разделе о культуре и туризме?", "культуре и туризме"],
      ["Какой вывод делают авторы в конце раздела о цифровом сотрудничестве?", "цифровом сотрудничестве"],
      // A chat's pointers: X那节 / 这节, X那块.
      ["和平安全那节开头第一句话，原文发我一下", "和平安全"],
      ["咸海那块，文里给的面积数谁给的？", "咸海"],
      ["文章在“互助”一节开头引用了一句俗话，这句俗话是什么？", "互助"],
      ["tourism bit: the 'two-way rush' sentence is cut by a page break, can u quote it", "tourism"],
      ["in the bit about fair/reasonable modernization, how are they supposed to work together?", "fair/reasonable modernization"],
    ];
    for (const [q, topic] of cases) {
      const asked = askedRegion(q);
      expect([q, asked?.region]).toEqual([q, "titled"]);
      expect(asked!.topic).toContain(topic);
      expect(asked!.cue).toBe("");
    }
  });

  it("reads no titled section in 第一节 / 上一节 (a numbered or neighbouring one)", () => {
    expect(askedRegion("作者在上一节说了什么？")?.region).not.toBe("titled");
    expect(askedRegion("文章同一节里还提到哪些国家？")?.region).not.toBe("titled");
  });

  it("reads a numbered subsection: 三(二), 第三部分第二节, 'section 2(1)', 'раздел 3.2'", () => {
    const cases: [string, string][] = [
      ["三(二)里提“数字国家”目标的是哪位总统？", "section:s3.2"],
      ["三（三）开头说两边在哪几块绿色合作上有基础？", "section:s3.3"],
      ["第二部分第五节讲了什么？", "section:s2.5"],
      ["In section 2(1) on fair and reasonable modernization, how will they push forward?", "section:s2.1"],
      ["What does part 3.4 say about tourism?", "section:s3.4"],
      ["Что сказано в разделе 1.2?", "section:s1.2"],
    ];
    for (const [q, region] of cases) expect([q, askedRegion(q)?.region]).toEqual([q, region]);
    expect(askedRegion("三(三)开头说两边在哪几块绿色合作上有基础？")?.position).toBe("start");
    expect(askedRegion("intro, xi's quote: where did the spirit come from?")?.region).toBe("introduction");
    // "start of part 3:" (no "at the"), в начале / в конце.
    expect(askedRegion("start of part 3: why is the potential so big?")).toMatchObject({ region: "part-3", position: "start" });
    expect(askedRegion("В начале третьей части что говорится о ресурсах?")).toMatchObject({ region: "part-3", position: "start" });
    expect(askedRegion("в конце раздела о культуре и туризме какой вывод?")?.position).toBe("end");
    expect(askedRegion("结论里那块“蛋糕”是个比喻，比的是什么？")?.region).toBe("conclusion");
    // The first or last sentence itself.
    expect(askedRegion("和平安全那节开头第一句话，原文发我一下")).toMatchObject({ region: "titled", position: "start", sentence: true });
    expect(askedRegion("What is the last sentence of the conclusion?")).toMatchObject({ region: "conclusion", position: "end", sentence: true });
    expect(askedRegion("第二部分一开头讲了什么？")?.sentence).toBeUndefined();
    // The words that point are left out of the search, "第一句话" too.
    const q = "第二部分第五节的第一句话是什么？";
    expect(withoutPointers(q, askedRegion(q))).not.toMatch(/第五节|第一句/);
    // A line of the text is a sentence ("which line says"), not Line D or a border line.
    expect(withoutPointers("which line says big plans need peace around them?", undefined)).not.toMatch(/\bline\b/);
    expect(withoutPointers("Quote the line that mentions Kaspi.", undefined)).not.toMatch(/\bline\b/);
    expect(withoutPointers("What is the capacity of Line D of the pipeline?", undefined)).toMatch(/Line D/);
    expect(withoutPointers("How long is the border line between them?", undefined)).toMatch(/border line/);
    // "这块" is a topic ("this area of cooperation"), not a place in the text.
    expect(askedRegion("数字和绿色产业这块的合作现在势头如何？")).toBeUndefined();
  });

  it("is not fooled by 组成部分, 一部分, 大部分", () => {
    for (const q of ["这是双方合作的重要组成部分吗？", "其中一部分资金来自哪里？", "大部分留学生回国后做什么？"]) {
      expect([q, askedRegion(q)]).toEqual([q, undefined]);
    }
  });

  it("scores a title by the weights of the topic's tokens it holds", () => {
    expect(titleScore(["绿色", "合作", "根基"], new Set(["绿色", "合作"]), (t) => (t === "绿色" ? 2 : 0.5))).toBe(2.5);
    expect(titleScore(["数字", "合作"], new Set(["绿色"]), () => 1)).toBe(0);
  });
});

describe("regionSentenceIds on the real article", () => {
  const textsOf = (r: Region) => {
    const ids = new Set(regionSentenceIds(sentences, r));
    return sentences.filter((s) => ids.has(s.id));
  };

  it("takes the last body paragraph as the conclusion (the article has no 结语 heading)", () => {
    const conclusion = textsOf("conclusion");
    expect(conclusion.some((s) => s.plain.startsWith("大道如砥"))).toBe(true);
    expect(conclusion.some((s) => s.plain.includes("近15亿人"))).toBe(true);
    expect(new Set(conclusion.map((s) => s.paragraphId)).size).toBe(1);
    const lastBody = sentences.filter((s) => s.kind === "body").at(-1)!;
    expect(conclusion.at(-1)!.id).toBe(lastBody.id);
    // The paragraph before it (still in 三(四)) is not the conclusion.
    expect(conclusion.length).toBeLessThan(sentences.filter((s) => s.sectionId === lastBody.sectionId).length);
  });

  it("takes the 引言 section as the introduction, and the abstracts by their kind", () => {
    const intro = textsOf("introduction");
    expect(intro.length).toBeGreaterThan(0);
    for (const s of intro) expect(s.section[0]).toMatch(/引言/);
    expect(textsOf("summary-zh").map((s) => s.kind)).toEqual(sentences.filter((s) => s.kind === "abstract-zh").map((s) => s.kind));
    expect(textsOf("abstract-en").every((s) => s.kind === "abstract-en")).toBe(true);
    expect(textsOf("summary").length).toBe(textsOf("summary-zh").length + textsOf("abstract-en").length);
  });

  it("takes a numbered part by its numbering, and nothing for a part the article lacks", () => {
    const part2 = textsOf("part-2");
    expect(part2.length).toBeGreaterThan(20);
    for (const s of part2) expect(s.section[0]).toMatch(/^二/);
    expect(textsOf("part-6")).toEqual([]);
  });

  it("leaves the untitled conclusion out of the last section and part", () => {
    const conclusion = new Set(textsOf("conclusion").map((s) => s.id));
    expect(conclusion.size).toBeGreaterThan(0);
    for (const region of ["section:s3.4", "section:s3", "part-3"] as Region[]) {
      const ids = textsOf(region).map((s) => s.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => conclusion.has(id))).toEqual([]);
    }
  });

  it("takes a section with its subsections", () => {
    const s3 = textsOf("section:s3");
    expect(s3.some((s) => s.sectionId === "s3.4")).toBe(true);
    expect(s3.every((s) => s.sectionId === "s3" || s.sectionId.startsWith("s3."))).toBe(true);
    expect(textsOf("section:s3.3").every((s) => s.sectionId === "s3.3")).toBe(true);
  });
});

describe("a question pointing at a page break", () => {
  it("knows 'this sentence is cut by a page break' in each language, and leaves those words out of the search", () => {
    for (const q of [
      "和平安全那节，中亚各国搞长远规划最终想实现啥？那句话在分页的地方断开了",
      "三(二)智慧物流那句被分页切成两半了，谁帮我把整句原文拼出来",
      "文旅那節跨頁那句：中國遊客去中亞，到底是被那邊的啥吸引的？",
      "tourism bit: the 'two-way rush' sentence is cut by a page break, can u quote the whole sentence",
      "How will they work together? (The sentence runs over a page break.)",
      "Что он дал? (Предложение разорвано переносом страницы.)",
      "В части про модернизацию фраза рвётся на новой странице: какими шагами?",
    ]) {
      expect(pointsAtPageBreak(q), q).toBe(true);
      expect(pointsAtPageBreak(withoutPointers(q, askedRegion(q))), q).toBe(false);
    }
    expect(withoutPointers("这句跨页了：双方靠什么合作？", undefined)).toBe("这句 ：双方靠什么合作？");
  });

  it("is not fooled by pages, breaks and cuts that are no page break", () => {
    for (const q of ["What does the article say about breaking barriers?", "负面清单缩减到了多少项？", "文章一共有几页？", "Сколько страниц в статье?", "Which page is the summit on?"]) {
      expect(pointsAtPageBreak(q), q).toBe(false);
    }
  });

  it("finds the article's sentences joined across a page break: one per repaired break", () => {
    const cut = sentences.filter(crossesPage);
    expect(cut.length).toBe(doc!.pageBreakJoins);
    expect(cut.some((s) => s.plain.includes("透明、智能和可靠"))).toBe(true);
    expect(cut.some((s) => s.plain.includes("中国—中亚机制实现提"))).toBe(true);
  });
});
