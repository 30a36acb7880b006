import path from "node:path";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { QaService } from "../../src/answer/qa-service.js";
import { buildPipeline, type Pipeline } from "../../src/app/composition.js";
import { type AppConfig, loadConfig } from "../../src/app/config.js";
import type { Logger } from "../../src/core/logger.js";
import type { CorpusDocument } from "../../src/core/types.js";
import { parseTextDocument } from "../../src/corpus/loader.js";
import { ModelAnswerer } from "../../src/llm/model-answerer.js";
import { loadPrompts, type Prompts } from "../../src/llm/prompts.js";
import type { ChatProvider } from "../../src/llm/providers.js";
import { Lexicon } from "../../src/translate/lexicon.js";
import { captureLogger } from "../helpers/logger.js";
import { ScriptedChatModel } from "./fake-models.js";

/**
 * A small article of our own (not the corpus file, which may be replaced by the original),
 * a matching in-memory lexicon, and helpers to build the pipeline with a chat model.
 */
export const ARTICLE = `---
id: test-talks
title: لافروف والصفدي يبحثان في موسكو الوضع في سوريا
source: Test Agency
date: 2021-02-03
lang: ar
---
أجرى وزير الخارجية الروسي سيرغي لافروف في موسكو يوم الأربعاء محادثات مع نظيره الأردني أيمن الصفدي.
وقال لافروف إن الجانبين بحثا الوضع في سوريا وضرورة توفير الظروف لعودة اللاجئين إلى ديارهم.
وأكد الصفدي أن الأردن يدعم حلاً سياسياً للأزمة السورية يحفظ وحدة سوريا وسيادتها.
وناقش الوزيران القضية الفلسطينية وضرورة حل الدولتين على أساس قرارات الأمم المتحدة.
وأشار لافروف إلى أن الاجتماع المقبل بصيغة أستانا سيعقد في مدينة سوتشي الروسية منتصف الشهر.
`;

export const P_REFUGEES =
  "وقال لافروف إن الجانبين بحثا الوضع في سوريا وضرورة توفير الظروف لعودة اللاجئين إلى ديارهم.";
export const Q_REFUGEES = "ضرورة توفير الظروف لعودة اللاجئين إلى ديارهم";
/** In the article with hamza and tanween: «وأكد الصفدي أن الأردن يدعم حلاً سياسياً». */
export const Q_SAFADI_SOURCE = "وأكد الصفدي أن الأردن يدعم حلاً سياسياً";
export const Q_SAFADI_PLAIN = "واكد الصفدي ان الاردن يدعم حلا سياسيا";

export function testDocuments(): CorpusDocument[] {
  return [parseTextDocument(ARTICLE, "test-talks.md")];
}

export function testLexicon(): Lexicon {
  const w = (arabic: string, weight = 1) => ({ arabic, weight });
  return Lexicon.fromEntries([
    ["lavrov", [w("لافروف")]],
    ["safadi", [w("الصفدي")]],
    ["refugees", [w("اللاجئين"), w("لاجئ", 0.5)]],
    ["refugee", [w("لاجئ")]],
    ["return", [w("عودة"), w("رجوع", 0.5)]],
    ["syria", [w("سوريا")]],
    ["jordan", [w("الأردن")]],
    ["meeting", [w("اجتماع"), w("لقاء", 0.5)]],
    ["next", [w("المقبل"), w("التالي", 0.5)]],
    ["sochi", [w("سوتشي")]],
    ["say", [w("قال")]],
    ["said", [w("قال")]],
    ["minister", [w("وزير")]],
    ["solution", [w("حل")]],
    ["political", [w("سياسي")]],
    ["support", [w("يدعم"), w("دعم")]],
    // General words an injection uses (absent from the article, but not names).
    ["ignore", [w("تجاهل")]],
    ["previous", [w("السابقة")]],
    ["instructions", [w("التعليمات")]],
    ["print", [w("اطبع")]],
    ["system", [w("النظام")]],
    ["prompt", [w("الموجه")]],
  ]);
}

