import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import {
  buildLexicon,
  cleanArabicSense,
  type DictEntry,
  decodeDictdNumber,
  englishKey,
  LEXICON_HEADER,
  MAX_TRANSLATIONS,
  parseDictdIndex,
  parseEntry,
  readDictdEntries,
  sharesArabicRoot,
} from "../../scripts/build-lexicon.js";
import { AppError } from "../../src/core/errors.js";
import { normalizeArabic } from "../../src/text/normalize.js";
import {
  formatLexicon,
  indexLexicon,
  LEXICON_MAGIC,
  Lexicon,
  parseLexicon,
  type Translation,
} from "../../src/translate/lexicon.js";

const DICTD_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function encodeDictdNumber(n: number): string {
  let out = "";
  do {
    out = (DICTD_B64[n % 64] ?? "") + out;
    n = Math.floor(n / 64);
  } while (n > 0);
  return out;
}

/** A tiny dictd database: entry texts → (index text, uncompressed dictionary bytes). */
function dictd(entries: { headwords: string[]; text: string }[]): { index: string; data: Buffer } {
  const parts: Buffer[] = [Buffer.from("00-database-info\nA test dictionary\n")];
  let offset = parts[0]?.length ?? 0;
  const lines = [`00databaseinfo\tA\t${encodeDictdNumber(offset)}`];
  for (const entry of entries) {
    const bytes = Buffer.from(entry.text, "utf8");
    for (const h of entry.headwords) {
      lines.push(`${h}\t${encodeDictdNumber(offset)}\t${encodeDictdNumber(bytes.length)}`);
    }
    parts.push(bytes);
    offset += bytes.length;
  }
  lines.sort();
  return { index: `${lines.join("\n")}\n`, data: Buffer.concat(parts) };
}

const sum = (list: readonly Translation[]) => list.reduce((s, t) => s + t.weight, 0);
const norms = (list: readonly Translation[]) => list.map((t) => normalizeArabic(t.arabic));

function expectNormalisedAndOrdered(list: readonly Translation[]): void {
  expect(list.length).toBeGreaterThan(0);
  expect(sum(list)).toBeCloseTo(1, 9);
  for (let i = 1; i < list.length; i++) {
    expect(list[i - 1]?.weight ?? 0).toBeGreaterThanOrEqual(list[i]?.weight ?? 0);
  }
}

describe("dictd parsing", () => {
  it("decodes dictd base64 numbers", () => {
    expect(decodeDictdNumber("A")).toBe(0);
    expect(decodeDictdNumber("BOb")).toBe(5019);
    expect(decodeDictdNumber("/")).toBe(63);
    expect(decodeDictdNumber(encodeDictdNumber(1_234_567))).toBe(1_234_567);
    expect(() => decodeDictdNumber("A=")).toThrow(/invalid dictd base64/);
  });

  it("reads entries by byte offset (multi-byte Arabic), once each, in file order, skipping metadata", () => {
    const { index, data } = dictd([
      { headwords: ["minister"], text: "Minister /mˈɪnɪstə/\nالوزير\n" },
      { headwords: ["meeting"], text: "Meeting /mˈiːtɪŋ/\n1. الإجتماع\n2. اللقاء، الملتقى\n" },
      { headwords: ["الوزير", "وزير"], text: "الوزير /ʔalwaˈziːr/\n1. Minister\n2. Vizier\n" },
    ]);
    expect(parseDictdIndex(index).some((l) => l.headword.startsWith("00database"))).toBe(false);
    const texts = readDictdEntries(index, data);
    expect(texts).toHaveLength(3);
    expect(texts[0]?.startsWith("Minister")).toBe(true);
    expect(texts[2]?.startsWith("الوزير")).toBe(true);
    expect(parseEntry(texts[1] ?? "")).toEqual({
      headword: "Meeting",
      senses: ["الإجتماع", "اللقاء، الملتقى"],
    });
    expect(parseEntry(texts[2] ?? "")).toEqual({ headword: "الوزير", senses: ["Minister", "Vizier"] });
  });

  it("rejects an index pointing past the data and malformed index lines", () => {
    expect(() => readDictdEntries("word\tA\tBAA\n", Buffer.from("short"))).toThrow(/past the end/);
    expect(() => parseDictdIndex("no tabs here\n")).toThrow(/malformed/);
  });

  it("keeps multi-word headwords and drops IPA", () => {
    expect(parseEntry("Real estate /ɹˈiəl ɪstˈeɪt/\nالعقار\n")).toEqual({
      headword: "Real estate",
      senses: ["العقار"],
    });
    expect(englishKey("Real  Estate")).toBe("real estate");
    expect(englishKey("Instruction Multiple Data)")).toBeUndefined();
    expect(englishKey("a b c d e")).toBeUndefined();
  });
});

