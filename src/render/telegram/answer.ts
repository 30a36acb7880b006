/**
 * Pure rendering of answers, sources and help for Telegram (HTML parse mode). Every string
 * that comes from users, the corpus or the answerer is escaped; quotes and passages are shown
 * exactly as the answerer gives them (verbatim corpus text), never shortened or altered. A
 * quote or passage too long for one message is cut into several blockquotes at text
 * boundaries; the pieces together are the whole text. Every line carries an explicit
 * direction mark (see `../bidi.ts`), so each Telegram app lays it out the same way.
 */
import type { Answer, Lang, Passage, Quote, SourceRef } from "../../core/types.js";
import {
  answersNothing,
  citation,
  cleanText,
  documentLine,
  formatDate,
  glossText,
  leadOf,
  localizeProse,
  needsTopics,
  quoteHeading,
  suggestionsFor,
  titleOf,
  translationText,
  withoutSuggestionLine,
} from "../format.js";
import { strings } from "../i18n.js";
import { directionOf, markHtmlLines, PDI, RLI, RLM, rtl } from "./bidi.js";
import { escapeAttribute, escapeHtml } from "./html.js";
import { MESSAGE_MARGIN, packMessages, splitPlainText, TELEGRAM_MESSAGE_LIMIT } from "./split.js";

export { cleanText, directionOf, formatDate, leadOf, suggestionsFor };

/**
 * Split free text into paragraphs (blank-line separated), escaped; single newlines are kept.
 * With a language, the prose is first made to read in it (`localizeProse`).
 */
export function textBlocks(text: string, lang?: Lang, sources: readonly SourceRef[] = []): string[] {
  const prose = lang === undefined ? cleanText(text) : localizeProse(text, lang, sources);
  return prose
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map(escapeHtml);
}

/** Pack blocks into Telegram-sized messages; every line opens with a mark of the language's direction unless it has its own. */
export function toMessages(
  blocks: readonly string[],
  lang: Lang,
  limit = TELEGRAM_MESSAGE_LIMIT - MESSAGE_MARGIN,
): string[] {
  const dir = directionOf(lang);
  // Marks go in before packing, so sizes count them; a block cut mid-line starts its next message
  // without one, which the second pass adds (one character: the margin allows it).
  return packMessages(
    blocks.map((b) => markHtmlLines(b, dir)),
    limit,
  ).map((m) => markHtmlLines(m, dir));
}

/** A short notice (already HTML) as a single message opening in the right direction. */
export function notice(html: string, lang: Lang): string[] {
  return toMessages([html], lang);
}

const DEFAULT_LIMIT = TELEGRAM_MESSAGE_LIMIT - MESSAGE_MARGIN;

/** Room kept for a verbatim piece even when a header is long (real limits are thousands). */
const MIN_PIECE = 64;

/** A span of a verbatim text to show in bold, offsets relative to that text. */
type Span = readonly [start: number, end: number];

/** Escaped `text` (which starts at `offset` of the verbatim text) with the parts inside `marks` in bold. */
function withBold(text: string, offset: number, marks: readonly Span[]): string {
  let out = "";
  let at = 0;
  for (const [s, e] of marks) {
    const from = Math.max(at, s - offset);
    const to = Math.min(text.length, e - offset);
    if (to <= from) continue;
    out += `${escapeHtml(text.slice(at, from))}<b>${escapeHtml(text.slice(from, to))}</b>`;
    at = to;
  }
  return out + escapeHtml(text.slice(at));
}

/**
 * Verbatim corpus text as blockquotes under `header`: one blockquote when it fits a message,
 * else several, cut between words. Each piece opens right to left with a mark (inside the
 * blockquote, so no empty line appears before it); inside an English message the Arabic is
 * also isolated, so Telegram Web's one direction per message cannot reorder it.
 */
