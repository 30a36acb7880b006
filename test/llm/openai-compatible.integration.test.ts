import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepVerifiedQuotes } from "../../src/answer/quote-verifier.js";
import { buildPipeline, type Pipeline } from "../../src/app/composition.js";
import type { Answer } from "../../src/core/types.js";
import { captureLogger } from "../helpers/logger.js";
import {
  answerJson,
  P_REFUGEES,
  passageNumberOf,
  Q_REFUGEES,
  testConfig,
  testDocuments,
  testLexicon,
  testPrompts,
} from "./fixtures.js";
import {
  type ChatReply,
  type ChatRequest,
  type FakeOpenAiServer,
  startFakeOpenAiServer,
} from "./openai-server.js";

/**
 * The model answerer over real HTTP: LangChain's OpenAI chat model and embeddings talking to
 * a small OpenAI-compatible server in this process. The model name picks the scenario.
 */

const AR_QUESTION = "ماذا قال لافروف عن عودة اللاجئين؟";
const EN_QUESTION = "What did Lavrov say about the return of refugees?";
const GOOD_AR = "قال لافروف إن من الضروري توفير الظروف لعودة اللاجئين [1].";
const GOOD_EN = "Lavrov said the conditions for the refugees' return must be created [1].";

const answerCalls = new Map<string, number>();

function good(req: ChatRequest): string {
  const en = req.prompt.includes("Write the answer in English");
  return answerJson(en ? GOOD_EN : GOOD_AR, [
    {
      n: 1,
      passage: passageNumberOf(req.prompt, P_REFUGEES) ?? 99,
      quote: Q_REFUGEES,
      translation: en ? "the need to create the conditions for the refugees to return home" : "",
    },
  ]);
}

function scenario(req: ChatRequest): ChatReply {
  if (req.task === "translate") return { kind: "text", text: "لافروف عودة اللاجئين" };
  if (req.task === "condense")
    return { kind: "text", text: req.prompt.match(/<question>\n(.*)\n<\/question>/)?.[1] ?? "" };
  const calls = (answerCalls.get(req.model) ?? 0) + 1;
  answerCalls.set(req.model, calls);
  switch (req.model) {
    case "good":
      return { kind: "text", text: good(req) };
    case "fabricated":
      return {
        kind: "text",
        text: answerJson("قال لافروف إن روسيا ستنسحب من سوريا [1].", [
          {
            n: 1,
            passage: passageNumberOf(req.prompt, P_REFUGEES) ?? 1,
            quote: "وأعلن لافروف انسحاب روسيا من سوريا",
            translation: "",
          },
        ]),
      };
    case "no-such-passage":
      return {
        kind: "text",
        text: answerJson("قال لافروف ذلك [1].", [{ n: 1, passage: 99, quote: Q_REFUGEES, translation: "" }]),
      };
    case "malformed":
      return { kind: "text", text: '{"answer": "قال لافروف [1]", "citations": [{"n": 1, "passage": ' };
    case "error500":
      return { kind: "status", status: 500 };
    case "unauthorized":
      return { kind: "status", status: 401 };
    case "ratelimited-once":
      return calls === 1
        ? { kind: "status", status: 429, headers: { "retry-after": "0" } }
        : { kind: "text", text: good(req) };
    case "hang":
      return { kind: "hang" };
    case "stall":
      return { kind: "stall", text: '{"answer": "قال لافروف إن' };
    default:
      return { kind: "status", status: 404 };
  }
}

let server: FakeOpenAiServer;

beforeAll(async () => {
  server = await startFakeOpenAiServer(scenario);
});

afterAll(async () => {
  await server.close();
});

const FAST_FAIL = { LLM_TIMEOUT_MS: "400", LLM_MAX_RETRIES: "1", ANSWER_BUDGET_MS: "3000" };

async function pipelineFor(
  model: string,
  env: Record<string, string> = {},
  logger = captureLogger().logger,
): Promise<Pipeline> {
  return buildPipeline({
    config: testConfig({
      LLM_BASE_URL: server.baseUrl,
      LLM_MODEL: model,
      EMBEDDINGS_PROVIDER: "openai",
      EMBEDDINGS_BASE_URL: server.baseUrl,
      EMBEDDINGS_MODEL: "test-embed",
      ...env,
    }),
    logger,
    documents: testDocuments(),
    indexDirectory: null,
    lexicon: testLexicon(),
    prompts: await testPrompts(),
  });
}

function expectVerbatim(answer: Answer, pipeline: Pipeline): void {
  expect(answer.quotes.length).toBeGreaterThan(0);
  expect(keepVerifiedQuotes(answer.quotes, pipeline.qa.lookup)).toEqual(answer.quotes);
  for (const q of answer.quotes) expect(pipeline.qa.lookup(q.doc)?.text.slice(q.start, q.end)).toBe(q.text);
}

