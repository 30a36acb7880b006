/**
 * Spelling neighbours of an English word for dictionary look-up: every string one edit away
 * (Damerau: an adjacent transposition, a deletion, an insertion or a substitution of a letter
 * a–z), in that order, without duplicates or the word itself. Questions are typed by people
 * ("ctenphores", "agenchy"); a long word the dictionary lacks is more often a typo of a word
 * it has than a word of its own.
 */
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++)
    out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i <= word.length; i++)
    for (const letter of LETTERS) out.add(word.slice(0, i) + letter + word.slice(i));
  for (let i = 0; i < word.length; i++)
    for (const letter of LETTERS)
      if (letter !== word[i]) out.add(word.slice(0, i) + letter + word.slice(i + 1));
  out.delete(word);
  return [...out];
}
