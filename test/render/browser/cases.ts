/**
 * Every kind of reply the bot sends, rendered by the real renderer from answers built with the
 * bot tests' fake (real corpus, real offsets), in both languages. Leads are written the way
 * the pipeline writes them today (agency name "TASS / تاس", ISO date), so the renderer's
 * handling of them is what is tested.
 */
import type { Answer, Lang, Speaker } from "../../../src/core/types.js";
import { strings } from "../../../src/render/i18n.js";
import {
  renderAnswer,
  renderHelp,
  renderSourceList,
  renderSourcesDetail,
} from "../../../src/render/telegram/answer.js";
import { FakeAnswerer, LAVROV, notCovered, passagesOf, SOURCE } from "../../bot/fakes.js";

export interface ReplyCase {
  readonly id: string;
  readonly lang: Lang;
  readonly messages: readonly string[];
  /** Phrases that must appear, each read in the given direction. */
  readonly phrases: ReadonlyArray<readonly [string, "ltr" | "rtl"]>;
  /** Texts of the inline buttons under the reply (example questions). */
  readonly buttons?: readonly string[];
}

const SOURCE_REF = {
  ...SOURCE,
  source: "TASS / تاس",
  date: "2021-02-03",
  titleEn:
    "Lavrov and Safadi discuss in Moscow the Russian concept of collective security in the Gulf region",
};

/** The pipeline's lead for an answer, as `src/answer/compose.ts` writes it. */
const PIPELINE_LEAD: Readonly<Record<Lang, string>> = {
  en: "According to TASS / تاس, 2021-02-03, the article says (in Arabic) [1]:",
  ar: "بحسب TASS / تاس, 2021-02-03، ورد في المقال ما يلي [1]:",
};

/** An answer as the pipeline will give it: speakers on quotes, English translations of passages. */
function enrich(answer: Answer, speaker: Speaker = LAVROV): Answer {
  const quotes = answer.quotes.map((q) => ({ ...q, speaker }));
  return { ...answer, quotes, passages: passagesOf(quotes, answer.lang === "en"), sources: [SOURCE_REF] };
}

