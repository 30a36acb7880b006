import { describe, expect, it } from "vitest";
import { askedAnswerType } from "../../src/answer/answer-fit.js";
import {
  type CoverageEvidence,
  type CoverageFeatures,
  coverageFeatures,
  DEFAULT_COVERAGE,
  decideCoverage,
} from "../../src/answer/coverage.js";
import { onePerPerson } from "../../src/answer/coverage-words.js";
import { planArabicQuestion } from "../../src/retrieval/query-plan.js";
import { CountryNames } from "../../src/translate/country-names.js";
import { rankedParagraphs } from "../helpers/ranked-paragraphs.js";

/**
 * Near misses: questions over a text that names their words but not what they ask (a count
 * answered by a label, another meeting than the text's, what someone it never names said).
 */
const paragraphs = [
  "ناقش وزير الخارجية سيرغي لافروف مع نظيره أيمن الصفدي في موسكو اليوم الأربعاء 3 فبراير التعاون بين البلدين.",
  "وأكد الوزيران التمسك بقرار مجلس الأمن رقم 2254 بشأن التسوية في سوريا.",
  "وبحث الجانبان الاستعدادات للاجتماع المقبل في مدينة سوتشي.",
  "وقال لافروف إن عودة اللاجئين إلى سوريا ضرورية.",
];
const { words, ranked } = rankedParagraphs(paragraphs);
/** Names a plan recognises as names (the test's stand-in for the dictionary). */
const NAMES = new Set(["سوريا", "سوتشي", "موسكو"]);
const assess = (question: string, order: readonly number[], evidence: CoverageEvidence = {}) => {
  const plan = planArabicQuestion(question, (w) => NAMES.has(w));
  const features = coverageFeatures(plan, ranked(order), words, DEFAULT_COVERAGE, {
    answerKind: askedAnswerType(plan, "ar"),
    names: () => ["سيرغي لافروف", "أيمن الصفدي"],
    ...evidence,
  });
  return decideCoverage(features, DEFAULT_COVERAGE);
};
/** The first paragraph as a dated report's lead. */
const withLead = (question: string, order: readonly number[]) =>
  assess(question, order, { isDateline: (chunk) => chunk.paragraph === 1 });

describe("coverage of near misses", () => {
  it("refuses a count the closest passages hold only as a label", () => {
    const count = assess("كم عدد أعضاء مجلس الأمن؟", [1, 0, 3]);
    expect(count).toMatchObject({ covered: false, missingAnswerType: "number" });
    // Asked for the label itself, the same passage answers.
    expect(assess("ما رقم قرار مجلس الأمن؟", [1, 0, 3]).missingAnswerType).toBeUndefined();
  });

  it("refuses a past event over a text that speaks only of a coming one", () => {
    const past = assess("ماذا جرى في الاجتماع الماضي في سوتشي؟", [2, 0, 1]);
    expect(past.covered).toBe(false);
    expect(past.otherTime).toBe("الماضي");
    // «القادم» is the text's «المقبل»: the coming meeting is what it speaks of.
    const next = assess("أين الاجتماع القادم؟", [2, 0, 1]);
    expect(next.otherTime).toBeUndefined();
    expect(next.absent).not.toContain("القادم");
  });

  it("refuses what someone the text never names said", () => {
    const other = assess("ماذا قال بوريس عن عودة اللاجئين؟", [3, 1, 0]);
    expect(other).toMatchObject({ covered: false, unreported: "بوريس" });
    expect(assess("ماذا قال لافروف عن عودة اللاجئين؟", [3, 1, 0]).covered).toBe(true);
  });

  it("weighs a person named by two words as one thing asked", () => {
    // «درس» (studied) is all the question asks about the person: absent, it is not covered.
    expect(assess("أين درس أيمن الصفدي؟", [0, 1, 2]).covered).toBe(false);
  });
});

describe("one person, one weight", () => {
  it("gives a person's name words the weight of the weightiest, once", () => {
    const plan = planArabicQuestion("أين درس أيمن الصفدي");
    const present = plan.words.map((w) => w.surface !== "درس");
    const idfs = plan.words.map((w) => (w.surface === "أيمن" ? 3 : 2));
    const out = onePerPerson(plan, idfs, present, ["أيمن حسين الصفدي"]);
    expect(plan.words.map((w) => w.surface)).toEqual(["درس", "أيمن", "الصفدي"]);
    expect(out).toEqual([2, 3, 0]);
  });

  it("leaves words alone that a name read from an adjective phrase holds", () => {
    const plan = planArabicQuestion("المناطق الحضرية الضخمة");
    const out = onePerPerson(plan, [1, 2, 3], [true, true, true], ["الحضرية الضخمة"]);
    expect(out).toEqual([1, 2, 3]);
  });
});

