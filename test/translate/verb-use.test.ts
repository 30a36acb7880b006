import { describe, expect, it } from "vitest";
import { englishWords } from "../../src/translate/english.js";
import { Lexicon } from "../../src/translate/lexicon.js";
import { gerundsOf, isBareVerbUse, pastFormSenses, verbSenses } from "../../src/translate/verb-use.js";

/** Whether `word` is read as a bare verb in `question`. */
function verbIn(question: string, word: string): boolean {
  const words = englishWords(question);
  return isBareVerbUse(words, words.indexOf(word));
}

describe("isBareVerbUse", () => {
  it("reads a word before its object's determiner, or after to or a modal, as a verb", () => {
    expect(verbIn("Did Lavrov and Safadi sign an agreement?", "sign")).toBe(true);
    expect(verbIn("Did Safadi meet the Russian defence minister?", "meet")).toBe(true);
    expect(verbIn("Do they plan to sign it?", "sign")).toBe(true);
    expect(verbIn("Did they sign?", "sign")).toBe(true);
    expect(verbIn("When will the negotiations resume?", "resume")).toBe(false);
    expect(verbIn("Will talks resume soon?", "talks")).toBe(false);
  });

  it("leaves nouns after a determiner or a preposition, and inflected forms, alone", () => {
    expect(verbIn("What is the sign of the agreement?", "sign")).toBe(false);
    expect(verbIn("Was there a sign of progress?", "sign")).toBe(false);
    expect(verbIn("Who heads the government of Libya?", "heads")).toBe(false);
    expect(verbIn("Who signed the treaty?", "signed")).toBe(false);
    // The last word after an auxiliary is as often the object noun as the verb.
    expect(verbIn("What post did he hold before he became foreign minister?", "minister")).toBe(false);
  });
});

describe("gerundsOf", () => {
  it("spells the gerund as English does", () => {
    expect(gerundsOf("sign")[0]).toBe("signing");
    expect(gerundsOf("make")[0]).toBe("making");
    expect(gerundsOf("win")[0]).toBe("winning");
    expect(gerundsOf("stop")[0]).toBe("stopping");
    expect(gerundsOf("visit")[0]).toBe("visiting");
    expect(gerundsOf("agree")[0]).toBe("agreeing");
  });
});

describe("verbSenses", () => {
  const find = (key: string) => (key === "signing" ? [{ arabic: "التوقيع", weight: 1 }] : undefined);

  it("takes the gerund's senses when the word's own are all definite nouns", () => {
    const own = [{ arabic: "الإشارة", weight: 1 }];
    expect(verbSenses(own, "sign", find).map((t) => t.arabic)).toEqual(["التوقيع"]);
  });

  it("keeps the word's own senses when one of them can render a verb, or no gerund is known", () => {
    const own = [
      { arabic: "الإشارة", weight: 0.5 },
      { arabic: "وقع", weight: 0.5 },
    ];
    expect(verbSenses(own, "sign", find)).toBe(own);
    const noun = [{ arabic: "القبضة", weight: 1 }];
    expect(verbSenses(noun, "hold", find)).toBe(noun);
  });
});

describe("Lexicon.lookupInContext", () => {
  const lexicon = Lexicon.fromEntries([
    ["sign", [{ arabic: "الإشارة", weight: 1 }]],
    ["signing", [{ arabic: "التوقيع", weight: 1 }]],
    ["hold", [{ arabic: "القبضة", weight: 1 }]],
  ]);

  it("renders a verb by its gerund's entry, looked up exactly", () => {
    expect(lexicon.lookupInContext("sign", true).map((t) => t.arabic)).toEqual(["التوقيع"]);
    expect(lexicon.lookup("sign").map((t) => t.arabic)).toEqual(["الإشارة"]);
    // `holding` is absent: the exact look-up does not fall back to `hold` itself through de-inflection.
    expect(lexicon.lookupInContext("hold", true).map((t) => t.arabic)).toEqual(["القبضة"]);
  });
});

describe("pastFormSenses", () => {
  const entries = new Map([
    ["adopt", [{ arabic: "يتبنى", weight: 1 }]],
    ["adopting", [{ arabic: "التبني", weight: 1 }]],
    ["hold", [{ arabic: "القبضة", weight: 1 }]],
    ["holding", [{ arabic: "الحصة", weight: 1 }]],
    ["schedule", [{ arabic: "الجدول", weight: 1 }]],
    ["scheduling", [{ arabic: "الجدولة", weight: 1 }]],
    ["sum", [{ arabic: "المبلغ", weight: 1 }]],
    ["summing", [{ arabic: "مبلغ", weight: 1 }]],
  ]);
  const find = (key: string) => entries.get(key);
  const arabic = (own: string, word: string) =>
    pastFormSenses([{ arabic: own, weight: 1 }], word, find)[0]?.arabic;

  it("takes the verb's senses when its base and gerund agree on a root the past form lacks", () => {
    expect(arabic("إقامة", "adopted")).toBe("يتبنى");
  });

  it("keeps the past form's own senses otherwise", () => {
    // The form shares the verb's root.
    expect(arabic("متبنى", "adopted")).toBe("متبنى");
    // Base and gerund disagree: nothing speaks against the form's own sense.
    expect(arabic("محمول", "held")).toBe("محمول");
    // The base's sense is a noun, which cannot render a past participle.
    expect(arabic("محدد", "scheduled")).toBe("محدد");
    // Not a past form: `summer` is no inflection of `sum`.
    expect(arabic("الصيف", "summer")).toBe("الصيف");
  });
});
