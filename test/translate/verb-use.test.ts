import { describe, expect, it } from "vitest";
import { englishWords } from "../../src/translate/english.js";
import { Lexicon } from "../../src/translate/lexicon.js";
import { gerundsOf, isBareVerbUse, verbSenses } from "../../src/translate/verb-use.js";

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
    expect(verbIn("When will the negotiations resume?", "resume")).toBe(false);
    expect(verbIn("Will talks resume soon?", "talks")).toBe(false);
  });

  it("leaves nouns after a determiner or a preposition, and inflected forms, alone", () => {
    expect(verbIn("What is the sign of the agreement?", "sign")).toBe(false);
    expect(verbIn("Was there a sign of progress?", "sign")).toBe(false);
    expect(verbIn("Who heads the government of Libya?", "heads")).toBe(false);
    expect(verbIn("Who signed the treaty?", "signed")).toBe(false);
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

describe("Lexicon.lookupVerb", () => {
  const lexicon = Lexicon.fromEntries([
    ["sign", [{ arabic: "الإشارة", weight: 1 }]],
    ["signing", [{ arabic: "التوقيع", weight: 1 }]],
    ["hold", [{ arabic: "القبضة", weight: 1 }]],
  ]);

  it("renders a verb by its gerund's entry, looked up exactly", () => {
    expect(lexicon.lookupVerb("sign").map((t) => t.arabic)).toEqual(["التوقيع"]);
    expect(lexicon.lookup("sign").map((t) => t.arabic)).toEqual(["الإشارة"]);
    // `holding` is absent: the exact look-up does not fall back to `hold` itself through de-inflection.
    expect(lexicon.lookupVerb("hold").map((t) => t.arabic)).toEqual(["القبضة"]);
  });
});
