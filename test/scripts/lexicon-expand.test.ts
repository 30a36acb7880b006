import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  composedTranslation,
  DEFAULT_EXPAND,
  expandWithThesaurus,
  expandWithWordNet,
  perfectForVerbs,
  relatedTranslations,
  withoutUnusableTranslations,
} from "../../scripts/lexicon/expand.js";
import { parseMythes, thesaurusKey } from "../../scripts/lexicon/mythes.js";
import { DEFAULT_RELATIONS, parseDataLine, WordNet } from "../../scripts/lexicon/wordnet.js";
import type { Translation } from "../../src/translate/lexicon.js";

/** A tiny WordNet database in the real file layout (offsets are only ids here). */
function tinyWordNet(): { dir: string; wn: WordNet } {
  const dir = mkdtempSync(path.join(tmpdir(), "wordnet-"));
  const files: Record<string, string> = {
    "data.noun": [
      "  1 This software and database is being provided to you (licence lines start with spaces)",
      "00000001 14 n 02 team 0 squad 0 000 | a cooperative unit",
      "00000002 04 n 01 discussion 0 001 + 00000003 v 0101 | an exchange of views",
      "00000004 14 n 01 side 0 001 @ 00000001 n 0000 | one of the teams",
      "00000007 05 n 03 ctenophore 0 comb_jelly 0 Phoebe 0 000 | a marine animal (and a made-up name)",
      "00000008 14 n 01 sider 0 000 | a made-up word of its own that looks like a comparative (as number)",
    ].join("\n"),
    "data.verb": "00000003 32 v 02 discuss 0 talk_over 0 001 + 00000002 n 0101 | speak with others about",
    "data.adj": "00000005 01 a 01 national(a) 0 001 \\ 00000006 n 0000 | of a nation",
    "data.adv": "",
    "index.noun": [
      "team n 1 0 1 0 00000001",
      "squad n 1 0 1 0 00000001",
      "discussion n 1 1 + 1 0 00000002",
      "side n 1 1 @ 1 0 00000004",
      "flank n 2 1 @ 2 0 00000004 00000001",
      "ctenophore n 1 0 1 0 00000007",
      "comb_jelly n 1 0 1 0 00000007",
      "phoebe n 1 0 1 0 00000007",
      "sider n 1 0 1 0 00000008",
    ].join("\n"),
    "index.verb": ["discuss v 1 1 + 1 0 00000003", "talk_over v 1 1 + 1 0 00000003"].join("\n"),
    "index.adj": "national a 1 0 1 0 00000005",
    "index.adv": "",
    "noun.exc": "",
    "verb.exc": "discussed discuss",
    "adj.exc": "",
    "adv.exc": "",
    // The second sense of `flank` (the team) was tagged 9 times, the first never.
    "cntlist.rev": "flank%1:14:00:: 2 9\nteam%1:14:00:: 1 4",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), `${text}\n`);
  return { dir, wn: WordNet.load(dir) };
}

const { dir, wn } = tinyWordNet();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const own: ReadonlyMap<string, readonly Translation[]> = new Map([
  ["team", [{ arabic: "الفريق", weight: 1 }]],
  ["teams", [{ arabic: "الفرق", weight: 1 }]],
  ["squad", [{ arabic: "الفرقة", weight: 1 }]],
  ["discussion", [{ arabic: "المناقشة", weight: 1 }]],
  ["side", [{ arabic: "الجانب", weight: 1 }]],
]);

const arabicOf = (list: readonly Translation[]) => list.map((t) => t.arabic);

describe("WordNet reader", () => {
  it("parses words, adjective markers and lexical pointers of a data line", () => {
    const line = "00000005 01 a 02 national(a) 0 home_grown 0 001 \\ 00000006 n 0102 | gloss";
    expect(parseDataLine(line, "a")).toEqual({
      id: "a00000005",
      synset: {
        words: ["national", "home grown"],
        pointers: [{ symbol: "\\", target: "n00000006", source: 1, targetWord: 2 }],
        proper: [false, false],
      },
    });
    expect(parseDataLine("  licence text", "n")).toBeUndefined();
  });

  it("relates synonyms and derivations, not broader words by default", () => {
    expect(wn.related("team").get("squad")).toBeCloseTo(DEFAULT_RELATIONS.synonym, 9);
    const discuss = wn.related("discuss");
    expect(discuss.get("talk over")).toBeCloseTo(1, 9);
    expect(discuss.get("discussion")).toBeCloseTo(DEFAULT_RELATIONS.derivation, 9);
    expect(wn.related("side").has("team")).toBe(false);
    // A whole-synset pointer shares its weight among the target synset's words.
    expect(wn.related("side", { ...DEFAULT_RELATIONS, hypernym: 0.3 }).get("team")).toBeCloseTo(0.15, 9);
    expect(wn.exceptionBases("discussed")).toEqual(["discuss"]);
  });

  it("weighs senses by their tagged frequency on request, by rank otherwise", () => {
    // By rank: the first sense weighs 1, the second 1/2; squad is only in the second.
    expect(wn.related("flank").get("squad")).toBeCloseTo(0.5 / 1.5, 9);
    expect(wn.related("flank", DEFAULT_RELATIONS, false, false, true).get("squad")).toBeCloseTo(
      9.5 / 10.5,
      9,
    );
  });
});

