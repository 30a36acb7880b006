import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collocationEntries } from "../../scripts/lexicon/collocations.js";
import { WordNet } from "../../scripts/lexicon/wordnet.js";
import type { Translation } from "../../src/translate/lexicon.js";

/** A tiny WordNet database in the real file layout (offsets are only ids here). */
function tinyWordNet(): { dir: string; wn: WordNet } {
  const dir = mkdtempSync(path.join(tmpdir(), "wordnet-colloc-"));
  const files: Record<string, string> = {
    "data.noun": [
      "00000001 18 n 03 chancellor 0 premier 0 prime_minister 0 000 | the head of government",
      "00000002 18 n 02 chancellor 0 rector 0 000 | the head of a university",
      "00000003 18 n 02 foreign_minister 0 secretary_of_state 0 000 | a minister for foreign relations",
      "00000004 04 n 01 hap 0 000 | luck",
    ].join("\n"),
    "data.verb": "00000005 30 v 03 happen 0 hap 0 take_place 0 000 | come to pass",
    "data.adj": "",
    "data.adv": "",
    "index.noun": [
      // `chancellor` is first the head of a university, `premier` first the head of government.
      "chancellor n 2 0 2 0 00000002 00000001",
      "premier n 1 0 1 0 00000001",
      "prime_minister n 1 0 1 0 00000001",
      "rector n 1 0 1 0 00000002",
      "foreign_minister n 1 0 1 0 00000003",
      "secretary_of_state n 1 0 1 0 00000003",
      "hap n 1 0 1 0 00000004",
    ].join("\n"),
    "index.verb": [
      "happen v 1 0 1 0 00000005",
      "hap v 1 0 1 0 00000005",
      "take_place v 1 0 1 0 00000005",
    ].join("\n"),
    "index.adj": "",
    "index.adv": "",
    "noun.exc": "",
    "verb.exc": "",
    "adj.exc": "",
    "adv.exc": "",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), `${text}\n`);
  return { dir, wn: WordNet.load(dir) };
}

const { dir, wn } = tinyWordNet();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const own = new Map<string, Translation[]>([
  ["premier", [{ arabic: "رئيس الوزراء", weight: 1 }]],
  ["chancellor", [{ arabic: "مدير الجامعة", weight: 1 }]],
  ["hap", [{ arabic: "الحظ", weight: 1 }]],
  ["happen", [{ arabic: "يحدث", weight: 1 }]],
]);

describe("collocationEntries", () => {
  const added = collocationEntries(wn, own);

  it("translates a collocation through the synonyms whose usual sense it is", () => {
    // `chancellor` is in the synset too, but its usual sense is another: its translation stays out.
    expect(added.get("prime minister")).toEqual([{ arabic: "رئيس الوزراء", weight: 1 }]);
  });

  it("takes no definite noun for a verb's sense", () => {
    // `hap` the verb is happen, but FreeDict's الحظ renders hap the noun, "luck".
    expect(added.get("take place")).toEqual([{ arabic: "يحدث", weight: 1 }]);
  });

  it("adds nothing the dictionary cannot translate, and no single words or keys it has", () => {
    expect(added.has("foreign minister")).toBe(false);
    expect(added.has("secretary of state")).toBe(false);
    expect([...added.keys()].every((k) => k.includes(" "))).toBe(true);
    const withPhrase = new Map([...own, ["prime minister", [{ arabic: "رئيس الحكومة", weight: 1 }]]]);
    expect(collocationEntries(wn, withPhrase).has("prime minister")).toBe(false);
  });
});
