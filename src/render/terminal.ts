/**
 * Plain-text rendering for terminals. Terminals differ in how (or whether) they apply the
 * Unicode bidi algorithm, so the Telegram renderer's care applies here too (see `./bidi.ts`):
 * every line opens with a direction mark, prose has its dates and agency name written for the
 * reader and runs of the other script isolated, and an Arabic quote never shares a line with
 * Latin text: it gets its own line, under a label line, isolated right to left.
 */
import type { Answer, Lang, SourceRef } from "../core/types.js";
import { directionOf, isolateForeignRuns, markPlainLines, RLM, rtl } from "./bidi.js";
import {
  answersNothing,
  cleanText,
  documentLine,
  glossText,
  leadOf,
  localizeProse,
  needsTopics,
  quoteHeading,
  suggestionsFor,
  titleOf,
  translationText,
  withoutSuggestionLine,
} from "./format.js";
import { strings } from "./i18n.js";

/** Verbatim Arabic on a line of its own: right to left, indented, in «…». */
const quoteLine = (text: string) => `${RLM}  ${rtl(`«${cleanText(text).replace(/\s*\n\s*/g, " ")}»`)}`;

function examples(answer: Answer): string[] {
  const list = suggestionsFor(answer);
  if (list.length === 0) return [];
  const s = strings(answer.lang);
  return ["", s.examplesHeader, ...list.map((q) => `  • ${isolateForeignRuns(q, answer.lang)}`)];
}

export function renderAnswerForTerminal(answer: Answer): string {
  const lang = answer.lang;
  const s = strings(lang);
  const lines: string[] = [];
  if (answersNothing(answer)) {
    const lead = cleanText(answer.lead).trim() || cleanText(answer.text).trim();
    // The example questions are listed below, one a line: not also run together in the text.
    lines.push(
      localizeProse(
        withoutSuggestionLine(lead, suggestionsFor(answer)) || s.notCovered,
        lang,
        answer.sources,
      ),
    );
    if (needsTopics(answer)) lines.push("", s.articleTopics);
    lines.push(...examples(answer));
    return markPlainLines(lines.join("\n"), directionOf(lang));
  }
  const lead = leadOf(answer);
  lines.push(lead.length > 0 ? localizeProse(lead, lang, answer.sources) : s.quotesHeader);
  const showDoc = new Set(answer.quotes.map((q) => q.doc)).size > 1;
  for (const q of answer.quotes) {
    lines.push("", `[${q.n}] ${quoteHeading(q, lang, answer.sources, showDoc)}:`, quoteLine(q.text));
    const translation = translationText(q.translation, lang);
    if (translation !== undefined) lines.push(`  ${s.translationLabel}: ${translation}`);
    const gloss = glossText(q, lang);
    if (gloss !== undefined) lines.push(`  ${s.glossLabel}: ${gloss}`);
  }
  const translated = answer.quotes.some((q) => translationText(q.translation, lang) !== undefined);
  if (lang === "en" && answer.matchedTerms.length > 0 && !translated) {
    lines.push("", `${s.matchedTerms}:`);
    for (const m of answer.matchedTerms)
      lines.push(`  ${localizeProse(`${m.english} → ${m.arabic.join(" / ")}`, "en")}`);
  }
  return markPlainLines(lines.join("\n"), directionOf(lang));
}

/** `/sources`: each document's title, then "TASS, Wednesday 3 February 2021". */
export function renderSourcesForTerminal(sources: readonly SourceRef[], lang: Lang = "en"): string {
  const lines = sources.flatMap((src) => [`- ${titleOf(src, lang)}`, `  ${documentLine(src, lang, true)}`]);
  return markPlainLines(lines.join("\n"), directionOf(lang));
}

export const TERMINAL_HELP = markPlainLines(
  `Ask a question about the article, in Arabic or English. Examples:
  Where did the two foreign ministers meet?
  ${rtl("ماذا قال لافروف عن عودة اللاجئين؟")}
  Give me the exact words about Syria
Commands:
  /help            this help
  /quote <topic>   the source's verbatim passages about a topic
  /summary [topic] one short quote per topic of the article (or of one topic)
  /sources         the documents answers come from
  /quit            leave (Ctrl-D works too)
To chat on Telegram instead, set TELEGRAM_BOT_TOKEN (see README) and run npm start again.`,
  "ltr",
);
