import { describe, expect, it } from "vitest";
import { chooseUiLanguage } from "../src/ui-language.js";

describe("chooseUiLanguage", () => {
  it("follows the question's script over the user's language_code", () => {
    expect(chooseUiLanguage("什么是互信?", "en")).toBe("zh");
    expect(chooseUiLanguage("What is mutual trust?", "zh-hans")).toBe("en");
    expect(chooseUiLanguage("Что такое взаимное доверие?", "en")).toBe("ru");
  });
  it("keeps Chinese for a Chinese question with a few Latin letters", () => {
    expect(chooseUiLanguage("中国与中亚的GDP合作如何?", "ru")).toBe("zh");
  });
  it("uses language_code when the text has no letters (commands, numbers)", () => {
    expect(chooseUiLanguage(undefined, "ru")).toBe("ru");
    expect(chooseUiLanguage("", "zh-hans")).toBe("zh");
    expect(chooseUiLanguage("2023 ?", "en-US")).toBe("en");
    expect(chooseUiLanguage(undefined, "kk")).toBe("ru");
  });
  it("gives English to users whose language we do not speak, Chinese with no information", () => {
    expect(chooseUiLanguage(undefined, "de")).toBe("en");
    expect(chooseUiLanguage(undefined, undefined)).toBe("zh");
  });
});
