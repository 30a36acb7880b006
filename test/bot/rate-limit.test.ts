import { describe, expect, it } from "vitest";
import { LruMap } from "../../src/bot/lru.js";
import { RateLimiter } from "../../src/bot/rate-limit.js";

describe("RateLimiter", () => {
  it("a burst gets at most max answers and exactly one notice", () => {
    let now = 1_000;
    const limiter = new RateLimiter({ max: 3, windowMs: 30_000, now: () => now });
    const decisions = Array.from({ length: 10 }, () => {
      now += 10;
      return limiter.check(42).kind;
    });
    expect(decisions).toEqual([
      "allow",
      "allow",
      "allow",
      "notify",
      "drop",
      "drop",
      "drop",
      "drop",
      "drop",
      "drop",
    ]);
  });

  it("says when the window frees up, and allows again (with a fresh notice) afterwards", () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 2, windowMs: 1_000, now: () => now });
    limiter.check("u");
    now = 400;
    limiter.check("u");
    now = 500;
    expect(limiter.check("u")).toEqual({ kind: "notify", retryAfterMs: 500 });
    now = 1_001;
    expect(limiter.check("u").kind).toBe("allow");
    expect(limiter.check("u").kind).toBe("notify");
    expect(limiter.check("u").kind).toBe("drop");
  });

  it("keeps users apart", () => {
    const limiter = new RateLimiter({ max: 1, windowMs: 1_000, now: () => 0 });
    expect(limiter.check(1).kind).toBe("allow");
    expect(limiter.check(2).kind).toBe("allow");
    expect(limiter.check(1).kind).toBe("notify");
  });

  it("stays bounded in memory", () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 1, windowMs: 10, now: () => now, maxKeys: 100 });
    for (let user = 0; user < 1_000; user++) {
      now += 1;
      limiter.check(user);
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});

describe("LruMap", () => {
  it("evicts the least recently used entry", () => {
    const map = new LruMap<string, number>(2);
    map.set("a", 1).set("b", 2);
    expect(map.get("a")).toBe(1);
    map.set("c", 3);
    expect(map.has("b")).toBe(false);
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
    expect(map.size).toBe(2);
  });
});
