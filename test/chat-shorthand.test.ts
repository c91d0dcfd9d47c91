import { describe, expect, it } from "vitest";
import { expandShorthand } from "../src/chat-shorthand.js";
import { expectQuoted } from "./answer-expect.js";
import { useRealEngine } from "./real-engine.js";

describe("expandShorthand", () => {
  it("writes out chat shorthand, whole words in any case", () => {
    expect(expandShorthand("how r china + the ca countries supposed to work together, acc to the article")).toBe(
      "how are china + the Central Asia countries supposed to work together, according to the article",
    );
    expect(expandShorthand("kz govt plans approx how many stations? source pls")).toBe(
      "Kazakhstan government plans approximately how many stations? source please",
    );
    expect(expandShorthand("e-car cooperation w/ CA, whats new")).toBe("electric car cooperation with Central Asia, what is new");
    expect(expandShorthand("скока стоит билет, чё щас по визам")).toBe("сколько стоит билет, что сейчас по визам");
    expect(expandShorthand("wat kinda coop model, was the 1st summit irl")).toBe("what kind of cooperation model, was the first summit in person");
  });

  it("leaves abbreviations, circa, capital letters, other words and other scripts alone", () => {
    for (const text of ["ca. 300 km", "the U.S. and the U.K.", "R&D spending", "Is R used?", "Kaspi and Canada", "Сколько газа?", "中亚 ca"]) {
      const expected = text === "中亚 ca" ? "中亚 Central Asia" : text;
      expect(expandShorthand(text)).toBe(expected);
    }
  });
});

describe("shorthand questions (real engine)", () => {
  const engine = useRealEngine();
  it("answers a question written in chat shorthand", async () => {
    await expectQuoted(engine, [["e-car cooperation is moving from what to what?", "整车贸易往来向全产业链协同"]]);
  });

  it("refuses a Russian chat question asking a price the article never states", async () => {
    const a = await engine.ask("скока стоит билет на поезд урумчи - алматы?");
    expect(a.answered).toBe(false);
  });
});