describe("expandWithWordNet", () => {
  it("mixes a word's own translations with its synonyms' at the configured share", () => {
    const { entries } = expandWithWordNet(own, wn);
    const team = entries.get("team") ?? [];
    expect(arabicOf(team)).toEqual(["الفريق", "الفرقة"]);
    expect(team[1]?.weight).toBeCloseTo(DEFAULT_EXPAND.thinShare, 9);
  });

  it("reaches WordNet through inflected keys and adds keys FreeDict lacks", () => {
    expect(arabicOf(relatedTranslations("teams", own, wn, DEFAULT_RELATIONS))).toEqual(
      expect.arrayContaining(["الفريق", "الفرقة"]),
    );
    const { entries, stats } = expandWithWordNet(own, wn);
    expect(arabicOf(entries.get("discuss") ?? [])).toEqual(["المناقشة"]);
    expect(stats.added).toBeGreaterThan(0);
    // Multi-word lemmas become phrase keys only on request.
    expect(entries.has("talk over")).toBe(false);
  });

  it("takes a word WordNet lists on its own in -er/-est (number, power) for no form of its look-alike", () => {
    // `sider` is a WordNet lemma here: not the comparative of `side`, so none of side's senses.
    expect(relatedTranslations("sider", own, wn, DEFAULT_RELATIONS)).toEqual([]);
    // `flanks` is not: it reaches `flank` and its synonyms.
    expect(arabicOf(relatedTranslations("flanks", own, wn, DEFAULT_RELATIONS))).toEqual(
      expect.arrayContaining(["الجانب", "الفريق"]),
    );
  });

  it("caps a relatives-only translation at a share of the word's best own one (--own-lead)", () => {
    const share = DEFAULT_EXPAND.thinShare;
    const { entries } = expandWithWordNet(own, wn, { ...DEFAULT_EXPAND, ownLead: 0.5 });
    const team = entries.get("team") ?? [];
    expect(arabicOf(team)).toEqual(["الفريق", "الفرقة"]);
    // الفرقة (from squad) would weigh `share`; capped at half of الفريق's 1 − share, renormalised.
    expect(team[1]?.weight).toBeCloseTo((0.5 * (1 - share)) / (1.5 * (1 - share)), 9);
  });

  it("takes no capitalised (name) synonyms for a common word", () => {
    const related = wn.related("ctenophore");
    expect(related.has("comb jelly")).toBe(true);
    expect(related.has("phoebe")).toBe(false);
  });

  it("translates multi-word relatives word by word for keys without translations (--compose)", () => {
    const parts = new Map([
      ["comb", [{ arabic: "المشط", weight: 1 }]],
      [
        "jelly",
        [
          { arabic: "الهلام", weight: 0.7 },
          { arabic: "هلام شفاف", weight: 0.3 },
        ],
      ],
      ["phoebe", [{ arabic: "فويب", weight: 1 }]],
    ]);
    expect(composedTranslation("comb jelly", parts)).toEqual([{ arabic: "المشط الهلام", weight: 1 }]);
    // A content word without a translation leaves the phrase untranslated.
    expect(composedTranslation("comb honey", parts)).toBeUndefined();
    const composed = expandWithWordNet(parts, wn, { ...DEFAULT_EXPAND, compose: "unknown" }).entries;
    expect(composed.get("ctenophore")).toEqual([{ arabic: "المشط الهلام", weight: 1 }]);
    expect(expandWithWordNet(parts, wn).entries.has("ctenophore")).toBe(false);
  });

  it("leaves words without known relatives as they were", () => {
    const lonely = new Map([["zebra", [{ arabic: "الحمار الوحشي", weight: 1 }]]]);
    expect(expandWithWordNet(lonely, wn).entries.get("zebra")).toEqual(lonely.get("zebra"));
  });
});

