/**
 * Pure rendering of answers, sources and help for Telegram (HTML parse mode). Every string
 * that comes from users, the corpus or the answerer is escaped; quotes and passages are shown
 * exactly as the answerer gives them (verbatim corpus text), never shortened or altered. A
 * quote or passage too long for one message is cut into several blockquotes at text
 * boundaries; the pieces together are the whole text.
 */
import type { Answer, Lang, Passage, Quote, SourceRef } from "../../core/types.js";
import { strings } from "../i18n.js";
import {
  type Direction,
  isolate,
  ltr,
  rtl,
  startInDirection,
  stripBidiControls,
  stripControlCharacters,
} from "./bidi.js";
import { escapeAttribute, escapeHtml } from "./html.js";
import { MESSAGE_MARGIN, packMessages, splitPlainText, TELEGRAM_MESSAGE_LIMIT } from "./split.js";

export const directionOf = (lang: Lang): Direction => (lang === "ar" ? "rtl" : "ltr");

/** Free text (answer text, translations, titles) made safe to show: no control or bidi formatting characters. */
export function cleanText(text: string): string {
  return stripControlCharacters(stripBidiControls(text.replace(/\r\n?/g, "\n")));
}

/** Split free text into paragraphs (blank-line separated), escaped; single newlines are kept. */
export function textBlocks(text: string): string[] {
  return cleanText(text)
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map(escapeHtml);
}

/** Pack blocks into Telegram-sized messages, each opening in the language's direction. */
export function toMessages(
  blocks: readonly string[],
  lang: Lang,
  limit = TELEGRAM_MESSAGE_LIMIT - MESSAGE_MARGIN,
): string[] {
  return packMessages(blocks, limit).map((m) => startInDirection(m, directionOf(lang)));
}

/** A short notice (already HTML) as a single message opening in the right direction. */
export function notice(html: string, lang: Lang): string[] {
  return toMessages([html], lang);
}

const DEFAULT_LIMIT = TELEGRAM_MESSAGE_LIMIT - MESSAGE_MARGIN;

/** Room kept for a verbatim piece even when a header is long (real limits are thousands). */
const MIN_PIECE = 64;

/**
 * Verbatim corpus text as blockquotes under `header`: one blockquote when it fits a message,
 * else several, cut between words, each with its own direction isolate. Corpus text is Arabic:
 * inside an English message it is isolated right to left.
 */
function verbatimBlocks(header: string, text: string, lang: Lang, limit: number): string[] {
  const body = (piece: string) => (lang === "ar" ? escapeHtml(piece) : rtl(escapeHtml(piece)));
  const wrap = (piece: string) => `<blockquote>${body(piece)}</blockquote>`;
  // `wrap("x")` rather than `wrap("")`: an empty text gets no isolate, a real piece does.
  const room = Math.max(MIN_PIECE, limit - header.length - 1 - (wrap("x").length - 1));
  const pieces = splitPlainText(text, room, (ch) => escapeHtml(ch).length);
  return pieces.map((piece, i) => (i === 0 ? `${header}\n${wrap(piece)}` : wrap(piece)));
}

function docLabel(doc: string, sources: readonly SourceRef[]): string {
  const ref = sources.find((s) => s.doc === doc);
  return isolate(escapeHtml(cleanText(ref?.source ?? ref?.title ?? doc)), "auto");
}

function renderQuote(
  q: Quote,
  lang: Lang,
  sources: readonly SourceRef[],
  showDoc: boolean,
  limit: number,
): string[] {
  const s = strings(lang);
  const where = showDoc ? ` · ${docLabel(q.doc, sources)}` : "";
  const blocks = verbatimBlocks(`<b>[${q.n}]</b> ${s.paragraph(q.paragraph)}${where}`, q.text, lang, limit);
  const translation = q.translation === undefined ? "" : cleanText(q.translation).trim();
  if (translation.length > 0) {
    const line = `<i>${s.translationLabel}:</i> ${escapeHtml(translation)}`;
    const last = blocks.pop() ?? "";
    // Under the quote when both fit one message; else as its own block.
    if (last.length + 1 + line.length <= limit) blocks.push(`${last}\n${line}`);
    else blocks.push(last, line);
  }
  return blocks;
}

/** A whole cited paragraph, headed by the citation numbers of the quotes taken from it. */
function renderPassage(p: Passage, answer: Answer, showDoc: boolean, limit: number): string[] {
  const s = strings(answer.lang);
  const cites = answer.quotes
    .filter((q) => q.doc === p.doc && q.paragraph === p.paragraph)
    .map((q) => `[${q.n}]`)
    .join(" ");
  const where = showDoc ? ` · ${docLabel(p.doc, answer.sources)}` : "";
  const header = `${cites.length > 0 ? `<b>${cites}</b> ` : ""}${s.paragraph(p.paragraph)}${where}`;
  return verbatimBlocks(header, p.text, answer.lang, limit);
}

