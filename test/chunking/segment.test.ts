import { describe, expect, it } from "vitest";
import {
  countWords,
  MIN_CLAUSE_WORDS,
  segmentClauses,
  segmentSentences,
} from "../../src/chunking/segment.js";
import type { Sentence } from "../../src/core/types.js";

const texts = (text: string, spans: readonly Sentence[]): string[] =>
  spans.map((s) => text.slice(s.start, s.end));

const sentences = (text: string): string[] => texts(text, segmentSentences(text));

function clausesOf(text: string): string[] {
  const [only, ...rest] = segmentSentences(text);
  expect(rest).toEqual([]);
  if (!only) throw new Error("no sentence");
  return texts(text, segmentClauses(text, only));
}

describe("segmentSentences", () => {
  it("splits Arabic news prose at . ! ? ؟ and keeps ، ؛ inside sentences", () => {
    const text =
      "أجرى الوزيران محادثات في موسكو، وتناولا العلاقات الثنائية؛ والقضايا الإقليمية. هل يشارك الأردن؟ نعم! وقال الوزير إن الحوار مستمر?  وأكد ذلك مجدداً.";
    expect(sentences(text)).toEqual([
      "أجرى الوزيران محادثات في موسكو، وتناولا العلاقات الثنائية؛ والقضايا الإقليمية.",
      "هل يشارك الأردن؟",
      "نعم!",
      "وقال الوزير إن الحوار مستمر?",
      "وأكد ذلك مجدداً.",
    ]);
  });

  it("treats line breaks as boundaries and never returns empty or untrimmed spans", () => {
    const text = "  الوضع في سوريا  \r\n\r\n\tالمصدر: تاس \n \u200f\n";
    const spans = segmentSentences(text);
    expect(texts(text, spans)).toEqual(["الوضع في سوريا", "المصدر: تاس"]);
  });

  it("keeps numbers, dates and decimals whole", () => {
    const text =
      "يستند الحل إلى القرار 2254. وعقدت المحادثات في 3 فبراير/شباط 2021. وبلغ النمو 3.5 في المئة، وسجل المؤشر 1.000 نقطة و1,250 صفقة.";
    expect(sentences(text)).toEqual([
      "يستند الحل إلى القرار 2254.",
      "وعقدت المحادثات في 3 فبراير/شباط 2021.",
      "وبلغ النمو 3.5 في المئة، وسجل المؤشر 1.000 نقطة و1,250 صفقة.",
    ]);
  });

  it("does not split after Latin abbreviations and initials", () => {
    const text =
      "ونقلت وكالة U.S. News عن J. Smith أن الخطة، e.g. التنسيق الأمني، مهمة. وتحدث Dr. Brown عن الأمر. ثم انتهى الاجتماع.";
    expect(sentences(text)).toEqual([
      "ونقلت وكالة U.S. News عن J. Smith أن الخطة، e.g. التنسيق الأمني، مهمة.",
      "وتحدث Dr. Brown عن الأمر.",
      "ثم انتهى الاجتماع.",
    ]);
  });

  it("splits after a Latin acronym without dots", () => {
    expect(sentences("وأعلنت منظمة NATO. ثم صدر بيان.")).toEqual(["وأعلنت منظمة NATO.", "ثم صدر بيان."]);
  });

  it("keeps the closing quote or bracket with the sentence that ends inside it", () => {
    const text = 'قال لافروف: "نحن متفقون على الحوار." وأضاف أن العمل مستمر (بحسب تاس.) ثم غادر القاعة.';
    expect(sentences(text)).toEqual([
      'قال لافروف: "نحن متفقون على الحوار."',
      "وأضاف أن العمل مستمر (بحسب تاس.)",
      "ثم غادر القاعة.",
    ]);
  });

  it("does not split inside an open quotation «…» unless it closes right after", () => {
    const text = "وقال الصفدي: «الحل سياسي. ولا بديل عنه». وسأل: «هل هذا ممكن؟» ثم صمت. وختم بالقول: «شكراً!»";
    expect(sentences(text)).toEqual([
      "وقال الصفدي: «الحل سياسي. ولا بديل عنه».",
      "وسأل: «هل هذا ممكن؟»",
      "ثم صمت.",
      "وختم بالقول: «شكراً!»",
    ]);
  });

  it('does not split inside "…" quotations either, and ignores an unbalanced quote', () => {
    expect(sentences('وأضاف: "لدينا رؤية مشتركة. وسنواصل العمل". وانتهى المؤتمر.')).toEqual([
      'وأضاف: "لدينا رؤية مشتركة. وسنواصل العمل".',
      "وانتهى المؤتمر.",
    ]);
    expect(sentences('قال "نحن هنا. ونحن باقون.')).toEqual(['قال "نحن هنا.', "ونحن باقون."]);
    expect(sentences("قال “نحن هنا. ونحن باقون.” ثم مضى.")).toEqual([
      "قال “نحن هنا. ونحن باقون.”",
      "ثم مضى.",
    ]);
  });

  it("splits at an ellipsis and at runs of terminators", () => {
    expect(sentences("وانتظر الجميع… ثم بدأت المحادثات... وهل انتهت؟! لا.")).toEqual([
      "وانتظر الجميع…",
      "ثم بدأت المحادثات...",
      "وهل انتهت؟!",
      "لا.",
    ]);
  });

  it("does not split after a lone list number or an Arabic letter abbreviation", () => {
    expect(sentences("1. بدأ الاجتماع. وتحدث د. أحمد عن القضية.")).toEqual([
      "1. بدأ الاجتماع.",
      "وتحدث د. أحمد عن القضية.",
    ]);
  });

  it("returns document offsets within [start, end) only", () => {
    const text = "مقدمة لا تدخل. الجملة الأولى. الجملة الثانية! خاتمة لا تدخل.";
    const start = text.indexOf("الجملة الأولى");
    const end = text.indexOf(" خاتمة");
    const spans = segmentSentences(text, start, end);
    expect(texts(text, spans)).toEqual(["الجملة الأولى.", "الجملة الثانية!"]);
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(start);
      expect(s.end).toBeLessThanOrEqual(end);
    }
    expect(segmentSentences(text, 5, 5)).toEqual([]);
  });

  it("covers every visible character of the range, in order, without overlap", () => {
    const text = 'أكا الوزيرُ الروسـي! وقال: «نعم». ثم 3.5 و U.S. Army. "انتهى."  ';
    const spans = segmentSentences(text);
    let visible = "";
    let previousEnd = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(previousEnd, s.start).trim()).toBe("");
      visible += text.slice(s.start, s.end).replace(/\s+/g, "");
      previousEnd = s.end;
    }
    expect(visible).toBe(text.replace(/\s+/g, ""));
  });
});

