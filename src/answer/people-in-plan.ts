import { remembered } from "../core/remembered.js";
import type { QueryPlan } from "../retrieval/query-plan.js";
import { expandForms } from "../retrieval/query-plan.js";
import { analyzeArabic } from "../text/arabic-analyzer.js";
import { withoutArticle } from "../text/arabic-clitics.js";
import { normalizeArabic } from "../text/normalize.js";
import { asksWhatSomeoneSaid } from "./intent.js";
import type { Person } from "./people.js";
import {
  isOfficeWord,
  isTitleWord,
  officeForm,
  officeMatch,
  resolveMention,
  titleOfEveryone,
  titleUsedElsewhere,
} from "./people.js";

/**
 * Read people named by office in a question («رئيس الدبلوماسية الروسية», "the Jordanian foreign
 * minister") as those people: a run of question words whose Arabic forms make an office that
 * belongs to exactly one person the documents introduce becomes one word standing for that
 * person's name, so retrieval, coverage and attribution treat it like the name itself.
 */

const MAX_RUN = 4;
/** Forms of each word tried (the most probable translations). */
const FORMS_PER_WORD = 3;

/**
 * Verbs made from a title, read as the title: "who heads the committee?" («من يرأس اللجنة؟»)
 * asks who its head («رئيس») is. Normalised forms of the Arabic verbs of heading and leading,
 * and their verbal nouns («برئاسة»: headed by).
 */
const TITLE_VERBS: ReadonlyMap<string, string> = new Map(
  (
    [
      ["رئيس", "يرأس ترأس يترأس تترأس ترأست تراس رئاسة"],
      ["قائد", "يقود تقود قاد قادت قيادة"],
      ["زعيم", "يتزعم تتزعم تزعم زعامة"],
      ["مدير", "يدير تدير أدار"],
    ] as const
  ).flatMap(([title, verbs]) => verbs.split(" ").map((v) => [normalizeArabic(v), title] as const)),
);

/**
 * Whether a text uses a verb of heading for a title («ترأس اللجنة فلان»): someone the
 * apposition reading cannot see may hold the office.
 */
function titleVerbUsed(text: string, title: string): boolean {
  return analyzeArabic(text).some((t) => TITLE_VERBS.get(t.norm.replace(/^[وف]?[بل]?/, "")) === title);
}

/** A word as an office reads it: the title a verb of heading stands for, or the word itself. */
function asOfficeWord(word: string): string {
  return TITLE_VERBS.get(normalizeArabic(word)) ?? word;
}

/**
 * A plan word's Arabic forms as offices read them. Asked for every run of words and every
 * person the documents introduce (hundreds over a large corpus), so kept per plan.
 */
const FORMS_OF_PLAN = new WeakMap<QueryPlan, string[][]>();

function formsOf(plan: QueryPlan, i: number): string[] {
  let forms = FORMS_OF_PLAN.get(plan);
  if (forms === undefined) {
    forms = plan.words.map((word) =>
      word.forms.slice(0, FORMS_PER_WORD).flatMap((f) => f.arabic.split(/\s+/).map(asOfficeWord)),
    );
    FORMS_OF_PLAN.set(plan, forms);
  }
  return forms[i] ?? [];
}

/** How a run of words fits a person's office: which kinds of office word it holds. */
interface RunFit {
  readonly title: boolean;
  readonly otherTitle: boolean;
  readonly qualifier: boolean;
  readonly domain: boolean;
}

/** A word as titles are compared: normalised, without the article or a final «ه». */
const titleKey = remembered((word) => withoutArticle(normalizeArabic(word)).replace(/(?:ه|ها)$/, ""));

/** The title keys of an office's words, by office (asked for each run of a question's words). */
const roleKeys = remembered((role) => role.split(/\s+/).map(titleKey));

/**
 * The title that governs `word` in each of the person's offices that hold it, when it is never
 * the head of one: in «نائب رئيس الوزراء» (deputy prime minister) «رئيس» is governed by
 * «نائب», so "the prime minister of Jordan" names a superior of theirs, not them. Normalised
 * forms; undefined when the word heads one of their offices or is no title of theirs.
 */
export function governingTitles(person: Person, word: string): readonly string[] | undefined {
  const key = titleKey(word);
  if (!isTitleWord(key)) return undefined;
  const governors: string[] = [];
  for (const role of person.roles) {
    const keys = roleKeys(role);
    for (const [k, w] of keys.entries()) {
      if (w !== key) continue;
      const before = keys[k - 1];
      if (before === undefined || !isTitleWord(before)) return undefined;
      governors.push(before);
    }
  }
  return governors.length > 0 ? governors : undefined;
}

