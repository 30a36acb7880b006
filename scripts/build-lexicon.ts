/**
 * Build the offline English→Arabic lexicon `data/lexicon/en-ar.tsv.gz` (and `en-frequency.tsv.gz`,
 * English word frequencies from WordNet's concordance, for glossary lines) from the FreeDict
 * dictionaries (Arabeyes.org wordlist, GPL-2.0-or-later) installed by the Debian packages
 * `dict-freedict-eng-ara` and `dict-freedict-ara-eng`, widened with WordNet 3.0
 * (`wordnet-base`) and the Arabic thesaurus `mythes-ar`:
 *
 *   npm run lexicon:build            (= npx tsx scripts/build-lexicon.ts)
 *   npx tsx scripts/build-lexicon.ts --dictd /usr/share/dictd --out data/lexicon [widen flags]
 *
 * The dictd format is read in `lexicon/dictd.ts`, translations are ranked in `lexicon/rank.ts`
 * and widened in `lexicon/widen.ts` (whose header lists the flags); `lexicon/notice.ts` writes
 * NOTICE.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { formatLexicon } from "../src/translate/lexicon.js";
import { capitalNames, formatCapitalNames } from "./lexicon/capitals.js";
import { collocationEntries } from "./lexicon/collocations.js";
import { countryNames, formatCountryNames } from "./lexicon/countries.js";
import { readDictionary } from "./lexicon/dictd.js";
import { formatFrequencies, readSenseCounts } from "./lexicon/frequency.js";
import { loadIsoCountryNames } from "./lexicon/isocodes.js";
import { lexiconNotice } from "./lexicon/notice.js";
import { formatProperNouns, properNounForms, readProperOnlyLemmas } from "./lexicon/proper-nouns.js";
import { buildLexicon, LEXICON_HEADER, WIDE_LEXICON_HEADER } from "./lexicon/rank.js";
import { parseWidenArgs, widenLexicon } from "./lexicon/widen.js";
import { WordNet } from "./lexicon/wordnet.js";

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
  const { entries: ranked, stats } = buildLexicon(engAra, araEng);
  const widen = parseWidenArgs(args);
  const entries = widenLexicon(ranked, widen, (line) => console.log(line));
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

  // Two files: FreeDict alone (the default LEXICON_PATH) and the widened one, which helps
  // xquad-dev but not yet the project's own article (data/lexicon/MEASUREMENTS.md).
  mkdirSync(outDir, { recursive: true });
  // The default file: FreeDict, plus WordNet's collocations FreeDict lacks as phrase keys.
  const collocations = collocationEntries(WordNet.load(widen.wordnetDir), ranked);
  console.log(`  WordNet collocations added to en-ar.tsv.gz as phrase keys: ${collocations.size}`);
  const plainEntries = new Map([...ranked, ...collocations].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const plain = gzipSync(Buffer.from(formatLexicon(LEXICON_HEADER, plainEntries), "utf8"), { level: 9 });
  writeFileSync(path.join(outDir, "en-ar.tsv.gz"), plain);
  const text = formatLexicon(WIDE_LEXICON_HEADER, entries);
  const gz = gzipSync(Buffer.from(text, "utf8"), { level: 9 });
  const outFile = path.join(outDir, "en-ar.wide.tsv.gz");
  writeFileSync(outFile, gz);
  writeFileSync(path.join(outDir, "NOTICE.md"), lexiconNotice(widen));
  // English word frequencies for glossary lines (which sense of an Arabic word to show).
  const counts = readSenseCounts(path.join(widen.wordnetDir, "cntlist.rev"));
  const frequencies = gzipSync(Buffer.from(formatFrequencies(counts), "utf8"), { level: 9 });
  writeFileSync(path.join(outDir, "en-frequency.tsv.gz"), frequencies);
  console.log(`Wrote en-frequency.tsv.gz: ${counts.size} English words`);
  // Names the dictionaries know (دمشق "Damascus"), for telling a name absent from a corpus.
  const names = properNounForms(
    ranked,
    readProperOnlyLemmas(widen.wordnetDir),
    loadIsoCountryNames(widen.isoRoot),
  );
  writeFileSync(path.join(outDir, "ar-proper-nouns.txt"), formatProperNouns(names));
  console.log(`Wrote ar-proper-nouns.txt: ${names.length} Arabic proper nouns`);
  // Country names, for questions asking which countries do something.
  const countries = countryNames(widen.wordnetDir, ranked, names, widen.isoRoot);
  writeFileSync(path.join(outDir, "ar-countries.txt"), formatCountryNames(countries));
  console.log(`Wrote ar-countries.txt: ${countries.length} Arabic country names`);
  // Capitals with their countries: news names a country by its capital («موسكو» for Russia).
  const capitals = capitalNames(widen.wordnetDir, ranked, names, countries);
  writeFileSync(path.join(outDir, "ar-capitals.txt"), formatCapitalNames(capitals));
  console.log(`Wrote ar-capitals.txt: ${capitals.length} capitals with their countries`);
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
