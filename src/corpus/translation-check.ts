/**
 * Checking an aligned translation against its document (see `translation.ts` for the file
 * format): every problem found, not only the first, and coverage per paragraph, for the
 * loader (which stops at the first problem) and for `npm run translation:check`.
 */
import { createHash } from "node:crypto";
import type { CorpusDocument } from "../core/types.js";
import { hasArabicLetter, isBlankRange } from "../core/unicode.js";
import type { TranslationFile } from "./translation.js";

/** SHA-256 (hex) of a document's text as UTF-8: what `sourceSha256` must equal. */
export function textSha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** How much of one paragraph the segments cover (for the checker). */
export interface ParagraphCoverage {
  readonly paragraph: number;
  readonly segments: number;
  /** Visible (non-blank) UTF-16 units of the paragraph, and how many lie inside segments. */
  readonly visible: number;
  readonly covered: number;
  /** Quotation marks (" “ ” « ») in the Arabic and in the English: a review hint where they differ. */
  readonly marks: { readonly ar: number; readonly en: number };
}

const QUOTATION_MARKS = /["\u201c\u201d\u00ab\u00bb]/g;
const countMarks = (text: string) => (text.match(QUOTATION_MARKS) ?? []).length;

export interface TranslationCheck {
  /** Every problem found, each naming the segment (1-based) it concerns; empty when valid. */
  readonly problems: readonly string[];
  readonly paragraphs: readonly ParagraphCoverage[];
}

const preview = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Check a parsed translation against its document without stopping at the first problem:
 * the hash, each segment's offsets and Arabic text, order and overlap, paragraph crossing,
 * Arabic letters in the English, and text left uncovered (per paragraph).
 */
export function checkTranslation(doc: CorpusDocument, file: TranslationFile): TranslationCheck {
  const problems: string[] = [];
  const text = doc.text;
  if (file.doc !== doc.id) problems.push(`is for document "${file.doc}", not "${doc.id}"`);
  const sha = textSha256(text);
  if (file.sourceSha256 !== sha) {
    problems.push(
      `sourceSha256 ${file.sourceSha256} does not match the document text (${sha}): the document changed; realign the translation`,
    );
  }
  const coveredAt = new Uint8Array(text.length);
  let previousEnd = 0;
  file.segments.forEach((segment, i) => {
    const name = `segment ${i + 1} [${segment.start}, ${segment.end})`;
    if (segment.end <= segment.start || segment.end > text.length) {
      problems.push(`${name}: offsets outside the document (length ${text.length}) or empty`);
      return;
    }
    if (segment.start < previousEnd) {
      problems.push(
        `${name}: starts before the previous segment ends (${previousEnd}): overlap or out of order`,
      );
    } else if (!isBlankRange(text, previousEnd, segment.start)) {
      problems.push(
        `${name}: text before it is not covered by any segment: ${preview(text.slice(previousEnd, segment.start).trim())}`,
      );
    }
    previousEnd = Math.max(previousEnd, segment.end);
    const actual = text.slice(segment.start, segment.end);
    if (segment.ar !== actual) {
      problems.push(
        `${name}: "ar" ${preview(segment.ar)} differs from the document text there ${preview(actual)}`,
      );
    }
    const paragraph = doc.paragraphs.find((p) => segment.start >= p.start && segment.start < p.end);
    if (paragraph === undefined || segment.end > paragraph.end) {
      problems.push(`${name}: not inside one paragraph`);
    }
    if (hasArabicLetter(segment.en)) problems.push(`${name}: "en" contains Arabic letters`);
    coveredAt.fill(1, segment.start, segment.end);
  });
  file.names?.forEach((name, i) => {
    if (!text.includes(name.ar))
      problems.push(`name ${i + 1} ${preview(name.ar)} does not occur in the document`);
    if (hasArabicLetter(name.en)) problems.push(`name ${i + 1}: "en" contains Arabic letters`);
  });
  if (!isBlankRange(text, previousEnd, text.length)) {
    problems.push(`text after the last segment is not covered: ${preview(text.slice(previousEnd).trim())}`);
  }
  const paragraphs = doc.paragraphs.map((p) => {
    let visible = 0;
    let covered = 0;
    for (let i = p.start; i < p.end; i++) {
      if (isBlankRange(text, i, i + 1)) continue;
      visible++;
      if (coveredAt[i] === 1) covered++;
    }
    const inside = file.segments.filter((s) => s.start >= p.start && s.start < p.end);
    const marks = {
      ar: countMarks(text.slice(p.start, p.end)),
      en: countMarks(inside.map((s) => s.en).join(" ")),
    };
    return { paragraph: p.number, segments: inside.length, visible, covered, marks };
  });
  return { problems, paragraphs };
}
