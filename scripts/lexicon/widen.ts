/**
 * The steps `build-lexicon.ts` runs after ranking FreeDict's translations, with the settings
 * measured best on xquad-dev (see `data/lexicon/MEASUREMENTS.md`); each can be changed or
 * switched off from the command line to measure it on its own:
 *
 *   --perfect-share X   Form I imperative → perfect (إنشر → نشر) for verb keys   (0 = off)
 *   --present-share X   Form I present → perfect (يكتب → كتب) for verb keys      (0 = off)
 *   --no-wordnet        skip the WordNet synonyms and derivations
 *   --share X --thin-share X --max N --phrases --no-by-sense --by-commonness --thin-by-root
 *                       --by-frequency
 *   --explanation-words N  drop translations of N+ words from keys with shorter ones (0 = off)
 *   --keep-stopword-translations  keep translations made of Arabic stopwords only (في for five)
 *   --iso-share X       country/language names from iso-codes for known keys     (0 = off)
 *   --iso-codes ROOT    where iso-codes is installed (default /usr)
 *   --roman-share X     Roman numerals in digits (xlix → 49) for keys only widening knows (0 = off)
 *   --compose none|unknown|all   multi-word relatives translated word by word
 *   --own-lead X        a relatives-only translation weighs ≤ X × the best own one (0 = off)
 *   --syn X --der X --per X --sim X --hyp X      relation weights
 *   --thesaurus-share X Arabic synonyms from mythes-ar                           (0 = off)
 *   --wordnet DIR  --thesaurus FILE              data locations
 */
import { lemmaCandidates } from "../../src/translate/english.js";
import type { Translation } from "../../src/translate/lexicon.js";
import {
  DEFAULT_EXPAND,
  type ExpandOptions,
  expandWithThesaurus,
  expandWithWordNet,
  type PerfectShares,
  perfectForVerbs,
  withoutUnusableTranslations,
} from "./expand.js";
import { loadIsoNames, withIsoNames } from "./isocodes.js";
import { loadMythes, thesaurusKey } from "./mythes.js";
import { romanNumeralKeys } from "./roman.js";
import { DEFAULT_RELATIONS, WordNet } from "./wordnet.js";

export interface WidenOptions {
  readonly wordnetDir: string;
  readonly thesaurusFile: string;
  readonly perfect: PerfectShares;
  /** undefined: no WordNet expansion. */
  readonly wordnet: ExpandOptions | undefined;
  readonly thesaurusShare: number;
  /** Translations of this many words or more are dropped from a key with a shorter one (0 = off). */
  readonly explanationWords: number;
  /** Translations made of Arabic stopwords only are dropped from a key with others. */
  readonly dropStopwordTranslations: boolean;
  /** Share of a known key's weight given to its iso-codes names (0 = no iso-codes names). */
  readonly isoShare: number;
  /** Root of the iso-codes files (`share/iso-codes/json`, `share/locale/ar/LC_MESSAGES`). */
  readonly isoRoot: string;
  /** Share of a widened key's weight given to its Roman numeral's digits (0 = no numerals). */
  readonly romanShare: number;
}

export const DEFAULT_WIDEN: WidenOptions = {
  wordnetDir: "/usr/share/wordnet",
  thesaurusFile: "/usr/share/mythes/th_ar_EG_v2.dat",
  perfect: { imperative: 0.8, present: 0.5 },
  wordnet: { ...DEFAULT_EXPAND, share: 0.5, thinShare: 0.6, bySense: true, compose: "unknown" },
  thesaurusShare: 0.3,
  explanationWords: 3,
  dropStopwordTranslations: true,
  isoShare: 0.5,
  isoRoot: "/usr",
  romanShare: 0.7,
};

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function composeArg(value: string): ExpandOptions["compose"] {
  if (value === "none" || value === "unknown" || value === "all") return value;
  throw new Error(`--compose takes none, unknown or all, got ${value}`);
}