function verbatimBlocks(
  header: string,
  text: string,
  lang: Lang,
  limit: number,
  marks: readonly Span[] = [],
): string[] {
  const [open, close] = lang === "ar" ? [RLM, ""] : [`${RLM}${RLI}`, PDI];
  const wrap = (inner: string) => `<blockquote>${open}${inner}${close}</blockquote>`;
  // Room for one piece: a message less the blockquote, its marks (one more is added to a line
  // when messages are packed) and the bold tags; the first piece also shares it with the header.
  const room = Math.max(MIN_PIECE, limit - 2 - wrap("").length - marks.length * "<b></b>".length);
  const measure = (ch: string) => escapeHtml(ch).length;
  const firstRoom = room - header.length - 1;
  const first = firstRoom >= MIN_PIECE ? (splitPlainText(text, firstRoom, measure)[0] ?? "") : "";
  const pieces = [first, ...splitPlainText(text.slice(first.length), room, measure)].filter((p) => p !== "");
  let offset = 0;
  const blocks = pieces.map((piece) => {
    const html = wrap(withBold(piece, offset, marks));
    offset += piece.length;
    return html;
  });
  // The header on the first piece's first line, or (when it leaves no room) a block of its own.
  if (first !== "" && blocks.length > 0) blocks[0] = `${header}\n${blocks[0]}`;
  else blocks.unshift(header);
  return blocks;
}

const sourceOf = (doc: string, sources: readonly SourceRef[]) => sources.find((s) => s.doc === doc);

function quoteHeader(
  cites: string,
  q: Pick<Quote, "doc" | "paragraph" | "speaker">,
  lang: Lang,
  sources: readonly SourceRef[],
  showDoc: boolean,
): string {
  return `${cites.length > 0 ? `<b>${cites}</b> ` : ""}${escapeHtml(quoteHeading(q, lang, sources, showDoc))}:`;
}

/** "Translation: …" (or "Translation [2]: …") under a quote, for English readers; never inside the quote. */
function translationLine(translation: string | undefined, lang: Lang, n?: number): string | undefined {
  const text = translationText(translation, lang);
  const label = `${strings(lang).translationLabel}${n === undefined ? "" : ` [${n}]`}`;
  return text === undefined ? undefined : `<i>${label}:</i> ${escapeHtml(text)}`;
}

/** "Glossary (…): word — sense · …" under a quote without a translation, for English readers. */
function glossLine(q: Quote, lang: Lang, n?: number): string | undefined {
  const text = glossText(q, lang);
  const label = `${strings(lang).glossLabel}${n === undefined ? "" : ` [${n}]`}`;
  return text === undefined ? undefined : `<i>${escapeHtml(label)}:</i> ${escapeHtml(text)}`;
}

/** Append lines under the last block when they fit one message with it; else as their own blocks. */
function appendLines(blocks: string[], lines: readonly (string | undefined)[], limit: number): void {
  for (const line of lines) {
    if (line === undefined) continue;
    const last = blocks.pop() ?? "";
    if (last.length + 2 + line.length <= limit) blocks.push(`${last}\n${line}`);
    else blocks.push(last, line);
  }
}

function renderQuote(
  q: Quote,
  lang: Lang,
  sources: readonly SourceRef[],
  showDoc: boolean,
  limit: number,
): string[] {
  const blocks = verbatimBlocks(quoteHeader(`[${q.n}]`, q, lang, sources, showDoc), q.text, lang, limit);
  appendLines(blocks, [translationLine(q.translation, lang) ?? glossLine(q, lang)], limit);
  return blocks;
}

/** The copyable citation line of the Sources view. */
function citeLine(doc: string, paragraph: number, lang: Lang, sources: readonly SourceRef[]): string {
  const text = citation(sourceOf(doc, sources), doc, paragraph, lang);
  return `<i>${strings(lang).citeAs}:</i> <code>${escapeHtml(text)}</code>`;
}

/**
 * The quotes of an answer taken from a passage, as spans of the passage's text to show in
 * bold (none when a quote is the whole paragraph: there is nothing to point at).
 */
