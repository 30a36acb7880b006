import { sourcePart } from "../core/reader-forms.js";
import type { CorpusDocument, Speaker } from "../core/types.js";
import { type AnalyzedToken, analyzeArabic } from "../text/arabic-analyzer.js";
import { withoutArticle } from "../text/arabic-clitics.js";
import { normalizeArabic } from "../text/normalize.js";
import { type Person, resolveMention } from "./people.js";

/**
 * Who says each part of a news text. Arabic news reports speech with a reporting verb and its
 * subject («وقال لافروف», «وختم وزير الخارجية الروسي», «وبحسب الوزير الروسي»); a verb without
 * a subject («وقال:», «لافتا إلى») continues the last speaker; what comes before the first
 * reporting verb of a paragraph is the agency's own narration. Found from the text's reporting
 * structure, so it works for any article.
 */
export interface SpeakerSpan {
  readonly start: number;
  readonly end: number;
  readonly speaker: Speaker;
  /** The span opens with the words naming its speaker («إذ أشار الوزير الروسي»), not a bare verb. */
  readonly named?: boolean;
}

/** Reporting verbs and phrases, normalised, without a glued «و»/«ف»/«ل». */
const REPORTING = new Set(
  `قال اضاف تابع ختم اختتم اشار صرح اكد لفت اوضح شدد اعرب نوه اعتبر راي ذكر قالت اضافت اكدت اشارت تابعت
لافتا مشيرا مؤكدا موكدا مضيفا معربا موضحا مشددا منوها معتبرا قائلا بحسب حسب وفق وفقا نقل`
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map(normalizeArabic),
);

/** Particles that open a reported clause before its verb. */
const LEADING_PARTICLES = new Set(["كما", "ثم", "اذ", "فيما", "بينما", "وقد", "قد"].map(normalizeArabic));

function reportingVerb(token: AnalyzedToken): boolean {
  const n = token.norm;
  if (REPORTING.has(n)) return true;
  const bare = n.replace(/^[وفل]/, "");
  return bare !== n && REPORTING.has(bare);
}

/** «تاس» and "TASS" from a source line written "TASS / تاس" (either order). */
export function agencyOf(doc: Pick<CorpusDocument, "source">): Speaker {
  const ar = sourcePart(doc.source, "ar") ?? doc.source;
  const en = sourcePart(doc.source, "en");
  return { kind: "agency", ar, ...(en !== undefined ? { en } : {}) };
}

export function personSpeaker(person: Person, en?: string): Speaker {
  return { kind: "person", ar: person.name, ...(en !== undefined ? { en } : {}) };
}

/** The subject after a reporting verb: the next words up to a break, resolved to a person. */
function subjectAfter(
  text: string,
  tokens: readonly AnalyzedToken[],
  index: number,
  people: readonly Person[],
): Person | undefined {
  const words: string[] = [];
  let prevEnd = tokens[index]?.end ?? 0;
  for (let j = index + 1; j < tokens.length && words.length < 5; j++) {
    const t = tokens[j];
    if (t === undefined || /[،,.:؛;"«»\n]/.test(text.slice(prevEnd, t.start))) break;
    if (t.isStopword) break;
    words.push(t.norm);
    prevEnd = t.end;
    const person = resolveMention(people, words);
    // Stop at the shortest run that names someone, unless the next word narrows an office.
    if (person !== undefined && !withoutArticle(t.norm).startsWith("وزير")) return person;
  }
  return resolveMention(people, words);
}

/**
 * Speaker spans covering every paragraph of the document. `english` gives a person's English
 * name where one is known.
 */
export function attributeSpeakers(
  doc: Pick<CorpusDocument, "text" | "paragraphs" | "source">,
  people: readonly Person[],
  english: (person: Person) => string | undefined = () => undefined,
): SpeakerSpan[] {
  const agency = agencyOf(doc);
  const spans: SpeakerSpan[] = [];
  let current: Speaker | undefined;
  for (const paragraph of doc.paragraphs) {
    const text = doc.text.slice(0, paragraph.end);
    const tokens = analyzeArabic(doc.text.slice(paragraph.start, paragraph.end)).map((t) => ({
      ...t,
      start: t.start + paragraph.start,
      end: t.end + paragraph.start,
    }));
    let from = paragraph.start;
    let speaker: Speaker = agency;
    let named = false;
    tokens.forEach((token, i) => {
      if (!reportingVerb(token)) return;
      const subject = subjectAfter(text, tokens, i, people);
      const next: Speaker | undefined =
        subject !== undefined ? personSpeaker(subject, english(subject)) : current;
      if (next === undefined) return;
      // «كما صرّح», «إذ أشار»: the particle opening the clause belongs to the reported part.
      const before = tokens[i - 1];
      const opensAt =
        before !== undefined &&
        LEADING_PARTICLES.has(before.norm) &&
        !/[.:"«»]/.test(doc.text.slice(before.end, token.start))
          ? before.start
          : token.start;
      const at = Math.max(from, opensAt);
      if (at > from) spans.push({ start: from, end: at, speaker, ...(named ? { named } : {}) });
      from = at;
      speaker = next;
      named = subject !== undefined;
      current = next;
    });
    spans.push({ start: from, end: paragraph.end, speaker, ...(named ? { named } : {}) });
  }
  return spans;
}

/**
 * Where the words naming the speaker of the clause at `start` begin, when that clause only
 * continues them («…، كما أكد بقوله…» after «إذ أشار الوزير الروسي…»): the latest span of the
 * same person, at or after `from` (the paragraph's start), that names them; or the start of its
 * own span when that span names them before the clause. Undefined when the clause opens with
 * the naming words or none name them.
 */
export function namingStart(spans: readonly SpeakerSpan[], start: number, from: number): number | undefined {
  const at = spans.findIndex((s) => start >= s.start && start < s.end);
  const own = spans[at];
  if (own === undefined || own.speaker.kind !== "person") return undefined;
  // A clause inside the span that names its speaker, past the naming words («وختم وزير الخارجية
  // الروسي: "…، وضرورة توفير الظروف…"»): the span's start.
  if (own.named === true) return start > own.start ? own.start : undefined;
  for (let i = at - 1; i >= 0; i--) {
    const s = spans[i];
    if (s === undefined || s.start < from || s.speaker.ar !== own.speaker.ar) return undefined;
    if (s.named === true) return s.start;
  }
  return undefined;
}

/** The speaker of most of a span's characters. */
export function speakerOf(spans: readonly SpeakerSpan[], start: number, end: number): Speaker | undefined {
  let best: SpeakerSpan | undefined;
  let bestOverlap = 0;
  for (const s of spans) {
    const overlap = Math.min(end, s.end) - Math.max(start, s.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = s;
    }
  }
  return best?.speaker;
}
