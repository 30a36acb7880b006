import { ANALYZER_VERSION, afterHamzaProclitic, lightStem } from "../text/arabic-analyzer.js";
import { normalizeArabic } from "../text/normalize.js";
import { cachedBytes } from "./derived-cache.js";
import type { Lexicon } from "./lexicon.js";
import { packTables, unpackTables } from "./packed-table.js";
import { consonantSkeleton } from "./spelling-variants.js";
import { buildTransliterationIndex, matchTransliteration } from "./transliterate/index.js";

/**
 * Tells names from other words in Arabic, which has no capital letters: an Arabic word is a
 * name when the dictionary translates it from an English word that it also transliterates
 * (اليابان ← Japan, أوكرانيا ← Ukraine), and not a name when its English counterparts are
 * ordinary words (الخبر ← news). Absence of a name from the corpus is strong evidence that
 * the corpus does not answer a question about it.
 */
const NAME_SIMILARITY = 0.8;
/** An object pronoun at the end of a verb (normalised, «ه» also stands for «ة», so a lone «ه» needs four letters before it). */
const OBJECT_PRONOUN = /(?<=\S{3})(?:هما|هم|ها|كم|نا|ني)$|(?<=\S{4})ه$/u;
const MAX_KEYS_CHECKED = 8;

/** Arabic words whose forms (normalised, light stem, skeleton) probe the analyzer's behaviour. */
const PROBE_WORDS = [
  "الإرهاب",
  "والكتاب",
  "بالمدرسة",
  "سيقولون",
  "فنزويلا",
  "مُحَمَّد",
  "ٱلله",
  "كتابات",
  "للمدينة",
];

export interface ArabicNameDetectorOptions {
  /** Where the reverse index of a lexicon file is cached between runs (default: not cached). */
  readonly cacheDirectory?: string;
}

/** Normalised Arabic form → English keys (at most `MAX_KEYS_CHECKED`, in dictionary order). */
interface ReverseIndex {
  has(form: string): boolean;
  get(form: string): readonly string[] | undefined;
}

/** A word ending in «ـهم», «ـهن» or «ـكم» after three letters or more. */
const PLURAL_POSSESSIVE = /^\S{3,}(?:هم|هن|كم)$/u;

export class ArabicNameDetector {
  private reverse: ReverseIndex | undefined;
  private readonly cache = { written: new Map<string, boolean>(), translated: new Map<string, boolean>() };

  constructor(
    private readonly lexicon: Lexicon,
    private readonly options: ArabicNameDetectorOptions = {},
  ) {}

  /** The reverse index: from the cache when one matches this lexicon and this code, else built. */
  private reverseIndex(): ReverseIndex {
    if (this.reverse !== undefined) return this.reverse;
    const { cacheDirectory } = this.options;
    const fingerprint = this.lexicon.fingerprint;
    this.reverse =
      cacheDirectory === undefined || fingerprint === undefined
        ? this.buildReverseIndex()
        : cachedBytes<ReverseIndex, Map<string, string[]>>(
            {
              directory: cacheDirectory,
              name: "arabic-names",
              dependsOn: [fingerprint, ANALYZER_VERSION, this.buildReverseIndex.toString(), this.probe()],
            },
            () => this.buildReverseIndex(),
            encodeReverseIndex,
            decodeReverseIndex,
          );
    return this.reverse;
  }

  /** The forms the index is made of, for a sample of words: a changed analyzer changes them. */
  private probe(): string {
    const words = [...PROBE_WORDS];
    for (const [, translations] of this.lexicon.arabicEntries()) {
      words.push(...translations);
      if (words.length > 400) break;
    }
    return words
      .map((word) => {
        const norm = normalizeArabic(word);
        return `${norm} ${lightStem(norm)} ${consonantSkeleton(norm)}`;
      })
      .join("\n");
  }

  /** Normalised single-word Arabic translation (and its light stem) → English keys. */
  private buildReverseIndex(): Map<string, string[]> {
    const reverse = new Map<string, string[]>();
    const add = (form: string, key: string) => {
      const list = reverse.get(form);
      if (list === undefined) reverse.set(form, [key]);
      else if (list.length < MAX_KEYS_CHECKED && !list.includes(key)) list.push(key);
    };
    // The same Arabic translates many English keys: its forms are computed once.
    const formsOf = new Map<string, readonly string[]>();
    for (const [key, translations] of this.lexicon.arabicEntries()) {
      if (key.includes(" ")) continue;
      for (const arabic of translations) {
        let forms = formsOf.get(arabic);
        if (forms === undefined) {
          const norm = normalizeArabic(arabic);
          // Names are spelt several ways (فنزويلا / فينزويلا): also file by consonant skeleton.
          forms = norm.includes(" ") ? [] : [norm, lightStem(norm), `~${consonantSkeleton(norm)}`];
          formsOf.set(arabic, forms);
        }
        for (const form of forms) add(form, key);
      }
    }
    return reverse;
  }