describe("OpenAI-compatible providers over HTTP", () => {
  it("builds the index with remote embeddings and answers an English question with a cited model answer", async () => {
    const pipeline = await pipelineFor("good");
    expect(pipeline.opened.index.manifest.embedder).toMatchObject({
      id: `openai:test-embed@${new URL(server.baseUrl).host}`,
      version: "1",
      dimensions: 32,
    });
    expect(server.embeddingRequests.length).toBeGreaterThan(0);
    expect(
      server.embeddingRequests.every((r) => r.model === "test-embed" && r.encodingFormat === "float"),
    ).toBe(true);

    const before = server.requests.length;
    const partials: string[] = [];
    const answer = await pipeline.answerer.ask(EN_QUESTION, { onPartial: (t) => partials.push(t) });
    const sent = server.requests.slice(before);
    expect(sent.map((r) => r.task)).toEqual(["translate", "answer"]);
    expect(sent.every((r) => r.stream && r.headers.authorization === "Bearer not-needed")).toBe(true);
    expect(sent[1]?.body.response_format).toMatchObject({ type: "json_schema" });

    expect(answer).toMatchObject({ lang: "en", kind: "answer", answerer: "llm:good", lead: GOOD_EN });
    expect(answer.quotes.map((q) => [q.n, q.text, q.paragraph])).toEqual([[1, Q_REFUGEES, 2]]);
    expect(answer.quotes[0]?.translation).toBe(
      "the need to create the conditions for the refugees to return home",
    );
    expectVerbatim(answer, pipeline);
    // The draft is never streamed: nothing is shown before it is verified.
    expect(partials).toEqual([]);
  });

  it("drops a fabricated quote and answers extractively", async () => {
    const log = captureLogger();
    const pipeline = await pipelineFor("fabricated", {}, log.logger);
    const answer = await pipeline.answerer.ask(AR_QUESTION);
    expect(answer).toEqual(await pipeline.qa.ask(AR_QUESTION));
    expect(answer.text).not.toContain("انسحاب");
    expectVerbatim(answer, pipeline);
    expect(log.entries.some((l) => l.message === "dropped a model citation")).toBe(true);
  });

  it("drops a citation to a passage that does not exist and answers extractively", async () => {
    const pipeline = await pipelineFor("no-such-passage");
    const answer = await pipeline.answerer.ask(AR_QUESTION);
    expect(answer.answerer).toBe("extractive");
    expect(answer).toEqual(await pipeline.qa.ask(AR_QUESTION));
  });

  it("answers extractively when the model's JSON is malformed", async () => {
    const pipeline = await pipelineFor("malformed");
    const answer = await pipeline.answerer.ask(AR_QUESTION);
    expect(answer).toEqual(await pipeline.qa.ask(AR_QUESTION));
    expectVerbatim(answer, pipeline);
  });

  it("retries a 500 once, then answers extractively", async () => {
    const pipeline = await pipelineFor("error500", FAST_FAIL);
    const before = server.requests.filter((r) => r.model === "error500").length;
    const answer = await pipeline.answerer.ask(AR_QUESTION);
    expect(server.requests.filter((r) => r.model === "error500").length - before).toBe(2);
    expect(answer).toEqual(await pipeline.qa.ask(AR_QUESTION));
  });

  it("does not retry a 401; honours a 429's Retry-After and then shows the model's answer", async () => {
    const unauthorised = await pipelineFor("unauthorized", { LLM_MAX_RETRIES: "3" });
    expect((await unauthorised.answerer.ask(AR_QUESTION)).answerer).toBe("extractive");
    expect(server.requests.filter((r) => r.model === "unauthorized")).toHaveLength(1);

    const limited = await pipelineFor("ratelimited-once", { LLM_MAX_RETRIES: "2" });
    const answer = await limited.answerer.ask(AR_QUESTION);
    expect(answer).toMatchObject({ answerer: "llm:ratelimited-once", lead: GOOD_AR });
    expectVerbatim(answer, limited);
  });

  it("answers extractively within the budget when the server hangs, before or during the reply", async () => {
    // Retries enough to outlast the budget: the budget is what ends the attempts.
    const budgetMs = 2000;
    const env = { LLM_TIMEOUT_MS: "400", LLM_MAX_RETRIES: "20", ANSWER_BUDGET_MS: String(budgetMs) };
    for (const model of ["hang", "stall"]) {
      const log = captureLogger();
      const pipeline = await pipelineFor(model, env, log.logger);
      const started = Date.now();
      const answer = await pipeline.answerer.ask(AR_QUESTION);
      const elapsed = Date.now() - started;
      expect(answer).toEqual(await pipeline.qa.ask(AR_QUESTION));
      // A hung server would otherwise hold the answer forever.
      expect(elapsed).toBeLessThan(budgetMs + 1500);
      expect(log.entries.find((l) => l.message.startsWith("model answer failed"))?.context?.kind).toMatch(
        /budget|timeout/,
      );
    }
  });

  it("answers extractively when nothing listens on the LLM port", async () => {
    const closed = await startFakeOpenAiServer(() => ({ kind: "hang" }));
    const deadUrl = closed.baseUrl;
    await closed.close();
    const pipeline = await pipelineFor("good", { ...FAST_FAIL, LLM_BASE_URL: deadUrl });
    const answer = await pipeline.answerer.ask(AR_QUESTION);
    expect(answer).toEqual(await pipeline.qa.ask(AR_QUESTION));
  });

  it("still answers when the embeddings server fails at question time (lexical ranking alone)", async () => {
    const log = captureLogger();
    const pipeline = await pipelineFor("good", {}, log.logger);
    server.embeddingsDown = true;
    try {
      const answer = await pipeline.answerer.ask(AR_QUESTION);
      expect(answer).toMatchObject({ answerer: "llm:good", lead: GOOD_AR });
      expectVerbatim(answer, pipeline);
      expect(log.entries.some((l) => l.message.startsWith("vector search failed"))).toBe(true);
    } finally {
      server.embeddingsDown = false;
    }
  });
});
