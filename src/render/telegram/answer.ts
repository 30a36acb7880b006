/**
 * Pure rendering of answers, sources and help for Telegram (HTML parse mode). Every string
 * that comes from users, the corpus or the answerer is escaped; quotes are shown exactly as
 * the answerer gives them (verbatim corpus text), never shortened or altered.
 */
import type { Answer, Lang, Quote, SourceRef } from "../../core/types.js";
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
import { MESSAGE_MARGIN, packMessages, TELEGRAM_MESSAGE_LIMIT } from "./split.js";

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

function quoteBody(q: Quote, lang: Lang): string {
  // Corpus quotes are Arabic: inside an English message they are isolated right to left.
  const text = escapeHtml(q.text);
  return lang === "ar" ? text : rtl(text);
}

function docLabel(doc: string, sources: readonly SourceRef[]): string {
  const ref = sources.find((s) => s.doc === doc);
  return isolate(escapeHtml(cleanText(ref?.source ?? ref?.title ?? doc)), "auto");
}

function renderQuote(q: Quote, lang: Lang, sources: readonly SourceRef[], showDoc: boolean): string {
  const s = strings(lang);
  const where = showDoc ? ` · ${docLabel(q.doc, sources)}` : "";
  let out = `<b>[${q.n}]</b> ${s.paragraph(q.paragraph)}${where}\n<blockquote>${quoteBody(q, lang)}</blockquote>`;
  const translation = q.translation === undefined ? "" : cleanText(q.translation).trim();
  if (translation.length > 0) out += `\n<i>${s.translationLabel}:</i> ${escapeHtml(translation)}`;
  return out;
}

/** The sources an answer cites (falls back to all its sources when quotes name none of them). */
export function citedSources(answer: Answer): readonly SourceRef[] {
  const docs = new Set(answer.quotes.map((q) => q.doc));
  const cited = answer.sources.filter((s) => docs.has(s.doc));
  return cited.length > 0 ? cited : answer.sources;
}

export interface RenderedAnswer {
  readonly messages: readonly string[];
  /** True when the answer cites passages, so a "Sources" button makes sense. */
  readonly hasSources: boolean;
}

/** The reply to a question: answer text with [n] markers, then each quote as a blockquote. */
export function renderAnswer(answer: Answer, limit?: number): RenderedAnswer {
  const lang = answer.lang;
  const s = strings(lang);
  const text = cleanText(answer.text).trim();
  if (answer.kind === "not_covered" || !answer.covered) {
    return {
      messages: toMessages(textBlocks(text.length > 0 ? text : s.notCovered), lang, limit),
      hasSources: false,
    };
  }
  const blocks: string[] = [];
  if (text.length > 0) blocks.push(...textBlocks(text));
  else if (answer.quotes.length > 0) blocks.push(escapeHtml(s.quotesHeader));
  else blocks.push(escapeHtml(s.notCovered));
  const showDoc = new Set(answer.quotes.map((q) => q.doc)).size > 1;
  for (const q of answer.quotes) blocks.push(renderQuote(q, lang, answer.sources, showDoc));
  if (answer.quotes.length > 0 && citedSources(answer).some((src) => src.provenance === "stand-in")) {
    blocks.push(`<i>⚠️ ${escapeHtml(s.standInNote)}</i>`);
  }
  return { messages: toMessages(blocks, lang, limit), hasSources: answer.quotes.length > 0 };
}

function renderSourceRef(src: SourceRef, lang: Lang): string {
  const s = strings(lang);
  const parts = [`<b>${isolate(escapeHtml(cleanText(src.title)), "auto")}</b>`];
  const meta = [isolate(escapeHtml(cleanText(src.source)), "auto")];
  if (src.date !== undefined) meta.push(ltr(escapeHtml(cleanText(src.date))));
  parts.push(meta.join(lang === "ar" ? "، " : ", "));
  let out = parts.join(" — ");
  if (src.provenance === "stand-in") out += `\n${escapeHtml(s.standInBadge)}`;
  if (src.url !== undefined && /^https?:\/\//i.test(src.url)) {
    out += `\n🔗 ${ltr(`<a href="${escapeAttribute(src.url)}">${escapeHtml(src.url)}</a>`)}`;
  }
  return out;
}

/** What the "📜 Sources" button shows: the cited documents, every quoted passage, matched terms. */
export function renderSourcesDetail(answer: Answer, limit?: number): string[] {
  const lang = answer.lang;
  const s = strings(lang);
  const blocks: string[] = [s.sourcesTitle];
  for (const src of citedSources(answer)) blocks.push(renderSourceRef(src, lang));
  const showDoc = new Set(answer.quotes.map((q) => q.doc)).size > 1;
  for (const q of answer.quotes) blocks.push(renderQuote(q, lang, answer.sources, showDoc));
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

/** `/sources`: the documents answers come from, stand-ins flagged. */
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
