import type { CorpusDocument, Paragraph } from "../core/types.js";
import { analyzeArabic } from "../text/arabic-analyzer.js";
import { normalizeArabic } from "../text/normalize.js";
import { findPeople, type Person } from "./people.js";
import { attributeSpeakers, type SpeakerSpan } from "./speakers.js";

/**
 * What a news document says about itself, read once from its text: who is who (people and
 * their offices), who says what (speaker spans), its section headings, its credit lines
 * («المصدر: تاس», «الصورة: …») and its topics (runs of paragraphs on one subject).
 */

export type CreditKind = "source" | "photo" | "author" | "other";

export interface CreditLine {
  readonly paragraph: number;
  readonly kind: CreditKind;
  /** Offsets of the whole line and of its value (after «:»). */
  readonly start: number;
  readonly end: number;
  readonly valueStart: number;
}

export interface Topic {
  /** Body paragraphs of the topic, in article order. */
  readonly paragraphs: readonly number[];
  /** The heading of the section the topic is in, when the article has sections. */
  readonly heading?: number;
}

export interface DocumentFacts {
  readonly doc: CorpusDocument;
  readonly people: readonly Person[];
  readonly speakers: readonly SpeakerSpan[];
  /** Paragraph numbers of headings and page rubrics: never an answer on their own. */
  readonly headings: ReadonlySet<number>;
  /**
   * Of those, the page rubrics: short lines after the last body paragraph (the series or
   * section the page files the article under), which head no section.
   */
  readonly rubrics: ReadonlySet<number>;
  readonly credits: readonly CreditLine[];
  readonly topics: readonly Topic[];
}

/** Label words of credit lines, normalised (general newsroom vocabulary). */
const CREDIT_LABELS: readonly [CreditKind, RegExp][] = [
  ["source", /^(?:المصدر|مصدر|المصادر|نقلا عن|عن)$/],
  ["photo", /^(?:الصوره|صوره|تصوير|الصور|مصدر الصوره|الصوره الرئيسيه)$/],
  ["author", /^(?:الكاتب|كتب|كتابه|بقلم|اعداد|المحرر|تحرير|مراسل|المراسل)$/],
];

const MAX_SHORT_LINE_WORDS = 8;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function creditOf(doc: CorpusDocument, p: Paragraph): CreditLine | undefined {
  const text = doc.text.slice(p.start, p.end);
  const colon = text.search(/[:：]/);
  if (colon <= 0 || wordCount(text) > MAX_SHORT_LINE_WORDS) return undefined;
  const label = normalizeArabic(text.slice(0, colon).trim());
  const kind = CREDIT_LABELS.find(([, pattern]) => pattern.test(label))?.[0];
  if (kind === undefined) return undefined;
  let valueStart = p.start + colon + 1;
  while (valueStart < p.end && /\s/.test(doc.text[valueStart] ?? "")) valueStart++;
  return { paragraph: p.number, kind, start: p.start, end: p.end, valueStart };
}

