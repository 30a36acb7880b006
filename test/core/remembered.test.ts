import { describe, expect, it } from "vitest";
import { remembered } from "../../src/core/remembered.js";

describe("remembered", () => {
  it("returns what the function returns, computing each key once", () => {
    let calls = 0;
    const length = remembered((key) => {
      calls++;
      return key.length;
    });
    expect(length("abc")).toBe(3);
    expect(length("abc")).toBe(3);
    expect(length("")).toBe(0);
    expect(calls).toBe(2);
    expect(length.uncached("abcd")).toBe(4);
  });

  it("remembers false and undefined results too", () => {
    let calls = 0;
    const none = remembered((key): string | undefined => {
      calls++;
      return key === "x" ? "y" : undefined;
    });
    expect(none("a")).toBeUndefined();
    expect(none("a")).toBeUndefined();
    expect(calls).toBe(1);
  });

  it("stays bounded: cleared when full, and still right afterwards", () => {
    let calls = 0;
    const upper = remembered((key) => {
      calls++;
      return key.toUpperCase();
    }, 2);
    expect(["a", "b", "c", "a"].map((k) => upper(k))).toEqual(["A", "B", "C", "A"]);
    // «c» cleared the cache holding a and b, so «a» was computed again.
    expect(calls).toBe(4);
  });
});
