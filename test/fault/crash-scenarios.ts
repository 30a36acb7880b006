/**
 * The crash scenarios, written once for the fault tests (which assert on their figures) and
 * `npm run bench` (which reports them): a bot process killed with SIGKILL in the middle of a
 * burst of 100 questions from 20 chats and started again on the same ledger; three webhook
 * instances sharing one Redis behind a round-robin proxy, one of them killed mid-burst.
 * Each returns what the users would count: lost, duplicated and out-of-order replies.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../bot/harness.js";
import { FakeBotApi } from "./bot-api.js";
import { type Asked, type BotProcess, burst, startBotProcess, tally, waitUntil } from "./processes.js";

export interface CrashResult {
  readonly lost: number;
  readonly duplicated: number;
  readonly outOfOrder: number;
  /** Replies already sent when the bot was killed (less than `total`: the kill was mid-burst). */
  readonly repliedBeforeCrash: number;
  readonly total: number;
  /** Replies whose send was cut by the kill and found in the chat instead of being sent again. */
  readonly foundByProbe: number;
  /** From the restart to the last question answered. */
  readonly recoveryMs: number;
}

/** Room for a late duplicate to show up after the last expected reply. */
const SETTLE_MS = 500;

/** Waits (60 s at most) until every question has a reply; returns the ms since `since`. */
async function everyReplySince(api: FakeBotApi, asked: readonly Asked[], since: number): Promise<number> {
  await waitUntil(
    () => asked.every((q) => api.repliesTo(q.chatId, q.messageId).length > 0),
    "every reply",
    60_000,
  );
  const ms = performance.now() - since;
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return ms;
}

export async function crashMidBurst(mode: "polling" | "webhook"): Promise<CrashResult> {
  const api = await FakeBotApi.start();
  const dir = await mkdtemp(path.join(tmpdir(), "bot-ledger-"));
  const port = await freePort();
  const env = { API_ROOT: api.url, MODE: mode, LEDGER: path.join(dir, "ledger.jsonl"), PORT: String(port) };
  const running: BotProcess[] = [];
  try {
    const first = await startBotProcess(env);
    running.push(first);
    const asked = burst(api);
    await waitUntil(() => api.messages.length >= 30, "30 replies before the crash");
    await first.kill();
    const before = api.messages.length;
    const restarted = performance.now();
    const second = await startBotProcess(env);
    running.push(second);
    const recoveryMs = await everyReplySince(api, asked, restarted);
    await second.stop();
    const log = second.output.join("");
    return {
      ...tally(api, asked),
      repliedBeforeCrash: before,
      total: asked.length,
      foundByProbe: log.split("was found; not sending it again").length - 1,
      recoveryMs,
    };
  } finally {
    for (const bot of running) await bot.kill().catch(() => undefined);
    await api.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Forwards each request to the next instance in turn; an instance that is down gives a 502. */
export async function roundRobin(upstreams: readonly number[]): Promise<{ url: string; server: Server }> {
  let turn = 0;
  const server = createServer((req, res) => {
    const port = upstreams[turn++ % upstreams.length];
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      fetch(`http://127.0.0.1:${port}${req.url ?? "/"}`, {
        method: req.method,
        headers: Object.fromEntries(
          Object.entries(req.headers).filter(([k]) => !["host", "connection", "content-length"].includes(k)),
        ) as Record<string, string>,
        body: req.method === "GET" ? undefined : Buffer.concat(chunks),
      }).then(
        async (upstream) => res.writeHead(upstream.status).end(Buffer.from(await upstream.arrayBuffer())),
        () => res.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface InstancesResult {
  readonly instances: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly outOfOrder: number;
  /** Follow-ups ("And then?", "Go on") whose reply was not answered in the chat's context. */
  readonly followUpsWithoutContext: number;
  readonly followUps: number;
  readonly repliedBeforeKill: number;
  readonly total: number;
  /** From the kill to the last question answered. */
  readonly recoveryMs: number;
}

/** Per chat: a question, a follow-up that only makes sense in context, and so on. */
const ROUNDS = [
  "What about refugees? (1)",
  "And then? (2)",
  "What about Syria? (3)",
  "Go on (4)",
  "What about Libya? (5)",
];
const FOLLOW_UP_ROUNDS = new Set([1, 3]);

/**
 * Start webhook instance `i` on `ports[i]`. A free port is only free when it was probed: an
 * outgoing connection of a test running beside this one may take it before the bot listens
 * (EADDRINUSE), and then the instance starts on another, which `ports` records for the proxy.
 */
async function startOnFreePort(
  ports: number[],
  i: number,
  apiUrl: string,
  redisUrl: string,
  proxyUrl: string,
): Promise<BotProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startBotProcess({
        API_ROOT: apiUrl,
        MODE: "webhook",
        REDIS_URL: redisUrl,
        PORT: String(ports[i]),
        PUBLIC_URL: `${proxyUrl}/telegram`,
        LEASE_MS: "2000",
      });
    } catch (error) {
      if (attempt >= 3 || !/EADDRINUSE/.test(String(error))) throw error;
      ports[i] = await freePort();
    }
  }
}

/**
 * Three webhook instances on one Redis (`redisUrl`) behind a round-robin proxy; the second is
 * killed with SIGKILL after 30 of the 100 replies.
 */
export async function instancesWithRedis(redisUrl: string, chats = 20): Promise<InstancesResult> {
  const api = await FakeBotApi.start();
  const ports = [await freePort(), await freePort(), await freePort()];
  // The proxy reads `ports` on every request, so a port taken meanwhile can be replaced.
  const proxy = await roundRobin(ports);
  const instances: BotProcess[] = [];
  try {
    for (const [i] of ports.entries())
      instances.push(await startOnFreePort(ports, i, api.url, redisUrl, proxy.url));
    const asked: Array<Asked & { round: number }> = [];
    for (const [round, text] of ROUNDS.entries()) {
      for (let c = 0; c < chats; c++) {
        const chatId = 7000 + c;
        asked.push({ chatId, messageId: api.userSends(chatId, text).messageId, round });
      }
    }
    await waitUntil(() => api.messages.length >= 30, "30 replies before the kill");
    await instances[1]?.kill();
    const killed = performance.now();
    const before = api.messages.length;
    const recoveryMs = await everyReplySince(api, asked, killed);
    const followUps = asked.filter((q) => FOLLOW_UP_ROUNDS.has(q.round));
    const withoutContext = followUps.filter(
      (q) => !api.repliesTo(q.chatId, q.messageId).every((m) => m.text.includes("Following up")),
    ).length;
    return {
      instances: ports.length,
      ...tally(api, asked),
      followUpsWithoutContext: withoutContext,
      followUps: followUps.length,
      repliedBeforeKill: before,
      total: asked.length,
      recoveryMs,
    };
  } finally {
    for (const instance of instances) await instance.kill().catch(() => {});
    proxy.server.closeAllConnections();
    proxy.server.close();
    await api.close();
  }
}
