import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { properNounForms, properOnlyLemmas } from "../../scripts/lexicon/proper-nouns.js";
import { AppError } from "../../src/core/errors.js";
import { ProperNouns } from "../../src/translate/proper-nouns.js";

describe("Arabic proper nouns", () => {
  it("keeps the translations of words WordNet writes only capitalised, and no common word's", () => {
    const proper = properOnlyLemmas([
      ["n", "08960548 15 n 01 Damascus 0 000 | the capital of Syria"],
      ["n", "07541302 04 n 02 hope 0 Hope 0 000 | a feeling"],
      ["n", "07541303 04 n 01 despair 0 000 | no hope"],
    ]);
    expect([...proper]).toEqual(["damascus"]);
    const entries = new Map([
      ["damascus", [{ arabic: "دمشق", weight: 1 }]],
      ["hope", [{ arabic: "الأمل", weight: 1 }]],
      ["despair", [{ arabic: "اليأس", weight: 1 }]],
    ]);
    expect(properNounForms(entries, proper)).toEqual(["دمشق"]);
  });

  it("adds country names unless another ordinary word translates to them", () => {
    const entries = new Map([
      ["china", [{ arabic: "الصين", weight: 1 }]],
      ["financial", [{ arabic: "مالي", weight: 1 }]],
      ["mali", [{ arabic: "مالي", weight: 1 }]],
    ]);
    const countries = new Map([
      ["china", ["الصين"]],
      ["mali", ["مالي"]],
      ["saudi arabia", ["السعودية", "المملكة العربية السعودية"]],
    ]);
    // "china" is porcelain too, but it is the name's own key; «مالي» is also "financial".
    expect(properNounForms(entries, new Set(), countries)).toEqual(["السعودية", "الصين"]);
  });

  it("recognises a name with a glued conjunction, preposition or article", () => {
    const names = ProperNouns.parse("# header\nدمشق\nفيينا\n");
    for (const word of ["دمشق", "بدمشق", "ودمشق", "لفيينا", "فيينا"])
      expect(names.has(word), word).toBe(true);
    for (const word of ["الأمل", "دمشقي", "# header"]) expect(names.has(word), word).toBe(false);
  });

  describe("load", () => {
    it("reads the list from its file, and a missing file is an empty list", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "proper-nouns-"));
      try {
        const file = path.join(dir, "ar-proper-nouns.txt");
        await writeFile(file, "دمشق\n");
        expect((await ProperNouns.load(file)).has("بدمشق")).toBe(true);
        const missing = await ProperNouns.load(path.join(dir, "absent.txt"));
        expect(missing.has("دمشق")).toBe(false);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it("fails with a typed error keeping its cause when the file exists but cannot be read", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "proper-nouns-"));
      try {
        // A folder where the file should be: reading it fails with EISDIR, not ENOENT.
        const error = await ProperNouns.load(dir).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe("LEXICON_INVALID");
        expect((error as AppError).message).toContain(dir);
        expect(((error as AppError).cause as NodeJS.ErrnoException).code).toBe("EISDIR");
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});