/** Widening options from command-line flags over `DEFAULT_WIDEN`. */
export function parseWidenArgs(args: readonly string[]): WidenOptions {
  const num = (name: string, fallback: number) => {
    const value = argValue(args, name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} needs a non-negative number, got ${value}`);
    return n;
  };
  const d = DEFAULT_WIDEN;
  const w = d.wordnet ?? DEFAULT_EXPAND;
  const r = w.relations ?? DEFAULT_RELATIONS;
  return {
    wordnetDir: argValue(args, "--wordnet") ?? d.wordnetDir,
    thesaurusFile: argValue(args, "--thesaurus") ?? d.thesaurusFile,
    perfect: {
      imperative: num("--perfect-share", d.perfect.imperative),
      present: num("--present-share", d.perfect.present),
    },
    wordnet: args.includes("--no-wordnet")
      ? undefined
      : {
          ...w,
          share: num("--share", w.share),
          thinShare: num("--thin-share", w.thinShare),
          maxTranslations: num("--max", w.maxTranslations),
          phrases: w.phrases || args.includes("--phrases"),
          bySense: w.bySense && !args.includes("--no-by-sense"),
          byCommonness: w.byCommonness || args.includes("--by-commonness"),
          thinByRoot: w.thinByRoot || args.includes("--thin-by-root"),
          byFrequency: w.byFrequency || args.includes("--by-frequency"),
          ownLead: num("--own-lead", w.ownLead),
          compose: composeArg(argValue(args, "--compose") ?? w.compose),
          relations: {
            synonym: num("--syn", r.synonym),
            derivation: num("--der", r.derivation),
            pertainym: num("--per", r.pertainym),
            similar: num("--sim", r.similar),
            hypernym: num("--hyp", r.hypernym),
          },
        },
    thesaurusShare: num("--thesaurus-share", d.thesaurusShare),
    explanationWords: num("--explanation-words", d.explanationWords),
    dropStopwordTranslations: d.dropStopwordTranslations && !args.includes("--keep-stopword-translations"),
    isoShare: num("--iso-share", d.isoShare),
    isoRoot: argValue(args, "--iso-codes") ?? d.isoRoot,
    romanShare: num("--roman-share", d.romanShare),
  };
}

/**
 * Run the enabled steps in order: verb forms, WordNet, Arabic thesaurus, unusable translations
 * out, iso-codes names, Roman numerals.
 */
export function widenLexicon(
  ranked: Map<string, Translation[]>,
  options: WidenOptions,
  log: (line: string) => void,
): Map<string, Translation[]> {
  let entries = ranked;
  const needsWordNet =
    options.wordnet !== undefined || options.perfect.imperative + options.perfect.present > 0;
  const wn = needsWordNet ? WordNet.load(options.wordnetDir) : undefined;
  if (wn !== undefined && options.perfect.imperative + options.perfect.present > 0) {
    const isVerb = (key: string) =>
      lemmaCandidates(key).some((c) => wn.isVerb(c) || wn.exceptionBases(c).some((b) => wn.isVerb(b)));
    const fixed = perfectForVerbs(entries, isVerb, options.perfect);
    entries = fixed.entries;
    log(`  verb keys given the perfect of imperative/present translations: ${fixed.changed}`);
  }
  if (wn !== undefined && options.wordnet !== undefined) {
    log(`Widening with WordNet synonyms and derivations from ${options.wordnetDir}`);
    const expanded = expandWithWordNet(entries, wn, options.wordnet);
    entries = expanded.entries;
    log(`  widened ${expanded.stats.widened} keys, added ${expanded.stats.added} keys only WordNet knows`);
  }
  if (options.thesaurusShare > 0) {
    const thesaurus = loadMythes(options.thesaurusFile);
    log(`Adding Arabic synonyms from ${options.thesaurusFile} (${thesaurus.size} entries)`);
    const widened = expandWithThesaurus(
      entries,
      (a) => thesaurus.get(thesaurusKey(a)),
      options.thesaurusShare,
    );
    entries = widened.entries;
    log(`  widened ${widened.widened} keys`);
  }
  if (options.explanationWords > 0 || options.dropStopwordTranslations) {
    const pruned = withoutUnusableTranslations(
      entries,
      options.explanationWords,
      options.dropStopwordTranslations,
    );
    entries = pruned.entries;
    log(`  keys that lost explanations or stopword-only translations: ${pruned.changed}`);
  }
  if (options.isoShare > 0) {
    const names = loadIsoNames(options.isoRoot);
    log(`Adding country and language names from iso-codes (${names.size} English names)`);
    const named = withIsoNames(entries, names, options.isoShare);
    entries = named.entries;
    log(`  added ${named.added} keys, widened ${named.widened}`);
  }
  if (options.romanShare > 0) {
    const numerals = withIsoNames(entries, romanNumeralKeys(new Set(ranked.keys())), options.romanShare);
    entries = numerals.entries;
    log(`Roman numerals in digits: added ${numerals.added} keys, widened ${numerals.widened}`);
  }
  return entries;
}
