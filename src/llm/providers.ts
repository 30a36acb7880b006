import { ChatOllama } from "@langchain/ollama";
import { ChatOpenAICompletions, type ChatOpenAIResponseFormat } from "@langchain/openai";
import type { ChatRunnable } from "./call.js";
import type { ModelAnswererLimits } from "./model-answerer.js";
import { ANSWER_JSON_SCHEMA } from "./output.js";

/**
 * Chat model providers, chosen by configuration:
 * - `openai`: any server speaking OpenAI's `/v1/chat/completions` (OpenAI, OpenRouter, vLLM,
 *   llama.cpp's server, LM Studio, Ollama's `/v1`) through LangChain's OpenAI chat model.
 *   The Chat Completions flavour (`ChatOpenAICompletions`, the class `ChatOpenAI` delegates
 *   to) is used directly, so a model name never routes requests to the Responses API, which
 *   compatible servers do not implement. The API key is optional: local servers get a
 *   placeholder, and the process environment (OPENAI_API_KEY) is never read.
 * - `ollama`: Ollama's native `/api/chat` through `ChatOllama`.
 * LangChain's own retries are off (`maxRetries: 0`): `withRetries` retries every provider
 * the same way, within the answer's budget.
 */

export interface ChatProvider {
  /** `llm:<model>`, recorded as `Answer.answerer`. */
  readonly id: string;
  /** For plain-text replies (query translation, condensation). */
  readonly plain: ChatRunnable;
  /** For the JSON answer (with the configured JSON mode). */
  readonly json: ChatRunnable;
}

/** How the answer's JSON shape is requested from the model (it is always re-checked). */
export type LlmJsonMode = "json_schema" | "json_object" | "off";

/** Generation settings shared by the chat providers. */
export interface LlmGeneration {
  /** The app sets `json_schema` unless LLM_JSON_MODE says otherwise. */
  readonly jsonMode: LlmJsonMode;
  /** Unset: the provider's default (some reasoning models accept no other). */
  readonly temperature?: number;
}

/** Which chat model to talk to, and how (app/config.ts maps the environment onto it). */
export type ChatModelConfig =
  | ({
      readonly provider: "openai";
      /** The server's `/v1` root. */
      readonly baseUrl: string;
      /** Unset: a placeholder (local servers need none; OPENAI_API_KEY is never read). */
      readonly apiKey?: string;
      readonly model: string;
    } & LlmGeneration)
  | ({
      readonly provider: "ollama";
      /** Ollama's root (the app's default is the local daemon). */
      readonly baseUrl: string;
      readonly model: string;
    } & LlmGeneration);

/**
 * The limits a provider enforces itself: `llmTimeoutMs` is the OpenAI client's time to the
 * response headers, `answerBudgetMs` caps every Ollama request (retries and idle timeouts are
 * `withRetries`' and `streamText`'s).
 */
export type ChatProviderLimits = Pick<ModelAnswererLimits, "llmTimeoutMs" | "answerBudgetMs">;

/** Placeholder key for servers that need none (the OpenAI client insists on one). */
const NO_KEY = "not-needed";

function openAiResponseFormat(mode: LlmJsonMode): ChatOpenAIResponseFormat | undefined {
  if (mode === "json_object") return { type: "json_object" };
  if (mode === "json_schema") {
    return { type: "json_schema", json_schema: { name: "cited_answer", schema: { ...ANSWER_JSON_SCHEMA } } };
  }
  return undefined;
}

function ollamaFormat(mode: LlmJsonMode): string | Record<string, unknown> | undefined {
  if (mode === "json_object") return "json";
  if (mode === "json_schema") return ANSWER_JSON_SCHEMA;
  return undefined;
}

export function createChatProvider(llm: ChatModelConfig, limits: ChatProviderLimits): ChatProvider {
  const id = `llm:${llm.model}`;
  if (llm.provider === "openai") {
    const model = new ChatOpenAICompletions({
      model: llm.model,
      apiKey: llm.apiKey ?? NO_KEY,
      configuration: { baseURL: llm.baseUrl },
      // Time to the response headers; the idle timeout in `streamText` covers the body.
      timeout: limits.llmTimeoutMs,
      maxRetries: 0,
      streaming: true,
      streamUsage: false,
      ...(llm.temperature === undefined ? {} : { temperature: llm.temperature }),
    });
    const responseFormat = openAiResponseFormat(llm.jsonMode);
    return {
      id,
      plain: model,
      json: responseFormat === undefined ? model : model.withConfig({ response_format: responseFormat }),
    };
  }
  // ChatOllama passes no abort signal to its HTTP client: cap every request at the answer budget.
  const cappedFetch: typeof fetch = (input, init) =>
    fetch(input, {
      ...init,
      signal:
        init?.signal === undefined || init.signal === null
          ? AbortSignal.timeout(limits.answerBudgetMs)
          : AbortSignal.any([init.signal, AbortSignal.timeout(limits.answerBudgetMs)]),
    });
  const model = new ChatOllama({
    model: llm.model,
    baseUrl: llm.baseUrl,
    fetch: cappedFetch,
    maxRetries: 0,
    ...(llm.temperature === undefined ? {} : { temperature: llm.temperature }),
  });
  const format = ollamaFormat(llm.jsonMode);
  return { id, plain: model, json: format === undefined ? model : model.withConfig({ format }) };
}
