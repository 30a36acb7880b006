/**
 * A fake `QuestionAnswerer` for the bot's tests. It answers from the real corpus file with
 * real offsets (every quote is `text.slice(start, end)` of the document body), in Arabic or
 * English, and can be told to be slow (held until released), to fail, or to answer at length.
 * Only the test decides what the fake says; it is not a model of the real pipeline.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type {
  Answer,
  AskOptions,
  Lang,
  QuestionAnswerer,
  Quote,
  SourceRef,
  TermMatch,
} from "../../src/core/types.js";

export const CORPUS_FILE = fileURLToPath(
  new URL("../../corpus/tass-2021-02-03-lavrov-safadi.md", import.meta.url),
);

export interface FakeDocument {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly date?: string;
  readonly provenance: "original" | "stand-in";
  /** The body after the front matter; quote offsets index into it. */
  readonly text: string;
  readonly paragraphs: ReadonlyArray<{
    readonly number: number;
    readonly start: number;
    readonly end: number;
  }>;
}

/** Read a corpus markdown file: `key: value` front matter, then one paragraph per non-empty line. */
export function loadDocument(file: string = CORPUS_FILE): FakeDocument {
  const raw = readFileSync(file, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (match === null) throw new Error(`${file}: no front matter`);
  const meta: Record<string, string> = {};
  for (const line of (match[1] ?? "").split("\n")) {
    const kv = /^([a-z_]+):\s*(.*)$/.exec(line);
    if (kv?.[1] !== undefined) meta[kv[1]] = (kv[2] ?? "").trim();
  }
  const text = raw.slice(match[0].length);
  const paragraphs: Array<{ number: number; start: number; end: number }> = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim().length > 0)
      paragraphs.push({ number: paragraphs.length + 1, start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return {
    id: meta.id ?? "doc",
    title: meta.title ?? "",
    source: meta.source ?? "",
    date: meta.date,
    provenance: meta.provenance === "original" ? "original" : "stand-in",
    text,
    paragraphs,
  };
}

export const DOC = loadDocument();

export const SOURCE: SourceRef = {
  doc: DOC.id,
  title: DOC.title,
  source: DOC.source,
  date: DOC.date,
  provenance: DOC.provenance,
};

/** The whole paragraph containing `phrase`, as a quote numbered `n`. */
export function quoteOf(phrase: string, n: number, translation?: string): Quote {
  const at = DOC.text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in corpus: ${phrase}`);
  const p = DOC.paragraphs.find((x) => x.start <= at && at < x.end);
  if (p === undefined) throw new Error(`phrase outside paragraphs: ${phrase}`);
  return {
    text: DOC.text.slice(p.start, p.end),
    doc: DOC.id,
    paragraph: p.number,
    start: p.start,
    end: p.end,
    n,
    ...(translation === undefined ? {} : { translation }),
  };
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
    phrase: "العودة الطوعية للاجئين",
    en: "Safadi said Jordan and Russia agree on a political solution that allows refugees to return voluntarily [1].",
    ar: "قال الصفدي إن الأردن وروسيا متفقان على حل سياسي يتيح العودة الطوعية للاجئين [1].",
    translation:
      "Safadi said Jordan and Russia agree on a political solution allowing the voluntary return of refugees.",
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
    const quote = quoteOf(topic.phrase, 1, lang === "en" ? topic.translation : undefined);
    const wantQuotes = options?.wantQuotes === true;
    const intro = followUp
      ? lang === "ar"
        ? "متابعةً لسؤالك السابق: "
        : "Following up on your previous question: "
      : "";
    return {
      lang,
      covered: true,
      kind: wantQuotes ? "quotes" : "answer",
      text: wantQuotes
        ? lang === "ar"
          ? "المقطع الحرفي [1]:"
          : "The verbatim passage [1]:"
        : intro + topic[lang],
      quotes: [quote],
      sources: [SOURCE],
      matchedTerms: lang === "en" && topic.term !== undefined ? [topic.term] : [],
      answerer: "fake",
    };
  }
}

export function notCovered(lang: Lang, question: string): Answer {
  return {
    lang,
    covered: false,
    kind: "not_covered",
    text:
      lang === "ar"
        ? `المقال لا يتناول هذا الموضوع: «${question}».`
        : `The article does not cover this: “${question}”.`,
    quotes: [],
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
  const quotes = DOC.paragraphs.slice(0, 12).map((p, i) => ({
    text: DOC.text.slice(p.start, p.end),
    doc: DOC.id,
    paragraph: p.number,
    start: p.start,
    end: p.end,
    n: i + 1,
  }));
  return {
    lang,
    covered: true,
    kind: "answer",
    text: paragraphs.join("\n\n"),
    quotes,
    sources: [SOURCE],
    matchedTerms: [],
    answerer: "fake",
  };
}
