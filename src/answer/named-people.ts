import type { QueryPlan } from "../retrieval/query-plan.js";
import type { AnswerContext } from "./answer-context.js";
import type { DocumentFacts } from "./document-facts.js";
import { mentionsPerson, type Person, resolveMention } from "./people.js";
import { speakerOf } from "./speakers.js";

/** The people a question names, by name, by office or carried over from the previous question. */

/** Plan words that name a person the document introduces, with that person. */
export function namedPeople(
  plan: QueryPlan,
  facts: DocumentFacts,
  { carried = false }: { readonly carried?: boolean } = {},
): Map<number, Person> {
  const named = new Map<number, Person>();
  plan.words.forEach((word, i) => {
    if ((word.context === true) !== carried) return;
    for (const form of word.forms) {
      // A run of words the plan read as a person's office stands for their full name.
      const words = word.via === "mixed" ? form.arabic.split(/\s+/) : [form.arabic];
      const person = resolveMention(facts.people, words);
      if (person !== undefined && form.weight >= 0.2) {
        named.set(i, person);
        return;
      }
    }
  });
  return named;
}

/** The people the previous question named (its words carried into a follow-up), once each. */
export function carriedPeople(plan: QueryPlan, facts: DocumentFacts): Person[] {
  return [...new Set(namedPeople(plan, facts, { carried: true }).values())];
}

/** For each plan word naming a person: does a span refer to them (name, office, own words)? */
export function mentionTests(
  ctx: AnswerContext,
  named: ReadonlyMap<number, Person>,
): Map<number, (docId: string, start: number, end: number) => boolean> {
  const tests = new Map<number, (docId: string, start: number, end: number) => boolean>();
  for (const [i, person] of named) {
    tests.set(i, (docId, start, end) => {
      const f = ctx.facts(docId);
      if (f === undefined) return false;
      const who = speakerOf(f.speakers, start, end);
      if (who?.kind === "person" && who.ar === person.name) return true;
      return mentionsPerson(f.people, f.doc.text.slice(start, end), person);
    });
  }
  return tests;
}
