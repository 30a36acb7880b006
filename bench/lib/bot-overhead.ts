import { mkdtempSync } from "node:fs";
/**
 * The bot's own overhead, against an instant fake Bot API (not the emulator, whose own costs
 * would dominate): a minimal HTTP server on 127.0.0.1 that answers every method at once —
 * `getUpdates` hands out queued updates (waiting briefly when there are none, as long
 * polling does), `sendMessage` and the rest return a plausible result. A burst of questions
 * from many chats is queued at once and the real bot (`runBot`, long polling, the real
 * offline pipeline) answers them; answers/s is the burst size over the time until the last
 * reply. The fake API runs in a worker thread (see FAKE_API), off the bot's thread. The same
 * questions asked of the pipeline directly, one after another, give the pipeline's own rate,
 * so the difference per answer is what the bot adds.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { runBot } from "../../src/bot/run-bot.js";
import type { QuestionAnswerer } from "../../src/core/types.js";
import { captureLogger } from "../../test/bot/harness.js";

export interface BotOverheadResult {
  readonly chats: number;
  readonly questions: number;
  readonly answered: number;
  readonly duplicated: number;
  readonly wallMs: number;
  readonly answersPerSecond: number;
  /** The pipeline alone on the same questions, sequentially. */
  readonly pipelineAnswersPerSecond: number;
  /** What the bot adds per answer (ms), from the two rates. */
  readonly overheadMsPerAnswer: number;
  readonly concurrency: number;
}

export interface BotOverheadOptions {
  readonly answerer: QuestionAnswerer;
  readonly questions: readonly { readonly question: string; readonly lang: "ar" | "en" }[];
  readonly chats: number;
  readonly perChat: number;
  readonly concurrency: number;
  readonly timeoutMs: number;
}

// A token of the shape runBot checks (<digits>:<35 characters>); the fake API accepts any.
const TOKEN = `123456:${"b".repeat(35)}`;

/**
 * The fake Bot API, run in a worker thread: its HTTP parsing and JSON would otherwise share
 * the bot's one JavaScript thread, while the real Bot API runs elsewhere. Plain JavaScript
 * (evaluated in the worker), so no loader is needed there.
 */
const FAKE_API = `
const { createServer } = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const total = workerData.total;
const pending = [];
const waiters = [];
const replies = new Map();
let duplicated = 0;
let messageId = 1000000;
let started = 0;
let lastReplyAt = 0;
let reported = false;
const report = () => {
  if (reported) return;
  reported = true;
  parentPort.postMessage({ kind: "done", answered: replies.size, duplicated, wallMs: lastReplyAt - started });
};
const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    const method = (req.url || "").split("/").at(-1) || "";
    const text = Buffer.concat(chunks).toString("utf8");
    const args = text.length === 0 ? {} : JSON.parse(text);
    const reply = (result) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ok: true, result }));
    };
    if (method === "getMe")
      return reply({ id: 1, is_bot: true, first_name: "Bench", username: "bench_bot", can_join_groups: true });
    if (method === "getUpdates") {
      const offset = Number(args.offset || 0);
      while (pending.length > 0 && Number(pending[0].update_id) < offset) pending.shift();
      if (pending.length === 0) await new Promise((r) => { waiters.push(r); setTimeout(r, 50); });
      return reply(pending.slice(0, Number(args.limit || 100)));
    }
    if (method === "sendMessage" || method === "editMessageText") {
      const chatId = Number(args.chat_id);
      const to = (args.reply_parameters && args.reply_parameters.message_id) ?? args.reply_to_message_id;
      if (method === "sendMessage" && to !== undefined) {
        const key = chatId + ":" + Number(to);
        if (replies.has(key)) duplicated++;
        else replies.set(key, performance.now());
        lastReplyAt = performance.now();
        if (replies.size >= total) report();
      }
      return reply({ message_id: messageId++, date: 0, chat: { id: chatId, type: "private" }, text: args.text });
    }
    return reply(true);
  });
});
parentPort.on("message", (message) => {
  if (message.kind === "burst") {
    pending.push(...message.updates);
    started = performance.now();
    for (const wake of waiters.splice(0)) wake();
  } else if (message.kind === "report") {
    lastReplyAt = performance.now();
    report();
  } else if (message.kind === "close") {
    for (const wake of waiters.splice(0)) wake();
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage({ kind: "listening", port: server.address().port }));
`;