/** A short line without sentence punctuation: a heading or a page rubric. */
function isHeading(doc: CorpusDocument, p: Paragraph): boolean {
  const text = doc.text.slice(p.start, p.end).trim();
  // Punctuation first: it rules out most body paragraphs without splitting them into words.
  return !/[.!?؟،]\s*["»]?$/.test(text) && !/[.؟!]\s/.test(text) && wordCount(text) <= MAX_SHORT_LINE_WORDS;
}

/** Content stems of a paragraph, for telling whether neighbours share a subject. */
function contentStems(doc: CorpusDocument, p: Paragraph, people: readonly Person[]): Set<string> {
  const names = new Set(people.flatMap((x) => x.nameKeys));
  const stems = new Set<string>();
  for (const t of analyzeArabic(doc.text.slice(p.start, p.end))) {
    if (t.isStopword || t.script !== "arabic" || t.light.length < 3 || names.has(t.light)) continue;
    stems.add(t.root);
  }
  return stems;
}

/** Share of the smaller paragraph's distinctive stems that the other one has too. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, common: ReadonlySet<string>): number {
  const da = [...a].filter((s) => !common.has(s));
  const db = new Set([...b].filter((s) => !common.has(s)));
  if (da.length === 0 || db.size === 0) return 0;
  const shared = da.filter((s) => db.has(s)).length;
  return shared / Math.min(da.length, db.size);
}

/** Neighbouring paragraphs sharing this share of their distinctive words are one topic. */
const SAME_TOPIC = 0.2;

function findTopics(
  doc: CorpusDocument,
  body: readonly Paragraph[],
  headings: ReadonlySet<number>,
  people: readonly Person[],
): Topic[] {
  const stems = new Map(body.map((p) => [p.number, contentStems(doc, p, people)]));
  // Words in most paragraphs (the story's own vocabulary) say nothing about a change of topic.
  const df = new Map<string, number>();
  for (const set of stems.values()) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const common = new Set([...df].filter(([, n]) => n > Math.max(2, body.length / 3)).map(([s]) => s));
  const topics: { paragraphs: number[]; heading?: number }[] = [];
  let heading: number | undefined;
  let cluster = new Set<string>();
  for (const p of doc.paragraphs) {
    if (headings.has(p.number)) {
      heading = p.number;
      cluster = new Set();
      continue;
    }
    if (!stems.has(p.number)) continue;
    const last = topics[topics.length - 1];
    const own = stems.get(p.number) ?? new Set<string>();
    // Compared with the whole topic so far: a topic's later paragraphs may echo any earlier one.
    const same = last !== undefined && cluster.size > 0 && overlap(own, cluster, common) >= SAME_TOPIC;
    if (same && last !== undefined) last.paragraphs.push(p.number);
    else {
      topics.push({ paragraphs: [p.number], ...(heading !== undefined ? { heading } : {}) });
      cluster = new Set();
    }
    for (const s of own) cluster.add(s);
  }
  return topics;
}

/**
 * A paragraph's text with its section heading after it («الوضع في سوريا» says what the
 * paragraphs under it are about); the paragraphs of the document's topics, keyed by number.
 */
export function textsWithHeadings(facts: DocumentFacts): Map<number, string> {
  const textOf = (n: number | undefined) => paragraphText(facts, n);
  return new Map(
    facts.topics.flatMap((t) => t.paragraphs.map((n) => [n, `${textOf(n)}\n${textOf(t.heading)}`] as const)),
  );
}

/** A paragraph's text by its number ("" when the document has no such paragraph). */
export function paragraphText(facts: DocumentFacts, paragraph: number | undefined): string {
  const p = facts.doc.paragraphs.find((q) => q.number === paragraph);
  return p === undefined ? "" : facts.doc.text.slice(p.start, p.end);
}

/** A paragraph of the body: not a heading, rubric or credit line (which never answer alone). */
export function isBodyParagraph(facts: DocumentFacts, paragraph: number): boolean {
  return !facts.headings.has(paragraph) && !facts.credits.some((c) => c.paragraph === paragraph);
}

/** The number of a document's lead: its first body paragraph, where news puts its when and where. */
export function leadParagraph(facts: DocumentFacts): number | undefined {
  return facts.doc.paragraphs.find((p) => isBodyParagraph(facts, p.number))?.number;
}

/** Whether a paragraph is a dated report's lead: its date is the reported event's. */
export function isDatedLead(facts: DocumentFacts, paragraph: number): boolean {
  return facts.doc.date !== undefined && leadParagraph(facts) === paragraph;
}

export function buildDocumentFacts(
  doc: CorpusDocument,
  englishName: (person: Person) => string | undefined = () => undefined,
): DocumentFacts {
  const credits = doc.paragraphs.map((p) => creditOf(doc, p)).filter((c) => c !== undefined);
  const creditNumbers = new Set(credits.map((c) => c.paragraph));
  const headings = new Set(
    doc.paragraphs.filter((p) => !creditNumbers.has(p.number) && isHeading(doc, p)).map((p) => p.number),
  );
  const body = doc.paragraphs.filter((p) => !creditNumbers.has(p.number) && !headings.has(p.number));
  const lastBody = body[body.length - 1]?.number ?? 0;
  const rubrics = new Set([...headings].filter((n) => n > lastBody));
  // People, speakers and topics are read on first use: most documents a question touches at
  // scale only need their headings and credits (body passages first), a few their people
  // (coverage), and all three are pure functions of the document.
  let people: readonly Person[] | undefined;
  let speakers: readonly SpeakerSpan[] | undefined;
  let topics: readonly Topic[] | undefined;
  const peopleOf = () => {
    people ??= findPeople(doc);
    return people;
  };
  return {
    doc,
    get people() {
      return peopleOf();
    },
    get speakers() {
      speakers ??= attributeSpeakers(doc, peopleOf(), englishName);
      return speakers;
    },
    headings,
    rubrics,
    credits,
    get topics() {
      topics ??= findTopics(doc, body, headings, peopleOf());
      return topics;
    },
  };
}
