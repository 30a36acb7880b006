/**
 * Three webhook instances sharing one real Redis (chat state, update ledger, per-chat locks)
 * behind a round-robin proxy; one is killed with SIGKILL in the middle of a burst of 100
 * questions from 20 chats. Every question gets exactly one reply, in order within its chat,
 * and follow-ups are answered in context even when the previous question went to another
 * instance. Needs `redis-server` (Debian package; .ci/run installs it): never skipped.
 * The scenario is shared with `npm run bench` (test/fault/crash-scenarios.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instancesWithRedis } from "../fault/crash-scenarios.js";
import { startRedis } from "../fault/processes.js";
import { freePort } from "./harness.js";

let redis: Awaited<ReturnType<typeof startRedis>>;
beforeAll(async () => {
  redis = await startRedis(await freePort());
});
afterAll(async () => {
  await redis?.stop();
});

describe("three instances with Redis behind a round-robin proxy, one killed mid-burst", () => {
  it("lost 0, duplicated 0, out of order 0, follow-ups keep their context", async () => {
    const result = await instancesWithRedis(redis.url);
    console.info("3 instances + Redis, one killed mid-burst:", result);
    expect(result.repliedBeforeKill).toBeLessThan(result.total);
    expect(result).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0, followUpsWithoutContext: 0 });
  }, 120_000);
});
