/**
 * Reading FreeDict's dictd files. `NAME.index` lines are `headword \t offset \t length`
 * (offsets and lengths in dictd's base64, alphabet A-Za-z0-9+/, big-endian digits) into the
 * uncompressed bytes of `NAME.dict.dz` (gzip-compatible). An entry is a headword line
 * `headword /ipa/` followed by sense lines, either one plain line or numbered lines `1. …`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

export interface DictdIndexLine {
  readonly headword: string;
  readonly offset: number;
  readonly length: number;
}

export interface DictEntry {
  /** Headword without its `/ipa/` transcription. */
  readonly headword: string;
  /** Sense lines in order, `N. ` numbering removed. */
  readonly senses: readonly string[];
}

const DICTD_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decode a dictd base64 number (`BOb` → 4891). Throws on characters outside the alphabet. */
export function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const ch of text) {
    const digit = DICTD_B64.indexOf(ch);
    if (digit < 0) throw new Error(`invalid dictd base64 digit ${JSON.stringify(ch)} in ${text}`);
    value = value * 64 + digit;
  }
  return value;
}

/** Parse a `.index` file, skipping dictd's `00database…` metadata entries. */
export function parseDictdIndex(indexText: string): DictdIndexLine[] {
  const out: DictdIndexLine[] = [];
  for (const line of indexText.split("\n")) {
    if (line.length === 0) continue;
    const parts = line.split("\t");
    if (parts.length < 3) throw new Error(`malformed dictd index line: ${JSON.stringify(line)}`);
    const [headword = "", offset = "", length = ""] = parts;
    if (headword.startsWith("00database") || headword.startsWith("00-database")) continue;
    out.push({ headword, offset: decodeDictdNumber(offset), length: decodeDictdNumber(length) });
  }
  return out;
}

/** Entry texts in dictionary order (an entry indexed under several headwords is read once). */
export function readDictdEntries(indexText: string, data: Uint8Array): string[] {
  const lines = parseDictdIndex(indexText);
  const byOffset = new Map<number, DictdIndexLine>();
  for (const line of lines) if (!byOffset.has(line.offset)) byOffset.set(line.offset, line);
  const decoder = new TextDecoder("utf-8");
  return [...byOffset.values()]
    .sort((a, b) => a.offset - b.offset)
    .map((line) => {
      if (line.offset + line.length > data.length) {
        throw new Error(`index points past the end of the dictionary (offset ${line.offset})`);
      }
      return decoder.decode(data.subarray(line.offset, line.offset + line.length));
    });
}

/** Split an entry into headword (IPA removed) and sense lines (`1. ` numbering removed). */
export function parseEntry(text: string): DictEntry | undefined {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const first = lines[0];
  if (first === undefined || first.startsWith("00-database")) return undefined;
  const headword = first
    .replace(/\s+\/[^/]*\/\s*$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  if (headword.length === 0) return undefined;
  const senses = lines.slice(1).map((l) => l.replace(/^\d+\.\s*/, "").trim());
  return { headword, senses: senses.filter((s) => s.length > 0) };
}

/** The parsed entries of `NAME.index` + `NAME.dict.dz` in `dir`. */
export function readDictionary(dir: string, name: string): DictEntry[] {
  const indexPath = path.join(dir, `${name}.index`);
  const dictPath = path.join(dir, `${name}.dict.dz`);
  const index = readFileSync(indexPath, "utf8");
  const data = gunzipSync(readFileSync(dictPath));
  const texts = readDictdEntries(index, data);
  const entries = texts.map(parseEntry).filter((e): e is DictEntry => e !== undefined);
  console.log(`  ${name}: ${texts.length} entries (${(data.length / 1e6).toFixed(1)} MB uncompressed)`);
  return entries;
}
