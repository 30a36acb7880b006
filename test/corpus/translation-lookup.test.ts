import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusDocument } from "../../src/core/types.js";
import { loadCorpus } from "../../src/corpus/loader.js";
import { loadTranslations } from "../../src/corpus/translation.js";
import { createTranslationLookup, type TranslationLookups } from "../../src/corpus/translation-lookup.js";

/** The look-ups answers use: English for spans, paragraphs, the title and names of the article. */
const CORPUS = path.resolve(__dirname, "../../corpus");
const ID = "tass-2021-02-03-lavrov-safadi";
let doc: CorpusDocument;
let lookup: TranslationLookups;

beforeAll(async () => {
  const docs = await loadCorpus(CORPUS);
  const found = docs.find((d) => d.id === ID);
  if (found === undefined) throw new Error("article missing");
  doc = found;
  const other: CorpusDocument = { ...found, id: "untranslated", file: "x.md" };
  lookup = createTranslationLookup(await loadTranslations(CORPUS, docs), [...docs, other]);
});

const at = (arabic: string, from = 0): [number, number] => {
  const start = doc.text.indexOf(arabic, from);
  if (start < 0) throw new Error(`not in the article: ${arabic}`);
  return [start, start + arabic.length];
};

describe("createTranslationLookup", () => {
  it("gives English names as readers know them, with or without a proclitic", () => {
    expect(lookup.name(ID, ...at("سيرغي لافروف"))).toBe("Sergey Lavrov");
    expect(lookup.name(ID, ...at("أيمن حسين عبد الله الصفدي"))).toBe("Ayman Hussein Abdullah Safadi");
    expect(lookup.name(ID, ...at("والصفدي"))).toBe("Safadi");
    expect(lookup.name(ID, ...at("لجامعة الدول العربية"))).toBe("the Arab League");
    expect(lookup.name(ID, ...at("تاس", doc.text.indexOf("المصدر")))).toBe("TASS");
    expect(lookup.name(ID, ...at("المفهوم الروسي"))).toBeUndefined();
  });

  it("gives spans, paragraphs and the title, and nothing for a document without a translation", () => {
    expect(lookup.span(ID, ...at("وناقشنا الاستعدادات للاجتماع المقبل"))).toMatch(
      /mid-February in the city of Sochi/,
    );
    // A person with their office, quoted from inside the lead's first clause.
    expect(lookup.span(ID, ...at("وزير الخارجية الروسي سيرغي لافروف"))).toBe(
      "Russian Foreign Minister Sergey Lavrov",
    );
    expect(
      lookup.span(ID, ...at("نائب رئيس الوزراء، وزير الخارجية الأردني أيمن حسين عبد الله الصفدي،")),
    ).toBe("Deputy Prime Minister and Jordanian Foreign Minister Ayman Hussein Abdullah Safadi");
    // Cutting a clause elsewhere gives the whole clause.
    expect(lookup.span(ID, ...at("الجماعي في منطقة"))).toBe(
      "the Russian concept of collective security in the Gulf region,",
    );
    expect(lookup.paragraph(ID, 13)).toBe("Source: TASS");
    expect(lookup.title(ID)).toMatch(/^Lavrov and Safadi discuss in Moscow/);
    expect(lookup.has(ID)).toBe(true);
    expect(lookup.has("untranslated")).toBe(false);
    expect(lookup.span("untranslated", 0, 10)).toBeUndefined();
    expect(lookup.paragraph("untranslated", 1)).toBeUndefined();
    expect(lookup.title("untranslated")).toBeUndefined();
    expect(lookup.name("untranslated", ...at("سيرغي لافروف"))).toBeUndefined();
  });
});
