import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_TRANSLATIONS } from "../../scripts/lexicon/rank.js";
import { AppError } from "../../src/core/errors.js";
import { indexLexicon, LEXICON_MAGIC, Lexicon } from "../../src/translate/lexicon.js";
import { expectNormalisedAndOrdered, norms } from "../helpers/translations.js";

describe("Lexicon (in memory)", () => {
  const lexicon = Lexicon.fromEntries([
    ["talk", [{ arabic: "الكلام", weight: 1 }]],
    [
      "minister",
      [
        { arabic: "الوزير", weight: 3 },
        { arabic: "الوزراء", weight: 1 },
      ],
    ],
    ["hold", [{ arabic: "عقد", weight: 1 }]],
    ["discuss", [{ arabic: "ناقش", weight: 1 }]],
    ["country", [{ arabic: "البلد", weight: 1 }]],
    ["plan", [{ arabic: "خطة", weight: 1 }]],
    ["security", [{ arabic: "الأمن", weight: 1 }]],
    ["security council", [{ arabic: "مجلس الأمن", weight: 1 }]],
    ["security council resolution", [{ arabic: "قرار مجلس الأمن", weight: 1 }]],
    ["foreign minister", [{ arabic: "وزير الخارجية", weight: 1 }]],
    ["weather-bound", [{ arabic: "مغلق بسبب الجو", weight: 1 }]],
  ]);

  it("normalises weights and orders by probability", () => {
    const list = lexicon.lookup("minister");
    expect(list.map((t) => t.arabic)).toEqual(["الوزير", "الوزراء"]);
    expect(list[0]?.weight).toBeCloseTo(0.75, 9);
    expectNormalisedAndOrdered(list);
  });

  it("finds base forms of inflected words", () => {
    expect(lexicon.lookup("talks")[0]?.arabic).toBe("الكلام");
    expect(lexicon.lookup("held")[0]?.arabic).toBe("عقد");
    expect(lexicon.lookup("Ministers")[0]?.arabic).toBe("الوزير");
    expect(lexicon.lookup("discussed")[0]?.arabic).toBe("ناقش");
    expect(lexicon.lookup("countries")[0]?.arabic).toBe("البلد");
    expect(lexicon.lookup("planned")[0]?.arabic).toBe("خطة");
    expect(lexicon.lookup("minister’s")[0]?.arabic).toBe("الوزير");
    expect(lexicon.lookup("unknownword")).toEqual([]);
    expect(lexicon.has("talks")).toBe(true);
    expect(lexicon.has("unknownword")).toBe(false);
    expect(lexicon.size).toBe(11);
  });

  it("reads a long unknown word as a typo of its one dictionary neighbour", () => {
    const typos = Lexicon.fromEntries([
      ["parliament", [{ arabic: "البرلمان", weight: 1 }]],
      ["ctenophore", [{ arabic: "المشطيات", weight: 1 }]],
      ["canadian", [{ arabic: "الكندي", weight: 1 }]],
      ["canarias", [{ arabic: "الكناري", weight: 1 }]],
      ["talk", [{ arabic: "الكلام", weight: 1 }]],
    ]);
    expect(typos.lookup("parliment")[0]?.arabic).toBe("البرلمان"); // a letter left out
    expect(typos.lookup("Parlaiment")[0]?.arabic).toBe("البرلمان"); // two letters swapped
    expect(typos.lookup("ctenphores")[0]?.arabic).toBe("المشطيات"); // then de-inflected
    expect(typos.lookup("canarian")).toEqual([]); // two neighbours: ambiguous
    expect(typos.lookup("tallk")).toEqual([]); // short words may be words or names of their own
    expect(typos.lookup("parliament's")[0]?.arabic).toBe("البرلمان");
    expect(typos.has("parliment")).toBe(false); // `has` stays exact
  });

  it("borrows a base's senses for a derived word only when they share a root with its own", () => {
    const derived = Lexicon.fromEntries([
      ["defender", [{ arabic: "المدافع", weight: 1 }]],
      ["defend", [{ arabic: "دافع", weight: 1 }]],
      ["number", [{ arabic: "العدد", weight: 1 }]],
      ["numb", [{ arabic: "خدر", weight: 1 }]],
      ["nation", [{ arabic: "الأمة", weight: 1 }]],
    ]);
    expect(norms(derived.lookupDerived("defender"))).toEqual(norms([{ arabic: "دافع", weight: 1 }]));
    expect(derived.lookupDerived("number")).toEqual([]); // numb is a look-alike, not its base
    // A word without senses of its own takes its base's, whatever they are.
    expect(derived.lookupDerived("national")[0]?.arabic).toBe("الأمة");
  });

  it("returns copies, so callers cannot corrupt the lexicon", () => {
    lexicon.lookup("talk").pop();
    expect(lexicon.lookup("talk")).toHaveLength(1);
  });

  it("prefers the longest phrase starting at the position", () => {
    const tokens = ["the", "security", "council", "resolution", "on", "security"];
    expect(lexicon.lookupPhrase(tokens, 1)).toEqual({
      length: 3,
      translations: [{ arabic: "قرار مجلس الأمن", weight: 1 }],
    });
    expect(lexicon.lookupPhrase(["security", "council", "met"], 0)?.length).toBe(2);
    expect(lexicon.lookupPhrase(tokens, 5)).toBeUndefined(); // single words are for lookup()
    expect(lexicon.lookupPhrase(tokens, 0)).toBeUndefined();
    expect(lexicon.lookupPhrase(tokens, 99)).toBeUndefined();
  });

  it("de-inflects the last word of a phrase and matches hyphenated keys", () => {
    expect(lexicon.lookupPhrase(["Foreign", "Ministers"], 0)?.translations[0]?.arabic).toBe("وزير الخارجية");
    expect(lexicon.lookupPhrase(["weather", "bound"], 0)?.length).toBe(2);
  });

  it("lists every key with its translations", () => {
    expect([...lexicon.entries()].reduce((n, [, list]) => n + list.length, 0)).toBe(12);
  });

  it("makes no phrase of function words alone (has been ≠ the noun has-been)", () => {
    const hyphenated = Lexicon.fromEntries([
      ["has-been", [{ arabic: "المنسي", weight: 1 }]],
      ["well-known", [{ arabic: "معروف", weight: 1 }]],
    ]);
    expect(hyphenated.lookupPhrase(["has", "been", "held"], 0)).toBeUndefined();
    expect(hyphenated.lookupPhrase(["well", "known", "talks"], 0)?.length).toBe(2);
  });
});

