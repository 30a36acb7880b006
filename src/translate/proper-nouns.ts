import { normalizeArabic } from "../text/normalize.js";
import { readOptionalList } from "./optional-list.js";

/**
 * Arabic proper nouns the dictionaries name (دمشق "Damascus", فيينا "Vienna"): Arabic has no
 * capitals, so a place or person the transliteration test misses (دمشق does not sound like
 * "Damascus") is recognised by its dictionary sense being a name only. Built by
 * `npm run lexicon:build` from FreeDict and WordNet (`data/lexicon/ar-proper-nouns.txt`).
 */
export class ProperNouns {
  private constructor(private readonly names: ReadonlySet<string>) {}

  static empty(): ProperNouns {
    return new ProperNouns(new Set());
  }

  /**
   * The list in `file`; empty when there is no such file (the list is optional: lexicons built
   * before it existed have none). Any other failure to read it is an `AppError`
   * (`LEXICON_INVALID`) naming the file and keeping the cause, not a silently empty list.
   */
  static async load(file: string): Promise<ProperNouns> {
    const text = await readOptionalList(file, "proper nouns list");
    return text === undefined ? ProperNouns.empty() : ProperNouns.parse(text);
  }

  static parse(text: string): ProperNouns {
    const names = new Set<string>();
    for (const line of text.split("\n")) {
      const word = line.trim();
      if (word.length > 0 && !word.startsWith("#")) names.add(normalizeArabic(word));
    }
    return new ProperNouns(names);
  }

  /**
   * Whether a written word is one of the names, with a glued «و/ف/ب/ل» or the article. Tries
   * every reading, not `withoutArticle` alone: names take «ب»/«ل» directly («بدمشق», «لفيينا»),
   * and the word as written is tried first, since a name may begin with those letters.
   */
  has(word: string): boolean {
    const norm = normalizeArabic(word);
    for (const form of [norm, norm.replace(/^[وف]/, "")]) {
      if (this.names.has(form)) return true;
      const bare = form.replace(/^[بل]/, "");
      if (this.names.has(bare) || this.names.has(form.replace(/^(?:ال|بال|لل|وال)/, ""))) return true;
    }
    return false;
  }
}