describe("coverage decision on near misses", () => {
  const features = (over: Partial<CoverageFeatures>): CoverageFeatures => ({
    words: 2,
    informative: 2,
    informativeSpecific: 1,
    retrieved: 5,
    absent: [],
    missingSpecific: [],
    absentShare: 0.39,
    passageShare: 0.61,
    bestShare: 0.61,
    ...over,
  });

  it("refuses two things asked, one named, when the corpus lacks the other", () => {
    // «من يحكم ليبيا؟» over a text naming Libya, never who governs it.
    expect(decideCoverage(features({ informativeAbsent: 1 }), DEFAULT_COVERAGE).covered).toBe(false);
    expect(decideCoverage(features({ informativeAbsent: 0 }), DEFAULT_COVERAGE).covered).toBe(true);
  });

  it("refuses a name held only apart from the rest when no passage holds half", () => {
    const apart = features({
      informative: 4,
      apart: "عمان",
      absentShare: 0,
      passageShare: 0.34,
      bestShare: 0.51,
    });
    // Without the name apart, the same passages are the closest ones.
    expect(decideCoverage({ ...apart, apart: undefined }, DEFAULT_COVERAGE)).toMatchObject({
      covered: true,
      confidence: "low",
    });
    expect(decideCoverage(apart, DEFAULT_COVERAGE).covered).toBe(false);
    // With the best passage holding most of the question, it answers.
    expect(decideCoverage({ ...apart, passageShare: 0.8 }, DEFAULT_COVERAGE).covered).toBe(true);
  });

  it("refuses an Arabic date of an event the corpus lacks when only the report's own date is near", () => {
    // «أصبح» names no event of the text: the lead's date is the talks', not the appointment's.
    expect(withLead("متى أصبح الصفدي وزيرا؟", [0, 1, 3])).toMatchObject({
      covered: false,
      undatedEvent: "أصبح",
    });
    // Words the text holds date what it reports, from the lead.
    expect(withLead("متى ناقش لافروف التعاون؟", [0, 1, 3]).undatedEvent).toBeUndefined();
    // Without a dated lead an absent verb may paraphrase the passage's own: no verdict from it.
    expect(assess("متى أصبح الصفدي وزيرا؟", [0, 1, 3]).undatedEvent).toBeUndefined();
  });

  it("refuses what is asked about the meeting when the corpus holds only its setting", () => {
    // The city and the day are the lead's, and the weather is nowhere.
    expect(withLead("كيف كان الطقس في موسكو يوم الأربعاء؟", [0, 1, 2])).toMatchObject({
      covered: false,
      offScene: "الطقس",
    });
    // Taking part is the meeting's own: its parties are in the lead.
    expect(withLead("من حضر اللقاء؟", [0, 1, 2]).offScene).toBeUndefined();
    // About a person alone, not the meeting: other evidence decides.
    expect(withLead("ماذا يرتدي لافروف؟", [0, 1, 2]).offScene).toBeUndefined();
  });

  it("counts the parties together («الجانبان») as held where the document introduces two people", () => {
    const withParties = assess("ماذا بحث الجانبان بشأن سوريا؟", [1, 0, 3]);
    expect(withParties.absent).not.toContain("الجانبان");
  });

  it("refuses a question asking which countries when the best passage names none besides its own", () => {
    const countries = CountryNames.parse("سوريا\nموسكو");
    const which = (question: string, order: readonly number[]) => assess(question, order, { countries });
    // The paragraph on the resolution names Syria, which the question names itself.
    expect(which("ما الدول التي تتمسك بقرار مجلس الأمن بشأن سوريا؟", [1, 0])).toMatchObject({
      covered: false,
      noCountryNamed: true,
    });
    // A passage naming a country the question does not answers it.
    expect(which("ما الدول التي تتمسك بقرار مجلس الأمن؟", [1, 0]).noCountryNamed).toBeUndefined();
  });

  it("takes a country's view for voiceless unless an office of the document's people carries it", async () => {
    const { voicelessCountry } = await import("../../src/answer/coverage-countries.js");
    const { holderIndex } = await import("../../src/answer/coverage-words.js");
    const plan = planArabicQuestion("ما موقف سوريا من اللاجئين؟", (w) => NAMES.has(w));
    const word = plan.words[holderIndex(plan, "سوريا") ?? -1];
    const evidence = (roles: readonly string[]) => ({
      countries: CountryNames.parse("سوريا"),
      roleWords: () => new Set(roles),
    });
    expect(voicelessCountry(plan, "سوريا", word, ranked([3]), evidence(["وزير", "خارجيه", "روسي"]))).toBe(
      "سوريا",
    );
    expect(
      voicelessCountry(plan, "سوريا", word, ranked([3]), evidence(["وزير", "خارجيه", "سوري"])),
    ).toBeUndefined();
  });

  it("refuses a yes/no check whose last word or a definite noun is absent, not a choice between two", () => {
    expect(assess("هل بحث الجانبان اللاجئين في الحدود؟", [3, 1]).uncheckable).toBe("الحدود");
    expect(assess("هل ناقش لافروف المياه مع الصفدي؟", [0, 1]).uncheckable).toBe("المياه");
    // A verb the text words otherwise is not what is checked.
    expect(assess("هل يؤيد لافروف عودة اللاجئين؟", [3, 1]).uncheckable).toBeUndefined();
    expect(assess("هل تحدث لافروف عن اللاجئين أم عن الحدود؟", [3, 1]).uncheckable).toBeUndefined();
    // A noun that only points to the topic beside it is not what is checked.
    expect(assess("هل تحدث لافروف عن اللاجئين في الملف السوري؟", [3, 1]).uncheckable).toBeUndefined();
  });
});
