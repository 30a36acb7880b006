import { describe, expect, it } from "vitest";
import { lexiconPathFor, WIDE_LEXICON_PATH } from "../../src/app/composition.js";
import { DEFAULT_LEXICON_PATH } from "../../src/app/config.js";

/**
 * Which lexicon English questions are planned with: FreeDict alone by default, its widened
 * sibling for a corpus without any aligned translation (the dictionary is then the only
 * English evidence), and always a file chosen explicitly.
 */
describe("lexiconPathFor", () => {
  it("widens the default lexicon for a corpus without translations only", () => {
    expect(lexiconPathFor(DEFAULT_LEXICON_PATH, false)).toBe(WIDE_LEXICON_PATH);
    expect(lexiconPathFor(DEFAULT_LEXICON_PATH, true)).toBe(DEFAULT_LEXICON_PATH);
  });

  it("keeps a lexicon chosen explicitly", () => {
    expect(lexiconPathFor("/elsewhere/my-lexicon.tsv.gz", false)).toBe("/elsewhere/my-lexicon.tsv.gz");
    expect(lexiconPathFor(WIDE_LEXICON_PATH, true)).toBe(WIDE_LEXICON_PATH);
  });
});
