import { describe, expect, it } from "vitest";
import {
  type DictEntry,
  decodeDictdNumber,
  parseDictdIndex,
  parseEntry,
  readDictdEntries,
} from "../../scripts/lexicon/dictd.js";
import {
  buildLexicon,
  cleanArabicSense,
  englishKey,
  LEXICON_HEADER,
  MAX_TRANSLATIONS,
} from "../../scripts/lexicon/rank.js";
import { sharesArabicRoot } from "../../src/translate/arabic-root.js";
import { formatLexicon, LEXICON_MAGIC, parseLexicon } from "../../src/translate/lexicon.js";
import { expectNormalisedAndOrdered } from "../helpers/translations.js";

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
