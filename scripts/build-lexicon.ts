/**
 * Build the offline English→Arabic lexicon `data/lexicon/en-ar.tsv.gz` from the FreeDict
 * dictionaries (Arabeyes.org wordlist, GPL-2.0-or-later) installed by the Debian packages
 * `dict-freedict-eng-ara` and `dict-freedict-ara-eng`:
 *
 *   npm run lexicon:build            (= npx tsx scripts/build-lexicon.ts)
 *   npx tsx scripts/build-lexicon.ts --dictd /usr/share/dictd --out data/lexicon
 *
 * The dictd format is read in `lexicon/dictd.ts`, translations are ranked in `lexicon/rank.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { formatLexicon } from "../src/translate/lexicon.js";
import { readDictionary } from "./lexicon/dictd.js";
import { buildLexicon, LEXICON_HEADER } from "./lexicon/rank.js";

const NOTICE = `# English→Arabic lexicon (data/lexicon/en-ar.tsv.gz)

Generated file — do not edit by hand.

## Provenance

Built by \`scripts/build-lexicon.ts\` from the FreeDict dictionaries as packaged by Debian:

- \`dict-freedict-eng-ara\` — English-Arabic FreeDict Dictionary 0.6.3, by Arabeyes.org
  (files \`/usr/share/dictd/freedict-eng-ara.index\`, \`freedict-eng-ara.dict.dz\`)
- \`dict-freedict-ara-eng\` — Arabic-English FreeDict Dictionary, by Arabeyes.org
  (files \`/usr/share/dictd/freedict-ara-eng.index\`, \`freedict-ara-eng.dict.dz\`)

Upstream: https://freedict.org/ and the Arabeyes.org Wordlist project.
Copyright 1999–2022 the Arabeyes.org and FreeDict contributors
(see \`/usr/share/doc/dict-freedict-eng-ara/copyright\`).

## Licence

GPL-2.0-or-later. The lexicon is a derived work of the dictionaries above and is distributed
under the GNU General Public License, version 2 or (at your option) any later version:
https://www.gnu.org/licenses/old-licenses/gpl-2.0.html

## What was changed

English headwords were lowercased; Arabic senses were cleaned (diacritics, bracketed remarks
and explanatory tails removed; definitions longer than four words dropped); the Arabic→English
dictionary was inverted as extra evidence; each English key keeps at most 8 Arabic
translations with weights that sum to 1. See the comment at the top of
\`scripts/lexicon/rank.ts\` for the scoring.

## Rebuild

\`\`\`sh
sudo apt-get install dict-freedict-eng-ara dict-freedict-ara-eng
npm run lexicon:build        # or: npx tsx scripts/build-lexicon.ts [--dictd DIR] [--out DIR]
\`\`\`

The build is deterministic: the same dictionaries give a byte-identical file.
`;

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dictd = argValue(args, "--dictd") ?? "/usr/share/dictd";
  const outDir = argValue(args, "--out") ?? "data/lexicon";
  const started = Date.now();
  console.log(`Reading FreeDict dictionaries from ${dictd}`);
  const engAra = readDictionary(dictd, "freedict-eng-ara");
  const araEng = readDictionary(dictd, "freedict-ara-eng");

  console.log("Ranking translations…");
  const { entries, stats } = buildLexicon(engAra, araEng);
  const sizes = [...entries.values()].map((l) => l.length);
  const pairs = sizes.reduce((a, b) => a + b, 0);
  console.log(
    `  eng-ara entries ${stats.engAraEntries}, ara-eng entries ${stats.araEngEntries}; senses without a usable translation ${stats.droppedSenses}`,
  );
  console.log(
    `  keys: ${entries.size} (${stats.keysFromEngAra} from eng-ara, ${stats.keysFromAraEngOnly} only from inverted ara-eng), ${[...entries.keys()].filter((k) => k.includes(" ")).length} multi-word`,
  );
  console.log(
    `  translations: ${pairs} (${(pairs / entries.size).toFixed(2)} per key); keys enriched by inflection smoothing: ${stats.smoothedKeys}`,
  );

  const text = formatLexicon(LEXICON_HEADER, entries);
  const gz = gzipSync(Buffer.from(text, "utf8"), { level: 9 });
  mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, "en-ar.tsv.gz");
  writeFileSync(outFile, gz);
  writeFileSync(path.join(outDir, "NOTICE.md"), NOTICE);
  console.log(
    `Wrote ${outFile}: ${(gz.length / 1e6).toFixed(2)} MB gzipped (${(text.length / 1e6).toFixed(2)} M chars) and NOTICE.md in ${Date.now() - started} ms`,
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
