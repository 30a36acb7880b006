/**
 * A fake `QuestionAnswerer` for the bot's tests. It answers from the real corpus file, parsed
 * by the real loader, with real offsets: every quote is `text.slice(start, end)` of the
 * document body and every passage is a whole paragraph of it. Like the real pipeline it
 * gives `text` (framing plus the quotes in «…»), `lead` (the same without the quote bodies)
 * and `passages` (the cited paragraphs, in citation order). It can be told to be slow (held
 * until released), to fail, or to answer at length. Only the test decides what the fake
 * says; it is not a model of the real pipeline's retrieval.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type {
  Answer,
  AskOptions,
  CorpusDocument,
  Lang,
  Passage,
  QuestionAnswerer,
  Quote,
  SourceRef,
  Speaker,
  TermMatch,
} from "../../src/core/types.js";
import { parseTextDocument, toSourceRef } from "../../src/corpus/loader.js";

export const CORPUS_FILE = fileURLToPath(
  new URL("../../corpus/tass-2021-02-03-lavrov-safadi.md", import.meta.url),
);

/** A corpus file as the pipeline sees it (front matter parsed, body and paragraphs with offsets). */
export function loadDocument(file: string = CORPUS_FILE): CorpusDocument {
  return parseTextDocument(readFileSync(file, "utf8"), file);
}

export const DOC = loadDocument();

export const SOURCE: SourceRef = toSourceRef(DOC);

function paragraphAt(at: number, what: string): CorpusDocument["paragraphs"][number] {
  const p = DOC.paragraphs.find((x) => x.start <= at && at < x.end);
  if (p === undefined) throw new Error(`outside paragraphs: ${what}`);
  return p;
}

