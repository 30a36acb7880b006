import { describe, expect, it } from "vitest";
import { BilingualPlanner } from "../../src/retrieval/english-planner.js";
import { Lexicon } from "../../src/translate/lexicon.js";
import { buildTransliterationIndex } from "../../src/translate/transliterate/index.js";

/**
 * The planner remembers the transliteration matches of English words: a question planned
 * again, or by a planner that has already seen its words, gets exactly the plan a fresh
 * planner makes.
 */
const lexicon = Lexicon.fromEntries([
  ["minister", [{ arabic: "وزير", weight: 1 }]],
  ["talks", [{ arabic: "محادثات", weight: 1 }]],
  ["church", [{ arabic: "كنيسة", weight: 1 }]],
]);
const vocabulary = ["لافروف", "الصفدي", "موسكو", "وزير", "محادثات", "كنيسة", "تشرش", "الأردن"];

function planner(): BilingualPlanner {
  return new BilingualPlanner({ lexicon, transliteration: buildTransliterationIndex(vocabulary) });
}

const QUESTIONS = [
  "What did Lavrov tell Safadi in Moscow?",
  "Did the Minister visit the Church of Ukraine?",
  "What did Lavrov say about Jordan and Navalny?",
  "Where did the talks of Safadi and Lavrov take place?",
];

describe("BilingualPlanner's remembered transliterations", () => {
  it("plans every question as a fresh planner does, in any order and repeatedly", () => {
    const warm = planner();
    const first = QUESTIONS.map((q) => warm.plan(q, "en"));
    const again = [...QUESTIONS].reverse().map((q) => warm.plan(q, "en"));
    for (const [i, q] of QUESTIONS.entries()) {
      const fresh = planner().plan(q, "en");
      expect(first[i]).toEqual(fresh);
      expect(again[QUESTIONS.length - 1 - i]).toEqual(fresh);
      expect(warm.withFreshCaches().plan(q, "en")).toEqual(fresh);
    }
  });

  it("a capitalised name the corpus lacks stays specific; one it spells is matched", () => {
    const plan = planner().plan("What did Lavrov say about Navalny?", "en");
    const bySurface = new Map(plan.words.map((w) => [w.surface, w]));
    expect(bySurface.get("Lavrov")?.forms.some((f) => f.arabic === "لافروف")).toBe(true);
    expect(bySurface.get("Navalny")?.specific).toBe(true);
  });
});

describe("the noun naming the answer's kind", () => {
  it("stays in the plan as a light framing word ('which countries')", () => {
    const withCountries = new BilingualPlanner({
      lexicon: Lexicon.fromEntries([
        ["countries", [{ arabic: "البلدان", weight: 1 }]],
        ["talks", [{ arabic: "محادثات", weight: 1 }]],
      ]),
      transliteration: buildTransliterationIndex(vocabulary),
    });
    const words = withCountries.plan("Which countries came up in the talks?", "en").words;
    const kind = words.find((w) => w.surface === "countries");
    expect(kind?.frame).toBe(true);
    expect(kind?.group.boost ?? 1).toBeLessThan(1);
    expect(words.find((w) => w.surface === "talks")?.frame).toBeUndefined();
  });
});