export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    LOG_LEVEL: "error",
    ANSWER_BUDGET_MS: "20000",
    LLM_TIMEOUT_MS: "5000",
    LLM_MAX_RETRIES: "1",
    ...env,
  });
}

export const PROMPTS_DIR = path.resolve(import.meta.dirname, "../../prompts");

export function testPrompts(): Promise<Prompts> {
  return loadPrompts(PROMPTS_DIR);
}

export function fakeProvider(model: BaseChatModel, id = "llm:fake"): ChatProvider {
  return { id, plain: model, json: model };
}

export async function testPipeline(options: {
  chatModel?: ChatProvider;
  config?: AppConfig;
  logger?: Logger;
  prompts?: Prompts;
}): Promise<Pipeline> {
  return buildPipeline({
    config: options.config ?? testConfig(),
    logger: options.logger ?? captureLogger().logger,
    documents: testDocuments(),
    indexDirectory: null,
    lexicon: testLexicon(),
    chatModel: options.chatModel,
    prompts: options.prompts ?? (await testPrompts()),
  });
}

/** The JSON a model returns for an answer. */
export function answerJson(answer: string, citations: ReadonlyArray<Record<string, unknown>>): string {
  return JSON.stringify({ answer, citations });
}

/**
 * The model's answer to the refugees question mixing real and invented claims: two cite the
 * real quote, one ("ALL RUSSIAN TROOPS WILL LEAVE SYRIA") cites a fabricated one. Only the real
 * claims may ever be shown; `INVENTED` finds the invented one in any shown text.
 */
export function mixedClaimsModel(): ScriptedChatModel {
  return new ScriptedChatModel({
    translate: () => "لافروف عودة اللاجئين",
    answer: (prompt) =>
      answerJson(
        "Lavrov said conditions must be created for refugees to return home [1]. He also announced that ALL RUSSIAN TROOPS WILL LEAVE SYRIA [2]. Safadi agreed [1].",
        [
          { n: 1, passage: passageNumberOf(prompt, P_REFUGEES) ?? 99, quote: Q_REFUGEES, translation: "t" },
          {
            n: 2,
            passage: passageNumberOf(prompt, P_REFUGEES) ?? 99,
            quote: FABRICATED_QUOTE,
            translation: "all Russian troops will leave Syria",
          },
        ],
      ),
  });
}

/** The fabricated quote of `mixedClaimsModel` (not in the article). */
export const FABRICATED_QUOTE = "وأعلن لافروف انسحاب جميع القوات الروسية من سوريا";
export const INVENTED = /TROOPS|leave Syria|انسحاب/;

/** The passage number under which `text` was sent to the model, from the answer prompt. */
export function passageNumberOf(prompt: string, text: string): number | undefined {
  for (const m of prompt.matchAll(/<passage n="(\d+)" paragraph="\d+">\n([\s\S]*?)\n<\/passage>/g)) {
    if ((m[2] ?? "").includes(text)) return Number(m[1]);
  }
  return undefined;
}

/**
 * A model answerer over a QA service that calls every question "covered", so a test can put
 * any question, an injection included, in front of the model.
 */
export async function permissiveAnswerer(chatModel: ChatProvider, logger: Logger = captureLogger().logger) {
  const pipeline = await testPipeline({ logger });
  const base = pipeline.qa;
  const qa: QaService = Object.create(base);
  qa.retrieve = async (question, options) => ({
    ...(await base.retrieve(question, options)),
    covered: true,
    reason: "forced",
  });
  const config = testConfig();
  const answerer = new ModelAnswerer({
    qa,
    model: chatModel,
    prompts: await testPrompts(),
    limits: config.limits,
    logger,
    corpusHasTerm: (term) => pipeline.opened.index.lexical.words.has(term),
  });
  return { qa, answerer };
}
