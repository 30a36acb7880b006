import { describe, expect, it } from "vitest";
import { coverageFeatures, DEFAULT_COVERAGE } from "../../src/answer/coverage.js";
import { chunkDocument } from "../../src/chunking/chunker.js";
import { buildLexicalIndex } from "../../src/index/search-index.js";
import { planArabicQuestion } from "../../src/retrieval/query-plan.js";
import { bodyDocument } from "../helpers/documents.js";

/** Coverage features of a question when retrieval ranks the chunks in the order given. */
function passageShare(paragraphs: readonly string[], order: readonly number[], question: string): number {
  const chunks = chunkDocument(bodyDocument(paragraphs.join("\n\n")));
  const { words } = buildLexicalIndex(chunks).lexical;
  const results = order.flatMap((i, rank) => {
    const chunk = chunks[i];
    return chunk === undefined ? [] : [{ chunk, score: 1 / (rank + 1), signals: {} }];
  });
  return coverageFeatures(planArabicQuestion(question), results, words, DEFAULT_COVERAGE).passageShare;
}

describe("coverage: the best passage", () => {
  const paragraphs = [
    "ناقش الوزيران خلال لقائهما في موسكو التعاون الاقتصادي بين البلدين.",
    "الوضع في سوريا",
    "وتبادل الطرفان الآراء حول القضايا الإقليمية وسبل دعم الاستقرار.",
  ];

  it("reads a heading ranked first together with the next passage", () => {
    const question = "هل ناقش الوزيران الوضع في سوريا؟";
    // The heading alone holds «الوضع» and «سوريا»; with the lead, what was discussed too.
    expect(passageShare(paragraphs, [1, 0, 2], question)).toBeGreaterThan(0.9);
  });

  it("judges a full passage ranked first on its own", () => {
    const question = "هل ناقش الوزيران الوضع في سوريا؟";
    expect(passageShare(paragraphs, [0, 1, 2], question)).toBeLessThan(0.9);
  });
});
