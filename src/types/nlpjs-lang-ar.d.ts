// Minimal typings for the part of @nlpjs/lang-ar this project uses (the package ships none).
declare module "@nlpjs/lang-ar" {
  /** The Snowball Arabic stemmer. */
  export class StemmerAr {
    constructor(container?: unknown);
    stem(word: string): string;
  }
}
