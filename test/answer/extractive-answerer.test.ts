import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/answer/extractive-answerer.js";
import { answerType } from "../../src/answer/intent.js";
import { chunkDocument } from "../../src/chunking/chunker.js";
import type { CorpusDocument } from "../../src/core/types.js";
import { buildLexicalIndex } from "../../src/index/search-index.js";
import { planArabicQuestion } from "../../src/retrieval/query-plan.js";
import { bodyDocument } from "../helpers/documents.js";

/** The first quote the extractive answerer picks for a question over one document's chunks. */
function firstQuote(doc: CorpusDocument, question: string): string | undefined {
  const chunks = chunkDocument(doc, { maxChars: 2000 });
  const { words } = buildLexicalIndex(chunks).lexical;
  const plan = planArabicQuestion(question);
  const results = chunks.map((chunk, i) => ({ chunk, score: 1 / (i + 1), signals: {} }));
  const quotes = extractQuotes(plan, results, () => doc, words, answerType(question, "ar"));
  return quotes[0]?.text;
}

describe("extractQuotes", () => {
  it("prefers the sentence holding a number the question does not already give", () => {
    const doc = bodyDocument(
      "سجل لاعبون كثيرون أهدافا في مباراة 2015 الشهيرة. سجل ثلاثة لاعبين أهدافا في مباراة 2015 الشهيرة.",
    );
    expect(firstQuote(doc, "كم لاعباً سجل أهدافا في مباراة 2015؟")).toContain("ثلاثة");
  });

  it("quotes the run of clauses of a long sentence that holds the words asked and the date", () => {
    const filler = "وشملت المحادثات ملفات اقتصادية كثيرة تخص التجارة والطاقة والنقل والزراعة بين البلدين";
    const doc = bodyDocument(
      `${filler}، ${filler}، وانضمّت المزيد من الدول الأعضاء إلى الاتحاد الأوروبي منذ تأسيسه عبر معاهدات متتالية وقعتها الحكومات في عواصم القارة، ومنها الدانمرك سنة 1972، ${filler}، ${filler}.`,
    );
    const quote = firstQuote(doc, "متى انضمت الدانمرك إلى الاتحاد الأوروبي؟") ?? "";
    expect(quote).toContain("الاتحاد الأوروبي");
    expect(quote).toContain("1972");
    expect(quote.length).toBeLessThanOrEqual(300);
  });

  it("reads a short sentence with the next one, which holds the number asked", () => {
    const doc = bodyDocument(
      "قاد المدرب العجوز فريقه إلى نهائي البطولة القارية بعد موسم طويل من المباريات الصعبة. وكان عمره حينها 71 سنة. وفي الموسم التالي تغير الملعب والجمهور وأغلب لاعبي الفريق الأساسيين.",
    );
    expect(firstQuote(doc, "كم كان عمر المدرب حين قاد فريقه إلى النهائي؟")).toBe(
      "قاد المدرب العجوز فريقه إلى نهائي البطولة القارية بعد موسم طويل من المباريات الصعبة. وكان عمره حينها 71 سنة.",
    );
  });
});
