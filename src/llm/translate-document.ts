import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { HumanMessage } from "@langchain/core/messages";
import { z } from "zod";
import { AppError, describeError, ProviderError } from "../core/errors.js";
import type { CorpusDocument } from "../core/types.js";
import { hasArabicLetter } from "../core/unicode.js";
import {
  type AlignedSegment,
  formatTranslationFile,
  loadTranslations,
  type TranslationFile,
  textSha256,
  translationDirectory,
  translationFileName,
  verifyTranslation,
} from "../corpus/translation.js";
import { translationUnits } from "../translate/units.js";
import { type ChatRunnable, deadlineSignal, streamText, withRetries } from "./call.js";
import { defuseDelimiters } from "./messages.js";
import { MalformedOutputError, stripThinking } from "./output.js";
import { placeholdersOf } from "./prompts.js";

/**
 * Machine translation of a document into an aligned translation file (`ingest --translate`):
 * the document is cut into the project's translation units (clauses), and the model is asked,
 * one call per paragraph (plus one for the headline), for the English of each numbered clause
 * as JSON. The model never writes Arabic: every `ar` and offset in the file comes from the
 * document itself, and English containing Arabic letters is rejected. The result is verified
 * like a hand-made file before it is written, once, never over an existing file.
 */

export const TRANSLATE_PROMPT_FILE = "translate-segments.md";
const REQUIRED = ["title", "segments"] as const;

/** Read `prompts/translate-segments.md` and check its placeholders (`{{title}}`, `{{segments}}`). */
export async function loadTranslatePrompt(promptsDir: string): Promise<string> {
  const file = path.join(promptsDir, TRANSLATE_PROMPT_FILE);
  let text: string;
  try {
    text = (await readFile(file, "utf8")).trim();
  } catch (error) {
    throw new AppError("PROMPT_INVALID", `Cannot read prompt ${file}; restore it from the repository.`, {
      cause: error,
    });
  }
  const found = placeholdersOf(text);
  const missing = REQUIRED.filter((p) => !found.includes(p));
  const unknown = found.filter((p) => !(REQUIRED as readonly string[]).includes(p));
  if (missing.length > 0 || unknown.length > 0) {
    throw new AppError(
      "PROMPT_INVALID",
      `Prompt ${file} must use exactly the placeholders {{title}} and {{segments}}` +
        ` (missing: ${missing.join(", ") || "none"}; unknown: ${unknown.join(", ") || "none"}).`,
    );
  }
  return text;
}

const replySchema = z.object({
  segments: z
    .array(z.object({ id: z.coerce.number().int().positive(), en: z.string().trim().min(1) }))
    .min(1),
});

/** Read the model's reply for clauses 1..count: exactly one English rendering per id, no Arabic. */
export function parseSegmentReply(raw: string, count: number): string[] {
  const text = stripThinking(raw);
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end < start) throw new MalformedOutputError("the reply contains no JSON object");
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    throw new MalformedOutputError(`the reply is not valid JSON (${(error as Error).message})`);
  }
  const parsed = replySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MalformedOutputError(
      `the reply's JSON is not {"segments":[{"id","en"}]} (${issue?.path.join(".")}: ${issue?.message})`,
    );
  }
  const english: (string | undefined)[] = new Array(count).fill(undefined);
  for (const { id, en } of parsed.data.segments) {
    if (id > count) throw new MalformedOutputError(`the reply has clause ${id}; there are ${count}`);
    if (english[id - 1] !== undefined) throw new MalformedOutputError(`the reply has clause ${id} twice`);
    if (hasArabicLetter(en))
      throw new MalformedOutputError(`the reply's clause ${id} contains Arabic script`);
    english[id - 1] = en.replace(/\s+/g, " ").trim();
  }
  const gap = english.indexOf(undefined);
  if (gap >= 0) throw new MalformedOutputError(`the reply lacks clause ${gap + 1}`);
  return english as string[];
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(
    /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g,
    (_m, name: string) => values[name] ?? "",
  );
}

/** Data placed in the prompt cannot open or close its delimiters. */
const defuse = (text: string) => defuseDelimiters(text).replace(/<\s*(\/?)\s*segments\b/gi, "‹$1segments");

