import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPipeline, type Pipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import { createLogger } from "../../src/core/logger.js";
import { type AlignedTranslation, loadTranslations, spanTranslation } from "../../src/corpus/translation.js";

/**
 * The translation is aligned at the clauses of the project's own segmenter so that what the
 * offline answerer quotes (sentences, runs of clauses of long sentences, whole paragraphs) is
 * a union of whole segments, and people with their offices quoted from inside a clause are
 * in its `names`: the English then says exactly what the quote says. Checked through the
 * real offline pipeline on questions of every kind, in both languages.
 */
const QUESTIONS = [
  "Who did Sergey Lavrov meet in Moscow?",
  "Who is Ayman Safadi?",
  "What is the Russian concept for the Gulf?",
  "What did the ministers say about the two-state solution?",
  "Which mediators did Lavrov mention for the Middle East peace process?",
  "What was said about Iraq, Libya and Yemen?",
  "What did Russia say about the Syrian Constitutional Committee?",
  "When and where is the next meeting on Syria?",
  "What about the return of Syrian refugees and reconstruction?",
  "Who took the photo?",
  "ماذا قال الصفدي ولافروف عن الأزمة في الخليج؟",
  "ما دور جامعة الدول العربية في سوريا؟",
  "هل رحبت الدول بتطبيع العلاقات مع إسرائيل؟",
  "أين يعقد الاجتماع المقبل؟",
];

let pipeline: Pipeline;
let translation: AlignedTranslation;

beforeAll(async () => {
  const config = loadConfig({ CORPUS_DIR: path.resolve(__dirname, "../../corpus"), LOG_LEVEL: "error" });
  pipeline = await buildPipeline({ config, logger: createLogger({ level: "error" }), indexDirectory: null });
  const loaded = (await loadTranslations(config.corpusDir, pipeline.documents)).values().next().value;
  if (loaded === undefined) throw new Error("the article's translation is missing");
  translation = loaded;
});

describe("quotes of the offline answerer and the aligned translation", () => {
  it("every quote has an exact English rendering, for answers and for /quote", async () => {
    let quotes = 0;
    for (const question of QUESTIONS) {
      for (const wantQuotes of [false, true]) {
        const answer = await pipeline.answerer.ask(question, { wantQuotes });
        for (const quote of answer.quotes) {
          quotes++;
          const english = spanTranslation(translation, quote.start, quote.end);
          expect(english?.exact, `${question}: ${quote.text}`).toBe(true);
        }
      }
    }
    // The check means something only if the answerer quoted.
    expect(quotes).toBeGreaterThanOrEqual(QUESTIONS.length);
  });
});
