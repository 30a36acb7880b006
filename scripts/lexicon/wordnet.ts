/**
 * Reader for the Princeton WordNet 3.0 database files (Debian `wordnet-base`,
 * `/usr/share/wordnet`, WordNet 3.0 licence), used by `build-lexicon.ts` to widen thin
 * FreeDict entries with the translations of an English word's synonyms and derivations.
 *
 * Formats (wndb(5WN)):
 *  - `index.POS`: `lemma pos synset_cnt p_cnt [ptr_symbol]{p_cnt} sense_cnt tagsense_cnt
 *    synset_offset{synset_cnt}`; offsets in sense order (most frequent first).
 *  - `data.POS`: `offset lex_filenum ss_type w_cnt(hex) [word lex_id(hex)]{w_cnt}
 *    p_cnt(dec) [symbol offset pos source/target(hex 2+2)]{p_cnt} … | gloss`. A pointer with
 *    source/target `0000` links whole synsets; otherwise it links word `source` of this synset
 *    to word `target` of the other (lexical pointers: derivation `+`, pertainym `\`).
 *  - `POS.exc`: `inflected base…` (irregular forms).
 * Lemmas use `_` for spaces and adjectives may carry a marker `(a)`, `(p)`, `(ip)`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type WordNetPos = "n" | "v" | "a" | "r";

const FILE_POS: Record<WordNetPos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };

interface Pointer {
  readonly symbol: string;
  readonly target: string;
  readonly source: number;
  readonly targetWord: number;
}

export interface Synset {
  readonly words: readonly string[];
  /**
   * Which words WordNet writes with a capital (names: `Phoebe` in a synset of `five`, `Lefebvre`):
   * a name stands for one referent, not for the common word it shares a synset with.
   */
  readonly proper?: readonly boolean[];
  readonly pointers: readonly Pointer[];
}

/** Relation weights: how strongly a related lemma stands in for the word itself. */
export interface RelationWeights {
  /** Another lemma of the same synset. */
  readonly synonym: number;
  /** Derivationally related form (`+`): `discuss` ↔ `discussion`. */
  readonly derivation: number;
  /** Pertainym (`\`): `national` → `nation`, `politically` → `political`. */
  readonly pertainym: number;
  /** Lemmas of a similar adjective synset (`&`). */
  readonly similar: number;
  /** Lemmas of a hypernym synset (`@`, `@i`): a broader word. */
  readonly hypernym: number;
}

export const DEFAULT_RELATIONS: RelationWeights = {
  synonym: 1,
  derivation: 0.7,
  pertainym: 0.7,
  similar: 0.4,
  hypernym: 0,
};

/** Pointer symbols kept from the data files (the rest are never read). */
const KEPT_POINTERS = new Set(["+", "\\", "&", "@", "@i"]);

export function cleanLemma(raw: string): string {
  return raw
    .replace(/\((?:a|p|ip)\)$/, "")
    .replace(/_/g, " ")
    .toLowerCase();
}

/** Parse one `data.POS` line (not a licence line, which starts with spaces). */
export function parseDataLine(line: string, pos: WordNetPos): { id: string; synset: Synset } | undefined {
  if (line.length === 0 || line.startsWith(" ")) return undefined;
  const bar = line.indexOf(" | ");
  const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(" ");
  const offset = fields[0] ?? "";
  const wordCount = Number.parseInt(fields[3] ?? "", 16);
  if (!Number.isFinite(wordCount)) throw new Error(`malformed WordNet data line ${offset}`);
  const words: string[] = [];
  const proper: boolean[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) {
    words.push(cleanLemma(fields[i] ?? ""));
    proper.push(/^\p{Lu}/u.test(fields[i] ?? ""));
  }
  const pointerCount = Number.parseInt(fields[i] ?? "", 10);
  i += 1;
  const pointers: Pointer[] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) {
    const symbol = fields[i] ?? "";
    if (!KEPT_POINTERS.has(symbol)) continue;
    const targetPos = (fields[i + 2] ?? "n").replace("s", "a");
    const st = fields[i + 3] ?? "0000";
    pointers.push({
      symbol,
      target: `${targetPos}${fields[i + 1] ?? ""}`,
      source: Number.parseInt(st.slice(0, 2), 16),
      targetWord: Number.parseInt(st.slice(2), 16),
    });
  }
  return { id: `${pos}${offset}`, synset: { words, pointers, proper } };
}

