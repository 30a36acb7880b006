import { readerDate, sourcePart } from "../core/reader-forms.js";
import type { Lang, Quote, SourceRef, Speaker } from "../core/types.js";
import type { SmalltalkAct } from "./smalltalk.js";

/**
 * Answer texts in the question's language. Quotes always stay Arabic and verbatim inside
 * «…»; an English translation is shown after a quote, labelled, never inside the «…».
 * `lead` is what a front end shows above the quotes (the direct answer and the framing);
 * `text` is the whole answer as plain text (terminal, JSON): the lead, then each quote
 * with its speaker, citation and (English) translation.
 */

/** "3 February 2021" / «3 فبراير/شباط 2021» from an ISO date, as readers of each language write it. */
export function formatDate(iso: string, lang: Lang): string {
  return readerDate(iso, lang) ?? iso;
}

/** "TASS" / «تاس» from a source line "TASS / تاس". */
export function sourceName(source: string, lang: Lang): string {
  return sourcePart(source, lang) ?? sourcePart(source, lang === "ar" ? "en" : "ar") ?? source;
}

/** «تاس، 3 فبراير/شباط 2021» / "TASS, 3 February 2021". */
export function citationLine(src: SourceRef, lang: Lang): string {
  const name = sourceName(src.source, lang);
  if (src.date === undefined) return name;
  return `${name}${lang === "ar" ? "، " : ", "}${formatDate(src.date, lang)}`;
}

function speakerName(speaker: Speaker | undefined, lang: Lang): string | undefined {
  if (speaker === undefined) return undefined;
  return lang === "en" ? (speaker.en ?? speaker.ar) : speaker.ar;
}

/** «قال سيرغي لافروف» / "Sergey Lavrov said"; narration: «بحسب تاس» / "TASS reports". */
export function attribution(speaker: Speaker | undefined, lang: Lang): string | undefined {
  const name = speakerName(speaker, lang);
  if (name === undefined || speaker === undefined) return undefined;
  if (speaker.kind === "agency") return lang === "ar" ? `بحسب ${name}` : `${name} reports`;
  return lang === "ar" ? `قال ${name}` : `${name} said`;
}

/**
 * One quote as plain text: attribution, «quote» [n] (¶p), and the labelled translation or,
 * without one, the labelled glossary line.
 */
export function quoteLine(quote: Quote, lang: Lang): string {
  const who = attribution(quote.speaker, lang);
  const where = lang === "ar" ? `الفقرة ${quote.paragraph}` : `¶${quote.paragraph}`;
  const head = `${who === undefined ? "" : `${who}: `}«${quote.text}» [${quote.n}] (${where})`;
  if (lang !== "en") return head;
  if (quote.translation !== undefined)
    return `${head}\n    Translation (ours, not TASS's): "${quote.translation}"`;
  if (quote.gloss) return `${head}\n    ${GLOSS_LABEL}: ${quote.gloss}`;
  return head;
}

/** How a gloss line is labelled in plain text: ours, and not a translation. */
export const GLOSS_LABEL = "Glossary (ours: dictionary senses, not a translation)";

export function composeText(lead: string, quotes: readonly Quote[], lang: Lang): string {
  return [lead, ...quotes.map((q) => quoteLine(q, lang))].filter((l) => l.length > 0).join("\n");
}

/** Framing when no direct answer leads: «بحسب تاس (3 فبراير/شباط 2021):». */
export function composeFraming(sources: readonly SourceRef[], lang: Lang): string {
  const first = sources[0];
  if (first === undefined || sources.length > 1)
    return lang === "ar" ? "بحسب المصادر:" : "According to the sources:";
  return lang === "ar" ? `بحسب ${citationLine(first, lang)}:` : `According to ${citationLine(first, lang)}:`;
}

export function composeClosest(lang: Lang): string {
  return lang === "ar"
    ? "لا يقول المقال ذلك بالتحديد؛ هذه أقرب المقاطع إلى سؤالك:"
    : "The article does not say exactly this; these are the closest passages:";
}

export function composeYes(lang: Lang): string {
  return lang === "ar" ? "نعم." : "Yes.";
}

