import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { CorpusError } from "../../src/core/errors.js";
import type { CorpusDocument } from "../../src/core/types.js";
import { loadCorpus } from "../../src/corpus/loader.js";
import {
  type AlignedTranslation,
  alignSpan,
  checkTranslation,
  loadTranslations,
  paragraphTranslation,
  translationOfSpan,
} from "../../src/corpus/translation.js";
import { translationUnits, unitsNotAligned } from "../../src/translate/units.js";

/**
 * The project's English translation of the article (corpus/*.en.json) must stay aligned with
 * the corpus bytes: every clause translated once, offsets that slice exactly the Arabic they
 * claim, nothing missing or doubled; a changed document is detected by its hash.
 */
const CORPUS = path.resolve(__dirname, "../../corpus");
const ID = "tass-2021-02-03-lavrov-safadi";
const MD = `${ID}.md`;
const JSON_FILE = `${ID}.en.json`;

let docs: CorpusDocument[];
let doc: CorpusDocument;
let translation: AlignedTranslation;
let raw: { segments: Record<string, unknown>[] } & Record<string, unknown>;
const temps: string[] = [];

beforeAll(async () => {
  docs = await loadCorpus(CORPUS);
  const found = docs.find((d) => d.id === ID);
  if (found === undefined) throw new Error("article missing");
  doc = found;
  const loaded = (await loadTranslations(CORPUS, docs)).get(ID);
  if (loaded === undefined) throw new Error("translation missing");
  translation = loaded;
  raw = JSON.parse(await readFile(path.join(CORPUS, JSON_FILE), "utf8"));
});

afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A corpus directory holding the real article and a translation edited by `edit`. */
async function corpusWith(edit: (file: typeof raw) => unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "translation-"));
  temps.push(dir);
  await copyFile(path.join(CORPUS, MD), path.join(dir, MD));
  const copy = structuredClone(raw);
  await writeFile(path.join(dir, JSON_FILE), JSON.stringify(edit(copy) ?? copy));
  return dir;
}