export class WordNet {
  readonly #synsets = new Map<string, Synset>();
  /** lemma → synset ids, in sense order, per part of speech (noun, verb, adjective, adverb). */
  readonly #senses = new Map<string, string[][]>();
  readonly #exceptions = new Map<string, string[]>();
  /** `lemma|pos|sense number` → times the sense was tagged in the concordance (`cntlist.rev`). */
  readonly #senseCounts = new Map<string, number>();
  /** lemma → senses tagged in WordNet's semantic concordance (a frequency estimate). */
  readonly #tagged = new Map<string, number>();

  static load(dir: string): WordNet {
    const wn = new WordNet();
    const order: WordNetPos[] = ["n", "v", "a", "r"];
    order.forEach((pos, p) => {
      const name = FILE_POS[pos];
      for (const line of readFileSync(path.join(dir, `data.${name}`), "utf8").split("\n")) {
        const parsed = parseDataLine(line, pos);
        if (parsed !== undefined) wn.#synsets.set(parsed.id, parsed.synset);
      }
      for (const line of readFileSync(path.join(dir, `index.${name}`), "utf8").split("\n")) {
        if (line.length === 0 || line.startsWith(" ")) continue;
        const fields = line.trim().split(" ");
        const lemma = cleanLemma(fields[0] ?? "");
        const synsetCount = Number.parseInt(fields[2] ?? "0", 10);
        const offsets = fields.slice(fields.length - synsetCount);
        const tagged = Number.parseInt(fields[fields.length - synsetCount - 1] ?? "0", 10);
        wn.#tagged.set(lemma, (wn.#tagged.get(lemma) ?? 0) + (Number.isFinite(tagged) ? tagged : 0));
        let perPos = wn.#senses.get(lemma);
        if (perPos === undefined) {
          perPos = [[], [], [], []];
          wn.#senses.set(lemma, perPos);
        }
        perPos[p] = offsets.map((o) => `${pos}${o}`);
      }
      for (const line of readFileSync(path.join(dir, `${name}.exc`), "utf8").split("\n")) {
        const [form, ...bases] = line.trim().split(" ");
        if (form === undefined || form.length === 0) continue;
        const list = wn.#exceptions.get(cleanLemma(form)) ?? [];
        for (const b of bases) if (!list.includes(cleanLemma(b))) list.push(cleanLemma(b));
        wn.#exceptions.set(cleanLemma(form), list);
      }
    });
    wn.#readSenseCounts(path.join(dir, "cntlist.rev"));
    return wn;
  }

