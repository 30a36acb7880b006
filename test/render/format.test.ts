import { describe, expect, it } from "vitest";
import { isolateForeignRuns, LRI, LRM, PDI, RLI, RLM } from "../../src/render/bidi.js";
import {
  attribution,
  citation,
  documentLine,
  formatDate,
  localizeProse,
  sourceName,
  titleOf,
} from "../../src/render/format.js";
import { markHtmlLines } from "../../src/render/telegram/bidi.js";
import { AGENCY, LAVROV } from "../bot/fakes.js";

const TASS = { doc: "d", title: "عنوان المقال", source: "TASS / تاس", date: "2021-02-03" };

describe("dates and names as readers write them", () => {
  it("dates: English day month year, Arabic as TASS writes them, with the weekday when asked", () => {
    expect(formatDate("2021-02-03", "en")).toBe("3 February 2021");
    expect(formatDate("2021-02-03", "en", true)).toBe("Wednesday 3 February 2021");
    expect(formatDate("2021-02-03", "ar")).toBe("3 فبراير/شباط 2021");
    expect(formatDate("2021-02-03", "ar", true)).toBe("الأربعاء 3 فبراير/شباط 2021");
    expect(formatDate("2020-12-31", "ar")).toBe("31 ديسمبر/كانون الأول 2020");
    // Not a real date: shown as given (cleaned), never guessed.
    expect(formatDate("2021-02-30", "en")).toBe("2021-02-30");
    expect(formatDate("yesterday\u202e", "en")).toBe("yesterday");
  });

  it("the agency in the reader's script, the whole name when it has only one", () => {
    expect(sourceName("TASS / تاس", "en")).toBe("TASS");
    expect(sourceName("TASS / تاس", "ar")).toBe("تاس");
    expect(sourceName("Reuters", "ar")).toBe("Reuters");
  });

  it("document line and citation, with the language's own commas", () => {
    expect(documentLine(TASS, "en")).toBe("TASS, 3 February 2021");
    expect(documentLine(TASS, "ar", true)).toBe("تاس، الأربعاء 3 فبراير/شباط 2021");
    expect(citation(TASS, "d", 9, "en")).toBe("TASS, 3 February 2021, ¶9");
    expect(citation(TASS, "d", 9, "ar")).toBe("تاس، 3 فبراير/شباط 2021، الفقرة 9");
    expect(citation(undefined, "doc-1", 2, "ar")).toBe(`${LRI}doc-1${PDI}، الفقرة 2`);
  });

  it("titles and speakers: English when known, else the Arabic isolated", () => {
    expect(titleOf(TASS, "en")).toBe(`${RLI}عنوان المقال${PDI}`);
    expect(titleOf({ ...TASS, titleEn: "The title" }, "en")).toBe("The title");
    expect(titleOf({ ...TASS, titleEn: "The title" }, "ar")).toBe("عنوان المقال");
    expect(attribution(LAVROV, "en")).toBe("Sergey Lavrov said");
    expect(attribution(LAVROV, "ar")).toBe("قال سيرغي لافروف");
    expect(attribution({ kind: "person", ar: "أيمن الصفدي" }, "en")).toBe(`${RLI}أيمن الصفدي${PDI} said`);
    expect(attribution(AGENCY, "en")).toBe("TASS reports");
    expect(attribution(AGENCY, "ar")).toBe("بحسب تاس");
  });
});

describe("prose made to read in its language", () => {
  it("the issue's scrambled English source line becomes one English phrase", () => {
    expect(localizeProse("According to TASS / تاس, 2021-02-03, the article says [1]:", "en", [TASS])).toBe(
      "According to TASS, 3 February 2021, the article says [1]:",
    );
  });

  it("Arabic: Arabic name, Arabic date, «،» for the Latin comma", () => {
    expect(localizeProse("بحسب TASS / تاس, 2021-02-03، ورد في المقال [1]:", "ar", [TASS])).toBe(
      "بحسب تاس، 3 فبراير/شباط 2021، ورد في المقال [1]:",
    );
  });

  it("runs of the other script are isolated; brackets and guillemets stay outside, numbers stay 1,000", () => {
    expect(isolateForeignRuns("The phrase «حل الدولتين» (p. 4)", "en")).toBe(
      `The phrase «${RLI}حل الدولتين${PDI}» (p. 4)`,
    );
    expect(isolateForeignRuns("أرسل /quote Astana ثم اسأل: What did Safadi say? شكراً, 1,000", "ar")).toBe(
      `أرسل ${LRI}/quote Astana${PDI} ثم اسأل: ${LRI}What did Safadi say?${PDI} شكراً، 1,000`,
    );
    expect(isolateForeignRuns("القرار 2254 و«Syria»", "ar")).toBe(`القرار 2254 و«${LRI}Syria${PDI}»`);
    // A word's closing diacritics (tanween, Script=Inherited) stay inside its isolate.
    expect(isolateForeignRuns("جديداً — new", "en")).toBe(`${RLI}جديداً${PDI} — new`);
  });

  it("each line of a message gets a mark after its opening tags, once", () => {
    const html = "<b>[1]</b> x\n<blockquote>عربي</blockquote>\n\n<i>y</i>";
    const marked = markHtmlLines(html, "ltr");
    expect(marked).toBe(`<b>${LRM}[1]</b> x\n<blockquote>${LRM}عربي</blockquote>\n\n<i>${LRM}y</i>`);
    expect(markHtmlLines(marked, "rtl")).toBe(marked);
    expect(markHtmlLines(`<blockquote>${RLM}ن</blockquote>`, "ltr")).toBe(`<blockquote>${RLM}ن</blockquote>`);
  });
});
