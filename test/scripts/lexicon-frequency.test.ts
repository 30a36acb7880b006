import { describe, expect, it } from "vitest";
import { formatFrequencies, parseSenseCounts } from "../../scripts/lexicon/frequency.js";
import { parseWordFrequencies } from "../../src/translate/frequency.js";

describe("English word frequencies from WordNet's cntlist.rev", () => {
  const cntlist = [
    "city%1:15:00:: 1 100",
    "city%1:14:00:: 2 17",
    "java%1:13:00:: 1 3",
    "polis%1:15:00:: 1 0",
    "New_York%1:15:00:: 1 40",
    "Bed%1:06:00:: 1 56",
  ].join("\n");

  it("sums a lemma's tagged senses; skips untagged lemmas and multi-word ones", () => {
    expect(parseSenseCounts(cntlist)).toEqual(
      new Map([
        ["city", 117],
        ["java", 3],
        ["bed", 56],
      ]),
    );
  });

  it("writes a file the runtime reads back as it was", () => {
    const counts = parseSenseCounts(cntlist);
    const text = formatFrequencies(counts);
    expect(text.startsWith("# ")).toBe(true);
    expect(text).toContain("WordNet 3.0 Copyright 2006");
    expect(parseWordFrequencies(text)).toEqual(counts);
  });
});
