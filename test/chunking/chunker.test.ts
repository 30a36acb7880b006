import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chunkCorpus, chunkDocument, DEFAULT_MAX_CHARS } from "../../src/chunking/chunker.js";
import { segmentSentences } from "../../src/chunking/segment.js";
import { AppError } from "../../src/core/errors.js";
import type { Chunk, CorpusDocument } from "../../src/core/types.js";
import { isBlankRange } from "../../src/core/unicode.js";
import { loadCorpus } from "../../src/corpus/loader.js";
import { bodyDocument } from "../helpers/documents.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const CORPUS_DIR = path.join(REPO, "corpus");
const XQUAD = path.resolve(REPO, "../shared/eval/xquad-dev/corpus.jsonl");
const HAS_XQUAD = existsSync(XQUAD);
if (!HAS_XQUAD) console.warn(`skipping the XQuAD chunk-invariant test: ${XQUAD} does not exist`);

const visible = (s: string): string =>
  s.replace(/[\s\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]/gu, "");

/** Check every chunk invariant for one document; returns its chunks. */
function checkInvariants(doc: CorpusDocument, maxChars = DEFAULT_MAX_CHARS): Chunk[] {
  const chunks = chunkDocument(doc, { maxChars });
  chunks.forEach((chunk, ordinal) => {
    expect(chunk.id).toBe(`${doc.id}#${ordinal}`);
    expect(chunk.docId).toBe(doc.id);
    // Text is a verbatim slice.
    expect(chunk.text).toBe(doc.text.slice(chunk.start, chunk.end));
    // Within one paragraph.
    const paragraph = doc.paragraphs.find((p) => p.number === chunk.paragraph);
    expect(paragraph).toBeDefined();
    if (!paragraph) return;
    expect(chunk.start).toBeGreaterThanOrEqual(paragraph.start);
    expect(chunk.end).toBeLessThanOrEqual(paragraph.end);
    // Whole sentences: the chunk starts at its first sentence and ends at its last; each is
    // a sentence of the paragraph's segmentation.
    const paragraphSentences = segmentSentences(doc.text, paragraph.start, paragraph.end);
    const first = chunk.sentences[0];
    const last = chunk.sentences[chunk.sentences.length - 1];
    expect(first?.start).toBe(chunk.start);
    expect(last?.end).toBe(chunk.end);
    for (const sentence of chunk.sentences) expect(paragraphSentences).toContainEqual(sentence);
    // Size: within maxChars unless it is a single over-long sentence.
    if (chunk.sentences.length > 1) expect(chunk.end - chunk.start).toBeLessThanOrEqual(maxChars);
  });
  // Coverage: every visible character of every paragraph is in exactly one chunk, in order.
  for (const paragraph of doc.paragraphs) {
    const own = chunks.filter((c) => c.paragraph === paragraph.number);
    const covered = own.map((c) => visible(c.text)).join("");
    expect(covered).toBe(visible(doc.text.slice(paragraph.start, paragraph.end)));
    for (let i = 1; i < own.length; i++) {
      const prev = own[i - 1];
      const next = own[i];
      if (prev && next) {
        expect(next.start).toBeGreaterThanOrEqual(prev.end);
        expect(isBlankRange(doc.text, prev.end, next.start)).toBe(true);
      }
    }
  }
  return chunks;
}

describe("chunkDocument", () => {
  it("packs whole sentences greedily up to maxChars and never crosses a paragraph", () => {
    const p1 = "الجملة الأولى هنا. الجملة الثانية هنا. الجملة الثالثة هنا.";
    const p2 = "فقرة ثانية قصيرة.";
    const doc = bodyDocument(`${p1}\n${p2}\n`);
    const s1 = "الجملة الأولى هنا.";
    // Room for exactly two sentences of the first paragraph.
    const twoSentences = `${s1} الجملة الثانية هنا.`.length;
    const chunks = checkInvariants(doc, twoSentences);
    expect(chunks.map((c) => [c.id, c.paragraph, c.text])).toEqual([
      ["doc#0", 1, `${s1} الجملة الثانية هنا.`],
      ["doc#1", 1, "الجملة الثالثة هنا."],
      ["doc#2", 2, p2],
    ]);
    expect(chunks[0]?.sentences).toHaveLength(2);
    // One unit less and the first two no longer fit together.
    expect(chunkDocument(doc, { maxChars: twoSentences - 1 })[0]?.text).toBe(s1);
  });

  it("keeps a sentence longer than maxChars whole, as its own chunk", () => {
    const long = `بدأ ${"الاجتماع ".repeat(20).trim()} اليوم.`;
    const doc = bodyDocument(`قصيرة. ${long} قصيرة أخرى.`);
    const chunks = checkInvariants(doc, 40);
    expect(chunks.map((c) => c.text)).toEqual(["قصيرة.", long, "قصيرة أخرى."]);
  });

  it("puts a heading and a credit line in chunks of their own paragraphs", () => {
    const doc = bodyDocument("نص الفقرة الأولى.\nالوضع في سوريا\nنص آخر.\nالمصدر: تاس");
    const chunks = checkInvariants(doc);
    expect(chunks.map((c) => [c.paragraph, c.text])).toEqual([
      [1, "نص الفقرة الأولى."],
      [2, "الوضع في سوريا"],
      [3, "نص آخر."],
      [4, "المصدر: تاس"],
    ]);
  });

  it("uses offsets into a CRLF text and excludes the line breaks", () => {
    const text = "أكا الوزيرُ الروسـي.\r\n\r\nوأكد الجانبان.\r\n";
    const chunks = checkInvariants(bodyDocument(text));
    expect(chunks.map((c) => c.text)).toEqual(["أكا الوزيرُ الروسـي.", "وأكد الجانبان."]);
  });

  it("rejects a non-positive or fractional maxChars", () => {
    const doc = bodyDocument("نص.");
    expect(() => chunkDocument(doc, { maxChars: 0 })).toThrow(AppError);
    expect(() => chunkDocument(doc, { maxChars: 1.5 })).toThrow(/maxChars/);
  });

  it("chunkCorpus numbers chunks per document", () => {
    const chunks = chunkCorpus([bodyDocument("نعم. كلا.", "a"), bodyDocument("ربما.", "b")], { maxChars: 2 });
    expect(chunks.map((c) => c.id)).toEqual(["a#0", "a#1", "b#0"]);
  });
});

describe("chunk invariants on real corpora", () => {
  it("holds on the repository corpus", async () => {
    const docs = await loadCorpus(CORPUS_DIR);
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      const chunks = checkInvariants(doc);
      expect(chunks.length).toBeGreaterThanOrEqual(doc.paragraphs.length);
      checkInvariants(doc, 120);
    }
  });

  it.skipIf(!HAS_XQUAD)(
    `holds on the first 20 documents of ${path.relative(REPO, XQUAD)} (skipped when the file is absent)`,
    async () => {
      const docs = (await loadCorpus(XQUAD)).slice(0, 20);
      expect(docs).toHaveLength(20);
      for (const doc of docs) {
        checkInvariants(doc);
        checkInvariants(doc, 150);
      }
    },
  );
});
