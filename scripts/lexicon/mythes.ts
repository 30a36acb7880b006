/**
 * Reader for the Arabic thesaurus in MyThes format (Debian `mythes-ar`, from the LibreOffice
 * dictionaries, `dictionaries/ar`: © 2006–2009 Mohamed Kebdani, Taha Zerrouki; GPL-2+ or
 * LGPL-2.1+ or MPL-1.1), used by `build-lexicon.ts` to add Arabic synonyms of a translation.
 *
 * Format (`th_ar_*_v2.dat`): first line the encoding (`UTF-8`); then entries
 * `headword|n` followed by n lines `(part of speech)|synonym|synonym…`. Words are vocalised;
 * remarks in brackets and hyphen-joined glosses (`مُمْتَلِئ-البَطْن-`) occur.
 */
import { readFileSync } from "node:fs";
import { hasArabicLetter } from "../../src/core/unicode.js";
import { isArabicDiacritic, normalizeArabic } from "../../src/text/normalize.js";

function plain(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKC")) if (!isArabicDiacritic(ch.codePointAt(0) ?? 0)) out += ch;
  return out
    .replace(/\u0640/g, "")
    .replace(/\([^()]*\)?/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Normalised lookup key of an Arabic word: `normalizeArabic`, the article removed. */
export function thesaurusKey(word: string): string {
  const norm = normalizeArabic(plain(word));
  return norm.startsWith("ال") && norm.length > 4 ? norm.slice(2) : norm;
}

/** Parse a thesaurus file into key → synonyms (plain, unvocalised, single or two-word). */
export function parseMythes(text: string): Map<string, string[]> {
  const lines = text.split("\n");
  const out = new Map<string, string[]>();
  let i = 1; // the first line names the encoding
  while (i < lines.length) {
    const header = lines[i] ?? "";
    i += 1;
    const bar = header.lastIndexOf("|");
    const count = Number(header.slice(bar + 1));
    if (bar <= 0 || !Number.isInteger(count)) continue;
    const key = thesaurusKey(header.slice(0, bar));
    const synonyms = out.get(key) ?? [];
    for (let k = 0; k < count; k++, i++) {
      for (const raw of (lines[i] ?? "").split("|").slice(1)) {
        const word = plain(raw);
        if (word.includes("-") || !hasArabicLetter(word) || /[A-Za-z0-9]/.test(word)) continue;
        if (word.split(" ").length > 2 || thesaurusKey(word) === key) continue;
        if (!synonyms.some((s) => normalizeArabic(s) === normalizeArabic(word))) synonyms.push(word);
      }
    }
    if (key.length > 1 && synonyms.length > 0) out.set(key, synonyms);
  }
  return out;
}

export function loadMythes(file: string): Map<string, string[]> {
  return parseMythes(readFileSync(file, "utf8"));
}
