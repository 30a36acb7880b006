import { beforeAll, describe, expect, it } from "vitest";
import { isVerbatim } from "../../src/answer/quote-verifier.js";
import { buildPipeline, type Pipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import { silentLogger } from "../../src/core/logger.js";
import type { Answer } from "../../src/core/types.js";
import { parseTextDocument } from "../../src/corpus/loader.js";
import { articlePipeline } from "../helpers/article-pipeline.js";

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await articlePipeline();
});

function expectVerbatim(answer: Answer, p: Pipeline = pipeline): void {
  for (const quote of answer.quotes) expect(isVerbatim(quote, p.qa.lookup), quote.text).toBe(true);
  for (const passage of answer.passages) {
    const doc = p.qa.lookup(passage.doc);
    expect(doc?.text.slice(passage.start, passage.end)).toBe(passage.text);
  }
}

describe("offline question answering on the article", () => {
  it("answers an Arabic question with verbatim, cited Arabic quotes", async () => {
    const answer = await pipeline.answerer.ask("ما رقم قرار مجلس الأمن الذي أشار إليه لافروف؟");
    expect(answer).toMatchObject({ lang: "ar", covered: true, kind: "answer", answerer: "extractive" });
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.quotes.some((q) => q.text.includes("2254"))).toBe(true);
    expectVerbatim(answer);
    expect(answer.text).toContain(`«${answer.quotes[0]?.text}» [1]`);
    // The lead keeps the citation markers but not the quote bodies.
    expect(answer.lead).toContain("[1]");
    for (const quote of answer.quotes) expect(answer.lead).not.toContain(quote.text);
  });

  it("answers an English question with an English lead, Arabic quotes with their translations and speakers", async () => {
    const answer = await pipeline.answerer.ask("What did Lavrov say about terrorism in Syria?");
    expect(answer).toMatchObject({ lang: "en", covered: true, kind: "answer" });
    // The lead is English (it starts with a Latin letter) and every quote carries its English.
    expect(answer.lead).toMatch(/^[A-Za-z]/);
    for (const q of answer.quotes) {
      expect(q.translation, q.text).toMatch(/[A-Za-z]/);
      expect(q.translation).not.toMatch(/\p{Script=Arabic}/u);
      expect(q.speaker?.en).toBe("Sergey Lavrov");
    }
    // The translation is labelled as ours and outside the quote's «…».
    for (const q of answer.quotes)
      expect(answer.text).toContain(`Translation (ours, not TASS's): "${q.translation}"`);
    expect(answer.quotes.some((q) => q.text.includes("الإرهاب"))).toBe(true);
    expectVerbatim(answer);
    const terrorism = answer.matchedTerms.find((m) => m.english.toLowerCase() === "terrorism");
    expect(terrorism?.arabic.length).toBeGreaterThan(0);
    for (const m of answer.matchedTerms) for (const a of m.arabic) expect(a).toMatch(/\p{Script=Arabic}/u);
  });

  it("does not hold a reporting verb's absence against a question", async () => {
    // "say" → قل/يقول is not in the article, which reports with قال/أكد/شدد.
    const answer = await pipeline.answerer.ask("What did Lavrov say about the return of refugees?");
    expect(answer.covered).toBe(true);
    expect(answer.quotes[0]?.text).toContain("اللاجئين");
  });

  it("refuses, in the question's language and without quotes, what the article does not cover", async () => {
    for (const question of ["What did Lavrov say about Ukraine?", "Who won the 2018 World Cup?"]) {
      const answer = await pipeline.answerer.ask(question);
      expect(answer, question).toMatchObject({ lang: "en", covered: false, kind: "not_covered", quotes: [] });
      expect(answer.text).toMatch(/does not cover/);
    }
    // A name spelt unlike the dictionary (فنزويلا, dictionary فينزويلا) is still recognised.
    expect((await pipeline.answerer.ask("ماذا قال لافروف عن فنزويلا؟")).covered).toBe(false);
    const arabic = await pipeline.answerer.ask("ما هي عاصمة اليابان؟");
    expect(arabic).toMatchObject({ lang: "ar", covered: false, quotes: [] });
    expect(arabic.text).toMatch(/لا يتناول/);
  });

  it("returns whole verbatim paragraphs when the source's words are requested", async () => {
    const answer = await pipeline.answerer.ask("Give me the exact words about the Arab League");
    expect(answer.kind).toBe("quotes");
    expectVerbatim(answer);
    for (const quote of answer.quotes) {
      const doc = pipeline.qa.lookup(quote.doc);
      const paragraph = doc?.paragraphs.find((p) => p.number === quote.paragraph);
      expect(doc?.text.slice(paragraph?.start, paragraph?.end)).toBe(quote.text);
    }
    expect(answer.quotes.some((q) => q.text.includes("جامعة الدول العربية"))).toBe(true);
    const forced = await pipeline.answerer.ask("اللاجئين", { wantQuotes: true });
    expect(forced.kind).toBe("quotes");
  });

  it("reads a short follow-up in the context of the previous question", async () => {
    const first = "ماذا قال لافروف عن سوريا؟";
    const previous = await pipeline.answerer.ask(first);
    const followUp = await pipeline.answerer.ask("وماذا عن ليبيا؟", {
      history: [{ question: first, answer: previous }],
    });
    expect(followUp.covered).toBe(true);
    expect(followUp.quotes[0]?.text).toContain("ليبيا");
    const alone = await pipeline.answerer.ask("and Ukraine?", {
      history: [{ question: "What did Lavrov say about Syria?" }],
    });
    expect(alone.covered).toBe(false);
  });

  it("handles empty and symbol-only input without quoting anything", async () => {
    for (const input of ["", "   ", "🙂🙂", "???"]) {
      const answer = await pipeline.answerer.ask(input);
      expect(answer.covered).toBe(false);
      expect(answer.quotes).toEqual([]);
    }
  });

  it("reports what retrieval ranked", async () => {
    let ranked = 0;
    await pipeline.answerer.ask("أين سيعقد الاجتماع المقبل بصيغة أستانا؟", {
      onRetrieved: (r) => (ranked = r.length),
    });
    expect(ranked).toBeGreaterThan(0);
  });
});

