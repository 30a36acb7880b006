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
