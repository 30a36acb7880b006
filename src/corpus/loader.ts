/**
 * Load the corpus: a directory of `.md`/`.txt` files with YAML front matter and/or `.jsonl`
 * files (one `{"id","title","lang","source","text"}` object per line), or a single such file.
 *
 * All-or-nothing: either every document is returned or a `CorpusError` (code CORPUS_INVALID)
 * naming the file — and the line for JSONL — is thrown; an empty corpus is an `AppError` with
 * code CORPUS_EMPTY naming the path. Document text is the file's text byte for byte (after
 * UTF-8 decoding and dropping a leading BOM), so quotes can be sliced from it.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { AppError, CorpusError } from "../core/errors.js";
import type { CorpusDocument, SourceRef } from "../core/types.js";
import { isBlankRange } from "../core/unicode.js";
import { splitFrontMatter } from "./frontmatter.js";
import { splitParagraphs } from "./paragraphs.js";

const EXTENSIONS = new Set([".md", ".txt", ".jsonl"]);

/** Front matter keys a document may have; anything else is a typo and rejected. */
const FRONT_MATTER_KEYS = new Set([
  "id",
  "title",
  "source",
  "lang",
  "date",
  "url",
  "note",
  "topics",
  "examples",
]);

/** Ids appear in chunk ids (`${id}#n`) and log lines: no whitespace, `#` or control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it rejects.
const ID_PATTERN = /^[^\s#\u0000-\u001f\u007f]+$/u;
const LANG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Path shown in messages: relative to the working directory when it is inside it. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  // Checked first, then decoded (several times faster than a fatal TextDecoder over a corpus
  // of many megabytes, with the same result); a leading BOM is dropped, as TextDecoder does.
  if (!isUtf8(bytes)) {
    throw new CorpusError(file, "is not valid UTF-8 (save it as UTF-8 without invalid bytes)");
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readText(absolute: string, file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CorpusError(file, `cannot read file (${reason})`, { cause: error });
  }
  return decodeUtf8(bytes, file);
}

function requireString(value: unknown, key: string, where: string, file: string): string {
  if (value === undefined || value === null) {
    throw new CorpusError(file, `${where}missing required field \`${key}\``);
  }
  if (typeof value !== "string" || value.trim() === "") {
    throw new CorpusError(file, `${where}field \`${key}\` must be a non-empty string`);
  }
  return value;
}

function checkId(id: string, where: string, file: string): string {
  if (!ID_PATTERN.test(id)) {
    throw new CorpusError(
      file,
      `${where}field \`id\` (${JSON.stringify(id)}) must not contain whitespace, "#" or control characters`,
    );
  }
  return id;
}

function checkLang(lang: string, where: string, file: string): string {
  if (!LANG_PATTERN.test(lang)) {
    throw new CorpusError(
      file,
      `${where}field \`lang\` (${JSON.stringify(lang)}) must be a language code like "ar"`,
    );
  }
  return lang;
}

function parseDate(value: unknown, where: string, file: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new CorpusError(file, `${where}field \`date\` is not a valid date`);
    // YAML 1.1 timestamps become Dates at UTC midnight; turn them back into YYYY-MM-DD.
    return value.toISOString().slice(0, 10);
  }
  const match = typeof value === "string" ? DATE_PATTERN.exec(value) : null;
  if (typeof value === "string" && match) {
    const [, y, m, d] = match;
    const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  throw new CorpusError(file, `${where}field \`date\` (${JSON.stringify(value)}) must be a date YYYY-MM-DD`);
}

function parseUrl(value: unknown, where: string, file: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && URL.canParse(value)) {
    const protocol = new URL(value).protocol;
    if (protocol === "http:" || protocol === "https:") return value;
  }
  throw new CorpusError(file, `${where}field \`url\` (${JSON.stringify(value)}) must be an http(s) URL`);
}

/** `topics:`/`examples:` front matter: a mapping of language code → list of short strings. */
function parsePerLanguage(
  value: unknown,
  key: string,
  where: string,
  file: string,
): Readonly<Record<string, readonly string[]>> | undefined {
  if (value === undefined || value === null) return undefined;
  const bad = () =>
    new CorpusError(
      file,
      `${where}field \`${key}\` must map language codes to lists of strings (e.g. en: [..])`,
    );
  if (typeof value !== "object" || Array.isArray(value)) throw bad();
  const out: Record<string, readonly string[]> = {};
  for (const [lang, list] of Object.entries(value as Record<string, unknown>)) {
    if (!LANG_PATTERN.test(lang) || !Array.isArray(list)) throw bad();
    if (!list.every((item) => typeof item === "string" && item.trim().length > 0)) throw bad();
    out[lang] = list as string[];
  }
  return out;
}

function makeDocument(
  fields: Omit<CorpusDocument, "paragraphs" | "text" | "file">,
  text: string,
  where: string,
  file: string,
): CorpusDocument {
  if (isBlankRange(text)) throw new CorpusError(file, `${where}document text is empty`);
  const doc: CorpusDocument = {
    id: fields.id,
    title: fields.title,
    source: fields.source,
    lang: fields.lang,
    ...(fields.date !== undefined ? { date: fields.date } : {}),
    ...(fields.url !== undefined ? { url: fields.url } : {}),
    ...(fields.topics !== undefined ? { topics: fields.topics } : {}),
    ...(fields.examples !== undefined ? { examples: fields.examples } : {}),
    text,
    paragraphs: splitParagraphs(text),
    file,
  };
  return doc;
}

