/**
 * Names of countries and languages in Arabic from Debian's `iso-codes` (ISO 3166-1 and
 * ISO 639-2 names with their gettext translations, LGPL-2.1-or-later): FreeDict knows most
 * one-word country names but few of several words (Saudi Arabia, Sri Lanka, New Zealand), and
 * renders a language name as its country or people (German → ألمانيا, الألمان) rather than
 * the language (الألمانية).
 *
 *  - `/usr/share/iso-codes/json/iso_3166-1.json`, `iso_639-2.json`: the English names
 *    (`name`, `common_name`, `official_name`);
 *  - `/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo`, `iso_639-2.mo`: English name → Arabic
 *    (GNU gettext binary catalogues: magic, count, offsets of the original and translated
 *    string tables, each entry a length and an offset).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Translation } from "../../src/translate/lexicon.js";

const MO_MAGIC_LE = 0x950412de;

/** Parse a gettext `.mo` catalogue into msgid → msgstr (the header entry, msgid "", skipped). */
export function parseMo(bytes: Buffer): Map<string, string> {
  const magic = bytes.readUInt32LE(0);
  const read =
    magic === MO_MAGIC_LE
      ? (at: number) => bytes.readUInt32LE(at)
      : magic === 0xde120495
        ? (at: number) => bytes.readUInt32BE(at)
        : undefined;
  if (read === undefined) throw new Error("not a gettext .mo catalogue");
  const count = read(8);
  const originals = read(12);
  const translations = read(16);
  const text = (table: number, i: number) => {
    const length = read(table + 8 * i);
    const offset = read(table + 8 * i + 4);
    return bytes.toString("utf8", offset, offset + length);
  };
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const id = text(originals, i);
    // Plural entries hold NUL-separated forms; names have none, keep the first.
    if (id.length > 0) out.set(id.split("\0")[0] ?? id, text(translations, i).split("\0")[0] ?? "");
  }
  return out;
}

/** The standards read and the JSON field listing their entries. */
const STANDARDS = [
  { domain: "iso_3166-1", field: "3166-1" },
  { domain: "iso_639-2", field: "639-2" },
] as const;

/**
 * Lexicon key of an English name: plain lowercase letters, a leading "the" dropped. Names the
 * standard writes inverted or with a remark ("Korea, Republic of", "Falkland Islands
 * (Malvinas)") are skipped: their plain form, where there is one, is the `common_name`.
 */
export function nameKey(english: string): string | undefined {
  if (/[,()]/.test(english)) return undefined;
  const key = english
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/^the /, "")
    .trim();
  return /^[a-z][a-z' -]*$/.test(key) && key.split(" ").length <= 4 ? key : undefined;
}

/** English name key → Arabic names, from the iso-codes files under `root` (default `/usr`). */
export function loadIsoNames(
  root = "/usr",
  standards: readonly (typeof STANDARDS)[number][] = STANDARDS,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { domain, field } of standards) {
    const json = JSON.parse(readFileSync(path.join(root, "share/iso-codes/json", `${domain}.json`), "utf8"));
    const catalogue = parseMo(readFileSync(path.join(root, "share/locale/ar/LC_MESSAGES", `${domain}.mo`)));
    for (const entry of json[field] as Record<string, string>[]) {
      for (const english of [entry.common_name, entry.name]) {
        if (english === undefined) continue;
        // Diacritics off, as FreeDict's senses (السّعوديّة → السعودية).
        const arabic = catalogue
          .get(english)
          ?.replace(/[\u064B-\u065F\u0670]/g, "")
          .trim();
        const key = nameKey(english);
        if (key === undefined || arabic === undefined || arabic.length === 0 || /[A-Za-z]/.test(arabic))
          continue;
        const list = out.get(key) ?? [];
        if (!list.includes(arabic)) list.push(arabic);
        out.set(key, list);
      }
    }
  }
  return out;
}

/**
 * Add the names: a key the lexicon lacks gets them alone; a key it has gives them `share`
 * of its weight (its own senses keep the rest).
 */
export function withIsoNames(
  entries: ReadonlyMap<string, readonly Translation[]>,
  names: ReadonlyMap<string, readonly string[]>,
  share: number,
): { entries: Map<string, Translation[]>; added: number; widened: number } {
  const out = new Map<string, Translation[]>();
  for (const [key, list] of entries) out.set(key, [...list]);
  let added = 0;
  let widened = 0;
  for (const [key, arabic] of names) {
    const own = out.get(key) ?? [];
    const fresh = arabic.filter((a) => !own.some((t) => t.arabic === a));
    if (fresh.length === 0) continue;
    const part = own.length === 0 ? 1 : share;
    const mixed = [
      ...own.map((t) => ({ arabic: t.arabic, weight: t.weight * (1 - part) })),
      ...fresh.map((a) => ({ arabic: a, weight: part / fresh.length })),
    ].sort((a, b) => b.weight - a.weight || (a.arabic < b.arabic ? -1 : a.arabic > b.arabic ? 1 : 0));
    const kept = mixed.slice(0, 8);
    const total = kept.reduce((sum, t) => sum + t.weight, 0);
    out.set(
      key,
      kept.map((t) => ({ arabic: t.arabic, weight: t.weight / total })),
    );
    if (own.length === 0) added += 1;
    else widened += 1;
  }
  return { entries: new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), added, widened };
}

/**
 * Country names (English key → Arabic) for the proper-noun list: a country a question names
 * that an article never mentions is evidence the article does not cover it. Language names are
 * left out: «العربية» is an adjective before it is a language.
 */
export function loadIsoCountryNames(root = "/usr"): Map<string, string[]> {
  return loadIsoNames(
    root,
    STANDARDS.filter((s) => s.domain === "iso_3166-1"),
  );
}
