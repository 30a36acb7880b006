import { describe, expect, it } from "vitest";
import { BilingualPlanner, isQuestionFrame } from "../../src/retrieval/english-planner.js";
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

describe("isQuestionFrame", () => {
  const words = (q: string) => q.toLowerCase().split(" ");
  it("drops the quantity word after how and the answer's kind", () => {
    expect(isQuestionFrame(words("how many species are there"), 1)).toBe(true);
    expect(isQuestionFrame(words("how long did the plague last"), 1)).toBe(true);
    expect(isQuestionFrame(words("what is the name of the castle"), 3)).toBe(true);
    expect(isQuestionFrame(words("what type of atmosphere"), 1)).toBe(true);
    expect(isQuestionFrame(words("which kind was it"), 1)).toBe(true);
  });

  it("keeps the same words where they name the topic", () => {
    expect(isQuestionFrame(words("many people fled"), 0)).toBe(false);
    expect(isQuestionFrame(words("a long war"), 1)).toBe(false);
    expect(isQuestionFrame(words("name an extra that was added"), 0)).toBe(false);
    expect(isQuestionFrame(words("what did the name mean"), 3)).toBe(false);
  });

  it("leaves such words out of an English plan", () => {
    const plan = planner().plan("How many talks did the Minister hold?", "en");
    // "hold" only frames what is held (talks, a post).
    expect(plan.words.map((w) => w.surface.toLowerCase())).toEqual(["talks", "minister"]);
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

describe("BilingualPlanner's verbs", () => {
  const verbs = Lexicon.fromEntries([
    ["sign", [{ arabic: "الإشارة", weight: 1 }]],
    ["signing", [{ arabic: "التوقيع", weight: 1 }]],
    ["agreement", [{ arabic: "اتفاقية", weight: 1 }]],
    ["adopt", [{ arabic: "يتبنى", weight: 1 }]],
    ["adopting", [{ arabic: "التبني", weight: 1 }]],
    ["adopted", [{ arabic: "إقامة", weight: 1 }]],
  ]);
  const plan = (q: string) =>
    new BilingualPlanner({ lexicon: verbs, transliteration: buildTransliterationIndex(vocabulary) }).plan(
      q,
      "en",
    );
  const formsOf = (q: string, surface: string) =>
    plan(q)
      .words.find((w) => w.surface === surface)
      ?.forms.map((f) => f.arabic);

  it("renders a word used as a verb by the verb's senses, the same word as a noun by the noun's", () => {
    expect(formsOf("Did they sign an agreement?", "sign")).toEqual(["التوقيع"]);
    expect(formsOf("Was the sign of an agreement seen?", "sign")).toEqual(["الإشارة"]);
  });

  it("renders a past form by its verb's senses when the verb's base and gerund agree against its own", () => {
    expect(formsOf("When was the resolution adopted?", "adopted")).toEqual(["يتبنى"]);
  });
});

describe("mistyped Arabic words", () => {
  it("also search the corpus's close spelling of a word no dictionary knows", async () => {
    const { SpellingVariants } = await import("../../src/translate/spelling-variants.js");
    const typed = new BilingualPlanner({
      lexicon,
      transliteration: buildTransliterationIndex(vocabulary),
      spellings: new SpellingVariants(vocabulary),
      isKnownArabicWord: (word) => word === "قال",
    });
    const word = typed.plan("ماذا قال لافرف؟", "ar").words.find((w) => w.surface === "لافرف");
    expect(word?.forms.map((f) => f.arabic)).toContain("لافروف");
  });
});
