/**
 * Aligned translations of corpus documents: the project's own English rendering of an Arabic
 * document, kept beside it in `corpus/<doc id>.en.json` (the corpus loader reads only .md,
 * .txt and .jsonl, so it never takes this file for a document).
 *
 * File format (UTF-8 JSON):
 *
 *   { "doc": "<document id>", "lang": "en", "translator": "project (not TASS)",
 *     "title": "<English headline>", "sourceSha256": "<sha256 hex of the document text>",
 *     "segments": [ { "start": 0, "end": 60, "ar": "<exact Arabic slice>", "en": "…",
 *                     "note": "optional translator's comment" }, … ] }
 *
 * Offsets are UTF-16, half-open, into `CorpusDocument.text` (as in `core/types.ts`). The
 * segments are the document's clauses (see `translate/units.ts`), in order, without overlap,
 * each inside one paragraph, and together they cover every visible character of the text, so
 * any quoted span the product shows is a union of whole segments. The English of consecutive
 * segments reads as one text when joined with a space. A translation is ours, not the
 * source's: front ends label it and never show it inside the «…» of a quote.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { CorpusError } from "../core/errors.js";
import type { CorpusDocument } from "../core/types.js";
import { checkTranslation } from "./translation-check.js";

export {
  checkTranslation,
  type ParagraphCoverage,
  type TranslationCheck,
  textSha256,
} from "./translation-check.js";

export interface AlignedSegment {
  readonly start: number;
  readonly end: number;
  /** Exactly `document.text.slice(start, end)`. */
  readonly ar: string;
  /** The English rendering; never contains Arabic letters. */
  readonly en: string;
  /** Translator's comment (a typo in the source, a rendering choice). */
  readonly note?: string;
}

/** What a translation file holds. */
export interface TranslationFile {
  readonly doc: string;
  readonly lang: "en";
  readonly translator: string;
  readonly title: string;
  readonly sourceSha256: string;
  readonly segments: readonly AlignedSegment[];
  /**
   * Names and fixed phrases as English readers know them (people with their offices, places,
   * bodies, dates), each as written somewhere in the document: `{ "ar": "سيرغي لافروف", "en":
   * "Sergey Lavrov" }`; they render quotes cut from inside a clause. Optional.
   */
  readonly names?: readonly { readonly ar: string; readonly en: string }[];
}

/** A verified translation: segments also carry the number of the paragraph they lie in. */
export interface AlignedTranslation extends TranslationFile {
  readonly segments: readonly (AlignedSegment & { readonly paragraph: number })[];
  /** The file it came from (for messages). */
  readonly file: string;
}

/** Suffix of translation files: `<doc id>.en.json`. */
export const TRANSLATION_SUFFIX = ".en.json";

export function translationFileName(docId: string): string {
  return `${docId}${TRANSLATION_SUFFIX}`;
}

const segmentSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    ar: z.string().min(1),
    en: z.string().trim().min(1),
    note: z.string().optional(),
  })
  .strict();