/**
 * What the governing test reads of a run of plan words, whoever the person: the title keys of
 * all its forms, and the office words of each word's first form. Kept per plan and run, as
 * the test is made for every person the documents introduce.
 */
interface RunWords {
  readonly keys: ReadonlySet<string>;
  readonly firstForms: readonly string[];
}

const RUNS_OF_PLAN = new WeakMap<QueryPlan, Map<string, RunWords>>();

function runWords(plan: QueryPlan, from: number, to: number): RunWords {
  let runs = RUNS_OF_PLAN.get(plan);
  if (runs === undefined) {
    runs = new Map();
    RUNS_OF_PLAN.set(plan, runs);
  }
  const id = `${from}:${to}`;
  let run = runs.get(id);
  if (run === undefined) {
    const keys = new Set<string>();
    for (let i = from; i < to; i++) for (const f of formsOf(plan, i)) keys.add(titleKey(f));
    const firstForms: string[] = [];
    for (let i = from; i < to; i++)
      firstForms.push(...(plan.words[i]?.forms[0]?.arabic.split(/\s+/).map(asOfficeWord) ?? []));
    run = { keys, firstForms };
    runs.set(id, run);
  }
  return run;
}

/**
 * «رئيس الدبلوماسية الأردنية» (the head of Jordan's diplomacy): a title with the domain of an
 * office of theirs that holds no such title is that office named by the press, not the title
 * another of their offices governs («نائب رئيس الوزراء»).
 */
function headOfDomain(plan: QueryPlan, from: number, to: number, person: Person): boolean {
  const forms: string[] = [];
  for (let i = from; i < to; i++) forms.push(...formsOf(plan, i));
  const domains = forms.filter((f) => officeMatch(person, f) === "domain").map(officeForm);
  const titles = forms.filter((f) => isTitleWord(titleKey(f))).map(officeForm);
  if (domains.length === 0 || titles.length === 0) return false;
  return person.roles.some((role) => {
    const keys = role.split(/\s+/).map(officeForm);
    return domains.some((d) => keys.includes(d)) && !titles.some((t) => keys.includes(t));
  });
}

/** Whether a run holds a title of the person only where another title of theirs governs it. */
function governedWithoutGovernor(plan: QueryPlan, from: number, to: number, person: Person): boolean {
  const { keys, firstForms } = runWords(plan, from, to);
  return firstForms.some((f) => governingTitles(person, f)?.every((g) => !keys.has(g)) === true);
}

/**
 * Every word must have a sense that is part of the person's office (its other senses are set
 * aside: "minister" is also «دقيقة»): undefined when one has none, or when a title of theirs
 * appears without the title that governs it in their office (see `governingTitles`).
 */
function runFit(plan: QueryPlan, from: number, to: number, person: Person): RunFit | undefined {
  if (!headOfDomain(plan, from, to, person) && governedWithoutGovernor(plan, from, to, person))
    return undefined;
  const fit = { title: false, otherTitle: false, qualifier: false, domain: false };
  for (let i = from; i < to; i++) {
    const kinds = formsOf(plan, i).map((f) => officeMatch(person, f));
    if (kinds.every((k) => k === undefined)) return undefined;
    if (kinds.includes("title")) fit.title = true;
    if (kinds.includes("title-elsewhere")) fit.otherTitle = true;
    if (kinds.includes("qualifier")) fit.qualifier = true;
    if (kinds.includes("domain")) fit.domain = true;
  }
  return fit;
}

/** A title of theirs, or another title with their office's domain («رئيس الدبلوماسية الروسية»). */
const titled = (fit: RunFit) => fit.title || (fit.otherTitle && fit.domain);

