import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import type { BaseMessage } from "@langchain/core/messages";
import type { ChatGenerationChunk } from "@langchain/core/outputs";
import { FakeListChatModel } from "@langchain/core/utils/testing";

/**
 * LangChain's FakeListChatModel (streams its canned replies character by character), with
 * two additions the tests need: a record of the prompts it was sent, and scripted failures.
 */

export type Failure = Error & { status?: number; headers?: Record<string, string> };

export function httpError(status: number, headers: Record<string, string> = {}): Failure {
  return Object.assign(new Error(`${status} status code (no body)`), { status, headers });
}

export class RecordingChatModel extends FakeListChatModel {
  /** The text of the last human message of every call, in order. */
  readonly prompts: string[] = [];
  readonly systems: string[] = [];
  private readonly failures: Failure[];

  constructor(fields: { responses: string[]; sleep?: number; failures?: Failure[] }) {
    super({ responses: fields.responses, sleep: fields.sleep });
    this.failures = [...(fields.failures ?? [])];
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    this.prompts.push(String(messages.at(-1)?.content ?? ""));
    this.systems.push(String(messages[0]?.content ?? ""));
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    yield* super._streamResponseChunks(messages, options, runManager);
  }
}

/**
 * A model that routes by task (condense / translate / answer) and decides its reply from
 * the prompt it gets: `answer(prompt, system)` builds the answer JSON.
 */
export class ScriptedChatModel extends FakeListChatModel {
  readonly calls: { task: "condense" | "translate" | "answer"; prompt: string; system: string }[] = [];

  constructor(
    private readonly script: {
      condense?: (prompt: string) => string;
      translate?: (prompt: string) => string;
      answer: (prompt: string, system: string) => string;
    },
  ) {
    super({ responses: ["unused"] });
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const system = String(messages[0]?.content ?? "");
    const prompt = String(messages.at(-1)?.content ?? "");
    const task = prompt.includes("<passages>")
      ? "answer"
      : prompt.includes("<history>")
        ? "condense"
        : "translate";
    this.calls.push({ task, prompt, system });
    const reply =
      task === "answer"
        ? this.script.answer(prompt, system)
        : task === "condense"
          ? (this.script.condense?.(prompt) ?? "")
          : (this.script.translate?.(prompt) ?? "");
    const single = new FakeListChatModel({ responses: [reply] });
    yield* single._streamResponseChunks(messages, options, runManager);
  }
}

/** A model that never answers: it waits until the caller gives up (aborts its signal). */
export class HangingChatModel extends FakeListChatModel {
  constructor() {
    super({ responses: ["never"] });
  }

  override async *_streamResponseChunks(
    _messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    _runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    await new Promise((_, reject) =>
      options.signal?.addEventListener("abort", () => reject(options.signal?.reason)),
    );
    yield* [];
  }
}