function markedSpans(p: Passage, quotes: readonly Quote[]): Span[] {
  return quotes
    .filter((q) => q.doc === p.doc && q.paragraph === p.paragraph && q.start >= p.start && q.end <= p.end)
    .filter((q) => q.end > q.start && q.end - q.start < p.text.length)
    .map((q): Span => [q.start - p.start, q.end - p.start])
    .sort((a, b) => a[0] - b[0])
    .filter((span, i, all) => i === 0 || span[0] >= (all[i - 1]?.[1] ?? 0));
}

/**
 * A whole cited paragraph for the Sources view: citation numbers and speaker, the paragraph
 * verbatim with the quoted words in bold, its translation (English), and a citation to copy.
 */
function renderPassage(p: Passage, answer: Answer, showDoc: boolean, limit: number): string[] {
  const lang = answer.lang;
  const inside = answer.quotes.filter((q) => q.doc === p.doc && q.paragraph === p.paragraph);
  const cites = inside.map((q) => `[${q.n}]`).join(" ");
  const speaker = inside.find((q) => q.speaker !== undefined)?.speaker;
  const header = quoteHeader(
    cites,
    { doc: p.doc, paragraph: p.paragraph, speaker },
    lang,
    answer.sources,
    showDoc,
  );
  const blocks = verbatimBlocks(header, p.text, lang, limit, markedSpans(p, inside));
  // The paragraph's own translation; without one, the translations of the quotes taken from it.
  const translations =
    translationText(p.translation, lang) !== undefined
      ? [translationLine(p.translation, lang)]
      : inside.map((q) => {
          const n = inside.length > 1 ? q.n : undefined;
          return translationLine(q.translation, lang, n) ?? glossLine(q, lang, n);
        });
  appendLines(blocks, [...translations, citeLine(p.doc, p.paragraph, lang, answer.sources)], limit);
  return blocks;
}

const docCount = (items: ReadonlyArray<{ readonly doc: string }>) => new Set(items.map((i) => i.doc)).size;

/** The sources an answer cites (falls back to all its sources when quotes name none of them). */
export function citedSources(answer: Answer): readonly SourceRef[] {
  const docs = new Set([...answer.quotes.map((q) => q.doc), ...answer.passages.map((p) => p.doc)]);
  const cited = answer.sources.filter((s) => docs.has(s.doc));
  return cited.length > 0 ? cited : answer.sources;
}

export interface RenderedAnswer {
  readonly messages: readonly string[];
  /** True when the answer cites passages, so a "Sources" button makes sense. */
  readonly hasSources: boolean;
  /** Questions to offer as buttons (pressing one asks it). */
  readonly suggestions: readonly string[];
}

/** The reply to a question: the lead with [n] markers, then each quote once, as a blockquote. */
export function renderAnswer(answer: Answer, limit = DEFAULT_LIMIT): RenderedAnswer {
  const lang = answer.lang;
  const s = strings(lang);
  const suggestions = suggestionsFor(answer);
  if (answersNothing(answer)) {
    const lead = cleanText(answer.lead).trim();
    // The example questions become buttons: a line of the text listing them all would repeat them.
    const text = withoutSuggestionLine(lead.length > 0 ? lead : cleanText(answer.text).trim(), suggestions);
    const blocks = textBlocks(text.length > 0 ? text : s.notCovered, lang, answer.sources);
    // A refusal says what one can ask instead, unless the answerer already brought its own suggestions.
    if (needsTopics(answer)) blocks.push(escapeHtml(s.articleTopics));
    if (suggestions.length > 0) blocks.push(`<i>${escapeHtml(s.tryAsking)}</i>`);
    return { messages: toMessages(blocks, lang, limit), hasSources: false, suggestions };
  }
  const blocks: string[] = [];
  const lead = leadOf(answer);
  if (lead.length > 0) blocks.push(...textBlocks(lead, lang, answer.sources));
  else blocks.push(escapeHtml(s.quotesHeader));
  const showDoc = docCount(answer.quotes) > 1;
  for (const q of answer.quotes) blocks.push(...renderQuote(q, lang, answer.sources, showDoc, limit));
  return {
    messages: toMessages(blocks, lang, limit),
    hasSources: answer.quotes.length > 0 || answer.passages.length > 0,
    suggestions,
  };
}

