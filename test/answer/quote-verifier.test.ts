import { describe, expect, it } from "vitest";
import {
  keepVerifiedQuotes,
  locateQuote,
  quoteFromSpan,
  quoteProblem,
} from "../../src/answer/quote-verifier.js";
import { parsedDocument } from "../helpers/documents.js";

const doc = parsedDocument(["وقال لافروف: «إنّ الإرهابَ يجب أن يُهزم»، وأكا ذلك.", "الوضع في سوريا"], {
  id: "d",
  source: "TASS / تاس",
});
const lookup = (id: string) => (id === "d" ? doc : undefined);

describe("quote verification", () => {
  it("accepts a verbatim span at its offsets, typos included", () => {
    const start = doc.text.indexOf("وأكا ذلك");
    const quote = quoteFromSpan(doc, start, start + "وأكا ذلك".length, 1);
    expect(quote?.text).toBe("وأكا ذلك");
    expect(quote && quoteProblem(quote, lookup)).toBeUndefined();
  });

  it("rejects text that differs from the corpus, wrong offsets, unknown documents and wrong paragraphs", () => {
    const start = doc.text.indexOf("الوضع");
    const good = { text: "الوضع في سوريا", doc: "d", paragraph: 2, start, end: start + 14, n: 1 };
    expect(quoteProblem(good, lookup)).toBeUndefined();
    expect(quoteProblem({ ...good, text: "الوضع في سورية" }, lookup)).toMatch(/differs/);
    expect(quoteProblem({ ...good, start: start + 1, end: start + 15 }, lookup)).toBeDefined();
    expect(quoteProblem({ ...good, doc: "x" }, lookup)).toMatch(/unknown/);
    expect(quoteProblem({ ...good, paragraph: 1 }, lookup)).toMatch(/paragraph/);
    expect(quoteProblem({ ...good, end: 10_000 }, lookup)).toMatch(/outside/);
    const dropped: string[] = [];
    const kept = keepVerifiedQuotes([good, { ...good, text: "مختلق" }], lookup, (_q, problem) =>
      dropped.push(problem),
    );
    expect(kept).toEqual([good]);
    expect(dropped).toHaveLength(1);
  });

  it("trims whitespace and never builds a quote across paragraphs", () => {
    const end = doc.text.indexOf("سوريا") + 5;
    const quote = quoteFromSpan(doc, doc.text.indexOf("ذلك"), end, 1);
    expect(quote?.text).toBe("ذلك.");
    expect(quote?.paragraph).toBe(1);
  });
});

describe("locateQuote", () => {
  it("finds a verbatim claim", () => {
    const span = locateQuote(doc.text, "وأكا ذلك");
    expect(span && doc.text.slice(span.start, span.end)).toBe("وأكا ذلك");
  });

  it("finds a claim written without diacritics or hamzas and returns the SOURCE's text", () => {
    const span = locateQuote(doc.text, "ان الارهاب يجب ان يهزم");
    expect(span).toBeDefined();
    expect(doc.text.slice(span?.start, span?.end)).toBe("إنّ الإرهابَ يجب أن يُهزم");
  });

  it("tolerates different spacing and punctuation but not different words", () => {
    expect(locateQuote(doc.text, "لافروف  «إن الإرهاب")).toBeDefined();
    expect(locateQuote(doc.text, "إن الإرهاب يجب أن ينتصر")).toBeUndefined();
    expect(locateQuote(doc.text, "ا")).toBeUndefined();
  });

  it("searches only inside the given region", () => {
    const second = doc.paragraphs[1];
    expect(locateQuote(doc.text, "لافروف", second?.start, second?.end)).toBeUndefined();
  });
});
