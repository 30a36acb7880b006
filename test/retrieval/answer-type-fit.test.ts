import { beforeAll, describe, expect, it } from "vitest";
import { buildPipeline, type Pipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import { silentLogger } from "../../src/core/logger.js";
import { planAnswerFit } from "../../src/retrieval/answer-type-fit.js";
import { HybridSearch, sentenceEvidence } from "../../src/retrieval/hybrid-search.js";
import { planArabicQuestion } from "../../src/retrieval/query-plan.js";
import { bodyDocument } from "../helpers/documents.js";

/**
 * Answer-type evidence in ranking: of two neighbouring paragraphs on one topic, a "when"
 * question prefers the one whose best-matching sentence holds a date beyond the question's own.
 */
describe("planAnswerFit", () => {
  it("sees a date, a number or a place the question does not itself name", () => {
    const when = planAnswerFit(planArabicQuestion("متى افتتح المتحف الوطني؟"));
    expect(when?.("افتتح المتحف الوطني عام 1998 بعد ترميمه.")).toBe(true);
    expect(when?.("افتتح المتحف الوطني وسط احتفال كبير.")).toBe(false);
    const howMany = planAnswerFit(planArabicQuestion("كم لاعبا ضم الفريق؟"));
    expect(howMany?.("ضم الفريق 23 لاعبا.")).toBe(true);
    // A date's digits count nothing.
    expect(howMany?.("ضم الفريق لاعبين جددا في 3 فبراير 2021.")).toBe(false);
  });

  it("sets aside what the question says: its own year answers nothing", () => {
    const holds = planAnswerFit(planArabicQuestion("متى فاز النادي باللقب قبل 2000؟"));
    expect(holds?.("فاز النادي باللقب قبل 2000 مرة واحدة.")).toBe(false);
    expect(holds?.("فاز النادي باللقب عام 1994.")).toBe(true);
  });

  it("gives no test for kinds a pattern cannot tell", () => {
    expect(planAnswerFit(planArabicQuestion("لماذا افتتح المتحف الوطني؟"))).toBeUndefined();
    expect(planAnswerFit(planArabicQuestion("هل افتتح المتحف الوطني؟"))).toBeUndefined();
  });
});

describe("HybridSearch's answer-type weight", () => {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await buildPipeline({
      config: loadConfig({}),
      logger: silentLogger,
      documents: [
        bodyDocument("افتتح المتحف الوطني وسط احتفال كبير.", "museum-0"),
        bodyDocument("افتتح المتحف الوطني عام 1998 بعد ترميم طويل.", "museum-1"),
        bodyDocument("يضم الفريق الوطني لاعبين من أندية كثيرة.", "team-0"),
      ],
      indexDirectory: null,
    });
  });
  const firstDoc = (weight: number) => {
    const search = new HybridSearch(pipeline.opened.index, { embedQuery: async () => [] } as never, {
      answerTypeWeight: weight,
      coverageWeight: 0,
    });
    const ranked = search.lexicalRanking(planArabicQuestion("متى افتتح المتحف الوطني؟"));
    return pipeline.opened.index.chunks[ranked[0]?.key ?? -1]?.docId;
  };

  it("moves the paragraph holding the date above its neighbour", () => {
    expect(firstDoc(0)).toBe("museum-0");
    expect(firstDoc(0.5)).toBe("museum-1");
  });
});

describe("sentenceEvidence", () => {
  it("takes the best sentence's idf-weighted share and the chunk's coverage of the question", () => {
    // Three words, the last the rarest: one sentence holds the two common ones, another the rare one.
    const idfs = [1, 1, 2];
    const evidence = sentenceEvidence(
      [
        [1, 1, 0],
        [0, 0, 0.8],
      ],
      idfs,
    );
    expect(evidence.best).toBeCloseTo(0.5);
    expect(evidence.bestAt).toBe(0);
    expect(evidence.coverage).toBeCloseTo((1 + 1 + 1.6) / 4);
  });

  it("reports no sentence when nothing matches", () => {
    expect(sentenceEvidence([[0, 0]], [1, 1])).toEqual({ best: 0, bestAt: -1, coverage: 0 });
    expect(sentenceEvidence([], [1, 1])).toEqual({ best: 0, bestAt: -1, coverage: 0 });
  });
});

describe("the answer's kind as the only thing named", () => {
  it("drops a type noun beside a topic, and searches for it when nothing else is named", () => {
    expect(planArabicQuestion("في أي مدينة عقد الاجتماع؟").words.map((w) => w.surface)).not.toContain(
      "مدينة",
    );
    expect(planArabicQuestion("ما الدول التي تكلموا عنها؟").words.map((w) => w.surface)).toEqual(["الدول"]);
  });
});