/** The person a run of words names by office, if exactly one (and the run is not a name alone). */
function personOfRun(
  plan: QueryPlan,
  from: number,
  to: number,
  people: readonly Person[],
): Person | undefined {
  // One word must be a title and one a qualifier of theirs alone: "the king of Jordan" is not
  // Jordan's foreign minister.
  const matches = people.filter((person) => {
    const fit = runFit(plan, from, to, person);
    return fit !== undefined && (fit.qualifier || fit.domain) && titled(fit);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** Whether a person's office fits every word of a run (a bare title fits whoever holds it). */
function officeFitsRun(plan: QueryPlan, from: number, to: number, person: Person): boolean {
  const fit = runFit(plan, from, to, person);
  return fit !== undefined && titled(fit);
}

/** Whether a plan word reads as part of an office: a title, a domain, or a qualifier of someone's. */
function officeish(plan: QueryPlan, i: number, people: readonly Person[]): boolean {
  return formsOf(plan, i).some((f) => isOfficeWord(f) || people.some((p) => officeMatch(p, f) !== undefined));
}

/**
 * An office the question asks about that none of the people the documents introduce holds
 * («من هو رئيس روسيا؟» over an article whose only «رئيس» is the Jordanian deputy prime
 * minister's, "Who is the Secretary General of the Arab League?"): the run of office words
 * around a title, as written, or undefined when someone holds it, no office is asked, or one of
 * the closest passages uses the title for someone else (who may hold it unrecognised).
 */
export function unheldOffice(
  plan: QueryPlan,
  people: readonly Person[],
  passages: readonly string[],
): string | undefined {
  if (people.length === 0) return undefined;
  const words = plan.words;
  for (let i = 0; i < words.length; i++) {
    // The word's most probable sense must be the title: "help" has «مساعد» among its senses.
    const title = words[i]?.forms[0]?.arabic.split(/\s+/).map(asOfficeWord).find(isTitleWord);
    if (words[i]?.context === true || title === undefined) continue;
    let from = i;
    let to = i + 1;
    while (from > 0 && words[from - 1]?.context !== true && officeish(plan, from - 1, people)) from--;
    while (to < words.length && words[to]?.context !== true && officeish(plan, to, people)) to++;
    const unheld =
      !people.some((p) => officeFitsRun(plan, from, to, p)) &&
      !passages.some((text) => titleUsedElsewhere(text, title, people) || titleVerbUsed(text, title));
    if (unheld)
      return words
        .slice(from, to)
        .map((w) => w.surface)
        .join(" ");
    i = to - 1;
  }
  return undefined;
}

/**
 * How much a word naming a person weighs in retrieval: in "what did Lavrov say about the
 * Quartet" the person narrows whose words, the Quartet is what to find.
 */
const PERSON_BOOST = 0.35;
/** A title naming all the document's people still says the question is about their talks. */
const EVERYONE_BOOST = 0.35;
const SPECIFIC_BOOST = 1.5;

function downweighted(
  word: QueryPlan["words"][number],
  people: readonly Person[],
): QueryPlan["words"][number] {
  const names = word.forms.some(
    (f) => f.weight >= 0.2 && resolveMention(people, f.arabic.split(/\s+/)) !== undefined,
  );
  return names ? withBoost(word, PERSON_BOOST) : word;
}

function withBoost(word: QueryPlan["words"][number], factor: number): QueryPlan["words"][number] {
  return { ...word, group: { ...word.group, boost: (word.group.boost ?? 1) * factor } };
}

/**
 * "Did the two ministers discuss Yemen?": a title all the document's people share names them
 * all, so every paragraph is about them; Yemen is what to find.
 */
function namesEveryone(word: QueryPlan["words"][number], people: readonly Person[]): boolean {
  return word.forms
    .slice(0, FORMS_PER_WORD)
    .some((f) => f.arabic.split(/\s+/).some((w) => titleOfEveryone(people, w)));
}

export function resolvePeopleInPlan(plan: QueryPlan, people: readonly Person[]): QueryPlan {
  if (people.length === 0 || plan.words.length === 0) return plan;
  const out: QueryPlan["words"][number][] = [];
  let i = 0;
  while (i < plan.words.length) {
    let replaced = false;
    for (let to = Math.min(plan.words.length, i + MAX_RUN); to > i + 1; to--) {
      if (plan.words.slice(i, to).some((w) => w.context === true)) continue;
      const person = personOfRun(plan, i, to, people);
      if (person === undefined) continue;
      const forms = [{ arabic: person.name, weight: 1 }];
      const { group, grams } = expandForms(forms);
      out.push({
        surface: plan.words
          .slice(i, to)
          .map((w) => w.surface)
          .join(" "),
        forms,
        group,
        grams,
        specific: false,
        via: "mixed",
      });
      i = to;
      replaced = true;
      break;
    }
    if (!replaced) {
      const word = plan.words[i];
      if (word !== undefined) out.push(word);
      i += 1;
    }
  }
  // Only when the question asks for someone's words about something else: otherwise the name
  // is what to search for.
  const reported =
    out.length > 1 && asksWhatSomeoneSaid(plan.question, plan.lang)
      ? out.map((w) => downweighted(w, people))
      : out;
  // With everyone named by title, a name or number asked («ليبيا») is what picks the passage.
  const everyone = reported.filter((w) => namesEveryone(w, people));
  const words =
    everyone.length > 0 && everyone.length < reported.length
      ? reported.map((w) =>
          everyone.includes(w) ? withBoost(w, EVERYONE_BOOST) : w.specific ? withBoost(w, SPECIFIC_BOOST) : w,
        )
      : reported;
  return { ...plan, words };
}