/**
 * A document: its title (bold) on one line — for English readers with the original Arabic
 * title under it — then "TASS, 3 February 2021", then its link.
 */
function renderSourceRef(src: SourceRef, lang: Lang, withWeekday = false): string {
  const lines = [`<b>${escapeHtml(titleOf(src, lang))}</b>`];
  const hasEnglish = (src.titleEn ?? "").trim() !== "";
  // An Arabic line: right to left where apps lay out each line on its own, isolated for the others.
  if (lang === "en" && hasEnglish) lines.push(RLM + escapeHtml(rtl(cleanText(src.title).trim())));
  let out = `${lines.join("\n")}\n${escapeHtml(documentLine(src, lang, withWeekday))}`;
  if (src.url !== undefined && /^https?:\/\//i.test(src.url)) {
    out += `\n🔗 <a href="${escapeAttribute(src.url)}">${escapeHtml(cleanText(src.url))}</a>`;
  }
  return out;
}

/** Matched terms are shown to English readers only when no translation explains the quotes. */
function matchedTermsBlock(answer: Answer): string | undefined {
  if (answer.lang !== "en" || answer.matchedTerms.length === 0) return undefined;
  const translated = [...answer.quotes, ...answer.passages].some((x) => (x.translation ?? "").trim() !== "");
  if (translated) return undefined;
  const terms = answer.matchedTerms
    .map((t) => localizeProse(`${t.english} → ${t.arabic.join("، ")}`, "en").replace(/\n/g, " "))
    .join("; ");
  return `<i>${escapeHtml(strings("en").matchedTerms)}:</i> ${escapeHtml(terms)}`;
}

/**
 * What the "📜 Sources" button shows: what the answer lacks — the cited documents with their
 * date, then every cited paragraph whole and verbatim with the quoted words in bold, its
 * speaker, its translation (English) and a citation to copy.
 */
export function renderSourcesDetail(answer: Answer, limit = DEFAULT_LIMIT): string[] {
  const lang = answer.lang;
  const s = strings(lang);
  const blocks: string[] = [s.sourcesTitle];
  for (const src of citedSources(answer)) blocks.push(`📰 ${renderSourceRef(src, lang, true)}`);
  if (answer.passages.length > 0) {
    const showDoc = docCount(answer.passages) > 1;
    if (answer.passages.some((p) => markedSpans(p, answer.quotes).length > 0))
      blocks.push(`<i>${escapeHtml(s.quotedInBold)}</i>`);
    for (const p of answer.passages) blocks.push(...renderPassage(p, answer, showDoc, limit));
  } else {
    const showDoc = docCount(answer.quotes) > 1;
    for (const q of answer.quotes) {
      const quoteBlocks = renderQuote(q, lang, answer.sources, showDoc, limit);
      appendLines(quoteBlocks, [citeLine(q.doc, q.paragraph, lang, answer.sources)], limit);
      blocks.push(...quoteBlocks);
    }
  }
  const terms = matchedTermsBlock(answer);
  if (terms !== undefined) blocks.push(terms);
  return toMessages(blocks, lang, limit);
}

/** `/sources`: the documents answers come from. */
export function renderSourceList(sources: readonly SourceRef[], lang: Lang): string[] {
  const s = strings(lang);
  if (sources.length === 0) return notice(escapeHtml(s.noSources), lang);
  const blocks = [
    s.sourcesListTitle,
    ...sources.map((src, i) => `${i + 1}. ${renderSourceRef(src, lang, true)}`),
  ];
  return toMessages(blocks, lang);
}

/** `/start` and `/help`. */
export function renderHelp(
  lang: Lang,
  botUsername: string | undefined,
  sources: readonly SourceRef[],
): string[] {
  const s = strings(lang);
  const blocks = [s.help(botUsername)];
  if (sources.length > 0) blocks.push(sources.map((src) => `📚 ${renderSourceRef(src, lang)}`).join("\n"));
  return toMessages(blocks, lang);
}