function locate(phrase: string): number {
  const at = DOC.text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in corpus: ${phrase}`);
  return at;
}

function quoteAt(start: number, end: number, n: number, translation?: string, speaker?: Speaker): Quote {
  return {
    text: DOC.text.slice(start, end),
    doc: DOC.id,
    paragraph: paragraphAt(start, DOC.text.slice(start, end)).number,
    start,
    end,
    n,
    ...(translation === undefined ? {} : { translation }),
    ...(speaker === undefined ? {} : { speaker }),
  };
}

export const LAVROV: Speaker = { kind: "person", ar: "سيرغي لافروف", en: "Sergey Lavrov" };
export const AGENCY: Speaker = { kind: "agency", ar: "تاس", en: "TASS" };

/**
 * Our English renderings of some whole paragraphs (by number), as an aligned translation gives
 * them to passages, so tests can show the Sources view an English reader gets.
 */
export const PARAGRAPH_TRANSLATIONS: Readonly<Record<number, string>> = {
  6: 'Lavrov and Safadi also exchanged views on the situation in Iraq, Libya and Yemen; the Russian minister said that Moscow wants the international community to help there to create the conditions for an effective, productive and inclusive national dialogue in these countries, and stressed that "we agreed to closely coordinate our steps, because the goals we pursue in all these crises in the region, as I said, practically coincide."',
  8: 'According to the Russian minister, the situation regarding the Syrian settlement was discussed in detail. He added: "We reaffirmed the need to ensure an approach to resolving all existing problems that the Syrians themselves put forward through direct dialogue, within the Constitutional Committee, and in full conformity with the principles endorsed by Security Council resolution 2254."',
  10: 'The Russian foreign minister concluded: "We have very close approaches on the need to eliminate the small centres of terrorism that remain in Syria, and on the need to create the conditions for the return of refugees and to start international assistance in rebuilding this country. We also talked about the role the League of Arab States can play in creating the most favourable external conditions for resolving all these issues facing the Syrian people."',
};

/**
 * The clause holding `phrase`, as a quote numbered `n`: from after the previous «،»/«؛»/«.»
 * of its paragraph to the next «،»/«؛» (excluded) or «.» (included). Shorter than the paragraph,
 * as an extractive answerer's quotes usually are.
 */
export function quoteOf(phrase: string, n: number, translation?: string, speaker?: Speaker): Quote {
  const at = locate(phrase);
  const p = paragraphAt(at, phrase);
  let start = at;
  while (start > p.start && !"،؛.".includes(DOC.text[start - 1] ?? "")) start--;
  while (start < at && /\s/.test(DOC.text[start] ?? "")) start++;
  let end = at + phrase.length;
  while (end < p.end && !"،؛.".includes(DOC.text[end] ?? "")) end++;
  if (DOC.text[end] === ".") end++;
  return quoteAt(start, end, n, translation, speaker);
}

/** The whole paragraph holding `phrase`, as a quote numbered `n` (what `/quote` returns). */
export function paragraphQuoteOf(phrase: string, n: number): Quote {
  const p = paragraphAt(locate(phrase), phrase);
  return quoteAt(p.start, p.end, n);
}

/** The paragraph a quote comes from, whole and verbatim (with its English rendering when asked and known). */
export function passageOf(quote: Quote, translated = false): Passage {
  const p = DOC.paragraphs.find((x) => x.number === quote.paragraph);
  if (p === undefined) throw new Error(`no paragraph ${quote.paragraph}`);
  const translation = translated ? PARAGRAPH_TRANSLATIONS[p.number] : undefined;
  return {
    doc: DOC.id,
    paragraph: p.number,
    start: p.start,
    end: p.end,
    text: DOC.text.slice(p.start, p.end),
    ...(translation === undefined ? {} : { translation }),
  };
}

/** The whole paragraphs quotes come from, each once, in citation order (as the pipeline gives them). */
export function passagesOf(quotes: readonly Quote[], translated = false): Passage[] {
  const passages: Passage[] = [];
  for (const q of quotes) {
    if (!passages.some((p) => p.paragraph === q.paragraph)) passages.push(passageOf(q, translated));
  }
  return passages;
}

/** `text` as the pipeline writes it: the lead's framing, then each quote body in «…» with its marker. */
function withQuoteBodies(lead: string, quotes: readonly Quote[], matched: readonly TermMatch[]): string {
  const lines = [lead, ...quotes.map((q) => `«${q.text}» [${q.n}]`)];
  if (matched.length > 0)
    lines.push(`(Matched: ${matched.map((m) => `${m.english} → ${m.arabic.join(" / ")}`).join("; ")})`);
  return lines.join("\n");
}

interface Topic {
  readonly keys: RegExp;
  readonly phrase: string;
  readonly en: string;
  readonly ar: string;
  readonly translation: string;
  readonly term?: TermMatch;
}

const TOPICS: readonly Topic[] = [
  {
    keys: /syria|سوري/i,
    phrase: "قرار مجلس الأمن رقم 2254",
    en: "Lavrov said Russia and Jordan agree that a settlement in Syria must rest on UN Security Council resolution 2254 [1].",
    ar: "قال لافروف إن روسيا والأردن متفقان على أن التسوية في سوريا يجب أن تستند إلى القرار 2254 [1].",
    translation:
      "Lavrov said Russia and Jordan agree the settlement must rest on Security Council resolution 2254.",
    term: { english: "Syria", arabic: ["سوريا", "السوري"] },
  },
  {
    keys: /libya|ليبيا/i,
    phrase: "العراق وليبيا واليمن",
    en: "The two ministers exchanged views on Iraq, Libya and Yemen [1].",
    ar: "تبادل الوزيران وجهات النظر حول الأوضاع في العراق وليبيا واليمن [1].",
    translation: "The ministers exchanged views on the situation in Iraq, Libya and Yemen.",
    term: { english: "Libya", arabic: ["ليبيا"] },
  },
  {
    keys: /gulf|الخليج/i,
    phrase: "للأمن الجماعي في منطقة الخليج",
    en: "They discussed Russia's concept of collective security in the Gulf [1].",
    ar: "ناقش الجانبان المفهوم الروسي للأمن الجماعي في الخليج [1].",
    translation: "The two sides discussed the Russian concept of collective security in the Gulf region.",
    term: { english: "Gulf", arabic: ["الخليج"] },
  },
  {
    keys: /refugee|اللاجئ/i,
    phrase: "توفير الظروف لعودة اللاجئين",
    en: "Lavrov said the conditions must be created for refugees to return [1].",
    ar: "قال لافروف إن من الضروري توفير الظروف لعودة اللاجئين [1].",
    translation: "the need to create the conditions for the refugees' return",
    term: { english: "refugees", arabic: ["اللاجئين", "للاجئين"] },
  },
];

export const SLOW_MARKER = "slow";
export const FAIL_MARKER = "boom";
export const LONG_MARKER = "everything";

interface Hold {
  readonly marker: string;
  readonly release: () => void;
  readonly started: Promise<void>;
  readonly markStarted: () => void;
  readonly gate: Promise<void>;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export interface FakeCall {
  readonly question: string;
  readonly options: AskOptions | undefined;
}

export class FakeAnswerer implements QuestionAnswerer {
  readonly calls: FakeCall[] = [];
  private readonly holds: Hold[] = [];
  /** Text of the error thrown for questions containing FAIL_MARKER (tests put a token in it). */
  failureMessage = "fake answerer exploded";

  listSources(): readonly SourceRef[] {
    return [SOURCE];
  }

  /**
   * Hold the next question containing `marker` until `release()` is called. `started`
   * resolves when the answerer has received that question.
   */
  hold(marker: string): { release: () => void; started: Promise<void> } {
    const gate = deferred();
    const started = deferred();
    const hold: Hold = {
      marker,
      release: gate.resolve,
      gate: gate.promise,
      started: started.promise,
      markStarted: started.resolve,
    };
    this.holds.push(hold);
    return { release: gate.resolve, started: started.promise };
  }

  callsFor(fragment: string): FakeCall[] {
    return this.calls.filter((c) => c.question.includes(fragment));
  }

  async ask(question: string, options?: AskOptions): Promise<Answer> {
    this.calls.push({ question, options });
    const holdIndex = this.holds.findIndex((h) => question.includes(h.marker));
    if (holdIndex >= 0) {
      const [hold] = this.holds.splice(holdIndex, 1);
      if (hold !== undefined) {
        hold.markStarted();
        await hold.gate;
      }
    }
    if (question.includes(FAIL_MARKER)) throw new Error(this.failureMessage);
    const lang: Lang = /\p{Script=Arabic}/u.test(question) ? "ar" : "en";
    if (question.toLowerCase().includes(LONG_MARKER)) return longAnswer(lang);
    let topic = TOPICS.find((t) => t.keys.test(question));
    let followUp = false;
    const previous = options?.history?.at(-1);
    if (topic === undefined && previous !== undefined && question.length < 40) {
      topic = TOPICS.find((t) => t.keys.test(previous.question));
      followUp = topic !== undefined;
    }
    if (topic === undefined) return notCovered(lang, question);
    const wantQuotes = options?.wantQuotes === true;
    const quote = wantQuotes
      ? paragraphQuoteOf(topic.phrase, 1)
      : quoteOf(topic.phrase, 1, lang === "en" ? topic.translation : undefined);
    const intro = followUp
      ? lang === "ar"
        ? "متابعةً لسؤالك السابق: "
        : "Following up on your previous question: "
      : "";
    const lead = wantQuotes
      ? lang === "ar"
        ? "المقطع الحرفي [1]:"
        : "The verbatim passage [1]:"
      : intro + topic[lang];
    const matchedTerms = lang === "en" && topic.term !== undefined ? [topic.term] : [];
    return {
      lang,
      covered: true,
      kind: wantQuotes ? "quotes" : "answer",
      confidence: "high",
      text: withQuoteBodies(lead, [quote], matchedTerms),
      lead,
      quotes: [quote],
      passages: passagesOf([quote]),
      sources: [SOURCE],
      matchedTerms,
      answerer: "fake",
    };
  }
}

export function notCovered(lang: Lang, question: string): Answer {
  const text =
    lang === "ar"
      ? `المقال لا يتناول هذا الموضوع: «${question}».`
      : `The article does not cover this: “${question}”.`;
  return {
    lang,
    covered: false,
    kind: "not_covered",
    confidence: "high",
    text,
    lead: text,
    quotes: [],
    passages: [],
    sources: [SOURCE],
    matchedTerms: [],
    answerer: "fake",
  };
}

/** An answer far longer than one Telegram message: many paragraphs and every paragraph of the article quoted. */
export function longAnswer(lang: Lang): Answer {
  const sentence =
    lang === "ar"
      ? "تناولت المحادثات بين لافروف والصفدي ملفات إقليمية عديدة، من الأمن في الخليج إلى التسوية في سوريا وعودة اللاجئين. "
      : "The talks between Lavrov and Safadi covered many regional files, from Gulf security to the settlement in Syria and the return of refugees. ";
  const paragraphs = Array.from(
    { length: 14 },
    (_, i) => `${i + 1}. ${sentence.repeat(3).trim()} [${(i % 12) + 1}]`,
  );
  const quotes: Quote[] = DOC.paragraphs.slice(0, 12).map((p, i) => quoteAt(p.start, p.end, i + 1));
  const lead = paragraphs.join("\n\n");
  return {
    lang,
    covered: true,
    kind: "answer",
    confidence: "high",
    text: withQuoteBodies(lead, quotes, []),
    lead,
    quotes,
    passages: passagesOf(quotes),
    sources: [SOURCE],
    matchedTerms: [],
    answerer: "fake",
  };
}