  /** `cntlist.rev` lines: `lemma%ss_type:…  sense_number  tag_count` (ss_type 5 = adjective). */
  #readSenseCounts(file: string): void {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return; // optional: without it, senses weigh by rank alone
    }
    const posOf: Record<string, number> = { "1": 0, "2": 1, "3": 2, "4": 3, "5": 2 };
    for (const line of text.split("\n")) {
      const [key = "", sense = "", count = ""] = line.split(" ");
      const percent = key.indexOf("%");
      const pos = posOf[key.charAt(percent + 1)];
      if (percent <= 0 || pos === undefined) continue;
      const id = `${cleanLemma(key.slice(0, percent))}|${pos}|${Number(sense) - 1}`;
      this.#senseCounts.set(id, (this.#senseCounts.get(id) ?? 0) + Number(count));
    }
  }

  /**
   * Weight of a lemma's sense: 1/(rank+1), plus, with `byFrequency`, the times the sense was
   * tagged in WordNet's concordance (so `exact` the adjective outweighs `exact` the verb).
   */
  #senseWeight(lemma: string, pos: number, rank: number, byFrequency: boolean): number {
    const prior = 1 / (rank + 1);
    return byFrequency ? prior + (this.#senseCounts.get(`${lemma}|${pos}|${rank}`) ?? 0) : prior;
  }

  /**
   * How likely `lemma` means synset `id`: 1/(rank+1) over the lemma's senses in all parts of
   * speech, normalised (0 when it is not one of its senses). A synonym's dictionary
   * translation renders its dominant sense, so it speaks for a synset only as much as that
   * synset is the synonym's usual meaning (`pass` in the synset of `occur` is a rare sense).
   */
  senseProbability(lemma: string, id: string, byFrequency = false): number {
    const perPos = this.#senses.get(lemma);
    if (perPos === undefined) return 0;
    let total = 0;
    let mine = 0;
    perPos.forEach((ids, pos) => {
      ids.forEach((other, rank) => {
        const w = this.#senseWeight(lemma, pos, rank, byFrequency);
        total += w;
        if (other === id) mine = w;
      });
    });
    return total === 0 ? 0 : mine / total;
  }

  /**
   * A prior for how common a lemma is, from how many of its senses WordNet's tagged corpus
   * saw: 1/3 for a lemma never seen there, towards 1 for common words. A rare relative's
   * dictionary translation is often wrong or off-sense (`castling`).
   */
  commonness(lemma: string): number {
    const tagged = this.#tagged.get(lemma) ?? 0;
    return (tagged + 1) / (tagged + 3);
  }

  /**
   * The synsets of `lemma` in one part of speech (0 noun, 1 verb, 2 adjective, 3 adverb), most
   * common sense first, with their ids.
   */
  sensesOf(lemma: string, pos: number): { readonly id: string; readonly synset: Synset }[] {
    const ids = this.#senses.get(lemma)?.[pos] ?? [];
    return ids.flatMap((id) => {
      const synset = this.#synsets.get(id);
      return synset === undefined ? [] : [{ id, synset }];
    });
  }

  /** Every lemma WordNet knows (lowercased, spaces for `_`). */
  lemmas(): IterableIterator<string> {
    return this.#senses.keys();
  }

  /** True when WordNet lists a verb sense of `lemma`. */
  isVerb(lemma: string): boolean {
    return (this.#senses.get(lemma)?.[1]?.length ?? 0) > 0;
  }

  has(lemma: string): boolean {
    return this.#senses.has(lemma);
  }

  /** Base forms of an inflected word from the exception lists (`led` → `lead`). */
  exceptionBases(word: string): readonly string[] {
    return this.#exceptions.get(word) ?? [];
  }

  /**
   * Lemmas related to `lemma`, with weights: for each sense (decaying as 1/(rank+1), so the
   * common senses dominate; each part of speech weighs by its share of senses), its synonyms,
   * its own derivations and pertainyms, and optionally similar and broader synsets. The
   * weights of one lemma sum to at most the largest relation weight.
   */
  related(
    lemma: string,
    weights: RelationWeights = DEFAULT_RELATIONS,
    bySense = false,
    byCommonness = false,
    byFrequency = false,
  ): Map<string, number> {
    const out = new Map<string, number>();
    const perPos = this.#senses.get(lemma);
    if (perPos === undefined) return out;
    const all = perPos.flatMap((ids, pos) =>
      ids.map((id, rank) => ({ id, w: this.#senseWeight(lemma, pos, rank, byFrequency) })),
    );
    const total = all.reduce((s, x) => s + x.w, 0);
    const add = (word: string, w: number, id: string) => {
      const p =
        (bySense ? this.senseProbability(word, id, byFrequency) : 1) *
        (byCommonness ? this.commonness(word) : 1);
      if (word !== lemma && w * p > 0) out.set(word, (out.get(word) ?? 0) + w * p);
    };
    for (const { id, w: raw } of all) {
      const synset = this.#synsets.get(id);
      if (synset === undefined) continue;
      const w = raw / total;
      const self = synset.words.indexOf(lemma) + 1;
      const selfProper = synset.proper?.[self - 1] ?? false;
      for (const [k, word] of synset.words.entries()) {
        // A common word's synonyms that are names, letters or digits (five ~ Phoebe, V, 5).
        if (!selfProper && (synset.proper?.[k] === true || !/\p{L}\p{L}/u.test(word))) continue;
        add(word, w * weights.synonym, id);
      }
      for (const p of synset.pointers) {
        const target = this.#synsets.get(p.target);
        if (target === undefined) continue;
        const lexical = p.source !== 0;
        if (lexical && p.source !== self) continue;
        const weight =
          p.symbol === "+"
            ? weights.derivation
            : p.symbol === "\\"
              ? weights.pertainym
              : p.symbol === "&"
                ? weights.similar
                : weights.hypernym;
        if (weight <= 0) continue;
        const targets = lexical ? [target.words[p.targetWord - 1] ?? ""] : target.words;
        for (const word of targets) if (word.length > 0) add(word, (w * weight) / targets.length, p.target);
      }
    }
    return out;
  }
}