/** Parse one `.md`/`.txt` file with front matter. */
export function parseTextDocument(content: string, file: string): CorpusDocument {
  const { data, body } = splitFrontMatter(content, file);
  if (data === undefined) {
    throw new CorpusError(
      file,
      "has no front matter: start the file with a `---` line, then id/title/source/lang, then `---`",
    );
  }
  for (const key of Object.keys(data)) {
    if (!FRONT_MATTER_KEYS.has(key)) {
      throw new CorpusError(
        file,
        `unknown front matter field \`${key}\` (allowed: ${[...FRONT_MATTER_KEYS].join(", ")})`,
      );
    }
  }
  const where = "front matter: ";
  const note = data.note;
  if (note !== undefined && note !== null && typeof note !== "string") {
    throw new CorpusError(file, `${where}field \`note\` must be a string`);
  }
  const fields = {
    id: checkId(requireString(data.id, "id", where, file), where, file),
    title: requireString(data.title, "title", where, file),
    source: requireString(data.source, "source", where, file),
    lang: checkLang(requireString(data.lang, "lang", where, file), where, file),
    date: parseDate(data.date, where, file),
    url: parseUrl(data.url, where, file),
    topics: parsePerLanguage(data.topics, "topics", where, file),
    examples: parsePerLanguage(data.examples, "examples", where, file),
  };
  if (isBlankRange(body)) throw new CorpusError(file, "body after the front matter is empty");
  return makeDocument(fields, body, "", file);
}

/** Parse a `.jsonl` file: one document object per non-blank line. */
export function parseJsonlDocuments(content: string, file: string): CorpusDocument[] {
  const text = content.startsWith("\ufeff") ? content.slice(1) : content;
  const docs: CorpusDocument[] = [];
  const lines = text.split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") continue;
    const where = `line ${index + 1}: `;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CorpusError(file, `${where}bad JSON (${reason})`, { cause: error });
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new CorpusError(file, `${where}expected a JSON object {"id","title","lang","source","text"}`);
    }
    const record = value as Record<string, unknown>;
    const fields = {
      id: checkId(requireString(record.id, "id", where, file), where, file),
      title: requireString(record.title, "title", where, file),
      source: requireString(record.source, "source", where, file),
      lang: checkLang(requireString(record.lang, "lang", where, file), where, file),
      date: parseDate(record.date, where, file),
      url: parseUrl(record.url, where, file),
    };
    const body = requireString(record.text, "text", where, file);
    docs.push(makeDocument(fields, body, where, file));
  }
  if (docs.length === 0) throw new CorpusError(file, "contains no documents (no non-blank lines)");
  return docs;
}

async function loadFile(absolute: string): Promise<CorpusDocument[]> {
  const file = displayPath(absolute);
  const ext = path.extname(absolute).toLowerCase();
  if (!EXTENSIONS.has(ext)) {
    throw new CorpusError(file, `unsupported file type "${ext}" (expected .md, .txt or .jsonl)`);
  }
  const content = await readText(absolute, file);
  return ext === ".jsonl" ? parseJsonlDocuments(content, file) : [parseTextDocument(content, file)];
}

/** Whether a directory entry is a corpus file (not a README, dotfile or other extension). */
export function isCorpusFileName(name: string): boolean {
  if (name.startsWith(".")) return false;
  if (/^readme/i.test(name)) return false;
  return EXTENSIONS.has(path.extname(name).toLowerCase());
}

async function listCorpusFiles(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CorpusError(displayPath(dir), `cannot read directory (${reason})`, { cause: error });
  }
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isCorpusFileName(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => path.join(dir, name));
}

/**
 * Load every document of a corpus directory (non-recursive; files sorted by name) or of a
 * single file. Throws `CorpusError` for any invalid file, a duplicate document id, and an
 * `AppError` with code CORPUS_EMPTY when there is nothing to load.
 */
export async function loadCorpus(pathOrDir: string): Promise<CorpusDocument[]> {
  const absolute = path.resolve(pathOrDir);
  let isDir: boolean;
  try {
    isDir = (await stat(absolute)).isDirectory();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CorpusError(displayPath(absolute), `cannot read corpus path (${reason})`, { cause: error });
  }
  const files = isDir ? await listCorpusFiles(absolute) : [absolute];
  if (files.length === 0) {
    throw new AppError(
      "CORPUS_EMPTY",
      `corpus is empty: no .md, .txt or .jsonl files in ${displayPath(absolute)}`,
    );
  }

  const docs: CorpusDocument[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const doc of await loadFile(file)) {
      const first = seen.get(doc.id);
      if (first !== undefined) {
        throw new CorpusError(doc.file, `duplicate document id "${doc.id}" (already defined in ${first})`);
      }
      seen.set(doc.id, doc.file);
      docs.push(doc);
    }
  }
  return docs;
}

/**
 * SHA-256 (hex) over a canonical serialisation of every document's identity, metadata and
 * text, independent of file order (documents sorted by id). Changes when any character of
 * any document changes; used by the index manifest to detect a changed corpus.
 */
export function corpusHash(docs: readonly CorpusDocument[]): string {
  const canonical = [...docs]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((doc) => [doc.id, doc.title, doc.source, doc.lang, doc.date ?? null, doc.url ?? null, doc.text]);
  return createHash("sha256")
    .update(JSON.stringify(["corpus-v1", canonical]), "utf8")
    .digest("hex");
}

/** The citation metadata of a document. */
export function toSourceRef(doc: CorpusDocument): SourceRef {
  return {
    doc: doc.id,
    title: doc.title,
    source: doc.source,
    ...(doc.date !== undefined ? { date: doc.date } : {}),
    ...(doc.url !== undefined ? { url: doc.url } : {}),
  };
}