export function composeNo(lang: Lang): string {
  return lang === "ar" ? "لا." : "No.";
}

export function composeNotQuoted(person: string, others: readonly string[], lang: Lang): string {
  const who = others.length > 0 ? others.join(lang === "ar" ? " و" : " and ") : undefined;
  if (lang === "ar")
    return `لا ينقل المقال عن ${person} كلاماً في هذا الشأن.${who === undefined ? "" : ` الذي تحدث عنه في المقال هو ${who}:`}`;
  return `The article does not quote ${person} on this.${who === undefined ? "" : ` It quotes ${who} on it:`}`;
}

/**
 * "Did Safadi say X?" when the article gives X as someone else's words. Offered a choice ("Safadi
 * or Lavrov?"), the answer names who said it without a "no".
 */
export function composeSaidByOther(
  person: string,
  others: readonly string[],
  choice: boolean,
  lang: Lang,
): string {
  const who = others.join(lang === "ar" ? " و" : " and ");
  if (choice) return lang === "ar" ? `قاله ${who}:` : `${who} said it:`;
  return lang === "ar" ? `لا، لم يقل ذلك ${person}؛ قاله ${who}:` : `No, not ${person}: ${who} said it:`;
}

export function composeNoSuchParagraph(count: number, lang: Lang): string {
  return lang === "ar"
    ? `في المقال ${count} فقرة فقط؛ اطلب فقرة برقم من 1 إلى ${count}.`
    : `The article has ${count} paragraphs; ask for one numbered 1 to ${count}.`;
}

export function composeQuotesLead(lang: Lang): string {
  return lang === "ar" ? "النص الحرفي من المصدر:" : "The source's exact words (Arabic):";
}

/** "Lavrov on Syria" / «لافروف عن سوريا»: what a restricted overview is about. */
export function composeTopicLabel(person: string | undefined, subject: string, lang: Lang): string {
  if (person === undefined) return subject;
  return lang === "ar" ? `${person} عن ${subject}` : `${person} on ${subject}`;
}

export function composeOverviewLead(count: number, lang: Lang, topic?: string): string {
  if (topic !== undefined && topic.length > 0)
    return lang === "ar"
      ? `أبرز ما جاء في المقال عن «${topic}»:`
      : `What the article says on "${topic}", in article order:`;
  return lang === "ar"
    ? `يتناول المقال ${count} محاور، في ترتيب وروده:`
    : `The article covers ${count} topics, in the order it presents them:`;
}

function topicsSentence(topics: readonly string[], lang: Lang): string {
  if (topics.length === 0) return "";
  return lang === "ar"
    ? ` يتناول المقال: ${topics.join("؛ ")}.`
    : ` The article covers: ${topics.join("; ")}.`;
}

function examplesSentence(examples: readonly string[], lang: Lang): string {
  if (examples.length === 0) return "";
  return lang === "ar"
    ? `\nيمكنك أن تسأل مثلاً: ${examples.map((e) => `«${e}»`).join("، ")}`
    : `\nYou could ask, for example: ${examples.map((e) => `"${e}"`).join(", ")}`;
}

export function composeNotCovered(
  lang: Lang,
  topics: readonly string[],
  examples: readonly string[],
): string {
  const head =
    lang === "ar"
      ? "لا يتناول المقال هذا السؤال، لذلك لا أستطيع الإجابة عنه من المصدر."
      : "The article does not cover this, so I cannot answer it from the source.";
  return `${head}${topicsSentence(topics, lang)}${examplesSentence(examples, lang)}`;
}

export function composeEmptyQuestion(lang: Lang, examples: readonly string[]): string {
  const head =
    lang === "ar"
      ? "لم أجد سؤالاً في رسالتك. اكتب سؤالاً عن المقال."
      : "I could not find a question in your message. Ask something about the article.";
  return `${head}${examplesSentence(examples, lang)}`;
}

