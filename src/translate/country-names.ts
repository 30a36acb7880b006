import { analyzeArabic } from "../text/arabic-analyzer.js";
import { normalizeArabic } from "../text/normalize.js";
import { readOptionalList } from "./optional-list.js";

/**
 * Arabic country names (`data/lexicon/ar-countries.txt`, built by `npm run lexicon:build` from
 * iso-codes, WordNet and FreeDict): which countries a text names, so a question asking which
 * countries do something is answered only by a passage that names one.
 */
const SHADDA = "\u0651";

export class CountryNames {
  private constructor(
    private readonly single: ReadonlySet<string>,
    private readonly phrases: readonly string[],
    /** Normalised capital → its country's normalised name («موسكو» → «روسيا»). */
    private readonly capitals: ReadonlyMap<string, string> = new Map(),
  ) {}

  static empty(): CountryNames {
    return new CountryNames(new Set(), []);
  }

  /**
   * The list in `file` and the capitals in `capitalsFile` (`data/lexicon/ar-capitals.txt`:
   * `capital<TAB>country` lines); either may be absent, as for `load`.
   */
  static async loadWithCapitals(file: string, capitalsFile: string): Promise<CountryNames> {
    const names = await CountryNames.load(file);
    const text = await readOptionalList(capitalsFile, "capitals list");
    return text === undefined ? names : names.withCapitals(text);
  }

  /** These names with the capitals of `text` (`capital<TAB>country` lines, `#` comments). */
  withCapitals(text: string): CountryNames {
    const capitals = new Map<string, string>();
    for (const line of text.split("\n")) {
      if (line.trim().startsWith("#")) continue;
      const [capital, country] = line.split("\t").map((x) => normalizeArabic(x?.trim() ?? ""));
      if (capital !== undefined && country !== undefined && capital.length > 0 && country.length > 0)
        capitals.set(capital, country);
    }
    return new CountryNames(this.single, this.phrases, capitals);
  }

  /**
   * The list in `file`; empty when there is no such file (lexicons built before it existed have
   * none). Any other failure to read it is an `AppError` (`LEXICON_INVALID`) keeping its cause.
   */
  static async load(file: string): Promise<CountryNames> {
    const text = await readOptionalList(file, "country names list");
    return text === undefined ? CountryNames.empty() : CountryNames.parse(text);
  }

  static parse(text: string): CountryNames {
    const single = new Set<string>();
    const phrases: string[] = [];
    for (const line of text.split("\n")) {
      const name = normalizeArabic(line.trim());
      if (name.length === 0 || line.trim().startsWith("#")) continue;
      if (name.includes(" ")) phrases.push(name);
      else single.add(name);
    }
    return new CountryNames(single, phrases);
  }

  /**
   * The countries a text names or means by their capitals («لدى موسكو وعمّان» → Russia and
   * Jordan): news names a government by its seat. A capital spelt like a country («عمان», Oman)
   * counts only with the shadda that tells it apart («عمّان»).
   */
  meantIn(text: string): string[] {
    const found = new Set(this.namesIn(text));
    for (const token of analyzeArabic(text)) {
      const bare = token.norm.replace(/^[وف]/, "");
      for (const form of [token.norm, bare, bare.replace(/^[بلك]/, "")]) {
        const country = this.capitals.get(form);
        if (country === undefined) continue;
        if (this.single.has(form) && !text.slice(token.start, token.end).includes(SHADDA)) continue;
        found.add(country);
      }
    }
    return [...found];
  }

  /**
   * The country whose capital this normalised word is («موسكو» → «روسيا»), and whether the word
   * also names a country of its own («عمان»: Oman as well as Amman).
   */
  countryOfCapital(norm: string): { country: string; alsoCountry: boolean } | undefined {
    const country = this.capitals.get(norm);
    return country === undefined ? undefined : { country, alsoCountry: this.single.has(norm) };
  }

  /** The countries a text names (normalised), with a conjunction or preposition glued on. */
  namesIn(text: string): string[] {
    const found = new Set<string>();
    for (const token of analyzeArabic(text)) {
      // A shadda no country name carries marks another word: «عمّان» is Amman, not Oman.
      if (text.slice(token.start, token.end).includes(SHADDA)) continue;
      // «وسوريا», «بالأردن», «لإسرائيل»: at most a conjunction and one preposition before the name.
      const bare = token.norm.replace(/^[وف]/, "");
      for (const form of [token.norm, bare, bare.replace(/^[بلك]/, "")])
        if (this.single.has(form)) found.add(form);
    }
    const norm = ` ${analyzeArabic(text)
      .map((t) => t.norm)
      .join(" ")} `;
    for (const phrase of this.phrases) if (norm.includes(` ${phrase} `)) found.add(phrase);
    return [...found];
  }
}