describe("Lexicon.load", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "lexicon-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expectInvalid = async (file: string, message: RegExp) => {
    const error = await Lexicon.load(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("LEXICON_INVALID");
    expect((error as AppError).message).toContain(file);
    expect((error as AppError).message).toMatch(message);
    expect((error as AppError).message).toContain("npm run lexicon:build");
  };

  it("reports a missing file as LEXICON_INVALID naming the path", async () => {
    await expectInvalid(path.join(dir, "missing.tsv.gz"), /Cannot read/);
  });

  it("reports a corrupt file as LEXICON_INVALID", async () => {
    const notGzip = path.join(dir, "plain.tsv.gz");
    writeFileSync(notGzip, `${LEXICON_MAGIC}\nword\tكلمة:1\n`);
    await expectInvalid(notGzip, /corrupt/);

    const noHeader = path.join(dir, "noheader.tsv.gz");
    writeFileSync(noHeader, gzipSync("word\tكلمة:1\n"));
    await expectInvalid(noHeader, /header/);

    const badLine = path.join(dir, "badline.tsv.gz");
    writeFileSync(badLine, gzipSync(`${LEXICON_MAGIC}\nword\tكلمة:1\nbroken line without tab\n`));
    await expectInvalid(badLine, /line 3/);

    const empty = path.join(dir, "empty.tsv.gz");
    writeFileSync(empty, gzipSync(`${LEXICON_MAGIC}\n`));
    await expectInvalid(empty, /no entries/);
  });

  it("reports a bad value when it is first looked up", async () => {
    const badValue = path.join(dir, "badvalue.tsv.gz");
    writeFileSync(badValue, gzipSync(`${LEXICON_MAGIC}\nword\tكلمة:x\nother\tآخر:1\n`));
    const lexicon = await Lexicon.load(badValue);
    expect(lexicon.lookup("other")[0]?.arabic).toBe("آخر");
    expect(() => lexicon.lookup("word")).toThrow(AppError);
  });

  it("indexes lines without parsing values", () => {
    const index = indexLexicon(`${LEXICON_MAGIC} x\n# comment\na\tب:0.5|ت:0.5\n`);
    expect([...index.entries()]).toEqual([["a", "ب:0.5|ت:0.5"]]);
  });

  it("reads non-ASCII keys and the values after them from the raw bytes", async () => {
    const accented = path.join(dir, "accented.tsv.gz");
    writeFileSync(
      accented,
      gzipSync(`${LEXICON_MAGIC}\ncafé\tمقهى:1\nrésumé\tملخص:1\nzoo\tحديقة الحيوان:1\n`),
    );
    const lexicon = await Lexicon.load(accented);
    expect(lexicon.lookup("café")[0]?.arabic).toBe("مقهى");
    expect(lexicon.lookup("résumé")[0]?.arabic).toBe("ملخص");
    expect(lexicon.lookup("zoo")[0]?.arabic).toBe("حديقة الحيوان");
  });
});