async function loadError(dir: string): Promise<CorpusError> {
  try {
    await loadTranslations(dir, await loadCorpus(dir));
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error("loadTranslations did not throw");
}

describe("the article's translation", () => {
  it("is not loaded as a corpus document", () => {
    expect(docs.map((d) => d.id)).toEqual([ID]);
  });

  it("verifies: every paragraph fully covered, segments are exactly the segmenter's clauses", () => {
    const check = checkTranslation(doc, translation);
    expect(check.problems).toEqual([]);
    expect(check.paragraphs).toHaveLength(13);
    for (const p of check.paragraphs) expect(p.covered).toBe(p.visible);
    // Quotation marks match, except paragraph 6's stray closing mark (see its segment's note).
    const differing = check.paragraphs.filter((p) => p.marks.ar !== p.marks.en);
    expect(differing.map((p) => [p.paragraph, p.marks.ar, p.marks.en])).toEqual([[6, 3, 2]]);
    expect(unitsNotAligned(translationUnits(doc), translation.segments)).toEqual([]);
    expect(translation.segments).toHaveLength(translationUnits(doc).length);
  });

  it("uses the names and dates English readers know", () => {
    const all = translation.segments.map((s) => s.en).join(" ");
    for (const name of [
      "Sergey Lavrov",
      "Ayman Hussein Abdullah Safadi",
      "Wednesday 3 February 2021",
      "UN Security Council resolution 2254",
      "Quartet of international mediators",
      "Arab League",
      "Arab Peace Initiative",
      "Sochi",
      "Astana process",
      "[Astana] format",
      "TASS",
    ]) {
      expect(all).toContain(name);
    }
    expect(translation.title).toMatch(/^Lavrov and Safadi/);
  });

  it("keeps the quotation structure: each quoted paragraph opens and closes its quotation", () => {
    for (const n of [2, 3, 5, 8, 9, 10]) {
      const en = paragraphTranslation(translation, n) ?? "";
      expect(en.split('"').length - 1, `paragraph ${n}`).toBe(2);
    }
    expect((paragraphTranslation(translation, 4) ?? "").split('"').length - 1).toBe(4);
  });

  it("translates a quote trimmed of its clause's trailing comma exactly, and a whole paragraph", () => {
    const [first, second] = translation.segments;
    if (first === undefined || second === undefined) throw new Error("segments missing");
    // The answerer trims «،» off the end of a clause window.
    const span = alignSpan(translation, first.start, second.end - 1);
    expect(span.exact).toBe(true);
    expect(span.segments).toHaveLength(2);
    expect(translationOfSpan(translation, first.start, second.end - 1)).toBe(
      `${first.en} ${second.en.replace(/,$/, "")}`,
    );
    const p9 = doc.paragraphs[8];
    if (p9 === undefined) throw new Error("paragraph 9 missing");
    const english = translationOfSpan(translation, p9.start, p9.end);
    expect(english).toBe(paragraphTranslation(translation, 9));
    expect(english).toContain("mid-February in the city of Sochi");
  });

  it("gives the whole clause for a span that cuts one, and says it is not exact", () => {
    const clause = translation.segments.find((s) => s.ar.includes("سوتشي"));
    if (clause === undefined) throw new Error("Sochi clause missing");
    const cut = "للاجتماع المقبل بهذا الشكل";
    const at = doc.text.indexOf(cut);
    const span = alignSpan(translation, at, at + cut.length);
    expect(span.exact).toBe(false);
    expect(translationOfSpan(translation, at, at + cut.length)).toBe(clause.en.replace(/"$/, ""));
    // Unless it is written as one of the translation's names and phrases.
    const mid = doc.text.indexOf("منتصف فبراير");
    expect(translationOfSpan(translation, mid, mid + "منتصف فبراير".length)).toBe("mid-February");
    // Touching only the punctuation or spaces between clauses pulls nothing in.
    expect(translationOfSpan(translation, clause.end, clause.end + 1)).toBeUndefined();
  });

  it("joins paragraphs with a line break and returns undefined for a paragraph that does not exist", () => {
    const p7 = doc.paragraphs[6];
    const p8 = doc.paragraphs[7];
    if (p7 === undefined || p8 === undefined) throw new Error("paragraphs missing");
    expect(translationOfSpan(translation, p7.start, p8.start + 10)).toMatch(
      /^The situation in Syria\nAccording to the Russian minister$/,
    );
    expect(paragraphTranslation(translation, 14)).toBeUndefined();
  });
});

describe("a corrupted translation fails with a message naming the file and the segment", () => {
  it("a changed offset", async () => {
    const dir = await corpusWith((f) => {
      const s = f.segments[4] as { start: number };
      s.start += 1;
    });
    const error = await loadError(dir);
    expect(error.message).toContain(JSON_FILE);
    expect(error.message).toMatch(/segment 5 \[256, 347\)/);
  });

  it("a missing segment", async () => {
    const dir = await corpusWith((f) => {
      f.segments.splice(6, 1);
    });
    const error = await loadError(dir);
    expect(error.message).toMatch(/segment 7 .*text before it is not covered by any segment: "وقد ناقشنا/);
  });

  it("a doubled segment", async () => {
    const dir = await corpusWith((f) => {
      f.segments.splice(3, 0, f.segments[3] as Record<string, unknown>);
    });
    expect((await loadError(dir)).message).toMatch(
      /segment 5 \[163, 254\): starts before the previous segment ends/,
    );
  });

  it("a wrong hash", async () => {
    const dir = await corpusWith((f) => {
      f.sourceSha256 = "0".repeat(64);
    });
    expect((await loadError(dir)).message).toMatch(/sourceSha256 0{64} does not match the document text/);
  });

  it("Arabic in the English, a bad field, and an unknown document", async () => {
    const arabic = await corpusWith((f) => {
      (f.segments[0] as { en: string }).en = "لافروف";
    });
    expect((await loadError(arabic)).message).toMatch(/segment 1 \[0, 60\): "en" contains Arabic letters/);
    const field = await corpusWith((f) => {
      (f.segments[2] as { en: string }).en = " ";
    });
    expect((await loadError(field)).message).toMatch(/segment 3 field `en`/);
    const name = await corpusWith((f) => {
      (f.names as { ar: string }[])[0] = { ar: "بوتين", en: "Putin" } as never;
    });
    expect((await loadError(name)).message).toMatch(/name 1 "بوتين" does not occur in the document/);
    const unknown = await corpusWith((f) => {
      f.doc = "some-other-article";
    });
    expect((await loadError(unknown)).message).toMatch(/unknown document "some-other-article"/);
  });

  it("a corpus without translation files has none", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "translation-"));
    temps.push(dir);
    await copyFile(path.join(CORPUS, MD), path.join(dir, MD));
    expect((await loadTranslations(dir, await loadCorpus(dir))).size).toBe(0);
  });
});
