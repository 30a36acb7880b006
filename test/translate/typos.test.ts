import { describe, expect, it } from "vitest";
import { oneEditAway } from "../../src/translate/typos.js";

describe("oneEditAway", () => {
  it("lists transpositions, deletions, insertions and substitutions, without the word itself", () => {
    const edits = oneEditAway("form");
    expect(edits).toContain("from"); // adjacent letters swapped
    expect(edits).toContain("frm"); // one deleted
    expect(edits).toContain("forms"); // one inserted, at either end or inside
    expect(edits).toContain("aform");
    expect(edits).toContain("farm"); // one replaced
    expect(edits).not.toContain("form");
    expect(edits).not.toContain("fro"); // two edits
    expect(new Set(edits).size).toBe(edits.length);
    // 3 transpositions + 4 deletions + 26·5 insertions + 25·4 substitutions, less duplicates.
    expect(edits.length).toBeLessThanOrEqual(3 + 4 + 130 + 100);
  });

  it("orders the edits deterministically: swaps, then deletions", () => {
    expect(oneEditAway("ab").slice(0, 3)).toEqual(["ba", "b", "a"]);
  });
});
