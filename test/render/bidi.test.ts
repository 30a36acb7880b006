import { describe, expect, it } from "vitest";
import { COMMAND_NAMES, strings } from "../../src/render/i18n.js";
import {
  firstStrongDirection,
  isolate,
  LRI,
  LRM,
  PDI,
  RLI,
  RLM,
  startInDirection,
  stripBidiControls,
} from "../../src/render/telegram/bidi.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";

describe("firstStrongDirection", () => {
  it.each([
    ["قال لافروف", "rtl"],
    ["[1] الفقرة 8", "rtl"],
    ["2254 هو رقم القرار", "rtl"],
    ["Lavrov said", "ltr"],
    ["«TASS» تاس", "ltr"],
    ["123 ... !", undefined],
  ])("%s → %s", (text, dir) => {
    expect(firstStrongDirection(text)).toBe(dir);
  });

  it("ignores text inside isolates, as the bidi algorithm does", () => {
    expect(firstStrongDirection(`${LRI}/quote${PDI} الخليج`)).toBe("rtl");
    expect(firstStrongDirection(`${RLI}عربي${PDI} English`)).toBe("ltr");
  });

  it("treats explicit marks as strong", () => {
    expect(firstStrongDirection(`${RLM}Hello`)).toBe("rtl");
    expect(firstStrongDirection(`${LRM}مرحبا`)).toBe("ltr");
  });
});

describe("startInDirection", () => {
  it("prefixes RLM to an Arabic message whose first strong character is Latin", () => {
    const html = "<b>TASS</b> قالت";
    expect(startInDirection(html, "rtl")).toBe(`${RLM}${html}`);
  });

  it("prefixes RLM when an Arabic message has no strong character at the start", () => {
    expect(startInDirection("2254", "rtl")).toBe(`${RLM}2254`);
  });

  it("leaves a message that already starts right alone", () => {
    expect(startInDirection("<b>[1]</b> الفقرة 3", "rtl")).toBe("<b>[1]</b> الفقرة 3");
    expect(startInDirection("Hello <b>عربي</b>", "ltr")).toBe("Hello <b>عربي</b>");
  });

  it("prefixes LRM to an English message that starts with Arabic", () => {
    expect(startInDirection("<i>اللاجئين</i> means refugees", "ltr")).toBe(
      `${LRM}<i>اللاجئين</i> means refugees`,
    );
  });

  it("prefixes LRM to an English message holding only an isolated Arabic passage", () => {
    const html = `<blockquote>${RLI}قال لافروف${PDI}</blockquote>`;
    expect(startInDirection(html, "ltr")).toBe(`${LRM}${html}`);
  });
});

describe("isolates and controls", () => {
  it("wraps with the right isolate", () => {
    expect(isolate("abc", "ltr")).toBe(`${LRI}abc${PDI}`);
    expect(isolate("عربي", "rtl")).toBe(`${RLI}عربي${PDI}`);
    expect(isolate("", "auto")).toBe("");
  });

  it("strips overrides, embeddings, isolates and marks", () => {
    expect(stripBidiControls("\u202Eevil\u202C \u2067x\u2069 \u200Fy\u200E")).toBe("evil x y");
  });
});

describe("i18n catalog directions", () => {
  const sample = (lang: "ar" | "en"): string[] => {
    const s = strings(lang);
    return [
      s.sourcesButton,
      s.paragraph(3),
      s.translationLabel,
      s.quotesHeader,
      s.notCovered,
      s.sourcesTitle,
      s.sourcesListTitle,
      s.noSources,
      s.matchedTerms,
      s.onlyText,
      s.emptyQuestion,
      s.noWords,
      s.tooLong(4000, 1000),
      s.rateLimited(30),
      s.notAllowed(-100123),
      s.apology,
      s.tooSlow,
      s.unknownCommand("/foo"),
      s.quoteUsage,
      s.askUsage("TestNameBot"),
      s.langPrompt,
      s.langChosen,
      s.callbackExpired,
      s.help("TestNameBot"),
      ...COMMAND_NAMES.map((c) => s.commandDescriptions[c]),
    ];
  };

  it("every Arabic string starts with Arabic text", () => {
    for (const text of sample("ar")) expect(firstStrongDirection(htmlToPlainText(text)), text).toBe("rtl");
  });

  it("every English string starts with Latin text", () => {
    for (const text of sample("en")) expect(firstStrongDirection(htmlToPlainText(text)), text).toBe("ltr");
  });

  it("Arabic help isolates commands so '/quote' keeps its slash in front", () => {
    expect(strings("ar").help("TestNameBot")).toContain(`${LRI}/quote${PDI}`);
    expect(strings("ar").help("TestNameBot")).toContain(`${LRI}@TestNameBot${PDI}`);
  });
});
