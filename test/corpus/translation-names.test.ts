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
    expect(nameTranslation(t, "الأربعاء 3 فبراير/شباط 2021")).toBe("Wednesday 3 February 2021");
    expect(nameTranslation(t, "قرار مجلس الأمن رقم 2254")).toBe("UN Security Council resolution 2254");
    expect(nameTranslation(t, "المفهوم الروسي")).toBeUndefined();
    expect(nameTranslation(t, "")).toBeUndefined();
  });
});

describe("spanTranslation", () => {
  it("shows clauses on their own without a trailing comma or an unpaired quotation mark at an end", () => {
    // «"لدينا مقاربات … في سوريا»: the quotation opens here and closes two clauses later.
    expect(
      translationOfSpan(
        t,
        ...at('"لدينا مقاربات وثيقة للغاية بشأن الحاجة إلى القضاء على مراكز الإرهاب الصغيرة حالياً في سوريا'),
      ),
    ).toBe(
      "We have very close approaches regarding the need to eliminate the centres of terrorism in Syria, which are now small",
    );
    // Balanced marks stay; the comma before the closing mark goes.
    expect(translationOfSpan(t, ...at('فأشار الوزير الروسي إلى أنه "لدى موسكو'))).toBe(
      'the Russian minister pointed out that "Moscow and Amman share a vision of the need to move the two-state solution forward"',
    );
    // The quotation closes in the shown clause, opened in one not shown: the closing mark goes.
    expect(translationOfSpan(t, ...at("كما قلت، تتوافق بشكل عملي"))).toBe("as I said, practically coincide.");
  });

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
      en: "the Russian concept of collective security in the Gulf region",
      exact: false,
    });
    expect(spanTranslation(t, ...at("وناقشنا الاستعدادات للاجتماع المقبل"))?.en).toMatch(
      /in the city of Sochi/,
    );
  });
});