describe("committed data/lexicon/en-ar.tsv.gz", async () => {
  const lexicon = await Lexicon.load("data/lexicon/en-ar.tsv.gz");

  it("is a sizeable dictionary", () => {
    expect(lexicon.size).toBeGreaterThan(50_000);
  });

  it.each([
    ["minister", "وزير"],
    ["ministers", "وزراء"],
    ["security", "امن"],
    ["refugee", "لاجي"],
    ["refugees", "لاجي"],
    ["terrorism", "ارهاب"],
    ["meeting", "اجتماع"],
    ["city", "مدينه"],
    ["talks", "محادثات"],
    ["resolution", "قرار"],
    ["normalization", "تطبيع"],
    ["gulf", "خليج"],
    ["weather", "طقس"],
    // FreeDict has only the financial sense for `capital`; the city sense is under `capitals`.
    ["capital", "راسمال"],
    ["capitals", "عواصم"],
  ])("translates %s with %s among its translations", (word, root) => {
    const list = lexicon.lookup(word);
    expectNormalisedAndOrdered(list);
    expect(list.length).toBeLessThanOrEqual(MAX_TRANSLATIONS);
    expect(
      norms(list).some((n) => n.includes(root)),
      `${word}: ${norms(list).join(" | ")}`,
    ).toBe(true);
  });

  it("has a widened sibling: WordNet relatives, verb perfects (scripts/lexicon/widen.ts)", async () => {
    const lexicon = await Lexicon.load("data/lexicon/en-ar.wide.tsv.gz");
    expect(lexicon.size).toBeGreaterThan(100_000);
    // FreeDict alone: publish → إنشر (imperative), negotiation → المفاوضات, discuss → ناقش.
    expect(norms(lexicon.lookup("publish"))[0]).toBe("نشر");
    expect(norms(lexicon.lookup("negotiation"))).toContain("المحادثات");
    expect(norms(lexicon.lookup("discuss"))).toContain("المناقشه");
  });

  it("finds inflected forms and multi-word entries", () => {
    expect(norms(lexicon.lookup("discussed")).some((n) => n.includes("ناقش"))).toBe(true);
    expect(lexicon.lookup("Countries").length).toBeGreaterThan(0);
    expect(lexicon.lookupPhrase(["real", "estate"], 0)?.length).toBe(2);
  });
});
