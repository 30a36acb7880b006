/**
 * Three webhook instances sharing one real Redis (chat state, update ledger, per-chat locks)
 * behind a round-robin proxy; one is killed with SIGKILL in the middle of a burst of 100
 * questions from 20 chats. Every question gets exactly one reply, in order within its chat,
 * and follow-ups are answered in context even when the previous question went to another
 * instance. Needs `redis-server` (Debian package; .ci/run installs it): never skipped.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeBotApi } from "../fault/bot-api.js";
import {
  type Asked,
  type BotProcess,
  startBotProcess,
  startRedis,
  tally,
  waitUntil,
} from "../fault/processes.js";
import { freePort } from "./harness.js";

/** Forwards each request to the next instance in turn; an instance that is down gives a 502. */
async function roundRobin(upstreams: readonly number[]): Promise<{ url: string; server: Server }> {
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

let redis: Awaited<ReturnType<typeof startRedis>>;
beforeAll(async () => {
  redis = await startRedis(await freePort());
});
afterAll(async () => {
  await redis?.stop();
});

describe("three instances with Redis behind a round-robin proxy, one killed mid-burst", () => {
  it("lost 0, duplicated 0, out of order 0, follow-ups keep their context", async () => {
    const api = await FakeBotApi.start();
    const ports = [await freePort(), await freePort(), await freePort()];
    const proxy = await roundRobin(ports);
    const instances: BotProcess[] = [];
    try {
      for (const port of ports) {
        instances.push(
          await startBotProcess({
            API_ROOT: api.url,
            MODE: "webhook",
            REDIS_URL: redis.url,
            PORT: String(port),
            PUBLIC_URL: `${proxy.url}/telegram`,
            LEASE_MS: "2000",
          }),
        );
      }
      // Per chat: a question, a follow-up that only makes sense in context, and so on.
      const rounds = [
        "What about refugees? (1)",
        "And then? (2)",
        "What about Syria? (3)",
        "Go on (4)",
        "What about Libya? (5)",
      ];
      const asked: Array<Asked & { round: number }> = [];
      for (const [round, text] of rounds.entries()) {
        for (let c = 0; c < 20; c++) {
          const chatId = 7000 + c;
          asked.push({ chatId, messageId: api.userSends(chatId, text).messageId, round });
        }
      }
      await waitUntil(() => api.messages.length >= 30, "30 replies before the kill");
      await instances[1]?.kill();
      const before = api.messages.length;
      await waitUntil(
        () => asked.every((q) => api.repliesTo(q.chatId, q.messageId).length > 0),
        "every reply",
        60_000,
      );
      await new Promise((r) => setTimeout(r, 500));
      const result = tally(api, asked);
      const followUps = asked.filter((q) => q.round === 1 || q.round === 3);
      const withoutContext = followUps.filter(
        (q) => !api.repliesTo(q.chatId, q.messageId).every((m) => m.text.includes("Following up")),
      ).length;
      console.info("3 instances + Redis, one killed mid-burst:", {
        ...result,
        followUpsWithoutContext: withoutContext,
        repliedBeforeKill: before,
        total: asked.length,
      });
      expect(before).toBeLessThan(asked.length);
      expect(result).toEqual({ lost: 0, duplicated: 0, outOfOrder: 0 });
      expect(withoutContext).toBe(0);
    } finally {
      for (const instance of instances) await instance.kill().catch(() => {});
      proxy.server.closeAllConnections();
      proxy.server.close();
      await api.close();
    }
  }, 120_000);
});