describe("cleanArabicSense", () => {
  it("splits variants on Arabic and Latin separators and strips diacritics", () => {
    expect(cleanArabicSense("الفلّاح، المُزارع")).toEqual(["الفلاح", "المزارع"]);
    expect(cleanArabicSense("الغدر, الجبن")).toEqual(["الغدر", "الجبن"]);
    expect(cleanArabicSense("معدن أبيض؛ خام")).toEqual(["معدن أبيض", "خام"]);
  });

  it("drops bracketed remarks, explanatory tails and definitions", () => {
    expect(cleanArabicSense("مصلّى (عند البروتوستانت خاصة)")).toEqual(["مصلى"]);
    expect(cleanArabicSense("كابوكي - نوع لدراما يابانيّة شعبيّة")).toEqual(["كابوكي"]);
    expect(cleanArabicSense('الانبثاث: انتقال \\"علة\\" الداء')).toEqual(["الانبثاث"]);
    expect(cleanArabicSense("يوتيرب (الأساطير")).toEqual(["يوتيرب"]);
    expect(cleanArabicSense("المقياس المستخدم في التحويل بين")).toEqual([]);
    expect(cleanArabicSense("لوح الغطس العالي")).toEqual(["لوح الغطس العالي"]);
  });

  it("drops variants with Latin letters or digits and deduplicates by normalised form", () => {
    expect(cleanArabicSense("الحرف Z")).toEqual([]);
    expect(cleanArabicSense("العموديّة، 90 درجة")).toEqual(["العمودية"]);
    expect(cleanArabicSense("الإرهاب، الارهاب")).toEqual(["الإرهاب"]);
  });
});

describe("buildLexicon", () => {
  const entry = (headword: string, ...senses: string[]): DictEntry => ({ headword, senses });

  it("weights earlier senses more and normalises each key to 1", () => {
    const { entries } = buildLexicon([entry("Meeting", "الإجتماع", "اللقاء، الملتقى")], []);
    const list = entries.get("meeting") ?? [];
    expect(list.map((t) => t.arabic)).toEqual(["الإجتماع", "اللقاء", "الملتقى"]);
    expectNormalisedAndOrdered(list);
  });

  it("boosts senses confirmed by the inverted Arabic→English dictionary", () => {
    const engAra = [entry("State", "الحالة", "الدولة")];
    const without = buildLexicon(engAra, []).entries.get("state") ?? [];
    expect(without[0]?.arabic).toBe("الحالة");
    // Only the second sense is confirmed: it overtakes the first.
    const confirmed = buildLexicon(engAra, [entry("الدولة", "State")]).entries.get("state") ?? [];
    expect(confirmed[0]?.arabic).toBe("الدولة");
    expectNormalisedAndOrdered(confirmed);
    // Both confirmed: the earlier sense stays first.
    const both = buildLexicon(engAra, [
      entry("الدولة", "State"),
      entry("الحالة", "Case", "State"),
    ]).entries.get("state");
    expect(both?.[0]?.arabic).toBe("الحالة");
    expect(both?.[1]?.weight ?? 0).toBeGreaterThan(without[1]?.weight ?? 1);
  });

  it("adds keys known only from the inverted dictionary and lowercases headwords", () => {
    const { entries, stats } = buildLexicon([entry("Minister", "الوزير")], [entry("المراقب", "Observer")]);
    expect(entries.get("observer")?.[0]?.arabic).toBe("المراقب");
    expect(entries.has("Minister")).toBe(false);
    expect(stats.keysFromAraEngOnly).toBe(1);
  });

  it("caps translations per key", () => {
    const many = Array.from({ length: 12 }, (_, i) => `كلمة${"ابتثجحخدذرزس"[i]}`);
    const list = buildLexicon([entry("word", many.join("، "))], []).entries.get("word") ?? [];
    expect(list).toHaveLength(MAX_TRANSLATIONS);
    expectNormalisedAndOrdered(list);
  });

  it("shares Arabic inflections between a word and its plural only when they share a root", () => {
    const { entries } = buildLexicon(
      [
        entry("Minister", "الوزير"),
        entry("Ministers", "الوزراء"),
        entry("New", "جديد"),
        entry("News", "الأخبار"),
      ],
      [],
    );
    expect(entries.get("minister")?.map((t) => t.arabic)).toEqual(["الوزير", "الوزراء"]);
    expect(entries.get("ministers")?.map((t) => t.arabic)).toEqual(["الوزراء", "الوزير"]);
    expect(entries.get("new")?.map((t) => t.arabic)).toEqual(["جديد"]);
    expect(entries.get("news")?.map((t) => t.arabic)).toEqual(["الأخبار"]);
  });

  it("recognises shared roots across broken plurals", () => {
    expect(sharesArabicRoot("الوزير", "الوزراء")).toBe(true);
    expect(sharesArabicRoot("العاصمة", "العواصم")).toBe(true);
    expect(sharesArabicRoot("المدينة", "المدن")).toBe(true);
    expect(sharesArabicRoot("جديد", "الأخبار")).toBe(false);
    expect(sharesArabicRoot("الرأسمال", "العواصم")).toBe(false);
  });

  it("round-trips through the file format deterministically", () => {
    const { entries } = buildLexicon([entry("Meeting", "الإجتماع", "اللقاء"), entry("City", "المدينة")], []);
    const text = formatLexicon(LEXICON_HEADER, entries);
    expect(text.startsWith(LEXICON_MAGIC)).toBe(true);
    expect(text.split("\n")[1]).toMatch(/^city\tالمدينة:1$/);
    const parsed = parseLexicon(text);
    expect([...parsed.keys()]).toEqual(["city", "meeting"]);
    expectNormalisedAndOrdered(parsed.get("meeting") ?? []);
    expect(
      formatLexicon(
        LEXICON_HEADER,
        buildLexicon([entry("City", "المدينة"), entry("Meeting", "الإجتماع", "اللقاء")], []).entries,
      ),
    ).toBe(text);
  });
});

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
    expect(lexicon.size).toBeGreaterThan(100_000);
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

  it("is widened by WordNet relatives and gives verbs their perfect (scripts/lexicon-widen.ts)", () => {
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
