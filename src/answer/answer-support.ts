import type { Lang, Quote, ScoredChunk, SourceRef } from "../core/types.js";
import { groupPresent, termSetOf } from "../retrieval/matching.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { englishTextHas } from "../retrieval/translation-search.js";
import type { AnswerContext } from "./answer-context.js";
import { type DocumentFacts, isBodyParagraph } from "./document-facts.js";
import type { Person } from "./people.js";

/**
 * Small readings of a retrieval that several answer builders share: the top document's facts,
 * whether a paragraph may be quoted, how much of the question a text holds, the citation of a
 * document, and the English presence test for English questions.
 */

/**
 * Share of the plan's information (non-neutral words) present in a text. For an English
 * question, `english` (the text's aligned translation, where there is one) counts too: "Arab
 * League" is in the translation of «جامعة الدول العربية» though the dictionary reads "league"
 * as «الاتحاد».
 */
export function informationShare(
  ctx: AnswerContext,
  plan: QueryPlan,
  text: string,
  neutral: ReadonlySet<number> = new Set(),
  english?: string,
): number {
  const terms = termSetOf(text);
  let total = 0;
  let present = 0;
  plan.words.forEach((w, i) => {
    if (neutral.has(i)) return;
    const weight = ctx.words.groupWeight(w.group) * (w.context === true ? 0.5 : 1);
    total += weight;
    if (groupPresent(w.group, terms) || (english !== undefined && englishTextHas(english, w.surface)))
      present += weight;
  });
  return total === 0 ? 0 : present / total;
}

export function topFacts(ctx: AnswerContext, results: readonly ScoredChunk[]): DocumentFacts | undefined {
  const docId = results[0]?.chunk.docId;
  return docId === undefined ? undefined : ctx.facts(docId);
}

export function quotable(facts: DocumentFacts | undefined, paragraph: number): boolean {
  return facts === undefined || isBodyParagraph(facts, paragraph);
}

export function paragraphOf(facts: DocumentFacts, offset: number): number {
  return facts.doc.paragraphs.find((p) => offset >= p.start && offset < p.end)?.number ?? 0;
}

/** For English questions: English words count as present in a span whose translation has them. */
export function englishOption(ctx: AnswerContext, lang: Lang) {
  if (lang !== "en") return {};
  return {
    englishHas: (doc: string, start: number, end: number, surface: string) => {
      const english = ctx.translations.span(doc, start, end);
      return english !== undefined && englishTextHas(english, surface);
    },
  };
}

export function refsOf(ctx: AnswerContext, facts: DocumentFacts | undefined): SourceRef[] {
  const ref = facts === undefined ? undefined : ctx.source(facts.doc.id);
  return ref === undefined ? [] : [ref];
}

/** A person's name in the answer's language: the translation's spelling of it in English. */
export function personName(ctx: AnswerContext, docId: string, person: Person, lang: Lang): string {
  return lang === "en"
    ? (ctx.translations.name(docId, person.start, person.end) ?? person.name)
    : person.name;
}

/** The people the shown quotes are attributed to, once each, in the answer's language. */
export function quotedPeople(shown: readonly Quote[], lang: Lang): string[] {
  return [
    ...new Set(
      shown.flatMap((q) =>
        q.speaker?.kind === "person" ? [lang === "en" ? (q.speaker.en ?? q.speaker.ar) : q.speaker.ar] : [],
      ),
    ),
  ];
}
