import { charNgrams, lightStem } from "../text/arabic-analyzer.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * Finds how a corpus spells a word it does not contain verbatim. Loanwords and names have
 * several Arabic spellings that differ mostly in long vowels (الأوكسجين / الأكسجين,
 * الكاربون / الكربون), so a dictionary's form is often absent while a sibling spelling is
 * present. Words are compared by the consonant skeleton of their light stem (long vowels ا و ي
 * dropped after the first letter): Dice coefficient of skeleton bigrams, lengths alike.
 */
const GRAM = 2;

/** The light stem without long vowels after its first letter. */
export function consonantSkeleton(stem: string): string {
  // The first unit kept, then every unit but ا و ي (a loop: this runs for a whole dictionary).
  let out = stem.slice(0, 1);
  for (let i = 1; i < stem.length; i++) {
    const code = stem.charCodeAt(i);
    if (code !== 0x0627 && code !== 0x0648 && code !== 0x064a) out += stem[i];
  }
  return out;
}

/**
 * Whether two light stems spell one word: one is the other with long vowels (ا و ي) added
 * (الأوكسجين / الأكسجين) or with an inflection left on (الآسيويتان / الآسيويين); not
 * الأمين / أيمن, whose consonant skeletons agree with the letters reordered.
 */
export function sameWordSpelling(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return true;
  let i = 0;
  for (const ch of long) {
    if (i < short.length && ch === short[i]) i++;
    else if (ch !== "\u0627" && ch !== "\u0648" && ch !== "\u064a") return false;
  }
  return i === short.length;
}

export interface SpellingVariant {
  readonly word: string;
  readonly score: number;
}

export class SpellingVariants {
  private readonly stems: string[] = [];
  private readonly words: string[][] = [];
  private readonly byGram = new Map<string, number[]>();
  private readonly known: ReadonlySet<string>;

  constructor(vocabulary: Iterable<string>) {
    const stemIds = new Map<string, number>();
    const known = new Set<string>();
    for (const raw of vocabulary) {
      const norm = normalizeArabic(raw);
      if (!/\p{Script=Arabic}/u.test(norm)) continue;
      known.add(norm);
      known.add(lightStem(norm));
      const stem = consonantSkeleton(lightStem(norm));
      if (stem.length < 3) continue;
      let id = stemIds.get(stem);
      if (id === undefined) {
        id = this.stems.length;
        stemIds.set(stem, id);
        this.stems.push(stem);
        this.words.push([]);
        for (const gram of new Set(charNgrams(stem, GRAM))) {
          const list = this.byGram.get(gram);
          if (list === undefined) this.byGram.set(gram, [id]);
          else list.push(id);
        }
      }
      this.words[id]?.push(raw);
    }
    this.known = known;
  }

  /** True when the corpus has this word (normalised, or by light stem). */
  has(word: string): boolean {
    const norm = normalizeArabic(word);
    return this.known.has(norm) || this.known.has(lightStem(norm));
  }

  /** Corpus words spelt like `word` (which the corpus lacks), best first. */
  closest(word: string, options: { minScore?: number; max?: number } = {}): SpellingVariant[] {
    const minScore = options.minScore ?? 0.75;
    const stem = consonantSkeleton(lightStem(normalizeArabic(word)));
    if (stem.length < 3) return [];
    const grams = new Set(charNgrams(stem, GRAM));
    const shared = new Map<number, number>();
    for (const gram of grams)
      for (const id of this.byGram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const out: SpellingVariant[] = [];
    for (const [id, common] of shared) {
      const candidate = this.stems[id] ?? "";
      if (Math.min(candidate.length, stem.length) / Math.max(candidate.length, stem.length) < 0.75) continue;
      const other = new Set(charNgrams(candidate, GRAM)).size;
      const score = (2 * common) / (grams.size + other);
      if (score >= minScore) out.push({ word: this.words[id]?.[0] ?? candidate, score });
    }
    return out.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1)).slice(0, options.max ?? 2);
  }
}
