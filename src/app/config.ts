import { z } from "zod";
import type { BotConfig } from "../bot/config.js";
import { ConfigError } from "../core/errors.js";
import { createRedactor, TELEGRAM_TOKEN_PATTERN, urlSecrets } from "../core/redact.js";
import type { OpenAiEmbeddingsConfig } from "../embeddings/openai-compatible-embeddings.js";
import type { ModelAnswererLimits } from "../llm/model-answerer.js";
import type { ChatModelConfig, LlmGeneration } from "../llm/providers.js";

/**
 * The one place that reads the environment and the one place that holds defaults. Components
 * own their option types (`ChatModelConfig` beside the chat providers, `OpenAiEmbeddingsConfig`
 * beside the remote embeddings, `ModelAnswererLimits` beside the answerer); this module only
 * maps the environment onto them. `loadConfig` is pure over the env object it is given, so
 * tests pass plain objects.
 */

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.string().trim().url().optional());
const positiveInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback));
const nonNegativeInt = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(fallback));

export { TELEGRAM_TOKEN_PATTERN };

const idList = z.preprocess(
  (value) => {
    const v = emptyToUndefined(value);
    if (v === undefined) return [];
    return String(v)
      .split(/[\s,]+/)
      .filter((s) => s.length > 0);
  },
  z
    .array(z.string().regex(/^-?\d+$/, "must be numeric Telegram user or chat ids"))
    .transform((ids) => ids.map(Number)),
);

/** FreeDict alone; left at this, corpora without translations get the widened sibling (composition). */
export const DEFAULT_LEXICON_PATH = "data/lexicon/en-ar.tsv.gz";

const envSchema = z
  .object({
    CORPUS_DIR: z.preprocess(emptyToUndefined, z.string().default("corpus")),
    INDEX_DIR: z.preprocess(emptyToUndefined, z.string().default(".index")),
    LEXICON_PATH: z.preprocess(emptyToUndefined, z.string().default(DEFAULT_LEXICON_PATH)),
    PROMPTS_DIR: z.preprocess(emptyToUndefined, z.string().default("prompts")),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["debug", "info", "warn", "error"]).default("info")),

    // Checked per field (never echoing the value), so all field errors are reported together.
    TELEGRAM_BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(TELEGRAM_TOKEN_PATTERN, {
          message:
            "does not look like a Bot API token (expected <digits>:<35 characters>, as given by @BotFather)",
        })
        .optional(),
    ),
    TELEGRAM_API_ROOT: optionalUrl,
    WEBHOOK_URL: optionalUrl,
    WEBHOOK_PATH: z.preprocess(emptyToUndefined, z.string().startsWith("/").default("/telegram")),
    WEBHOOK_PORT: positiveInt(8080),
    WEBHOOK_HOST: z.preprocess(emptyToUndefined, z.string().default("0.0.0.0")),
    WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, {
          message: "may only contain A-Z a-z 0-9 _ - (1-256 characters), as Telegram requires",
        })
        .optional(),
    ),
    ALLOWED_CHAT_IDS: idList,
    RATE_LIMIT_MAX: positiveInt(5),
    RATE_LIMIT_WINDOW_MS: positiveInt(30_000),
    REDIS_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
        .optional(),
    ),
    BOT_LEDGER_PATH: optionalString,
    TELEGRAM_TIMEOUT_MS: positiveInt(10_000),

    EMBEDDINGS_PROVIDER: z.preprocess(emptyToUndefined, z.enum(["local", "openai"]).default("local")),
    EMBEDDINGS_BASE_URL: optionalUrl,
    EMBEDDINGS_API_KEY: optionalString,
    EMBEDDINGS_MODEL: optionalString,

    LLM_PROVIDER: z.preprocess(emptyToUndefined, z.enum(["none", "openai", "ollama"]).optional()),
    LLM_BASE_URL: optionalUrl,
    LLM_API_KEY: optionalString,
    LLM_MODEL: optionalString,
    OLLAMA_BASE_URL: optionalUrl,
    LLM_JSON_MODE: z.preprocess(
      emptyToUndefined,
      z.enum(["json_schema", "json_object", "off"]).default("json_schema"),
    ),
    LLM_TEMPERATURE: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(2).optional()),
    LLM_TIMEOUT_MS: positiveInt(20_000),
    LLM_MAX_RETRIES: nonNegativeInt(2),
    ANSWER_BUDGET_MS: positiveInt(10_000),
  })
  .superRefine((env, ctx) => {
    if (env.WEBHOOK_URL !== undefined && env.TELEGRAM_BOT_TOKEN === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["WEBHOOK_URL"],
        message: "is set but TELEGRAM_BOT_TOKEN is not; set the token or unset WEBHOOK_URL",
      });
    }
    if (env.WEBHOOK_URL !== undefined && env.WEBHOOK_SECRET === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["WEBHOOK_SECRET"],
        message:
          "is required with WEBHOOK_URL (1-256 characters of A-Z a-z 0-9 _ -), so forged updates are rejected",
      });
    }
    if (env.EMBEDDINGS_PROVIDER === "openai") {
      for (const key of ["EMBEDDINGS_BASE_URL", "EMBEDDINGS_MODEL"] as const) {
        if (env[key] === undefined) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [key],
            message: "is required when EMBEDDINGS_PROVIDER=openai",
          });
        }
      }
    }
    const llm = resolveLlmProvider(env);
    if (llm === "openai") {
      for (const key of ["LLM_BASE_URL", "LLM_MODEL"] as const) {
        if (env[key] === undefined) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [key],
            message: "is required for the OpenAI-compatible LLM",
          });
        }
      }
    }
    if (llm === "ollama" && env.LLM_MODEL === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["LLM_MODEL"],
        message: "is required when LLM_PROVIDER=ollama",
      });
    }
  });

