import { describe, expect, it } from "vitest";
import { keepVerifiedQuotes } from "../../src/answer/quote-verifier.js";
import type { CorpusDocument } from "../../src/core/types.js";
import { splitClaims, unquoteProse, verifyModelAnswer } from "../../src/llm/citations.js";
import { LeakGuard } from "../../src/llm/leak.js";
import type { ModelAnswer } from "../../src/llm/output.js";
import { type NumberedPassage, selectPassages } from "../../src/llm/passages.js";
import { P_REFUGEES, Q_REFUGEES, Q_SAFADI_PLAIN, Q_SAFADI_SOURCE, testDocuments } from "./fixtures.js";

const [doc] = testDocuments() as [CorpusDocument];
const lookup = (id: string) => (id === doc.id ? doc : undefined);

function passageOf(n: number, paragraph: number): NumberedPassage {
  const p = doc.paragraphs.find((x) => x.number === paragraph);
  if (p === undefined) throw new Error(`no paragraph ${paragraph}`);
  return { n, doc: doc.id, paragraph, start: p.start, end: p.end, text: doc.text.slice(p.start, p.end) };
}

// Passage 1 = paragraph 2 (refugees), passage 2 = paragraph 3 (Safadi).
const PASSAGES = [passageOf(1, 2), passageOf(2, 3)];

function output(answer: string, citations: ModelAnswer["citations"]): ModelAnswer {
  return { answer, citations, malformedCitations: 0 };
}

describe("verifyModelAnswer", () => {
  it("keeps an exact quote as the source's own span", () => {
    const result = verifyModelAnswer(
      output("Lavrov called for the refugees' return [1].", [
        {
          n: 1,
          passage: 1,
          quote: Q_REFUGEES,
          translation: "creating the conditions for refugees to return home",
        },
      ]),
      PASSAGES,
      lookup,
      "en",
    );
    expect(result.dropped).toEqual([]);
    expect(result.lead).toBe("Lavrov called for the refugees' return [1].");
    const [quote] = result.quotes;
    expect(quote?.text).toBe(Q_REFUGEES);
    expect(doc.text.slice(quote?.start, quote?.end)).toBe(Q_REFUGEES);
    expect(quote).toMatchObject({
      n: 1,
      paragraph: 2,
      translation: "creating the conditions for refugees to return home",
    });
    expect(keepVerifiedQuotes(result.quotes, lookup)).toHaveLength(1);
  });

  it("shows the source's spelling when the model's copy differs only in normalisation", () => {
    const result = verifyModelAnswer(
      output("الأردن يدعم الحل السياسي [1].", [{ n: 1, passage: 2, quote: Q_SAFADI_PLAIN, translation: "" }]),
      PASSAGES,
      lookup,
      "ar",
    );
    expect(result.quotes.map((q) => q.text)).toEqual([Q_SAFADI_SOURCE]);
    expect(result.quotes[0]?.text).not.toBe(Q_SAFADI_PLAIN);
    expect(result.quotes[0]?.translation).toBeUndefined();
  });

  it("drops fabricated quotes, quotes from another passage and citations to passages never sent", () => {
    const result = verifyModelAnswer(
      output("A [1]. B [2]. C [3]. D [4].", [
        { n: 1, passage: 1, quote: "وأعلن لافروف انسحاب القوات الروسية" },
        { n: 2, passage: 1, quote: Q_SAFADI_SOURCE },
        { n: 3, passage: 7, quote: Q_REFUGEES },
        { n: 4, passage: 2, quote: Q_SAFADI_SOURCE },
      ]),
      PASSAGES,
      lookup,
      "en",
    );
    expect(result.dropped.map((d) => [d.citation.n, d.reason])).toEqual([
      [1, "quote not found in its passage"],
      [2, "quote not found in its passage"],
      [3, "no such passage"],
    ]);
    // Only [4] survives, renumbered [1]; the claims that cited nothing verifiable are gone.
    expect(result.lead).toBe("D [1].");
    expect(result.claims).toEqual({ kept: 1, total: 4 });
    expect(result.droppedClaims).toEqual(["A [1].", "B [2].", "C [3]."]);
    expect(result.quotes.map((q) => [q.n, q.text])).toEqual([[1, Q_SAFADI_SOURCE]]);
  });

  it("renumbers by first mention, merges duplicate spans and keeps unmentioned quotes last", () => {
    const result = verifyModelAnswer(
      output("Safadi [5], Lavrov [2][5], both [2, 5].", [
        { n: 2, passage: 1, quote: Q_REFUGEES },
        { n: 5, passage: 2, quote: Q_SAFADI_SOURCE },
        { n: 6, passage: 2, quote: Q_SAFADI_PLAIN },
        { n: 9, passage: 1, quote: "بحثا الوضع في سوريا" },
      ]),
      PASSAGES,
      lookup,
      "en",
    );
    expect(result.lead).toBe("Safadi [1], Lavrov [1][2], both [1][2].");
    expect(result.quotes.map((q) => [q.n, q.text])).toEqual([
      [1, Q_SAFADI_SOURCE],
      [2, Q_REFUGEES],
      [3, "بحثا الوضع في سوريا"],
    ]);
  });

  it("takes quotation marks out of the model's prose", () => {
    const result = verifyModelAnswer(
      output('He said «ضرورة عودة اللاجئين» and "soon" [1].', [
        { n: 1, passage: 1, quote: `«${Q_REFUGEES}»` },
      ]),
      PASSAGES,
      lookup,
      "en",
    );
    expect(result.lead).toBe("He said ضرورة عودة اللاجئين and soon [1].");
    expect(result.quotes[0]?.text).toBe(Q_REFUGEES);
  });

  it("drops every claim without a verified citation, also one sitting next to a real quote", () => {
    const result = verifyModelAnswer(
      output(
        "Lavrov called for the refugees' return [1]. He also announced that ALL RUSSIAN TROOPS WILL LEAVE SYRIA [2]. Russia will pay for it.\nSafadi backs a political solution. [3]",
        [
          { n: 1, passage: 1, quote: Q_REFUGEES },
          { n: 2, passage: 1, quote: "وأعلن لافروف انسحاب جميع القوات الروسية من سوريا" },
          { n: 3, passage: 2, quote: Q_SAFADI_SOURCE },
        ],
      ),
      PASSAGES,
      lookup,
      "en",
    );
    expect(result.lead).toBe(
      "Lavrov called for the refugees' return [1]. Safadi backs a political solution. [2]",
    );
    expect(result.lead).not.toMatch(/TROOPS|pay/);
    expect(result.claims).toEqual({ kept: 2, total: 4 });
    expect(result.quotes.map((q) => [q.n, q.text])).toEqual([
      [1, Q_REFUGEES],
      [2, Q_SAFADI_SOURCE],
    ]);
  });

  it("splits claims at sentence ends, keeping the markers after a full stop with their sentence", () => {
    expect(splitClaims("A is 3.5 [1]. B? [2][3] C؟ D\nE")).toEqual([
      "A is 3.5 [1].",
      " B? [2][3]",
      " C؟",
      " D\n",
      "E",
    ]);
  });

  it("rejects a quote too short to prove anything", () => {
    const result = verifyModelAnswer(
      output("x [1]", [{ n: 1, passage: 1, quote: "في" }]),
      PASSAGES,
      lookup,
      "ar",
    );
    expect(result.quotes).toEqual([]);
  });
});

