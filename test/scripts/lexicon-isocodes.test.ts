import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadIsoNames, nameKey, parseMo, withIsoNames } from "../../scripts/lexicon/isocodes.js";

/** A gettext catalogue in the binary layout `msgfmt` writes (little-endian, no hash table). */
function moFile(pairs: readonly (readonly [string, string])[]): Buffer {
  const sorted = [["", "Content-Type: text/plain; charset=UTF-8\n"] as const, ...pairs];
  const n = sorted.length;
  const headerSize = 28;
  const originals = headerSize;
  const translations = originals + 8 * n;
  let offset = translations + 8 * n;
  const table = Buffer.alloc(offset);
  const strings: Buffer[] = [];
  table.writeUInt32LE(0x950412de, 0);
  table.writeUInt32LE(0, 4);
  table.writeUInt32LE(n, 8);
  table.writeUInt32LE(originals, 12);
  table.writeUInt32LE(translations, 16);
  const place = (base: number, i: number, text: string) => {
    const bytes = Buffer.from(`${text}\0`, "utf8");
    table.writeUInt32LE(bytes.length - 1, base + 8 * i);
    table.writeUInt32LE(offset, base + 8 * i + 4);
    strings.push(bytes);
    offset += bytes.length;
  };
  for (const [i, [id]] of sorted.entries()) place(originals, i, id);
  for (const [i, [, str]] of sorted.entries()) place(translations, i, str);
  return Buffer.concat([table, ...strings]);
}

const root = mkdtempSync(path.join(tmpdir(), "iso-codes-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("iso-codes names", () => {
  it("reads a gettext catalogue, skipping its header entry", () => {
    const catalogue = parseMo(
      moFile([
        ["France", "فرنسا"],
        ["German", "الألمانية"],
      ]),
    );
    expect([...catalogue]).toEqual([
      ["France", "فرنسا"],
      ["German", "الألمانية"],
    ]);
    expect(() => parseMo(Buffer.alloc(32))).toThrow(/not a gettext/);
  });

  it("keys names by their plain lowercase words, skipping inverted ones", () => {
    expect(nameKey("Saudi Arabia")).toBe("saudi arabia");
    expect(nameKey("Côte d'Ivoire")).toBe("cote d'ivoire");
    expect(nameKey("The Gambia")).toBe("gambia");
    expect(nameKey("Korea, Republic of")).toBeUndefined();
    expect(nameKey("Falkland Islands (Malvinas)")).toBeUndefined();
  });

  it("loads countries and languages with their Arabic names, diacritics removed", () => {
    mkdirSync(path.join(root, "share/iso-codes/json"), { recursive: true });
    mkdirSync(path.join(root, "share/locale/ar/LC_MESSAGES"), { recursive: true });
    const json = (field: string, entries: object[]) => JSON.stringify({ [field]: entries });
    writeFileSync(
      path.join(root, "share/iso-codes/json/iso_3166-1.json"),
      json("3166-1", [{ name: "Saudi Arabia" }, { name: "Korea, Republic of", common_name: "South Korea" }]),
    );
    writeFileSync(
      path.join(root, "share/iso-codes/json/iso_639-2.json"),
      json("639-2", [{ name: "German" }]),
    );
    writeFileSync(
      path.join(root, "share/locale/ar/LC_MESSAGES/iso_3166-1.mo"),
      moFile([
        ["Saudi Arabia", "السّعوديّة"],
        ["South Korea", "كوريا الجنوبية"],
      ]),
    );
    writeFileSync(
      path.join(root, "share/locale/ar/LC_MESSAGES/iso_639-2.mo"),
      moFile([["German", "الألمانية"]]),
    );
    expect([...loadIsoNames(root)]).toEqual([
      ["saudi arabia", ["السعودية"]],
      ["south korea", ["كوريا الجنوبية"]],
      ["german", ["الألمانية"]],
    ]);
  });

  it("adds a name the lexicon lacks alone, and a share of a known key's weight", () => {
    const entries = new Map([["german", [{ arabic: "ألمانيا", weight: 1 }]]]);
    const names = new Map([
      ["german", ["الألمانية"]],
      ["saudi arabia", ["السعودية"]],
    ]);
    const { entries: out, added, widened } = withIsoNames(entries, names, 0.4);
    expect(out.get("saudi arabia")).toEqual([{ arabic: "السعودية", weight: 1 }]);
    const german = out.get("german") ?? [];
    expect(german.map((t) => t.arabic)).toEqual(["ألمانيا", "الألمانية"]);
    expect(german[1]?.weight).toBeCloseTo(0.4, 9);
    expect([added, widened]).toEqual([1, 1]);
    // A name the key already has changes nothing.
    expect(withIsoNames(entries, new Map([["german", ["ألمانيا"]]]), 0.4).entries.get("german")).toEqual(
      entries.get("german"),
    );
  });
});