  /** True when the dictionary translates some English word into this Arabic word. */
  isKnownWord(word: string): boolean {
    const norm = normalizeArabic(word);
    const reverse = this.reverseIndex();
    return reverse.has(norm) || reverse.has(lightStem(norm));
  }

  /**
   * Is a word a user wrote a name? Yes when the words the dictionary translates into it are
   * names at least as often as ordinary words: a conjugated verb it files under "sends",
   * "transmits" and one stray "todd" («تؤديه» → «تود») is a verb.
   */
  isName(word: string): boolean {
    return this.judge(word, "written");
  }

  /**
   * Does a dictionary translation spell a name? Yes when any English word it translates is
   * one: it was reached from an English word that may be that name.
   */
  spellsName(word: string): boolean {
    return this.judge(word, "translated");
  }

  private judge(word: string, reading: "written" | "translated"): boolean {
    const cache = this.cache[reading];
    const norm = normalizeArabic(word);
    const cached = cache.get(norm);
    if (cached !== undefined) return cached;
    // A plural possessive pronoun («ديارهم», «بلدكم») is never on a name.
    if (reading === "written" && PLURAL_POSSESSIVE.test(norm)) {
      cache.set(norm, false);
      return false;
    }
    const reverse = this.reverseIndex();
    // An imperfect verb whose third-person form the dictionary knows as an ordinary word is a
    // verb, whatever name it happens to spell (تؤيد is "supports", not "tweed": يؤيد ← upholds).
    // With an object pronoun on it too (تؤديه → يؤدي ← performs).
    const thirdPerson = [norm, norm.replace(OBJECT_PRONOUN, "")]
      .filter((form) => /^[تنا]/.test(form) && form.length >= 4)
      .map((form) => `ي${form.slice(1)}`)
      .find((form) => reverse.has(form));
    if (thirdPerson !== undefined && !this.judge(thirdPerson, reading)) {
      cache.set(norm, false);
      return false;
    }
    let keys: readonly string[] = [
      ...new Set([...(reverse.get(norm) ?? []), ...(reverse.get(lightStem(norm)) ?? [])]),
    ];
    // «لأمن», «بأمن»: a preposition before a hamza is never part of the word (a name keeps its
    // «ل» before a plain letter, as in «لبنان»), so the word is the one after it.
    const afterPreposition = afterHamzaProclitic(word);
    if (keys.length === 0 && afterPreposition !== undefined) {
      const bare = normalizeArabic(afterPreposition);
      if ((reverse.has(bare) || reverse.has(lightStem(bare))) && !this.judge(afterPreposition, reading)) {
        cache.set(norm, false);
        return false;
      }
    }
    // A word the dictionary does not spell this way may be a variant spelling of a name.
    if (keys.length === 0) keys = reverse.get(`~${consonantSkeleton(norm)}`) ?? [];
    const index = buildTransliterationIndex([norm]);
    const spelt = keys.filter((key) =>
      matchTransliteration(index, key, { threshold: NAME_SIMILARITY }).some(
        (m) => m.score >= NAME_SIMILARITY,
      ),
    );
    const result = spelt.length > 0 && (reading === "translated" || spelt.length * 2 >= keys.length);
    if (cache.size > 10_000) cache.clear();
    cache.set(norm, result);
    return result;
  }
}

/**
 * The reverse index packed for a binary search (`packed-table.ts`): opening it is one file read,
 * where a parsed map of every form of the dictionary cost about a tenth of a second at each start.
 * English keys never hold a tab (it ends a key in the lexicon file), so it joins a form's keys.
 */
function encodeReverseIndex(table: Map<string, string[]>): Buffer {
  return packTables([[...table].map(([form, keys]) => [form, keys.join("\t")] as const)]);
}

function decodeReverseIndex(bytes: Buffer): ReverseIndex {
  const [table, extra] = unpackTables(bytes);
  if (table === undefined || extra !== undefined) throw new Error("not a reverse index");
  return { has: (form) => table.has(form), get: (form) => table.get(form)?.split("\t") };
}