describe("display helpers", () => {
  it("takes quotation marks out of prose", () => {
    expect(unquoteProse("“a” , b")).toBe("a, b");
  });

  it("detects a repeated run of instruction words, not ordinary overlap", () => {
    const guard = new LeakGuard([
      "You are a careful assistant that answers questions about one Arabic news article.",
    ]);
    expect(guard.leaks("Sure! YOU ARE A CAREFUL ASSISTANT, that answers questions about one Arabic...")).toBe(
      true,
    );
    expect(guard.leaks("The article answers questions about Syria.")).toBe(false);
  });
});

describe("selectPassages", () => {
  it("sends whole paragraphs in rank order, each once, with their paragraph numbers", () => {
    const chunkOf = (paragraph: number) => {
      const p = doc.paragraphs.find((x) => x.number === paragraph);
      if (p === undefined) throw new Error("no paragraph");
      return {
        chunk: {
          id: `${doc.id}#${paragraph}`,
          docId: doc.id,
          paragraph,
          start: p.start,
          end: p.end,
          text: doc.text.slice(p.start, p.end),
          sentences: [],
        },
        score: 1,
        signals: {},
      };
    };
    const passages = selectPassages([chunkOf(2), chunkOf(3), chunkOf(2)], lookup);
    expect(passages.map((p) => [p.n, p.paragraph])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(passages[0]?.text).toBe(P_REFUGEES);
  });
});

describe("Arabic-Indic markers", () => {
  it("reads [١] like [1]", () => {
    const passages = [passageOf(1, 2)];
    const result = verifyModelAnswer(
      output("قال لافروف ذلك [١].", [{ n: 1, passage: 1, quote: Q_REFUGEES }]),
      passages,
      lookup,
      "ar",
    );
    expect(result.lead).toBe("قال لافروف ذلك [1].");
  });
});
