import { describe, expect, it } from "vitest";
import { detectLanguage, langFromHint } from "../src/language.js";

describe("detectLanguage", () => {
  it("recognises the three scripts", () => {
    expect(detectLanguage("互信是什么?")).toBe("zh");
    expect(detectLanguage("What is mutual trust?")).toBe("en");
    expect(detectLanguage("Что такое взаимное доверие?")).toBe("ru");
  });
  it("prefers Chinese when a Chinese question quotes a Latin name", () => {
    expect(detectLanguage("中国在5G和AI方面有什么优势?")).toBe("zh");
  });
  it("lets the hint decide when there are no letters", () => {
    expect(detectLanguage("2025?", "ru")).toBe("ru");
    expect(detectLanguage("🙂", "en-US")).toBe("en");
    expect(detectLanguage("???")).toBe("zh");
  });
  it("reads Telegram language codes", () => {
    expect(langFromHint("zh-hans")).toBe("zh");
    expect(langFromHint("ru")).toBe("ru");
    expect(langFromHint("de")).toBeUndefined();
    expect(langFromHint(undefined)).toBeUndefined();
  });
});
