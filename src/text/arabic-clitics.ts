/**
 * The article and what is glued before it, for matching words whatever their definiteness:
 * the dictionary lists `جماعي` and `الجماعي` alike, an office is «وزير» in «والوزير»,
 * «بالوزير» and «للوزير». This is not a stemmer (see `lightStem` in `arabic-analyzer.ts`):
 * it removes the article only, with a conjunction or preposition on it, and never a letter
 * that may be the word's own.
 */

/** An article with its preposition (بال، كال، لل = ل + ال) or alone, at the start of a word. */
const ARTICLE = /^(?:بال|كال|لل|ال)/;
/** A conjunction before an article form. */
const CONJUNCTION = /^[وف]/;

/**
 * A normalised word without its article (ال، بال، كال، لل), with or without a conjunction
 * (و، ف) before it: «والامن», «وبالامن», «للامن» → «امن». At least two letters remain, and
 * the conjunction goes only with an article: «وكاله» (agency) keeps its letters.
 */
export function withoutArticle(norm: string): string {
  const afterConjunction = CONJUNCTION.test(norm) ? norm.slice(1) : undefined;
  for (const word of afterConjunction === undefined ? [norm] : [afterConjunction, norm]) {
    const article = ARTICLE.exec(word)?.[0];
    if (article !== undefined && word.length - article.length >= 2) return word.slice(article.length);
  }
  return norm;
}
