import { remembered } from "../core/remembered.js";
import type { CorpusDocument } from "../core/types.js";
import { type AnalyzedToken, analyzeArabic } from "../text/arabic-analyzer.js";
import { withoutArticle } from "../text/arabic-clitics.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * The people a news text is about, as it introduces them: news Arabic names a person once in
 * full with their office («وزير الخارجية الروسي سيرغي لافروف») and later by office alone
 * («الوزير الروسي», «نظيره الأردني») or by surname («لافروف»). Read from the document's own
 * apposition structure (a title noun, its domain and nationality words, then the name), so
 * every later article gets the same treatment; no table of people.
 */
export interface Person {
  /** Full name as the text first gives it («أيمن حسين عبد الله الصفدي»). */
  readonly name: string;
  /** Offsets of that first full mention; `roleStart` where the office before it begins. */
  readonly roleStart: number;
  readonly start: number;
  readonly end: number;
  /** Normalised name words that identify the person alone (particles such as «عبد» left out). */
  readonly nameKeys: readonly string[];
  /** Offices as written («وزير الخارجية الروسي», «نائب رئيس الوزراء»). */
  readonly roles: readonly string[];
  /** Normalised words of the offices, without the article («وزير», «خارجيه», «روسي»). */
  readonly roleWords: ReadonlySet<string>;
}

/** Nouns that head an office or title, normalised and without the article. */
const TITLES = new Set(
  `وزير وزيرة رئيس رئيسة نائب ملك أمير شيخ سلطان مستشار مستشارة سفير سفيرة متحدث ناطق أمين مبعوث مندوب ممثل
قائد زعيم مدير مديرة سيد سيدة دكتور نظير نظيرة مساعد وكيل عضو ضيف ضيفة مسؤول مسؤولة`
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map(normalizeArabic),
);

/** Words that complete an office (its domain), normalised without the article. */
const DOMAINS = new Set(
  `خارجية داخلية دفاع مالية وزراء جمهورية حكومة عدل اقتصاد تجارة طاقة صحة تعليم أمن قومي عام عامة برلمان نواب شيوخ
دولة مجلس شؤون اعلام إعلام خاص خاصة أول اول سابق سابقة`
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map(normalizeArabic),
);

/**
 * Words news Arabic uses for the same office domain («رئيس الدبلوماسية الروسية» is the foreign
 * minister), normalised without the article and a final «ه».
 */
const DOMAIN_SYNONYMS: Readonly<Record<string, string>> = {
  [normalizeArabic("دبلوماسي")]: normalizeArabic("خارجي"),
  [normalizeArabic("دبلوماسيي")]: normalizeArabic("خارجي"),
  // "foreign minister" through a dictionary: أجنبي is "foreign" in the ministry's sense too.
  [normalizeArabic("أجنبي")]: normalizeArabic("خارجي"),
};

/**
 * A word as offices are compared: no article, no final «ه»/«ين», domain synonyms folded.
 * Remembered: reading a question's offices asks it for every run of the question's words and
 * every person the documents introduce (hundreds).
 */
export const officeForm = remembered(officeFormOf);

function officeFormOf(word: string): string {
  const s = withoutArticle(normalizeArabic(word))
    .replace(/(?:ه|ها)$/, "")
    .replace(/^(\S{3,})ين$/, "$1")
    // The dual («الوزيران»: the two ministers).
    .replace(/^(\S{3,})ان$/, "$1");
  // «لرئيس الدبلوماسية» (of the head of diplomacy): a glued «ل» before a title is a preposition.
  const title = !TITLES.has(s) && s.startsWith("ل") && TITLES.has(s.slice(1)) ? s.slice(1) : s;
  return DOMAIN_SYNONYMS[title] ?? title;
}

/** A title every person the document is about holds ("the ministers", «الوزيران»). */
export function titleOfEveryone(people: readonly Person[], word: string): boolean {
  const form = officeForm(word);
  return people.length >= 2 && TITLES.has(form) && people.every((p) => p.roleWords.has(form));
}

/**
 * Titles that fit anyone's office: relations and honorifics («نظيره», «السيد»), and the words for
 * a visitor or an official, which fit anyone of the right country («الضيف الأردني»).
 */
const ANY_OFFICE_TITLES = new Set(
  ["نظير", "نظيرة", "سيد", "سيدة", "ضيف", "ضيفة", "مسؤول", "مسؤولة"].map(normalizeArabic),
);

function isDomain(form: string): boolean {
  return DOMAINS.has(form) || DOMAINS.has(`${form}ه`);
}

/**
 * A title in a question names a person when it is their own («الوزير الأردني»), a relation
 * («نظيره»), or when the office's domain is named with it («رئيس الدبلوماسية الروسية» is the
 * foreign minister): "the king of Jordan" is not Jordan's foreign minister.
 */