describe("segmentClauses", () => {
  it("splits at Arabic commas without breaking a date", () => {
    const text =
      "أجرى وزير الخارجية الروسي سيرغي لافروف، اليوم الأربعاء 3 فبراير/شباط 2021، في العاصمة الروسية موسكو، محادثات مع نظيره الأردني أيمن الصفدي.";
    expect(clausesOf(text)).toEqual([
      "أجرى وزير الخارجية الروسي سيرغي لافروف،",
      "اليوم الأربعاء 3 فبراير/شباط 2021،",
      "في العاصمة الروسية موسكو،",
      "محادثات مع نظيره الأردني أيمن الصفدي.",
    ]);
  });

  it("splits at ؛ ; and : and keeps the separator with the clause before it", () => {
    const text =
      "وقال الوزير الروسي للصحفيين: الحوار مستمر بين البلدين؛ والتنسيق قائم في كل الملفات; والعمل جار على الأرض.";
    expect(clausesOf(text)).toEqual([
      "وقال الوزير الروسي للصحفيين:",
      "الحوار مستمر بين البلدين؛",
      "والتنسيق قائم في كل الملفات;",
      "والعمل جار على الأرض.",
    ]);
  });

  it("never splits inside numbers such as 1,000 or 4:51 or 2254", () => {
    const text =
      "وصل عدد اللاجئين العائدين إلى 1,000 شخص عند الساعة 4:51 وفق القرار 2254 الصادر عن مجلس الأمن.";
    expect(clausesOf(text)).toEqual([text]);
  });

  it("merges pieces shorter than MIN_CLAUSE_WORDS into a neighbour", () => {
    expect(MIN_CLAUSE_WORDS).toBe(3);
    expect(clausesOf("من جانبه، قال الصفدي إن الحل سياسي.")).toEqual(["من جانبه، قال الصفدي إن الحل سياسي."]);
    expect(clausesOf("وقال إن الاجتماع سيعقد في سوتشي، غداً.")).toEqual([
      "وقال إن الاجتماع سيعقد في سوتشي، غداً.",
    ]);
    expect(clausesOf("نعم، لا.")).toEqual(["نعم، لا."]);
    const text = "وأوضح أن الأردن يشارك في العملية، بصفة مراقب، مشيراً إلى أن الاجتماع المقبل سيعقد قريباً.";
    const clauses = clausesOf(text);
    expect(clauses).toEqual([
      "وأوضح أن الأردن يشارك في العملية،",
      "بصفة مراقب، مشيراً إلى أن الاجتماع المقبل سيعقد قريباً.",
    ]);
  });

  it("returns trimmed, non-empty clauses that together cover all words of the sentence", () => {
    const text =
      ' وأشار لافروف ،  إلى أن روسيا ترحب بذلك، إلا أن ذلك لا ينبغي ، أن يكون على حساب القضية؛ مؤكداً: "ضرورة استئناف المفاوضات". ';
    const [sentence] = segmentSentences(text);
    if (!sentence) throw new Error("no sentence");
    const clauses = segmentClauses(text, sentence);
    expect(clauses.length).toBeGreaterThan(1);
    let words = 0;
    let previousEnd = sentence.start;
    for (const c of clauses) {
      const clause = text.slice(c.start, c.end);
      expect(clause).toBe(clause.trim());
      expect(clause).not.toBe("");
      expect(text.slice(previousEnd, c.start).trim()).toBe("");
      expect(countWords(text, c.start, c.end)).toBeGreaterThanOrEqual(MIN_CLAUSE_WORDS);
      words += countWords(text, c.start, c.end);
      previousEnd = c.end;
    }
    expect(previousEnd).toBe(sentence.end);
    expect(words).toBe(countWords(text, sentence.start, sentence.end));
  });
});