export async function replyCases(): Promise<ReplyCase[]> {
  const fake = new FakeAnswerer();
  const en = enrich(await fake.ask("What did Lavrov say about Syria?"));
  const enPipeline = { ...en, lead: PIPELINE_LEAD.en };
  const ar = enrich({ ...(await fake.ask("ماذا قال لافروف عن سوريا؟")), lead: PIPELINE_LEAD.ar });
  const enRefugees = enrich(await fake.ask("What did Lavrov say about refugees?"));
  const quotesEn = enrich(await fake.ask("Syria", { wantQuotes: true }));
  const quotesAr = enrich(await fake.ask("سوريا", { wantQuotes: true }));
  const refusalEn = {
    ...notCovered("en", "What did Lavrov say about Ukraine?"),
    sources: [SOURCE_REF],
    lead: `The article does not cover this, so I cannot answer it from the source. The article is about: ${SOURCE.title}.`,
  };
  const refusalAr = { ...notCovered("ar", "ماذا قال لافروف عن أوكرانيا؟"), sources: [SOURCE_REF] };
  // Small talk as the pipeline will give it: a greeting, and its own example questions (mixed languages).
  const smalltalkAr: Answer = {
    ...notCovered("ar", "مرحبا"),
    kind: "smalltalk",
    sources: [SOURCE_REF],
    lead: "أهلاً! أجيب عن أسئلتك حول محادثات لافروف والصفدي (2021-02-03).",
    suggestions: ["ماذا قال لافروف عن سوريا؟", "Where will the next Astana meeting be held?"],
  };
  const quote = (a: Answer) => a.quotes[0]?.text.split(" ").slice(0, 4).join(" ") ?? "";
  return [
    {
      id: "answer-en",
      lang: "en",
      messages: renderAnswer(en).messages,
      phrases: [
        ["[1] Sergey Lavrov said (paragraph 8):", "ltr"],
        ["resolution 2254 [1].", "ltr"],
        [quote(en), "rtl"],
        ["Translation: Lavrov said", "ltr"],
      ],
    },
    {
      id: "answer-en-pipeline-lead",
      lang: "en",
      messages: renderAnswer(enPipeline).messages,
      phrases: [["According to TASS, 3 February 2021, the article says (in Arabic) [1]:", "ltr"]],
    },
    {
      id: "answer-en-refugees",
      lang: "en",
      messages: renderAnswer(enRefugees).messages,
      phrases: [
        ["[1] Sergey Lavrov said (paragraph 10):", "ltr"],
        [quote(enRefugees), "rtl"],
      ],
    },
    {
      id: "answer-ar",
      lang: "ar",
      messages: renderAnswer(ar).messages,
      phrases: [
        ["بحسب تاس، 3 فبراير/شباط 2021، ورد في المقال ما يلي [1]:", "rtl"],
        ["[1] قال سيرغي لافروف (الفقرة 8):", "rtl"],
        [quote(ar), "rtl"],
      ],
    },
    {
      id: "quotes-en",
      lang: "en",
      messages: renderAnswer(quotesEn).messages,
      phrases: [
        ["The verbatim passage [1]:", "ltr"],
        ["[1] Sergey Lavrov said (paragraph 8):", "ltr"],
      ],
    },
    {
      id: "quotes-ar",
      lang: "ar",
      messages: renderAnswer(quotesAr).messages,
      phrases: [
        ["المقطع الحرفي [1]:", "rtl"],
        ["[1] قال سيرغي لافروف (الفقرة 8):", "rtl"],
      ],
    },
    {
      id: "sources-en",
      lang: "en",
      messages: renderSourcesDetail(enRefugees),
      phrases: [
        ["TASS, Wednesday 3 February 2021", "ltr"],
        ["[1] Sergey Lavrov said (paragraph 10):", "ltr"],
        ["Cite as: TASS, 3 February 2021, ¶10", "ltr"],
        ["Translation: The Russian foreign minister concluded:", "ltr"],
      ],
    },
    {
      id: "sources-ar",
      lang: "ar",
      messages: renderSourcesDetail(ar),
      phrases: [
        ["تاس، الأربعاء 3 فبراير/شباط 2021", "rtl"],
        ["[1] قال سيرغي لافروف (الفقرة 8):", "rtl"],
        ["للاستشهاد: تاس، 3 فبراير/شباط 2021، الفقرة 8", "rtl"],
        ["قرار مجلس الأمن رقم 2254", "rtl"],
      ],
    },
    {
      id: "smalltalk-ar",
      lang: "ar",
      messages: renderAnswer(smalltalkAr).messages,
      buttons: renderAnswer(smalltalkAr).suggestions,
      phrases: [["أهلاً! أجيب عن أسئلتك حول محادثات لافروف والصفدي (3 فبراير/شباط 2021).", "rtl"]],
    },
    {
      id: "refusal-en",
      lang: "en",
      messages: renderAnswer(refusalEn).messages,
      buttons: renderAnswer(refusalEn).suggestions,
      phrases: [["on Wednesday 3 February 2021: collective security in the Gulf", "ltr"]],
    },
    {
      id: "refusal-ar",
      lang: "ar",
      messages: renderAnswer(refusalAr).messages,
      buttons: renderAnswer(refusalAr).suggestions,
      phrases: [
        ["«ماذا قال لافروف عن أوكرانيا؟».", "rtl"],
        ["يوم الأربعاء 3 فبراير/شباط 2021: الأمن الجماعي", "rtl"],
      ],
    },
    ...(["en", "ar"] as const).map(
      (lang): ReplyCase => ({
        id: `start-${lang}`,
        lang,
        messages: renderHelp(lang, "LavrovSafadiBot", [SOURCE_REF]),
        buttons: strings(lang).exampleQuestions,
        phrases:
          lang === "en"
            ? [
                ["/quote <topic> — verbatim passages on a topic", "ltr"],
                ["TASS, 3 February 2021", "ltr"],
                ["/ask@LavrovSafadiBot.", "ltr"],
              ]
            : [
                ["/quote <موضوع> — المقاطع الحرفية عن موضوع", "rtl"],
                ["/lang — تغيير اللغة (العربية / English)", "rtl"],
                ["What did Safadi say about refugees?", "ltr"],
                ["تاس، 3 فبراير/شباط 2021", "rtl"],
                ["استخدم /ask@LavrovSafadiBot.", "rtl"],
              ],
      }),
    ),
    ...(["en", "ar"] as const).map(
      (lang): ReplyCase => ({
        id: `sources-list-${lang}`,
        lang,
        messages: renderSourceList([SOURCE_REF], lang),
        phrases: [
          lang === "en"
            ? ["TASS, Wednesday 3 February 2021", "ltr"]
            : ["تاس، الأربعاء 3 فبراير/شباط 2021", "rtl"],
        ],
      }),
    ),
  ];
}