const nameSchema = z.object({ ar: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();

const fileSchema = z
  .object({
    doc: z.string().min(1),
    lang: z.literal("en"),
    translator: z.string().trim().min(1),
    title: z.string().trim().min(1),
    sourceSha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"),
    segments: z.array(segmentSchema).min(1),
    names: z.array(nameSchema).optional(),
  })
  .strict();

/** Parse a translation file's JSON (shape only); throws a CorpusError naming the file and field. */
export function parseTranslationFile(content: string, file: string): TranslationFile {
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\ufeff/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CorpusError(file, `bad JSON (${reason})`, { cause: error });
  }
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue?.path[0] === "segments" && typeof issue.path[1] === "number"
        ? `segment ${issue.path[1] + 1}${issue.path.length > 2 ? ` field \`${issue.path.slice(2).join(".")}\`` : ""}`
        : `field \`${issue?.path.join(".") ?? "?"}\``;
    throw new CorpusError(file, `${where}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** Verify a parsed file against its document; throws a CorpusError naming the file and the first problem. */
export function verifyTranslation(
  doc: CorpusDocument,
  parsed: TranslationFile,
  file: string,
): AlignedTranslation {
  const { problems } = checkTranslation(doc, parsed);
  if (problems.length > 0) {
    const more =
      problems.length > 1
        ? ` (and ${problems.length - 1} more problem(s); run npm run translation:check)`
        : "";
    throw new CorpusError(file, `${problems[0]}${more}`);
  }
  const paragraphOf = (start: number) =>
    doc.paragraphs.find((p) => start >= p.start && start < p.end)?.number ?? 0;
  return {
    ...parsed,
    segments: parsed.segments.map((s) => ({ ...s, paragraph: paragraphOf(s.start) })),
    file,
  };
}

/** Translation files of a directory, sorted; a missing directory has none. */
export async function listTranslationFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new CorpusError(dir, `cannot read directory (${(error as Error).message})`, { cause: error });
  }
  return names
    .filter((n) => n.endsWith(TRANSLATION_SUFFIX) && !n.startsWith("."))
    .sort()
    .map((n) => path.join(dir, n));
}

async function isDirectory(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Where translations of a corpus live: the corpus directory, or the directory of a corpus file. */
export async function translationDirectory(corpusPath: string): Promise<string> {
  return (await isDirectory(corpusPath)) ? corpusPath : path.dirname(corpusPath);
}

/**
 * Load and verify every `*.en.json` beside the corpus: `corpusPath` is the corpus directory
 * (or a corpus file, whose directory is searched). Returns doc id → translation; documents
 * without a file are simply absent. All-or-nothing like the corpus: a malformed or misaligned
 * file, two files for one document, or (for a directory) a file whose document is not in
 * `documents` throws a CorpusError naming the file and the segment.
 */
export async function loadTranslations(
  corpusPath: string,
  documents: readonly CorpusDocument[],
): Promise<Map<string, AlignedTranslation>> {
  const isDir = await isDirectory(corpusPath);
  const dir = isDir ? corpusPath : path.dirname(corpusPath);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const out = new Map<string, AlignedTranslation>();
  for (const file of await listTranslationFiles(dir)) {
    let content: string;
    try {
      content = await readFile(file, "utf8");
    } catch (error) {
      throw new CorpusError(file, `cannot read file (${(error as Error).message})`, { cause: error });
    }
    const parsed = parseTranslationFile(content, file);
    const doc = byId.get(parsed.doc);
    if (doc === undefined) {
      // A corpus file given alone: translations of the directory's other documents are not ours.
      if (!isDir) continue;
      throw new CorpusError(
        file,
        `translation of unknown document "${parsed.doc}" (no such id in the corpus)`,
      );
    }
    const previous = out.get(doc.id);
    if (previous !== undefined) {
      throw new CorpusError(file, `second translation of "${doc.id}" (already in ${previous.file})`);
    }
    out.set(doc.id, verifyTranslation(doc, parsed, file));
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The segments a span of the document touches: those sharing at least one letter or digit
 * with `[start, end)` (so a quote trimmed of a clause's trailing «،» still maps to the clause,
 * and a span that only touches punctuation of a neighbour does not pull it in). `exact` is
 * true when the span holds every letter and digit of those segments, i.e. the English says
 * no more than the quote; false when the span cuts a segment, in which case the English is
 * that of the whole clauses around it.
 */
export function alignSpan(
  t: AlignedTranslation,
  start: number,
  end: number,
): { segments: AlignedTranslation["segments"]; exact: boolean } {
  const segments = t.segments.filter((s) => {
    const from = Math.max(s.start, start);
    const to = Math.min(s.end, end);
    return to > from && WORD_CHAR.test(s.ar.slice(from - s.start, to - s.start));
  });
  const exact =
    segments.length > 0 &&
    segments.every(
      (s) =>
        !WORD_CHAR.test(s.ar.slice(0, Math.max(0, start - s.start))) &&
        !WORD_CHAR.test(s.ar.slice(Math.max(0, end - s.start))),
    );
  return { segments, exact };
}

/** Join segment English: a space inside a paragraph, a line break between paragraphs. */
export function joinSegments(segments: AlignedTranslation["segments"]): string {
  let out = "";
  segments.forEach((s, i) => {
    const previous = segments[i - 1];
    out += previous === undefined ? "" : previous.paragraph === s.paragraph ? " " : "\n";
    out += s.en.trim();
  });
  return out;
}

/**
 * Proclitics glued to a name in running text: «والصفدي»، «بموسكو»، «لروسيا». One letter on the
 * unnormalised text, not `withoutArticle`: the translation's names are written as in the
 * document, with their article.
 */
const PROCLITIC = /^[وفبلك]/;
/** Punctuation that may lead or trail a quoted name or phrase («…الصفدي،»). */
const EDGE_PUNCTUATION = /^[\s،,؛;:.«»"]+|[\s،,؛;:.«»"]+$/gu;
// Names are written as in the document (checked at load) and quotes are slices of it: no
// normalisation is needed beyond edge punctuation and spacing.
const nameKey = (text: string) => text.replace(EDGE_PUNCTUATION, "").replace(/\s+/g, " ").trim();

/**
 * The English of a name written as `arabic` (e.g. «سيرغي لافروف» → "Sergey Lavrov"), from the
 * translation's `names`: the same words (edge punctuation and spacing aside), or the same
 * words after one proclitic (و ف ب ل ك). Undefined otherwise.
 */
export function nameTranslation(t: AlignedTranslation, arabic: string): string | undefined {
  const names = t.names ?? [];
  const wanted = nameKey(arabic);
  if (wanted.length === 0) return undefined;
  const exact = names.find((n) => nameKey(n.ar) === wanted);
  if (exact !== undefined || !PROCLITIC.test(wanted)) return exact?.en;
  return names.find((n) => nameKey(n.ar) === wanted.slice(1))?.en;
}

/**
 * English for a quoted span, and whether it says no more than the span: the joined English of
 * the segments it touches (see `alignSpan`); when the span cuts a segment and is written
 * exactly as one of the translation's `names` (a person with their office, quoted from inside
 * a clause), that name's English. Undefined when the span touches no segment.
 */
export function spanTranslation(
  t: AlignedTranslation,
  start: number,
  end: number,
): { en: string; exact: boolean } | undefined {
  const { segments, exact } = alignSpan(t, start, end);
  if (segments.length === 0) return undefined;
  if (!exact) {
    // Segments are separated by whitespace only, so their parts rebuild the span's words.
    const text = segments
      .map((s) => s.ar.slice(Math.max(0, start - s.start), Math.max(0, end - s.start)))
      .join(" ");
    const name = nameTranslation(t, text);
    if (name !== undefined) return { en: name, exact: true };
  }
  return { en: tidyEnglish(joinSegments(segments)), exact };
}

/**
 * English of clauses shown on their own: no trailing «,» «;» «:» (the answerer trims them off
 * the Arabic quote too), and no unpaired quotation mark at either end (the quotation opens or
 * closes in a clause not shown; front ends put their own marks around a translation).
 */
export function tidyEnglish(text: string): string {
  let out = text.trim().replace(/[,;:]+("?)$/u, "$1");
  if ((out.match(/"/g) ?? []).length % 2 === 1) {
    if (out.startsWith('"')) out = out.slice(1);
    else if (out.endsWith('"')) out = out.slice(0, -1);
  }
  return out.trim();
}

/**
 * English for a quoted span (`spanTranslation`), or undefined when it touches no segment.
 * Quotes the offline answerer makes are unions of whole clauses, or names and offices listed
 * in `names`, so this is their exact translation; any other span cutting a clause (a model's
 * quote) gets the whole clause's English — wider than the quote, never half a sentence.
 */
export function translationOfSpan(t: AlignedTranslation, start: number, end: number): string | undefined {
  return spanTranslation(t, start, end)?.en;
}

/** English of one whole paragraph (1-based number), or undefined when it has no segment. */
export function paragraphTranslation(t: AlignedTranslation, paragraphNumber: number): string | undefined {
  const segments = t.segments.filter((s) => s.paragraph === paragraphNumber);
  return segments.length === 0 ? undefined : joinSegments(segments);
}

/** Serialise a translation file the way the repository stores it (one segment per block). */
export function formatTranslationFile(file: TranslationFile): string {
  // A replacer list keeps these keys only (dropping a loaded translation's `paragraph`, `file`), in this order.
  const top = ["doc", "lang", "translator", "title", "sourceSha256", "segments", "names"];
  const fields = [...top, "start", "end", "ar", "en", "note"];
  return `${JSON.stringify(file, fields, 2)}\n`;
}
