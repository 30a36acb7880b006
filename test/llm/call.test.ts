import { HumanMessage } from "@langchain/core/messages";
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { describe, expect, it } from "vitest";
import {
  BudgetExhaustedError,
  classifyFailure,
  deadlineSignal,
  IdleTimeoutError,
  retryAfterOf,
  streamText,
  withRetries,
} from "../../src/llm/call.js";
import { MalformedOutputError } from "../../src/llm/output.js";
import { httpError, RecordingChatModel } from "./fake-models.js";

const messages = [new HumanMessage("hi")];
const never = new AbortController().signal;

describe("classifyFailure", () => {
  it("retries transient failures only", () => {
    const connection = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    expect(classifyFailure(connection)).toMatchObject({ kind: "connection", retryable: true });
    expect(classifyFailure(httpError(500))).toMatchObject({ kind: "http", status: 500, retryable: true });
    expect(classifyFailure(httpError(429))).toMatchObject({ status: 429, retryable: true });
    expect(classifyFailure(httpError(401))).toMatchObject({ status: 401, retryable: false });
    expect(classifyFailure(httpError(400))).toMatchObject({ status: 400, retryable: false });
    expect(classifyFailure(new IdleTimeoutError(5))).toMatchObject({ kind: "timeout", retryable: true });
    expect(classifyFailure(Object.assign(new Error("x"), { name: "TimeoutError" }))).toMatchObject({
      kind: "timeout",
      retryable: true,
    });
    expect(classifyFailure(new BudgetExhaustedError())).toMatchObject({ kind: "budget", retryable: false });
    expect(classifyFailure(new MalformedOutputError("x"))).toMatchObject({
      kind: "malformed",
      retryable: false,
    });
    expect(classifyFailure({ status_code: 503 })).toMatchObject({ status: 503, retryable: true });
  });

  it("reads Retry-After in seconds, as a date, and retry-after-ms", () => {
    expect(retryAfterOf(httpError(429, { "retry-after": "2" }))).toBe(2000);
    expect(retryAfterOf(httpError(429, { "retry-after-ms": "150" }))).toBe(150);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterOf(httpError(429, { "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(3000);
    expect(retryAfterOf({ headers: new Headers({ "retry-after": "1" }) })).toBe(1000);
    expect(retryAfterOf(httpError(429))).toBeUndefined();
  });
});

describe("withRetries", () => {
  const options = { maxRetries: 2, baseDelayMs: 1, signal: never, deadline: Date.now() + 60_000 };

  it("retries a transient failure and returns the later success", async () => {
    const errors = [httpError(503), httpError(429)];
    const retried: number[] = [];
    const result = await withRetries(
      async () => {
        const e = errors.shift();
        if (e) throw e;
        return "ok";
      },
      { ...options, onRetry: (f) => retried.push(f.status ?? 0) },
    );
    expect(result).toBe("ok");
    expect(retried).toEqual([503, 429]);
  });

  it("does not retry a 401 and gives up after maxRetries", async () => {
    let calls = 0;
    await expect(
      withRetries(async () => {
        calls++;
        throw httpError(401);
      }, options),
    ).rejects.toMatchObject({ status: 401 });
    expect(calls).toBe(1);

    calls = 0;
    await expect(
      withRetries(async () => {
        calls++;
        throw httpError(500);
      }, options),
    ).rejects.toMatchObject({ status: 500 });
    expect(calls).toBe(3);
  });

  it("never waits past the deadline", async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw httpError(429, { "retry-after": "30" });
        },
        { ...options, deadline: Date.now() + 1000 },
      ),
    ).rejects.toMatchObject({ status: 429 });
    expect(calls).toBe(1);
  });
});

describe("streamText", () => {
  it("returns the streamed text and reports it growing", async () => {
    const model = new FakeListChatModel({ responses: ["hello"] });
    const seen: string[] = [];
    const text = await streamText(model, messages, {
      signal: never,
      idleTimeoutMs: 5000,
      onText: (t) => seen.push(t),
    });
    expect(text).toBe("hello");
    expect(seen).toEqual(["h", "he", "hel", "hell", "hello"]);
  });

  it("fails an attempt when no token arrives within the idle timeout", async () => {
    const model = new FakeListChatModel({ responses: ["slow"], sleep: 3000 });
    await expect(streamText(model, messages, { signal: never, idleTimeoutMs: 50 })).rejects.toBeInstanceOf(
      IdleTimeoutError,
    );
  });

  it("stops at the deadline even when the provider ignores the abort signal", async () => {
    const model = new FakeListChatModel({ responses: ["slow"], sleep: 3000 });
    const budget = deadlineSignal(Date.now() + 50);
    try {
      await expect(
        streamText(model, messages, { signal: budget.signal, idleTimeoutMs: 10_000 }),
      ).rejects.toBeInstanceOf(BudgetExhaustedError);
    } finally {
      budget.dispose();
    }
  });

  it("passes provider errors through for classification", async () => {
    const model = new RecordingChatModel({ responses: ["x"], failures: [httpError(502)] });
    await expect(streamText(model, messages, { signal: never, idleTimeoutMs: 5000 })).rejects.toMatchObject({
      status: 502,
    });
    expect(model.prompts).toEqual(["hi"]);
  });
});
