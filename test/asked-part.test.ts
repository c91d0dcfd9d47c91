import { describe, expect, it } from "vitest";
import { askedPart, asksIn } from "../src/asked-part.js";

describe("asksIn", () => {
  it("reads question marks, question words and requests in three languages", () => {
    for (const s of ["截止哪一年", "麻烦注明出处。", "Which ones?", "Is that right", "please cite the source", "Назовите источник.", "Почему так"]) {
      expect(asksIn(s), s).toBe(true);
    }
  });

  it("does not read telling sentences, hearsay or 'someone' as asking", () => {
    for (const s of ["群里有人说要建五千个充电桩，我怀疑记串了。", "My roommate insists it only talks about terrorism.", "Кто-то сказал «из-за общей границы».", "Сосед сказал, что там только терроризм.", "哪怕只是一个猜测。", "Energy cooperation is fossil fuels only."]) {
      expect(asksIn(s), s).toBe(false);
    }
  });
});

describe("askedPart", () => {
  it("leaves out hearsay, guesses and the asker's own talk around the question", () => {
    expect(askedPart("群里有人说哈萨克斯坦打算建五千个充电桩，我怀疑记串了。文章里给充电站定的目标是多少个？")).toBe("文章里给充电站定的目标是多少个？");
    expect(askedPart("Почему у Китая и ЦА такой простор для сотрудничества? Кто-то сказал «из-за общей границы», но по-моему акцент на другом.")).toBe(
      "Почему у Китая и ЦА такой простор для сотрудничества?",
    );
    expect(askedPart("My roommate insists it is 5 GW. What capacity does the article give for the Bukhara wind farm?")).toBe(
      "What capacity does the article give for the Bukhara wind farm?",
    );
  });

  it("keeps the talk an asking sentence points back to (这篇, 该, this, этот), not one it only recalls (那份)", () => {
    expect(askedPart("我在准备课堂展示，文章开头引了习主席在第二届峰会上的讲话。我想确认一下，这篇讲话是哪天发表的？谢谢！")).toBe(
      "我在准备课堂展示，文章开头引了习主席在第二届峰会上的讲话。 我想确认一下，这篇讲话是哪天发表的？ 谢谢！",
    );
    const centre = "My teacher said the article mentions a joint desertification centre. When did this centre open?";
    expect(askedPart(centre)).toBe(centre);
    expect(askedPart("群里有人说要建五千个充电桩，我怀疑记串了。文章里那份战略定的目标是多少个？")).toBe("文章里那份战略定的目标是多少个？");
  });

  it("keeps a telling sentence that says what the question is about", () => {
    const message = "Under 'mutual benefit', the authors number off four areas of achievement. What are they?";
    expect(askedPart(message)).toBe(message);
  });

  it("keeps what the article is told to say, and the talk a short question only checks", () => {
    const says = "The English abstract says the common modernization has something universal. What else does it say about it?";
    expect(askedPart(says)).toBe(says);
    const check = "My notes say the article puts trust first and has respect growing out of it. Is that right?";
    expect(askedPart(check)).toBe(check);
  });

  it("keeps the whole message when it is one sentence, or when nothing in it asks", () => {
    expect(askedPart("中亚天然气管道累计输气量是多少？")).toBe("中亚天然气管道累计输气量是多少？");
    expect(askedPart("我记得是5000亿立方米。我怀疑记错了。")).toBe("我记得是5000亿立方米。我怀疑记错了。");
  });
});