describe("Arabic thesaurus", () => {
  const text = ["UTF-8", "فريق|2", "(اسم)|جَمَاعَة|فِرْقَة", "(اسم)|مُمْتَلِئ-البَطْن-", "لعب|1", "(فعل)|تَلَهَّى"].join(
    "\n",
  );

  it("parses MyThes entries into unvocalised synonyms, skipping hyphenated glosses", () => {
    const thesaurus = parseMythes(text);
    expect(thesaurus.get("فريق")).toEqual(["جماعة", "فرقة"]);
    expect(thesaurus.get(thesaurusKey("اللعب"))).toEqual(["تلهى"]);
  });

  it("lends a share of each translation's weight to its synonyms", () => {
    const thesaurus = parseMythes(text);
    const { entries, widened } = expandWithThesaurus(own, (a) => thesaurus.get(thesaurusKey(a)), 0.2);
    expect(widened).toBe(1);
    const team = entries.get("team") ?? [];
    expect(arabicOf(team)).toEqual(["الفريق", "جماعة", "فرقة"]);
    expect(team[1]?.weight).toBeCloseTo(0.1 / 1.2, 9);
  });
});

describe("perfectForVerbs", () => {
  const entries = new Map<string, Translation[]>([
    ["publish", [{ arabic: "إنشر", weight: 1 }]],
    ["write", [{ arabic: "يكتب", weight: 1 }]],
    ["develop", [{ arabic: "يطور", weight: 1 }]],
    ["sin", [{ arabic: "إثم", weight: 1 }]],
    ["frame", [{ arabic: "إطار", weight: 1 }]],
  ]);
  const verbs = new Set(["publish", "write", "develop", "frame"]);

  it("gives verb keys the perfect of Form I imperatives and presents", () => {
    const { entries: out, changed } = perfectForVerbs(entries, (k) => verbs.has(k), {
      imperative: 0.8,
      present: 0.5,
    });
    expect(changed).toBe(2);
    expect(out.get("publish")).toEqual([
      { arabic: "نشر", weight: expect.closeTo(0.8, 9) },
      { arabic: "إنشر", weight: expect.closeTo(0.2, 9) },
    ]);
    expect(arabicOf(out.get("write") ?? [])).toEqual(["كتب", "يكتب"]);
  });

  it("leaves nouns and words with long vowels alone", () => {
    const { entries: out } = perfectForVerbs(entries, (k) => verbs.has(k), { imperative: 0.8, present: 0.5 });
    expect(out.get("sin")).toEqual(entries.get("sin"));
    // إطار and يطور hold a long-vowel letter: not the shape of a sound Form I verb.
    expect(out.get("frame")).toEqual(entries.get("frame"));
    expect(out.get("develop")).toEqual(entries.get("develop"));
  });
});

describe("withoutUnusableTranslations", () => {
  it("drops translations of three words or more from keys that have a shorter one", () => {
    const entries = new Map([
      [
        "across",
        [
          { arabic: "على هيئة صليب", weight: 0.6 },
          { arabic: "عرضا", weight: 0.4 },
        ],
      ],
      ["vail", [{ arabic: "طأطأ احتراما أو خضوعا", weight: 1 }]],
      ["soccer", [{ arabic: "كرة القدم", weight: 1 }]],
    ]);
    const { entries: out, changed } = withoutUnusableTranslations(entries, 3, false);
    expect(out.get("across")).toEqual([{ arabic: "عرضا", weight: 1 }]);
    // Keys with nothing shorter, and two-word renderings, are kept as they were.
    expect(out.get("vail")).toEqual(entries.get("vail"));
    expect(out.get("soccer")).toEqual(entries.get("soccer"));
    expect(changed).toBe(1);
  });

  it("drops translations made of Arabic stopwords only, unless nothing else is left", () => {
    const entries = new Map([
      [
        "five",
        [
          { arabic: "خمسة", weight: 0.5 },
          { arabic: "في", weight: 0.5 },
        ],
      ],
      ["in", [{ arabic: "في", weight: 1 }]],
      [
        "must",
        [
          { arabic: "يجب أن", weight: 0.6 },
          { arabic: "العفونة", weight: 0.4 },
        ],
      ],
    ]);
    const { entries: out } = withoutUnusableTranslations(entries, 0, true);
    expect(out.get("five")).toEqual([{ arabic: "خمسة", weight: 1 }]);
    expect(out.get("in")).toEqual(entries.get("in"));
    // An English function word keeps its Arabic function words.
    expect(out.get("must")).toEqual(entries.get("must"));
    expect(withoutUnusableTranslations(entries, 0, false).entries.get("five")).toEqual(entries.get("five"));
  });
});
