// Minimal typings for the part of @nlpjs/lang-ar this project uses (the package ships none).
declare module "@nlpjs/lang-ar/src/stemmer-ar.js" {
  /**
   * The Snowball Arabic stemmer, imported from its own file: the package's index also loads its
   * sentiment lexicon, tokenizer and normalizer, which every start would pay for and none uses.
   */
  export default class StemmerAr {
    constructor(container?: unknown);
    stem(word: string): string;
  }
}
