import { Embeddings } from "@langchain/core/embeddings";
import { OpenAIEmbeddings } from "@langchain/openai";
import { ProviderError } from "../core/errors.js";
import type { EmbedderIdentity, IdentifiedEmbeddings } from "./types.js";

/**
 * Remote embeddings from any OpenAI-compatible `/v1/embeddings` endpoint (OpenAI, vLLM,
 * llama.cpp's server, LM Studio, Ollama's `/v1`, TEI…), e.g. a multilingual model such as
 * bge-m3 or text-embedding-3-small. Its identity names the model and the server, so pointing
 * the bot at another model or server rebuilds the index instead of mixing vector spaces.
 * Failures surface as `ProviderError` with the cause kept; a failed query embedding makes
 * hybrid search fall back to its lexical ranking.
 */

/** Bump when the way texts are sent changes (e.g. preprocessing), so indexes are rebuilt. */
export const OPENAI_EMBEDDINGS_VERSION = "1";

/** `openai:<model>@<host[:port]>` (the host only: paths and keys never reach the manifest). */
export function openAiEmbedderIdentity(model: string, baseUrl: string): EmbedderIdentity {
  let host: string;
  try {
    host = new URL(baseUrl).host;
  } catch {
    host = baseUrl;
  }
  return { id: `openai:${model}@${host}`, version: OPENAI_EMBEDDINGS_VERSION };
}

/** Which server and model (app/config.ts maps the EMBEDDINGS_* variables onto it). */
export interface OpenAiEmbeddingsConfig {
  /** The server's `/v1` root. */
  readonly baseUrl: string;
  /** Unset: a placeholder (local servers need none; OPENAI_API_KEY is never read). */
  readonly apiKey?: string;
  readonly model: string;
}

/** Limits of document requests (index builds); queries get a shorter leash (`QUERY_TIMEOUT_MS`). */
export interface OpenAiEmbeddingsLimits {
  readonly timeoutMs: number;
  readonly maxRetries: number;
}

/** Inputs per request: small enough for local servers' batch limits. */
const BATCH_SIZE = 64;
/** A query embedding waits at most this long (it sits in front of every answer). */
const QUERY_TIMEOUT_MS = 10_000;
/** After a failed query embedding, skip the server for this long (vector search pauses). */
const QUERY_COOL_DOWN_MS = 30_000;

/**
 * Documents (index builds) get the configured timeout and retries; queries get a short leash
 * and a cool-down after a failure, so a down server costs one question a timeout, not each one.
 */
class RemoteEmbeddings extends Embeddings {
  private coolDownUntil = 0;

  constructor(
    private readonly documents: Embeddings,
    private readonly queries: Embeddings,
    private readonly label: string,
    private readonly now: () => number = Date.now,
  ) {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    try {
      return await this.documents.embedDocuments(texts);
    } catch (error) {
      throw new ProviderError(this.label, `embedding ${texts.length} texts failed: ${describe(error)}`, {
        cause: error,
      });
    }
  }

  async embedQuery(text: string): Promise<number[]> {
    if (this.now() < this.coolDownUntil) {
      throw new ProviderError(this.label, "skipped: the embeddings server failed moments ago");
    }
    try {
      return await this.queries.embedQuery(text);
    } catch (error) {
      this.coolDownUntil = this.now() + QUERY_COOL_DOWN_MS;
      throw new ProviderError(this.label, `embedding a query failed: ${describe(error)}`, { cause: error });
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createOpenAiCompatibleEmbeddings(
  config: OpenAiEmbeddingsConfig,
  limits: OpenAiEmbeddingsLimits,
): IdentifiedEmbeddings {
  const identity = openAiEmbedderIdentity(config.model, config.baseUrl);
  const client = (timeout: number, maxRetries: number) =>
    new OpenAIEmbeddings({
      model: config.model,
      // Local servers need no key; the placeholder keeps OPENAI_API_KEY from the environment out.
      apiKey: config.apiKey ?? "not-needed",
      configuration: { baseURL: config.baseUrl },
      batchSize: BATCH_SIZE,
      // The OpenAI client otherwise asks for base64, which several compatible servers lack.
      encodingFormat: "float",
      timeout,
      maxRetries,
    });
  const embeddings = new RemoteEmbeddings(
    client(limits.timeoutMs, limits.maxRetries),
    client(Math.min(limits.timeoutMs, QUERY_TIMEOUT_MS), Math.min(limits.maxRetries, 1)),
    `embeddings ${identity.id}`,
  );
  return { embeddings, identity };
}
