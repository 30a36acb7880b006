import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ArabicNameDetector } from "../../src/translate/arabic-names.js";
import { cachedTable } from "../../src/translate/derived-cache.js";
import { LEXICON_MAGIC, Lexicon } from "../../src/translate/lexicon.js";

const temp = () => mkdtempSync(path.join(tmpdir(), "derived-cache-"));

async function lexiconFile(dir: string, lines: readonly string[]): Promise<Lexicon> {
  const file = path.join(dir, `lexicon-${lines.length}.tsv.gz`);
  writeFileSync(file, gzipSync(`${LEXICON_MAGIC} test\n${lines.join("\n")}\n`));
  return Lexicon.load(file);
}

describe("tables derived from a lexicon, cached between runs", () => {
  it("a second run reads the table the first one built; other inputs build their own", () => {
    const directory = temp();
    let builds = 0;
    const table = (dependsOn: string[]) =>
      cachedTable(
        { directory, name: "t", dependsOn },
        () => {
          builds++;
          return new Map([["a", [dependsOn.join()]]]);
        },
        (m) => [...m],
        (json) => new Map(json as [string, string[]][]),
      );
    expect(table(["x"]).get("a")).toEqual(["x"]);
    expect(table(["x"]).get("a")).toEqual(["x"]);
    expect(builds).toBe(1);
    expect(table(["y"]).get("a")).toEqual(["y"]);
    expect(builds).toBe(2);
    expect(readdirSync(directory)).toHaveLength(2);
  });

  it("a corrupt cache file is rebuilt, and an unwritable folder only costs the build", () => {
    const directory = temp();
    const options = { directory, name: "t", dependsOn: ["x"] };
    const build = () => [1, 2, 3];
    const decode = (json: unknown) => {
      if (!Array.isArray(json)) throw new Error("bad");
      return json as number[];
    };
    cachedTable(options, build, (t) => t, decode);
    const [file] = readdirSync(directory);
    writeFileSync(path.join(directory, file as string), '{"torn":');
    expect(cachedTable(options, build, (t) => t, decode)).toEqual([1, 2, 3]);
    const blocked = path.join(temp(), "a-file");
    writeFileSync(blocked, "");
    expect(cachedTable({ ...options, directory: blocked }, build, (t) => t, decode)).toEqual([1, 2, 3]);
  });

  it("names are told apart the same with and without the cached reverse index", async () => {
    const dir = temp();
    const lines = ["japan\tاليابان:1", "news\tالخبر:0.6|الأخبار:0.4", "venezuela\tفنزويلا:1"];
    const cacheDirectory = path.join(dir, "cache");
    const words = ["اليابان", "الخبر", "فينزويلا", "كتاب"];
    const plain = new ArabicNameDetector(await lexiconFile(dir, lines));
    const expected = words.map((w) => [plain.isName(w), plain.isKnownWord(w)]);
    expect(expected).toEqual([
      [true, true],
      [false, true],
      [true, false],
      [false, false],
    ]);
    for (let run = 0; run < 2; run++) {
      const cached = new ArabicNameDetector(await lexiconFile(dir, lines), { cacheDirectory });
      expect(words.map((w) => [cached.isName(w), cached.isKnownWord(w)])).toEqual(expected);
      expect(readdirSync(cacheDirectory)).toHaveLength(1);
    }
    // Another dictionary is another table.
    const other = new ArabicNameDetector(await lexiconFile(dir, [...lines, "book\tكتاب:1"]), {
      cacheDirectory,
    });
    expect(other.isKnownWord("كتاب")).toBe(true);
    expect(readdirSync(cacheDirectory)).toHaveLength(2);
  });
});

describe("the lexicon's own packed cache", () => {
  it("a cached lexicon answers as the file does, and a damaged cache is rebuilt", async () => {
    const dir = temp();
    const cacheDirectory = path.join(dir, "cache");
    const lines = [
      "café\tمقهى:1",
      "foreign minister\tوزير الخارجية:1",
      "minister\tالوزير:0.75|الوزراء:0.25",
      "weather-bound\tمغلق بسبب الجو:1",
    ];
    const file = path.join(dir, "lexicon.tsv.gz");
    writeFileSync(file, gzipSync(`${LEXICON_MAGIC} test\n${lines.join("\n")}\n`));
    const plain = await Lexicon.load(file);
    const probe = (lexicon: Lexicon) => [
      lexicon.size,
      lexicon.fingerprint,
      lexicon.lookup("café"),
      lexicon.lookup("ministers"),
      lexicon.lookupPhrase(["foreign", "ministers"], 0),
      lexicon.lookupPhrase(["weather", "bound"], 0),
      lexicon.lookupPhrase(["minister"], 0),
      [...lexicon.arabicEntries()],
      [...lexicon.entries()],
    ];
    const expected = probe(plain);
    for (let run = 0; run < 2; run++) {
      expect(probe(await Lexicon.load(file, { cacheDirectory }))).toEqual(expected);
      expect(readdirSync(cacheDirectory)).toHaveLength(1);
    }
    const [cacheFile] = readdirSync(cacheDirectory);
    writeFileSync(path.join(cacheDirectory, cacheFile as string), "torn");
    expect(probe(await Lexicon.load(file, { cacheDirectory }))).toEqual(expected);
    // A corrupt dictionary is refused with or without a cache folder, and leaves no cache.
    const corrupt = path.join(dir, "corrupt.tsv.gz");
    writeFileSync(corrupt, gzipSync(`${LEXICON_MAGIC}\nbroken line\n`));
    await expect(Lexicon.load(corrupt, { cacheDirectory })).rejects.toThrow(/line 2/);
    expect(readdirSync(cacheDirectory)).toHaveLength(1);
  });
});