const SMALLTALK_HEAD: Readonly<Record<SmalltalkAct, Readonly<Record<Lang, string>>>> = {
  thanks: { ar: "على الرحب والسعة!", en: "You're welcome!" },
  greeting: {
    ar: "أهلاً بك! أجيب عن الأسئلة حول مقال تاس عن مباحثات لافروف والصفدي، وأستشهد بنص المقال حرفياً.",
    en: "Hello! I answer questions about the TASS article on the Lavrov–Safadi talks, quoting the article word for word.",
  },
  help: {
    ar: "اسألني بالعربية أو بالإنجليزية عن المقال، وسأجيب مستشهداً بنصه الحرفي مع رقم الفقرة. اطلب «لخص المقال» لملخص، أو «اقتبس…» للنص الحرفي.",
    en: 'Ask me about the article in English or Arabic; I answer with its exact words and paragraph numbers. Ask "summarize the article" for an overview, or "quote …" for the source text.',
  },
  farewell: {
    ar: "مع السلامة! عد متى شئت بسؤال عن المقال.",
    en: "Goodbye! Come back any time with a question about the article.",
  },
  ack: { ar: "هل من سؤال آخر؟", en: "Anything else you would like to know?" },
};

export function composeSmalltalk(
  act: SmalltalkAct,
  lang: Lang,
  topics: readonly string[],
  examples: readonly string[],
): string {
  const head = SMALLTALK_HEAD[act][lang];
  if (act === "farewell") return head;
  return `${head}${topicsSentence(topics, lang)}${examplesSentence(examples, lang)}`;
}

/** The article's subheadings, each with its quote number, or that it has none. */
export function composeHeadingsLead(
  headings: readonly string[],
  lang: Lang,
  kind: "headings" | "rubric" = "headings",
  /** The first heading's quote number (after quotes answering another field). */
  first = 1,
): string {
  if (headings.length === 0) {
    if (kind === "rubric")
      return lang === "ar"
        ? "لا يذكر المقال سلسلة أو زاوية نُشر ضمنها."
        : "The article names no series or section.";
    return lang === "ar" ? "ليس في المقال عناوين فرعية." : "The article has no subheadings.";
  }
  const list = headings.map((h, i) => `«${h}» [${first + i}]`).join(lang === "ar" ? "، " : ", ");
  if (kind === "rubric")
    return lang === "ar"
      ? `يحمل المقال في ذيله هذا السطر (السلسلة أو الزاوية): ${list}`
      : `The article's page rubric (the series or section line at its end): ${list}`;
  return lang === "ar" ? `العناوين الفرعية في المقال: ${list}` : `The article's subheadings: ${list}`;
}

export function composeMetadataLead(
  field: "source" | "date" | "photo" | "headline" | "author",
  src: SourceRef,
  lang: Lang,
  value?: string,
): string {
  const name = sourceName(src.source, lang);
  const date = src.date === undefined ? undefined : formatDate(src.date, lang);
  switch (field) {
    case "source":
      return lang === "ar"
        ? `نشرت المقالَ وكالة ${name}${date ? ` في ${date}` : ""}.`
        : `The article was published by ${name}${date ? ` on ${date}` : ""}.`;
    case "date":
      return date === undefined
        ? lang === "ar"
          ? "لا يذكر المقال تاريخ نشره."
          : "The article's date is not given."
        : lang === "ar"
          ? `نُشر المقال في ${date} (${name}).`
          : `The article is dated ${date} (${name}).`;
    case "headline": {
      return lang === "ar"
        ? `عنوان المقال (من بياناته): «${src.title}»`
        : `The article's title (from its metadata): «${src.title}»${src.titleEn ? ` — in English (our translation): "${src.titleEn}"` : ""}`;
    }
    case "photo":
      return value === undefined
        ? lang === "ar"
          ? "لا يذكر المقال مصدر الصورة."
          : "The article gives no photo credit."
        : lang === "ar"
          ? `الصورة: ${value}`
          : `Photo credit: ${value} (as the article's credit line gives it)`;
    case "author":
      return value === undefined
        ? lang === "ar"
          ? `لا يذكر المقال اسم كاتبه؛ مصدره وكالة ${name}.`
          : `The article names no author; its source is ${name}.`
        : lang === "ar"
          ? `الكاتب: ${value}`
          : `Author: ${value}`;
  }
}
