/**
 * The Redis store on a real redis-server (started here on 127.0.0.1; never skipped), seen from
 * two connections as two instances would see it: rate limits, /lang choices, the ledger's
 * deduplication and per-chat order, and per-chat leases.
 */
import type { Update } from "telegraf/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisStore } from "../../src/bot/redis-store.js";
import { createRedactor } from "../../src/core/redact.js";
import { startRedis } from "../fault/processes.js";
import { captureLogger, freePort } from "./harness.js";

let redis: Awaited<ReturnType<typeof startRedis>>;
let a: RedisStore;
let b: RedisStore;

beforeAll(async () => {
  redis = await startRedis(await freePort());
  const options = {
    url: redis.url,
    logger: captureLogger().logger,
    redact: createRedactor([]),
    prefix: "t:",
  };
  a = await RedisStore.connect(options);
  b = await RedisStore.connect(options);
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await redis?.stop();
});

const update = (id: number, chatId: number) =>
  ({
    update_id: id,
    message: { message_id: id, date: 0, chat: { id: chatId, type: "private", first_name: "U" }, text: "q" },
  }) as unknown as Update;

describe("RedisStore shared by two instances", () => {
  it("one rate limit across instances: max allowed, one notice, then silence", async () => {
    const limit = { max: 3, windowMs: 60_000 };
    const kinds = [];
    for (let i = 0; i < 6; i++) kinds.push((await (i % 2 === 0 ? a : b).admit("user-1", limit)).kind);
    expect(kinds).toEqual(["allow", "allow", "allow", "notify", "drop", "drop"]);
  });

  it("a /lang choice made on one instance holds on the other", async () => {
    expect(await b.language("user-2")).toBeUndefined();
    await a.setLanguage("user-2", "ar");
    expect(await b.language("user-2")).toBe("ar");
  });

  it("records each update_id once, whichever instance receives it, and hands out a chat's updates in order", async () => {
    expect(await a.record([update(11, 900), update(10, 900)])).toEqual([true, true]);
    expect(await b.record([update(10, 900), update(12, 901)])).toEqual([false, true]);
    expect((await b.chatsWithWork()).sort()).toEqual(["900", "901"]);
    expect((await b.next("900"))?.update.update_id).toBe(10);
    await b.finish(10, "900");
    expect((await a.next("900"))?.update.update_id).toBe(11);
    await a.finish(11, "900");
    expect(await a.next("900")).toBeUndefined();
    expect(await a.chatsWithWork()).toEqual(["901"]);
    expect(await b.lastUpdateId()).toBe(12);
  });

  it("a chat's lease is held by one instance at a time and passes on when it expires", async () => {
    const lease = await a.acquire("900", 300);
    expect(lease).toBeDefined();
    expect(await b.acquire("900", 300)).toBeUndefined();
    expect(await lease?.renew()).toBe(true);
    await new Promise((r) => setTimeout(r, 400)); // a dies holding it
    const taken = await b.acquire("900", 300);
    expect(taken).toBeDefined();
    expect(await lease?.renew()).toBe(false); // the old holder learns it lost the chat
    await lease?.release(); // and cannot release the new holder's lease
    expect(await a.acquire("900", 300)).toBeUndefined();
    await taken?.release();
    expect(await a.acquire("900", 300)).toBeDefined();
  });
});