interface FakeApiReport {
  readonly kind: "done";
  readonly answered: number;
  readonly duplicated: number;
  readonly wallMs: number;
}

export async function benchBotOverhead(options: BotOverheadOptions): Promise<BotOverheadResult> {
  const total = options.chats * options.perChat;
  const api = new Worker(FAKE_API, { eval: true, workerData: { total } });
  const port = await new Promise<number>((resolve, reject) => {
    api.once("error", reject);
    api.once("message", (m: { kind: string; port: number }) => resolve(m.port));
  });
  const finished = new Promise<FakeApiReport>((resolve) =>
    api.on("message", (m: { kind: string }) => {
      if (m.kind === "done") resolve(m as FakeApiReport);
    }),
  );
  const apiRoot = `http://127.0.0.1:${port}`;

  const log = captureLogger();
  const stop = new AbortController();
  const running = runBot(
    {
      answerer: options.answerer,
      config: {
        token: TOKEN,
        apiRoot,
        allowedChatIds: [],
        rateLimit: { max: 1_000_000, windowMs: 1_000 },
        // A fresh ledger each run: a kept one would drop this run's update ids as already seen.
        ledgerPath: path.join(mkdtempSync(path.join(tmpdir(), "bench-ledger-")), "ledger.jsonl"),
      },
      logger: log.logger,
      signal: stop.signal,
    },
    { handleSignals: false, shutdownGraceMs: 5_000, concurrency: options.concurrency },
  );
  try {
    const startedBy = performance.now() + 30_000;
    while (!log.lines.some((l) => l.includes("Bot started"))) {
      if (performance.now() > startedBy) throw new Error(`the bot did not start: ${log.lines.join("\n")}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    const updates: Record<string, unknown>[] = [];
    let updateId = 1;
    for (let k = 0; k < options.perChat; k++) {
      for (let c = 0; c < options.chats; c++) {
        const chatId = 50_000 + c;
        const pick = options.questions[(c * 7 + k) % options.questions.length];
        if (pick === undefined) continue;
        const id = updateId++;
        updates.push({
          update_id: id,
          message: {
            message_id: id,
            date: Math.floor(Date.now() / 1000),
            chat: { id: chatId, type: "private" },
            from: { id: chatId, is_bot: false, first_name: "Bench", language_code: pick.lang },
            text: pick.question,
          },
        });
      }
    }
    api.postMessage({ kind: "burst", updates });
    const timer = setTimeout(() => api.postMessage({ kind: "report" }), options.timeoutMs);
    const outcome = await finished;
    clearTimeout(timer);
    const { answered, duplicated, wallMs } = outcome;

    const direct = performance.now();
    for (let k = 0; k < options.perChat; k++)
      for (let c = 0; c < options.chats; c++) {
        const pick = options.questions[(c * 7 + k) % options.questions.length];
        if (pick !== undefined) await options.answerer.ask(pick.question);
      }
    const pipelineMs = performance.now() - direct;
    const answersPerSecond = answered / (wallMs / 1000);
    const pipelineAnswersPerSecond = total / (pipelineMs / 1000);
    return {
      chats: options.chats,
      questions: total,
      answered,
      duplicated,
      wallMs,
      answersPerSecond,
      pipelineAnswersPerSecond,
      overheadMsPerAnswer: 1000 / answersPerSecond - 1000 / pipelineAnswersPerSecond,
      concurrency: options.concurrency,
    };
  } finally {
    stop.abort();
    await running.catch(() => undefined);
    api.postMessage({ kind: "close" });
    await new Promise((resolve) => api.once("exit", resolve));
  }
}
