import type { Answer, Lang } from "../core/types.js";
import type { AnswerContext } from "./answer-context.js";
import { composeNoSuchParagraph, composeQuotesLead } from "./compose.js";
import { isBodyParagraph } from "./document-facts.js";
import type { ParagraphPosition } from "./paragraph-request.js";
import { quoteFromSpan } from "./quote-verifier.js";

/**
 * «أريد الفقرة الأولى» / "Show me paragraph 3": the whole paragraph, numbered as every citation
 * numbers it; "the last paragraph" is the last of the body (credit lines are not the text).
 */
export function paragraphAnswer(ctx: AnswerContext, lang: Lang, position: ParagraphPosition): Answer {
  const doc = ctx.documents[0];
  const facts = doc === undefined ? undefined : ctx.facts(doc.id);
  if (doc === undefined || facts === undefined) return ctx.notCovered(lang);
  const body = doc.paragraphs.filter((p) => isBodyParagraph(facts, p.number));
  const paragraph =
    position === "last" ? body[body.length - 1] : doc.paragraphs.find((p) => p.number === position);
  const quote = paragraph === undefined ? undefined : quoteFromSpan(doc, paragraph.start, paragraph.end, 1);
  if (quote === undefined) return ctx.notCovered(lang, composeNoSuchParagraph(doc.paragraphs.length, lang));
  const lead = composeQuotesLead(lang);
  return ctx.finish({ lang, kind: "quotes", confidence: "high", lead: () => lead, quotes: [quote] });
}
