import { describe, expect, it } from "vitest";
import { packTables, unpackTables } from "../../src/translate/packed-table.js";

describe("packed string tables", () => {
  const entries: [string, string][] = [
    ["zoo", "حديقة الحيوان"],
    ["café", "مقهى"],
    ["a", ""],
    ["الإرهاب", "terrorism\tterror"],
    ["", "empty key"],
    ["😀", "emoji (a surrogate pair in UTF-16)"],
    ["\uFF5E", "after the surrogates in code points, before them in UTF-16"],
  ];

  it("finds every key, misses others, and iterates in the order given", () => {
    const [table, second] = unpackTables(packTables([entries, new Map([["x", "y"]])]));
    expect(table?.size).toBe(entries.length);
    for (const [key, value] of entries) {
      expect(table?.has(key)).toBe(true);
      expect(table?.get(key)).toBe(value);
    }
    for (const missing of ["b", "zo", "zooo", "cafe", "الارهاب", " "]) {
      expect(table?.has(missing)).toBe(false);
      expect(table?.get(missing)).toBeUndefined();
    }
    expect([...(table?.keys() ?? [])]).toEqual(entries.map(([key]) => key));
    expect(second?.get("x")).toBe("y");
  });

  it("agrees with a Map on many random keys", () => {
    const map = new Map<string, string>();
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const letters = "abcاببتثé ";
    while (map.size < 2000) {
      const length = 1 + Math.floor(random() * 6);
      let key = "";
      for (let i = 0; i < length; i++) key += letters[Math.floor(random() * letters.length)];
      map.set(key, String(map.size));
    }
    const [table] = unpackTables(packTables([map]));
    for (const [key, value] of map) expect(table?.get(key)).toBe(value);
    expect(table?.get("zzz")).toBeUndefined();
    expect([...(table?.keys() ?? [])]).toEqual([...map.keys()]);
  });

  it("refuses a damaged, truncated or foreign buffer", () => {
    const bytes = packTables([entries]);
    const flipped = Buffer.from(bytes);
    flipped[40] = (flipped[40] ?? 0) ^ 1;
    expect(() => unpackTables(flipped)).toThrow(/checksum/);
    expect(() => unpackTables(bytes.subarray(0, bytes.length - 9))).toThrow();
    expect(() => unpackTables(Buffer.from('{"json": true}'))).toThrow(/not a packed table/);
    expect(() =>
      packTables([
        [
          ["a", "1"],
          ["a", "2"],
        ],
      ]),
    ).toThrow(/duplicate/);
  });

  it("reads a buffer that does not start on a 4-byte boundary", () => {
    const bytes = packTables([entries]);
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    const [table] = unpackTables(shifted.subarray(1));
    expect(table?.get("café")).toBe("مقهى");
  });
});
