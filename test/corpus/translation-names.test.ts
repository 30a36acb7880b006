import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusDocument } from "../../src/core/types.js";
import { loadCorpus } from "../../src/corpus/loader.js";
import {
  type AlignedTranslation,
  loadTranslations,
  nameTranslation,
  spanTranslation,
  translationOfSpan,
} from "../../src/corpus/translation.js";

/** Names as English readers know them, and quotes of a person with their office from inside a clause. */
const CORPUS = path.resolve(__dirname, "../../corpus");
const ID = "tass-2021-02-03-lavrov-safadi";
let doc: CorpusDocument;
let t: AlignedTranslation;

beforeAll(async () => {
  const docs = await loadCorpus(CORPUS);
  const found = docs.find((d) => d.id === ID);
  const translation = (await loadTranslations(CORPUS, docs)).get(ID);
  if (found === undefined || translation === undefined) throw new Error("article or translation missing");
  doc = found;
  t = translation;
});

const at = (arabic: string, from = 0): [number, number] => {
  const start = doc.text.indexOf(arabic, from);
  if (start < 0) throw new Error(`not in the article: ${arabic}`);
  return [start, start + arabic.length];
};

describe("nameTranslation", () => {
  it("gives names as English readers know them, with or without a proclitic or trailing comma", () => {
    expect(nameTranslation(t, "سيرغي لافروف")).toBe("Sergey Lavrov");
    expect(nameTranslation(t, "أيمن حسين عبد الله الصفدي،")).toBe("Ayman Hussein Abdullah Safadi");
    expect(nameTranslation(t, "والصفدي")).toBe("Safadi");
    expect(nameTranslation(t, "لجامعة الدول العربية")).toBe("the Arab League");
    expect(nameTranslation(t, "تاس")).toBe("TASS");
    expect(nameTranslation(t, "المفهوم الروسي")).toBeUndefined();
    expect(nameTranslation(t, "")).toBeUndefined();
  });
});

describe("spanTranslation", () => {
  it("renders a person with their office, quoted from inside a clause, exactly", () => {
    expect(spanTranslation(t, ...at("وزير الخارجية الروسي سيرغي لافروف"))).toEqual({
      en: "Russian Foreign Minister Sergey Lavrov",
      exact: true,
    });
    // Across the «،» between two clauses of the lead.
    expect(
      translationOfSpan(t, ...at("نائب رئيس الوزراء، وزير الخارجية الأردني أيمن حسين عبد الله الصفدي")),
    ).toBe("Deputy Prime Minister and Jordanian Foreign Minister Ayman Hussein Abdullah Safadi");
  });

  it("gives the whole clause, marked not exact, for any other span cutting a clause", () => {
    expect(spanTranslation(t, ...at("الجماعي في منطقة"))).toEqual({
      en: "the Russian concept of collective security in the Gulf region,",
      exact: false,
    });
    expect(spanTranslation(t, ...at("وناقشنا الاستعدادات للاجتماع المقبل"))?.en).toMatch(
      /in the city of Sochi/,
    );
  });
});
