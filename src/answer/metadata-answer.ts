import type { Answer, CorpusDocument, Lang, Quote, SourceRef } from "../core/types.js";
import type { AnswerContext } from "./answer-context.js";
import { composeHeadingsLead, composeMetadataLead } from "./compose.js";
import { findArabicDate } from "./direct-answer.js";
import { type CreditKind, leadParagraph } from "./document-facts.js";
import { quoteFromSpan } from "./quote-verifier.js";
import type { MetadataField } from "./request.js";

/**
 * Questions about the article itself (who published it, when, the photo credit, the
 * headline, its subheadings, the author), answered from its front matter and quoting its credit lines
 * («المصدر: تاس», «الصورة: …») or the date as its text gives it, where there is one.
 */
export function metadataAnswer(ctx: AnswerContext, fields: readonly MetadataField[], lang: Lang): Answer {
  const doc = ctx.documents[0];
  if (doc === undefined) return ctx.notCovered(lang);
  const ref = ctx.source(doc.id);
  if (ref === undefined) return ctx.notCovered(lang);
  // Each field asked, in the question's order, its quotes numbered on from the one before.
  const parts: FieldAnswer[] = [];
  for (const field of fields)
    parts.push(fieldAnswer(ctx, doc, ref, field, lang, parts.flatMap((p) => p.quotes).length));
  const quotes = parts.flatMap((p) => p.quotes);
  const lead = parts.map((p) => p.lead).join("\n");
  const covered = parts.some((p) => p.covered);
  return ctx.finish({ lang, kind: "metadata", confidence: "high", lead: () => lead, quotes, covered });
}

interface FieldAnswer {
  readonly lead: string;
  readonly quotes: readonly Quote[];
  readonly covered: boolean;
}

function fieldAnswer(
  ctx: AnswerContext,
  doc: CorpusDocument,
  ref: SourceRef,
  field: MetadataField,
  lang: Lang,
  before: number,
): FieldAnswer {
  const facts = ctx.facts(doc.id);
  const creditKind: CreditKind | undefined =
    field === "source" ? "source" : field === "photo" ? "photo" : field === "author" ? "author" : undefined;
  const credit = creditKind === undefined ? undefined : facts?.credits.find((c) => c.kind === creditKind);
  const quotes: Quote[] = [];
  const n = () => before + quotes.length + 1;
  let value: string | undefined;
  if (credit !== undefined) {
    const quote = quoteFromSpan(doc, credit.start, credit.end, n());
    if (quote !== undefined) quotes.push(quote);
    value =
      lang === "en"
        ? (ctx.translations.paragraph(doc.id, credit.paragraph)?.replace(/^[^:]*:\s*/, "") ??
          doc.text.slice(credit.valueStart, credit.end))
        : doc.text.slice(credit.valueStart, credit.end);
  }
  if (field === "date") {
    // The date as the article's own text states it, when it does.
    for (const p of doc.paragraphs) {
      const text = doc.text.slice(p.start, p.end);
      const date = findArabicDate(text);
      if (date === undefined) continue;
      // «اليوم الأربعاء 3 فبراير…»: "today", before the date, says it is the report's own day.
      const found = text.indexOf(date.arabic);
      const today = text.slice(0, found).search(/اليوم\s+$/);
      const at = today >= 0 ? today : found;
      const quote = quoteFromSpan(doc, p.start + at, p.start + found + date.arabic.length, n());
      if (quote !== undefined) quotes.push(quote);
      break;
    }
  }
  if (field === "headline") {
    // The title comes from the front matter, written from the lead: the lead is its evidence.
    const quote = paragraphQuote(doc, facts === undefined ? undefined : leadParagraph(facts), n());
    if (quote !== undefined) quotes.push(quote);
  }
  if (field === "headings" || field === "rubric") {
    // The subheadings as the article sets them, in order; or the page rubric after the body.
    const rubrics = facts?.rubrics ?? new Set<number>();
    const lines = [...(facts?.headings ?? [])].filter((n) => rubrics.has(n) === (field === "rubric"));
    for (const number of lines.sort((a, b) => a - b)) {
      const quote = paragraphQuote(doc, number, n());
      if (quote !== undefined) quotes.push(quote);
    }
    const lead = composeHeadingsLead(
      quotes.map((q) => q.text),
      lang,
      field,
      before + 1,
    );
    // No such line: the article does not answer it (the lead says so).
    return { lead, quotes, covered: quotes.length > 0 };
  }
  // A credit the article does not carry (its author, its photo's) or a date it does not give is
  // not covered: the lead says so, and names the source it does give.
  const lacksCredit = creditKind !== undefined && creditKind !== "source" && credit === undefined;
  const covered = !lacksCredit && (field !== "date" || ref.date !== undefined);
  const marker = quotes.map((q) => ` [${q.n}]`).join("");
  return { lead: `${composeMetadataLead(field, ref, lang, value)}${marker}`, quotes, covered };
}

/** A whole paragraph, by number, as quote `n`. */
function paragraphQuote(doc: CorpusDocument, number: number | undefined, n: number): Quote | undefined {
  const p = doc.paragraphs.find((x) => x.number === number);
  return p === undefined ? undefined : quoteFromSpan(doc, p.start, p.end, n);
}
