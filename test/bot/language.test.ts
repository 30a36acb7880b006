import { describe, expect, it } from "vitest";
import { checkQuestion } from "../../src/bot/input.js";
import { chooseLanguage, languageFromCode, parseLanguageArgument } from "../../src/bot/language.js";
import { detectLanguage } from "../../src/text/lang.js";

describe("language choice", () => {
  it("detects the script of a message with the one detector the pipeline uses too", () => {
    expect(detectLanguage("ماذا قال لافروف عن سوريا؟")).toBe("ar");
    expect(detectLanguage("What did Lavrov say?")).toBe("en");
    expect(detectLanguage("What did لافروف say about Syria?")).toBe("en");
    expect(detectLanguage("ماذا قال Lavrov؟")).toBe("ar");
    expect(detectLanguage("ماذا قال Sergey Lavrov؟")).toBe("ar");
    expect(chooseLanguage({ text: "😀 123 ?" })).toBe("en");
  });

  it("maps Telegram language codes", () => {
    expect(languageFromCode("ar")).toBe("ar");
    expect(languageFromCode("ar-EG")).toBe("ar");
    expect(languageFromCode("en-US")).toBe("en");
    expect(languageFromCode("fr")).toBeUndefined();
    expect(languageFromCode(undefined)).toBeUndefined();
  });

  it("prefers the /lang choice, then language_code, then the message, then English", () => {
    expect(chooseLanguage({ override: "en", languageCode: "ar", text: "مرحبا" })).toBe("en");
    expect(chooseLanguage({ languageCode: "ar", text: "hello" })).toBe("ar");
    expect(chooseLanguage({ languageCode: "fr", text: "مرحبا" })).toBe("ar");
    expect(chooseLanguage({ text: "hello" })).toBe("en");
    expect(chooseLanguage({ text: "👍" })).toBe("en");
    expect(chooseLanguage({})).toBe("en");
  });

  it("parses /lang arguments in both languages", () => {
    expect(parseLanguageArgument("AR")).toBe("ar");
    expect(parseLanguageArgument("العربية")).toBe("ar");
    expect(parseLanguageArgument(" english ")).toBe("en");
    expect(parseLanguageArgument("fr")).toBeUndefined();
    expect(parseLanguageArgument("")).toBeUndefined();
  });
});

describe("checkQuestion", () => {
  it("accepts a question and normalises whitespace", () => {
    expect(checkQuestion("  What   about\nSyria? ")).toEqual({ kind: "ok", text: "What about Syria?" });
  });

  it("rejects empty and whitespace-only text", () => {
    expect(checkQuestion("")).toEqual({ kind: "empty" });
    expect(checkQuestion(" \n\t ")).toEqual({ kind: "empty" });
    expect(checkQuestion("\u202E\u2066\u200B")).toEqual({ kind: "empty" });
  });

  it("rejects text without words (emoji, punctuation)", () => {
    expect(checkQuestion("😀👍🏽")).toEqual({ kind: "no_words" });
    expect(checkQuestion("??? !!!")).toEqual({ kind: "no_words" });
  });

  it("removes RTL/LTR overrides but keeps the words", () => {
    expect(checkQuestion("\u202Eairys tuoba tahw\u202C")).toEqual({ kind: "ok", text: "airys tuoba tahw" });
    expect(checkQuestion("\u202Bسوريا\u202C")).toEqual({ kind: "ok", text: "سوريا" });
  });

  it("keeps HTML and Markdown look-alikes as plain text", () => {
    expect(checkQuestion("<b>Syria</b> *bold* [x](y)")).toEqual({
      kind: "ok",
      text: "<b>Syria</b> *bold* [x](y)",
    });
  });

  it("reports a question that is too long, counting characters not UTF-16 units", () => {
    expect(checkQuestion("س".repeat(4000))).toEqual({ kind: "too_long", length: 4000, max: 1000 });
    expect(checkQuestion("😀a".repeat(600), 1000)).toEqual({ kind: "too_long", length: 1200, max: 1000 });
    expect(checkQuestion("a".repeat(1000))).toMatchObject({ kind: "ok" });
  });
});
