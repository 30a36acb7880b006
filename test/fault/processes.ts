/** Starting and killing bot processes (test/fault/bot-process.ts) for the crash tests. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FakeBotApi } from "./bot-api.js";

const SCRIPT = fileURLToPath(new URL("./bot-process.ts", import.meta.url));

export interface BotProcess {
  readonly child: ChildProcess;
  readonly output: string[];
  /** SIGKILL, and wait until it is gone. */
  kill(): Promise<void>;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<number | null>;
}

export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", SCRIPT], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${output.join("")}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join("").includes("READY")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`bot exited (${code}) before starting:\n${output.join("")}`));
    });
  });
  return {
    child,
    output,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

export async function waitUntil(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Asked {
  readonly chatId: number;
  readonly messageId: number;
}

const TOPICS = ["Syria", "refugees", "the Gulf", "Libya", "Palestine"];

/** `perChat` questions in each of `chats` private chats, asked round by round. */
export function burst(api: FakeBotApi, chats = 20, perChat = 5, firstChat = 5000): Asked[] {
  const asked: Asked[] = [];
  for (let round = 0; round < perChat; round++) {
    for (let c = 0; c < chats; c++) {
      const chatId = firstChat + c;
      const { messageId } = api.userSends(
        chatId,
        `What about ${TOPICS[round % TOPICS.length]}? (${round + 1})`,
      );
      asked.push({ chatId, messageId });
    }
  }
  return asked;
}

/** Lost, duplicated and out-of-order replies, as the users would count them. */
export function tally(api: FakeBotApi, asked: readonly Asked[]) {
  let lost = 0;
  let duplicated = 0;
  for (const q of asked) {
    const n = api.repliesTo(q.chatId, q.messageId).length;
    if (n === 0) lost++;
    if (n > 1) duplicated += n - 1;
  }
  let outOfOrder = 0;
  for (const chatId of new Set(asked.map((q) => q.chatId))) {
    const order = api.messagesIn(chatId).map((m) => m.replyTo ?? -1);
    for (let i = 1; i < order.length; i++) if ((order[i] ?? 0) < (order[i - 1] ?? 0)) outOfOrder++;
  }
  return { lost, duplicated, outOfOrder };
}

/**
 * A real redis-server on 127.0.0.1 (Debian package `redis-server`), on the given port, working
 * in a temp folder of its own (removed at stop) so nothing lands in the repository.
 */
export async function startRedis(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "redis-"));
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${log}`)), 15_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