function titleFits(person: Person, title: string, domainNamed: boolean): boolean {
  return ANY_OFFICE_TITLES.has(title) || person.roleWords.has(title) || domainNamed;
}

/** Whether a word names an office or its domain at all, whoever holds it («الأمين», «العام»). */
export function isOfficeWord(word: string): boolean {
  const form = officeForm(word);
  return TITLES.has(form) || isDomain(form);
}

/**
 * Whether a word is a title (an office's head noun: «وزير», «رئيس», «الأمين»). A final «ة» is
 * kept here: «مساعدة» is "help" before it is a female assistant.
 */
export const isTitleWord = remembered(titleWordOf);

function titleWordOf(word: string): boolean {
  const bare = withoutArticle(normalizeArabic(word));
  return TITLES.has(bare) || TITLES.has(bare.replace(/^(\S{3,})(?:ين|ان)$/, "$1"));
}

/**
 * Whether a text uses a title outside the offices of the people given: in «كان أول مدير
 * للمتحف هنري كول» someone the apposition reading missed may hold the office asked about.
 */
export function titleUsedElsewhere(text: string, title: string, people: readonly Person[]): boolean {
  let rest = normalizeArabic(text);
  for (const person of people)
    for (const role of person.roles) rest = rest.split(normalizeArabic(role)).join(" ");
  const form = officeForm(title);
  return analyzeArabic(rest).some((t) => officeForm(t.norm) === form);
}

/** A country's relative adjective as offices carry it: «الأردن» → «اردني», «روسيا» → «روسي». */
export function nisbaOf(country: string): string {
  return `${withoutArticle(normalizeArabic(country)).replace(/(?:يا|ا|ي)$/, "")}ي`;
}

export type OfficeMatch = "title" | "title-elsewhere" | "domain" | "qualifier";

/**
 * How a word fits a person's office: one of their titles (or a relation), a title they do not
 * hold, the domain of their office («الخارجية»), another of its qualifiers («الأردني»), or not at all.
 */
export function officeMatch(person: Person, word: string): OfficeMatch | undefined {
  const form = officeForm(word);
  if (TITLES.has(form)) return titleFits(person, form, false) ? "title" : "title-elsewhere";
  // A country stands for its nationality adjective ("Jordan's minister" ~ «الوزير الأردني»,
  // «روسيا» ~ «الروسي»).
  const own = person.roleWords.has(form) || person.roleWords.has(nisbaOf(form));
  if (!own) return undefined;
  return isDomain(form) ? "domain" : "qualifier";
}

/** Name particles: part of a full name, never a surname on their own. */
const NAME_PARTICLES = new Set(["عبد", "الله", "بن", "ابن", "ابو", "ال", "بنت"].map(normalizeArabic));

/** Nisba adjective (nationality, «الروسي» ← روسيا): the article, then a word ending in «ي». */
function isNisba(norm: string): boolean {
  return /^(?:[وف]?ال)\S{2,}ي$/.test(norm);
}

function isTitle(token: AnalyzedToken): boolean {
  const bare = withoutArticle(token.norm);
  return TITLES.has(bare) || TITLES.has(bare.replace(/(?:ه|ها)$/, ""));
}