type Env = z.infer<typeof envSchema>;

function resolveLlmProvider(
  env: Pick<Env, "LLM_PROVIDER" | "LLM_BASE_URL" | "LLM_MODEL">,
): "none" | "openai" | "ollama" {
  if (env.LLM_PROVIDER !== undefined) return env.LLM_PROVIDER;
  // An OpenAI-compatible endpoint is implied when its URL or model is set.
  return env.LLM_BASE_URL !== undefined || env.LLM_MODEL !== undefined ? "openai" : "none";
}

/** The bot's configuration (owned by the bot: `src/bot/config.ts`). */
export type TelegramConfig = BotConfig;

export type EmbeddingsConfig =
  | { readonly provider: "local" }
  | ({ readonly provider: "openai" } & OpenAiEmbeddingsConfig);

export type LlmConfig = { readonly provider: "none" } | ChatModelConfig;

export interface AppConfig {
  readonly corpusDir: string;
  readonly indexDir: string;
  readonly lexiconPath: string;
  readonly promptsDir: string;
  readonly logLevel: "debug" | "info" | "warn" | "error";
  /** Undefined when no token is set: the terminal chat runs instead of the bot. */
  readonly telegram?: TelegramConfig;
  readonly embeddings: EmbeddingsConfig;
  readonly llm: LlmConfig;
  readonly limits: ModelAnswererLimits;
}

/** Validate the environment; throws `ConfigError` naming every variable to fix. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join(".") || "(env)"} ${issue.message}`,
    );
    throw new ConfigError(
      `Invalid configuration; fix these environment variables (see .env.example):\n${lines.join("\n")}`,
    );
  }
  const e = parsed.data;
  const llmProvider = resolveLlmProvider(e);
  const generation: LlmGeneration = { jsonMode: e.LLM_JSON_MODE, temperature: e.LLM_TEMPERATURE };
  const llm: LlmConfig =
    llmProvider === "openai"
      ? {
          provider: "openai",
          baseUrl: e.LLM_BASE_URL ?? "",
          apiKey: e.LLM_API_KEY,
          model: e.LLM_MODEL ?? "",
          ...generation,
        }
      : llmProvider === "ollama"
        ? {
            provider: "ollama",
            baseUrl: e.OLLAMA_BASE_URL ?? e.LLM_BASE_URL ?? "http://127.0.0.1:11434",
            model: e.LLM_MODEL ?? "",
            ...generation,
          }
        : { provider: "none" };
  const embeddings: EmbeddingsConfig =
    e.EMBEDDINGS_PROVIDER === "openai"
      ? {
          provider: "openai",
          baseUrl: e.EMBEDDINGS_BASE_URL ?? "",
          apiKey: e.EMBEDDINGS_API_KEY ?? e.LLM_API_KEY,
          model: e.EMBEDDINGS_MODEL ?? "",
        }
      : { provider: "local" };
  const telegram: TelegramConfig | undefined =
    e.TELEGRAM_BOT_TOKEN === undefined
      ? undefined
      : {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT,
          webhook:
            e.WEBHOOK_URL === undefined
              ? undefined
              : {
                  url: e.WEBHOOK_URL,
                  path: e.WEBHOOK_PATH,
                  port: e.WEBHOOK_PORT,
                  host: e.WEBHOOK_HOST,
                  secret: e.WEBHOOK_SECRET ?? "",
                },
          allowedChatIds: e.ALLOWED_CHAT_IDS,
          rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
          redisUrl: e.REDIS_URL,
          ledgerPath: e.BOT_LEDGER_PATH,
          // The model's answer replaces the offline one if it comes within its budget.
          deadlines: { telegramCallMs: e.TELEGRAM_TIMEOUT_MS, refineMs: e.ANSWER_BUDGET_MS + 2_000 },
        };
  return {
    corpusDir: e.CORPUS_DIR,
    indexDir: e.INDEX_DIR,
    lexiconPath: e.LEXICON_PATH,
    promptsDir: e.PROMPTS_DIR,
    logLevel: e.LOG_LEVEL,
    telegram,
    embeddings,
    llm,
    limits: {
      llmTimeoutMs: e.LLM_TIMEOUT_MS,
      llmMaxRetries: e.LLM_MAX_RETRIES,
      answerBudgetMs: e.ANSWER_BUDGET_MS,
    },
  };
}

/** Replace every secret value in a string with `***` (for logs and error messages). */
export function redactSecrets(text: string, config: AppConfig): string {
  return createRedactor([
    config.telegram?.token,
    config.telegram?.webhook?.secret,
    ...urlSecrets(config.telegram?.apiRoot),
    ...urlSecrets(config.telegram?.redisUrl),
    config.llm.provider === "openai" ? config.llm.apiKey : undefined,
    config.embeddings.provider === "openai" ? config.embeddings.apiKey : undefined,
  ])(text);
}
