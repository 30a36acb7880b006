import type { Answer, SourceRef } from "../core/types.js";

/**
 * Plain-text rendering for terminals. Terminals differ in how (or whether) they apply the
 * Unicode bidi algorithm, so Arabic is never mixed with Latin on one line: each quote gets
 * its own line, after a Latin/number-only label line, and the Arabic runs are wrapped in
 * first-strong isolates so bidi-aware terminals keep them right-to-left.
 */
const FSI = "\u2068";
const PDI = "\u2069";

export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

export function renderAnswerForTerminal(answer: Answer): string {
  if (!answer.covered) return answer.text;
  const en = answer.lang === "en";
  const lines: string[] = [en ? answer.lead : isolate(answer.lead)];
  for (const quote of answer.quotes) {
    lines.push("");
    lines.push(
      en
        ? `[${quote.n}] paragraph ${quote.paragraph} (${quote.doc}):`
        : `[${quote.n}] ¶${quote.paragraph} (${quote.doc}):`,
    );
    lines.push(`  ${isolate(`«${quote.text}»`)}`);
    if (quote.translation !== undefined)
      lines.push(
        `  ${en ? "(translation)" : isolate("(ترجمة)")} ${en ? quote.translation : isolate(quote.translation)}`,
      );
  }
  if (answer.matchedTerms.length > 0 && en) {
    lines.push("");
    lines.push("Matched terms:");
    for (const m of answer.matchedTerms) lines.push(`  ${m.english} → ${isolate(m.arabic.join(" / "))}`);
  }
  return lines.join("\n");
}

export function renderSourcesForTerminal(sources: readonly SourceRef[]): string {
  return sources
    .map((s) => {
      return `- ${s.doc}: ${isolate(s.title)} — ${s.source}${s.date ? `, ${s.date}` : ""}`;
    })
    .join("\n");
}

export const TERMINAL_HELP = `Ask a question about the article, in Arabic or English. Examples:
  Where did the two foreign ministers meet?
  ${isolate("ماذا قال لافروف عن عودة اللاجئين؟")}
  Give me the exact words about Syria
Commands:
  /help            this help
  /quote <topic>   the source's verbatim passages about a topic
  /sources         the documents answers come from
  /quit            leave (Ctrl-D works too)
To chat on Telegram instead, set TELEGRAM_BOT_TOKEN (see README) and run npm start again.`;