describe("generalisation to an unseen article", () => {
  it("answers from whatever corpus it is given, quoting it verbatim", async () => {
    const doc = parseTextDocument(
      [
        "---",
        "id: unseen",
        "title: اختبار",
        "source: test",
        "lang: ar",
        "---",
        "افتتحت وزارة الصحة مستشفى جديداً في مدينة الإسكندرية يضم 300 سرير.",
        "وقال الوزير إن المستشفى سيخدم أكثر من مليون مواطن في المنطقة.",
        "",
      ].join("\n"),
      "unseen.md",
    );
    const p = await buildPipeline({
      config: loadConfig({}),
      logger: silentLogger,
      documents: [doc],
      indexDirectory: null,
    });
    const ar = await p.answerer.ask("كم سريراً يضم المستشفى الجديد؟");
    expect(ar.covered).toBe(true);
    expect(ar.quotes[0]?.text).toContain("300");
    expectVerbatim(ar, p);
    const en = await p.answerer.ask("Where did the ministry open the new hospital?");
    expect(en.covered).toBe(true);
    expect(en.quotes[0]?.text).toContain("الإسكندرية");
    expectVerbatim(en, p);
    // No translation: each quote carries a gloss of its words instead, labelled, outside «…».
    for (const q of en.quotes) {
      expect(q.translation).toBeUndefined();
      expect(q.gloss, q.text).toMatch(/— [a-z]/);
      expect(en.text).toContain(
        `«${q.text}» [${q.n}] (¶${q.paragraph})\n    Glossary (ours: dictionary senses, not a translation): ${q.gloss}`,
      );
    }
    expect(en.quotes[0]?.gloss).toMatch(/مستشفى — [^·]*hospital/);
    // Arabic readers get no gloss.
    for (const q of ar.quotes) expect(q.gloss).toBeUndefined();
    expect((await p.answerer.ask("What did Lavrov say about Syria?")).covered).toBe(false);
  });
});