/** Text between two tokens holds a clause break (comma, full stop, colon, quotation mark). */
function breakBetween(text: string, from: number, to: number): boolean {
  return /[،,.:؛;"«»()\n]/.test(text.slice(from, to));
}

interface Apposition {
  readonly roleStart: number;
  readonly roleEnd: number;
  readonly nameTokens: readonly AnalyzedToken[];
}

/** «TITLE (DOMAIN|NISBA)* NAME+»: an office followed by a name, within one clause. */
function appositions(text: string, tokens: readonly AnalyzedToken[]): Apposition[] {
  const found: Apposition[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (head === undefined || !isTitle(head)) continue;
    let j = i + 1;
    let prev = head;
    // The office: titles, domains and nationality adjectives («رئيس الوزراء», «الخارجية الروسي»).
    while (j < tokens.length) {
      const t = tokens[j];
      if (t === undefined || breakBetween(text, prev.end, t.start)) break;
      const bare = withoutArticle(t.norm);
      if (!(isTitle(t) || DOMAINS.has(bare) || isNisba(t.norm))) break;
      prev = t;
      j++;
    }
    const roleEnd = prev.end;
    // The name: the words that follow in the same clause, not function words, at most five.
    const name: AnalyzedToken[] = [];
    while (j < tokens.length && name.length < 5) {
      const t = tokens[j];
      if (t === undefined || t.isStopword || t.script !== "arabic") break;
      if (breakBetween(text, prev.end, t.start) || isTitle(t)) break;
      name.push(t);
      prev = t;
      j++;
    }
    // A name has a word that is not a particle; a lone word after an office is rarely a name
    // unless it is a full name of two words or more.
    const keys = name.filter((t) => !NAME_PARTICLES.has(t.norm));
    if (name.length >= 2 && keys.length >= 1)
      found.push({ roleStart: head.start, roleEnd, nameTokens: name });
    i = Math.max(i, j - 1);
  }
  return found;
}

/** Offices stated before a name, including a chain of offices separated by commas. */
function officesBefore(text: string, tokens: readonly AnalyzedToken[], app: Apposition): string[] {
  const roles = [text.slice(app.roleStart, app.roleEnd)];
  // «نائب رئيس الوزراء، وزير الخارجية الأردني أيمن …»: the office before the comma is his too.
  const headIndex = tokens.findIndex((t) => t.start === app.roleStart);
  let k = headIndex - 1;
  let end = -1;
  const chain: AnalyzedToken[] = [];
  while (k >= 0) {
    const t = tokens[k];
    if (t === undefined) break;
    const bare = withoutArticle(t.norm);
    if (!(isTitle(t) || DOMAINS.has(bare) || isNisba(t.norm))) break;
    if (end === -1) end = t.end;
    chain.unshift(t);
    k--;
  }
  const first = chain[0];
  const between = end === -1 ? "" : text.slice(end, app.roleStart);
  // "his counterpart" (نظيره) relates people; it is not an office.
  const relational = first !== undefined && withoutArticle(first.norm).startsWith("نظير");
  if (first !== undefined && isTitle(first) && !relational && /^\s*[،,]\s*$/.test(between))
    roles.unshift(text.slice(first.start, end));
  return roles;
}

/**
 * The people a document introduces: appositions in its title and first paragraph (where
 * news text introduces who is who), then anywhere else in the text.
 */
export function findPeople(doc: Pick<CorpusDocument, "text">): Person[] {
  const text = doc.text;
  const tokens = analyzeArabic(text);
  const people: Person[] = [];
  for (const app of appositions(text, tokens)) {
    const keys = app.nameTokens.filter((t) => !NAME_PARTICLES.has(t.norm)).map((t) => withoutArticle(t.norm));
    const existing = people.find((p) => keys.some((k) => p.nameKeys.includes(k)));
    if (existing !== undefined) continue;
    const first = app.nameTokens[0];
    const last = app.nameTokens[app.nameTokens.length - 1];
    if (first === undefined || last === undefined) continue;
    const roles = officesBefore(text, tokens, app);
    const roleWords = new Set(
      roles.flatMap((r) => analyzeArabic(r).map((t) => withoutArticle(t.norm).replace(/(?:ه|ها)$/, ""))),
    );
    const roleStart =
      tokens.find(
        (t) => t.start < app.roleStart && roles[0] !== undefined && text.startsWith(roles[0], t.start),
      )?.start ?? app.roleStart;
    people.push({
      name: text.slice(first.start, last.end),
      roleStart,
      start: first.start,
      end: last.end,
      nameKeys: [...new Set(keys)],
      roles,
      roleWords,
    });
  }
  return people;
}

/**
 * The person a run of words refers to: by a name word («لافروف»), or by an office whose
 * words all belong to exactly one person's offices («الوزير الروسي», «نظيره الأردني»).
 */
export function resolveMention(people: readonly Person[], words: readonly string[]): Person | undefined {
  const bare = words.map((w) => withoutArticle(normalizeArabic(w)));
  const byName = people.filter((p) => bare.some((w) => p.nameKeys.includes(w)));
  if (byName.length === 1) return byName[0];
  const stripped = words.map(officeForm);
  const hasTitle = stripped.some((w) => TITLES.has(w));
  if (!hasTitle) return undefined;
  const titles = stripped.filter((w) => TITLES.has(w));
  const qualifiers = stripped.filter((w) => !TITLES.has(w));
  if (qualifiers.length === 0) return people.length === 1 ? people[0] : undefined;
  const domainNamed = qualifiers.some(isDomain);
  const byOffice = people.filter(
    (p) => qualifiers.every((w) => p.roleWords.has(w)) && titles.every((t) => titleFits(p, t, domainNamed)),
  );
  return byOffice.length === 1 ? byOffice[0] : undefined;
}

/** The person a normalised word names alone (a surname or distinctive given name), if any. */
export function personByNameWord(people: readonly Person[], word: string): Person | undefined {
  const bare = withoutArticle(normalizeArabic(word));
  const matches = people.filter((p) => p.nameKeys.includes(bare));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Whether a text refers to a person: by a name word, or by an office that is theirs alone. */
export function mentionsPerson(people: readonly Person[], text: string, person: Person): boolean {
  const tokens = analyzeArabic(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    if (person.nameKeys.includes(withoutArticle(t.norm))) return true;
    if (!isTitle(t)) continue;
    const next = tokens[i + 1];
    const words =
      next === undefined || breakBetween(text, t.end, next.start) ? [t.norm] : [t.norm, next.norm];
    if (words.length === 2 && resolveMention(people, words) === person) return true;
  }
  return false;
}