export interface TranslateOptions {
  readonly model: ChatRunnable;
  /** The template from `loadTranslatePrompt`. */
  readonly prompt: string;
  /** Recorded in the file's `translator` field, e.g. "llm:qwen2.5 (machine translation, not TASS; review)". */
  readonly translator: string;
  readonly idleTimeoutMs: number;
  /** Time allowed for one call, retries included. */
  readonly callBudgetMs: number;
  readonly maxRetries: number;
  /** Extra attempts when a reply is malformed (default 1). */
  readonly malformedRetries?: number;
  readonly signal?: AbortSignal;
  /** Progress: called after each call with what it was for ("headline", "paragraph 3 of 13"). */
  readonly onProgress?: (what: string) => void;
}

/** Ask the model for the English of `arabic` clauses (one call, checked; malformed replies retried). */
async function translateClauses(
  arabic: readonly string[],
  title: string,
  options: TranslateOptions,
): Promise<string[]> {
  const segments = arabic.map((ar, i) => JSON.stringify({ id: i + 1, ar: defuse(ar) })).join("\n");
  const messages = [new HumanMessage(fill(options.prompt, { title: defuse(title), segments }))];
  const attempts = 1 + (options.malformedRetries ?? 1);
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const deadline = Date.now() + options.callBudgetMs;
    const { signal, dispose } = deadlineSignal(deadline, options.signal);
    try {
      const raw = await withRetries(
        () => streamText(options.model, messages, { signal, idleTimeoutMs: options.idleTimeoutMs }),
        { maxRetries: options.maxRetries, signal, deadline },
      );
      return parseSegmentReply(raw, arabic.length);
    } catch (error) {
      if (!(error instanceof MalformedOutputError)) throw error;
      lastError = error;
    } finally {
      dispose();
    }
  }
  throw lastError;
}

/** `translateClauses`, with a failure reported as a ProviderError naming the document and the part. */
async function translatePart(
  doc: CorpusDocument,
  part: string,
  arabic: readonly string[],
  options: TranslateOptions,
): Promise<string[]> {
  try {
    return await translateClauses(arabic, doc.title, options);
  } catch (error) {
    throw new ProviderError("translation", `${doc.id}, ${part}: ${describeError(error)}`, { cause: error });
  }
}

/** Translate a whole document into a verified aligned translation (not yet written). */
export async function translateDocument(
  doc: CorpusDocument,
  options: TranslateOptions,
): Promise<TranslationFile> {
  const units = translationUnits(doc);
  const [titleEn = ""] = await translatePart(doc, "headline", [doc.title], options);
  options.onProgress?.("headline");
  const segments: AlignedSegment[] = [];
  for (const paragraph of doc.paragraphs) {
    const inParagraph = units.filter((u) => u.paragraph === paragraph.number);
    const arabic = inParagraph.map((u) => doc.text.slice(u.start, u.end));
    const english = await translatePart(doc, `paragraph ${paragraph.number}`, arabic, options);
    inParagraph.forEach((u, i) => {
      segments.push({ start: u.start, end: u.end, ar: arabic[i] ?? "", en: english[i] ?? "" });
    });
    options.onProgress?.(`paragraph ${paragraph.number} of ${doc.paragraphs.length}`);
  }
  const file: TranslationFile = {
    doc: doc.id,
    lang: "en",
    translator: options.translator,
    title: titleEn,
    sourceSha256: textSha256(doc.text),
    segments,
  };
  verifyTranslation(doc, file, `(translation of ${doc.id})`);
  return file;
}

/**
 * Write `<dir>/<doc id>.en.json` once: fails (AppError INPUT_INVALID) rather than overwrite
 * an existing file, which may hold a reviewed translation. Returns the path.
 */
export async function writeTranslationFile(dir: string, file: TranslationFile): Promise<string> {
  const target = path.join(dir, translationFileName(file.doc));
  try {
    await writeFile(target, formatTranslationFile(file), { encoding: "utf8", flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new AppError(
        "INPUT_INVALID",
        `${target} already exists; it is never overwritten (delete it first)`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
  return target;
}

/**
 * Translate and write the file of every document that has none (existing files are loaded
 * and verified first, so a broken one stops the run before any model call). Returns the
 * paths written, for review.
 */
export async function translateMissing(
  corpusPath: string,
  documents: readonly CorpusDocument[],
  options: TranslateOptions & { readonly onWritten?: (file: string) => void },
): Promise<string[]> {
  const existing = await loadTranslations(corpusPath, documents);
  const dir = await translationDirectory(corpusPath);
  const written: string[] = [];
  for (const doc of documents) {
    if (existing.has(doc.id)) continue;
    const file = await writeTranslationFile(dir, await translateDocument(doc, options));
    written.push(file);
    options.onWritten?.(file);
  }
  return written;
}