const docCount = (items: ReadonlyArray<{ readonly doc: string }>) => new Set(items.map((i) => i.doc)).size;

/** The sources an answer cites (falls back to all its sources when quotes name none of them). */
export function citedSources(answer: Answer): readonly SourceRef[] {
  const docs = new Set([...answer.quotes.map((q) => q.doc), ...answer.passages.map((p) => p.doc)]);
  const cited = answer.sources.filter((s) => docs.has(s.doc));
  return cited.length > 0 ? cited : answer.sources;
}

/**
 * The text shown above the quotes: `lead` (the answer without the quote bodies). Without a
 * lead, `text` is used, unless it repeats a quote body that is shown as a blockquote anyway.
 */
export function leadOf(answer: Answer): string {
  const lead = cleanText(answer.lead).trim();
  if (lead.length > 0) return lead;
  const repeatsQuote = answer.quotes.some((q) => q.text.trim().length > 0 && answer.text.includes(q.text));
  return repeatsQuote ? "" : cleanText(answer.text).trim();
}

export interface RenderedAnswer {
  readonly messages: readonly string[];
  /** True when the answer cites passages, so a "Sources" button makes sense. */
  readonly hasSources: boolean;
}

/** The reply to a question: the lead with [n] markers, then each quote once, as a blockquote. */
export function renderAnswer(answer: Answer, limit = DEFAULT_LIMIT): RenderedAnswer {
  const lang = answer.lang;
  const s = strings(lang);
  if (answer.kind === "not_covered" || !answer.covered) {
    const lead = cleanText(answer.lead).trim();
    const text = lead.length > 0 ? lead : cleanText(answer.text).trim();
    return {
      messages: toMessages(textBlocks(text.length > 0 ? text : s.notCovered), lang, limit),
      hasSources: false,
    };
  }
  const blocks: string[] = [];
  const lead = leadOf(answer);
  if (lead.length > 0) blocks.push(...textBlocks(lead));
  else if (answer.quotes.length > 0) blocks.push(escapeHtml(s.quotesHeader));
  else blocks.push(escapeHtml(s.notCovered));
  const showDoc = docCount(answer.quotes) > 1;
  for (const q of answer.quotes) blocks.push(...renderQuote(q, lang, answer.sources, showDoc, limit));
  return {
    messages: toMessages(blocks, lang, limit),
    hasSources: answer.quotes.length > 0 || answer.passages.length > 0,
  };
}

function renderSourceRef(src: SourceRef, lang: Lang): string {
  const parts = [`<b>${isolate(escapeHtml(cleanText(src.title)), "auto")}</b>`];
  const meta = [isolate(escapeHtml(cleanText(src.source)), "auto")];
  if (src.date !== undefined) meta.push(ltr(escapeHtml(cleanText(src.date))));
  parts.push(meta.join(lang === "ar" ? "، " : ", "));
  let out = parts.join(" — ");
  if (src.url !== undefined && /^https?:\/\//i.test(src.url)) {
    out += `\n🔗 ${ltr(`<a href="${escapeAttribute(src.url)}">${escapeHtml(src.url)}</a>`)}`;
  }
  return out;
}

/**
 * What the "📜 Sources" button shows: the cited documents, then every cited paragraph whole
 * and verbatim with its number (the quotes themselves when the answer has no passages), then
 * the English→Arabic terms that matched.
 */
export function renderSourcesDetail(answer: Answer, limit = DEFAULT_LIMIT): string[] {
  const lang = answer.lang;
  const s = strings(lang);
  const blocks: string[] = [s.sourcesTitle];
  for (const src of citedSources(answer)) blocks.push(renderSourceRef(src, lang));
  if (answer.passages.length > 0) {
    const showDoc = docCount(answer.passages) > 1;
    for (const p of answer.passages) blocks.push(...renderPassage(p, answer, showDoc, limit));
  } else {
    const showDoc = docCount(answer.quotes) > 1;
    for (const q of answer.quotes) blocks.push(...renderQuote(q, lang, answer.sources, showDoc, limit));
  }
  if (answer.matchedTerms.length > 0) {
    const terms = answer.matchedTerms
      .map(
        (t) =>
          `${ltr(escapeHtml(cleanText(t.english)))} → ${rtl(escapeHtml(t.arabic.map(cleanText).join("، ")))}`,
      )
      .join("; ");
    blocks.push(`<i>${escapeHtml(s.matchedTerms)}:</i> ${terms}`);
  }
  return toMessages(blocks, lang, limit);
}

/** `/sources`: the documents answers come from. */
export function renderSourceList(sources: readonly SourceRef[], lang: Lang): string[] {
  const s = strings(lang);
  if (sources.length === 0) return notice(escapeHtml(s.noSources), lang);
  const blocks = [s.sourcesListTitle, ...sources.map((src, i) => `${i + 1}. ${renderSourceRef(src, lang)}`)];
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
