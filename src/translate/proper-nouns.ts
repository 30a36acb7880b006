import { readFile } from "node:fs/promises";
import { AppError } from "../core/errors.js";
import { normalizeArabic } from "../text/normalize.js";

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
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return ProperNouns.empty();
      throw new AppError("LEXICON_INVALID", `Cannot read the proper nouns list ${file}`, { cause: error });
    }
    return ProperNouns.parse(text);
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
