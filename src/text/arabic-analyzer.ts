import StemmerAr from "@nlpjs/lang-ar/src/stemmer-ar.js";
import { hasArabicLetter } from "../core/unicode.js";
import { ARABIC_STOPWORDS } from "./arabic-stopwords.js";
import { normalizeArabic } from "./normalize.js";

/**
 * The Arabic analyzer shared by the index and the queries, so both sides see the same
 * terms. Each word yields three views, from strict to loose:
 * - `norm`:  the normalised surface form (hamza/alef, ya, ta marbuta, diacritics folded);
 * - `light`: a light stem (Larkey et al.'s light10: conjunction/article prefixes and the
 *   commonest plural/dual/feminine/pronoun suffixes removed) — robust and precise;
 * - `root`:  the Snowball Arabic stem (@nlpjs/lang-ar) — more aggressive, better recall.
 * Retrieval scores a match in a stricter view higher than one in a looser view.
 */

export interface AnalyzedToken {
  /** Offsets into the analysed text (half-open). */
  readonly start: number;
  readonly end: number;
  readonly norm: string;
  readonly light: string;
  /** Every light stem of the word (`light` first; see `lightStems`). */
  readonly lights: readonly string[];
  readonly root: string;
  readonly isStopword: boolean;
  readonly script: "arabic" | "latin" | "digits" | "other";
}

/** Bumped whenever analysis changes, so indexes built with another analysis are rebuilt. */
export const ANALYZER_VERSION = "ar-analyzer-13";

// Letters, combining marks and digits; tatweel is a letter-like modifier and stays inside words.
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;

const snowball = new StemmerAr();
/** Diacritics and tatweel: marks on a letter, not letters. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const stemCache = new Map<string, string>();

/**
 * The Snowball stemmer relies on hamza and ta marbuta to recognise affixes, so it gets the
 * word with only diacritics/tatweel removed and alef-hamza folded; its output is then fully
 * normalised like every other view.
 */
function snowballStem(word: string, norm: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const light = word.replace(MARKS, "").replace(/[\u0623\u0625\u0622]/g, "\u0627");
  let stem = norm.length <= 3 ? norm : normalizeArabic(String(snowball.stem(light)));
  if (stem.length < 2) stem = norm;
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

const ARTICLE_PREFIXES = ["ال", "لل"];
/** Object pronouns and possessives (هزمهم, ساحلها, مواقفنا), longest first. */
const PRONOUN_SUFFIXES = ["هما", "كما", "هم", "هن", "كم", "نا", "ها"];
const LIGHT_SUFFIXES = ["ان", "ات", "ون", "ين", "يه", "يه", "ه", "ي"];

/**
 * A light stemmer on an already normalised word, after Larkey, Ballesteros & Connell's
 * light10, extended with the single-letter proclitics light10 leaves (ب ل ك, future س), the
 * longer object pronouns (هم, هما, نا …) and the accusative tanween alef (فريقاً → فريق).
 * Each affix is removed only when a plausible stem remains, so short words keep their letters
 * (وزير, بيان, سوريا). `keepClitic` keeps a leading single letter that may be a proclitic or
 * the word's own (لاعبين, كتب, سيارة): see `lightStems`.
 * Not `withoutArticle` (`arabic-clitics.ts`) on purpose: a stem for the index and the queries
 * (single-letter proclitics and suffixes too, its own length thresholds), and any change to it
 * changes the index (`ANALYZER_VERSION`); `withoutArticle` only matches a word with or without
 * its article.
 */
export function lightStem(norm: string, keepClitic = false, keepSuffixes = false): string {
  let word = norm;
  if (!keepClitic) {
    if (word.length >= 5 && (word.startsWith("و") || word.startsWith("ف"))) word = word.slice(1);
    if (word.length >= 5 && /^[بلك]/.test(word) && !word.startsWith("لل")) word = word.slice(1);
  }
  for (const prefix of ARTICLE_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) {
      word = word.slice(prefix.length);
      break;
    }
  }
  if (!keepClitic && word.length >= 5 && /^س[يتنا]/.test(word)) word = word.slice(1);
  // A pronoun before the alef test: «ساحلها» is «ساحل» + «ها», not an accusative.
  for (const suffix of PRONOUN_SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      word = word.slice(0, -suffix.length);
      // A ta marbuta written «ت» before the pronoun («مباراتهم»): the noun's own form.
      if (word.length >= 4 && word.endsWith("ت") && !word.endsWith("ات")) word = `${word.slice(0, -1)}ه`;
      // A plural verb's «و» before the pronoun («ناقشوها», «قالوه»): the verb's stem.
      else if (word.length >= 4 && word.endsWith("و")) word = word.slice(0, -1);
      break;
    }
  }
  // A past plural verb's «وا» («اتفقوا», «ناقشوا»), before the alef is taken for a tanween.
  if (word.length >= 5 && word.endsWith("وا")) word = word.slice(0, -2);
  if (word.length >= 4 && word.endsWith("ا") && !word.endsWith("يا")) word = word.slice(0, -1);
  if (keepSuffixes) return word;
  for (const suffix of LIGHT_SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) word = word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * The word's light stems: `lightStem`, and where that removed a leading letter that may belong
 * to the word (a conjunction, preposition or future prefix: «لاعبين», «كتبها», «سيارة»), also
 * the stem with that letter kept. Index and question both carry both readings, so «اللاعبين»
 * meets «لاعبين» through «لاعب» while «بالموارد» still meets «الموارد».
 */
export function lightStems(norm: string): readonly string[] {
  const stems = [lightStem(norm), lightStem(norm, true)];
  // «وليبيا»: the conjunction off, the letter after it kept (it may be the word's own «ل»).
  if (norm.length >= 5 && /^[وف][بلك]/.test(norm)) stems.push(lightStem(norm.slice(1), true));
  // «ودول», «ودور»: the conjunction on a three-letter word, too short for `lightStem` to take
  // off (it keeps «وزير», «فريق»), read without it as a second reading.
  if (norm.length === 4 && /^[وف]/.test(norm)) stems.push(lightStem(norm.slice(1), true));
  // «بصفة», «بدقة»: a preposition on a three-letter noun, too short for `lightStem` to take off
  // (it keeps «بيان», «كلام»); read without it as a second reading, so «الصفة» meets «بصفة». Only
  // before a feminine noun («ـة»): «بعد», «بين», «لكن» are words of their own, and not before
  // «ا» («لاعب»).
  if (norm.length === 4 && /^[بل][^ا]\Sه$/.test(norm)) stems.push(lightStem(norm.slice(1), true));
  // «للاجئين» is «ل» + «اللاجئين»: the article's «ا» and one «ل» fall out in writing, so a word
  // opening with «ل» loses a letter that is its own when «لل» is read as the article.
  const afterLam = /^[وف]?لل/.exec(norm);
  if (afterLam !== null && norm.length - afterLam[0].length >= 3)
    stems.push(lightStem(norm.slice(afterLam[0].length - 1), true));
  // «ترنيمته», «حكومته»: a ta marbuta written «ت» before «ه»/«ي»/«ك» is also the noun's own
  // «ة» (stemmed away like «الترنيمة» → «ترنيم»); «بيوته» keeps its «ت» in the first reading.
  if (/ت[هيك]$/.test(norm))
    for (const stem of [...stems]) if (stem.length >= 4 && stem.endsWith("ت")) stems.push(stem.slice(0, -1));
  // A short noun keeps its ending whole («الصفة» → «صفه»): «صفته» (his capacity) is «صفه» too.
  if (/ت(?:ه|ها|هم|هما|ك|ي)$/.test(norm))
    for (const stem of [...stems])
      if (stem.length === 3 && stem.endsWith("ت")) stems.push(`${stem.slice(0, -1)}ه`);
  // «فلسطين», «البحرين», «حسين»: a final «ين» that is the word's own, not a plural; read with
  // it kept too, so «بفلسطين» meets «الفلسطينية» (stem «فلسطين») and not only «فلسط».
  if (norm.length >= 5 && norm.endsWith("ين"))
    stems.push(lightStem(norm, false, true), lightStem(norm, true, true));
  // «سوريا», «روسيا», «صحفيا»: a final «يا» protects a name in the first reading; the nisba
  // («السوري», «الروسي») and the adjective's indefinite accusative («صحفياً» ~ «الصحفي») are
  // the same stem without the «ا». Broken plurals in «ايا» («قضايا») are left alone.
  const bare = norm.replace(/^ال/, "");
  if (bare.length >= 5 && /[^ا]يا$/.test(bare)) stems.push(lightStem(norm.slice(0, -1)));
  return [...new Set(stems)];
}

/**
 * Stems of the same root in a neighbouring derived form, read off the stem's first letter: a
 * verb of forms IV, VII, VIII or X opens with «ا» where its participle or noun opens with «م»
 * («اقترح» / «مقترح», «اتفق» / «متفق», «استقر» / «مستقر»); a form V or VI verb opens with «ت»
 * where its participle opens with «مت» («تحدث» / «متحدث»); an imperfect «ي»/«ت»/«ن» stands
 * where the past has «ا» («يقترح» / «اقترح»). A question words its topic in one form, the text
 * in another; a broken plural of the pattern «مفاعل» meets its singular («مشاكل» / «مشكلة»). Stems
 * under four letters are left alone (but for a doubled root's imperfect): too many open so by chance.
 */
export function derivedStems(light: string): readonly string[] {
  // «يحل», «يرد»: the imperfect of a doubled root is its two letters («حل»).
  if (light.length === 3 && light.startsWith("ي")) return [light.slice(1)];
  if (light.length < 4) return [];
  const out = new Set<string>();
  // A broken plural of the pattern «مفاعل»/«فواعل» («مشاكل», «مواقف», «مراكز»): its singular's
  // stem without the long «ا» («مشكل», as «المشكلات» stems).
  if (light.length === 5 && light[2] === "ا") out.add(light.slice(0, 2) + light.slice(3));
  // A past verb's «ت» of the feminine or first person («اقترحت») is no part of the stem.
  const stems = light.length >= 5 && light.endsWith("ت") ? [light, light.slice(0, -1)] : [light];
  for (const stem of stems) {
    const rest = stem.slice(1);
    if (stem !== light) out.add(stem);
    if (stem.startsWith("ا")) out.add(`م${rest}`);
    if (stem.startsWith("م")) {
      out.add(`ا${rest}`);
      if (rest.startsWith("ت") && rest.length >= 4) out.add(rest);
    }
    if (stem.startsWith("ت")) out.add(`م${stem}`);
    if (/^[يتن]/.test(stem)) {
      out.add(`ا${rest}`);
      out.add(`م${rest}`);
      // The Form II imperfect «ينسق» (yunassiq) and its verbal noun «تنسيق» (tafʿīl).
      if (stem.length === 4) out.add(`ت${rest.slice(0, 2)}ي${rest.slice(2)}`);
    }
  }
  // The Form II verbal noun «ترحيب» (tafʿīl) meets its imperfect «ترحب»/«يرحب».
  const masdar = /^ت(\S\S)ي(\S)$/.exec(light);
  if (masdar !== null) out.add(`ت${masdar[1]}${masdar[2]}`).add(`ي${masdar[1]}${masdar[2]}`);
  out.delete(light);
  return [...out];
}

/** A preposition («ل», «ب», «ك»), maybe after «و»/«ف», glued before a hamza-initial word. */
const PROCLITIC_BEFORE_HAMZA = /^([وف]?[لبك])[أإآ]/u;

/**
 * «لأمن», «بإقامة», «لأول»: the hamza, folded away by normalisation, shows the letter before it
 * is a preposition (no Arabic word starts «لأ»). The word after it (marks removed), when at
 * least three letters remain; the analyzer and the name detector both read it.
 */
export function afterHamzaProclitic(word: string): string | undefined {
  const bare = word.replace(MARKS, "");
  const proclitic = PROCLITIC_BEFORE_HAMZA.exec(bare)?.[1];
  if (proclitic === undefined) return undefined;
  const rest = bare.slice(proclitic.length);
  return normalizeArabic(rest).length >= 3 ? rest : undefined;
}

/**
 * The word's light stems, with those of the word after a hamza proclitic: `lightStem` cannot
 * take that letter off a short word, not telling «لامن» from «لاعب».
 */
function withProcliticBeforeHamza(word: string, lights: readonly string[]): readonly string[] {
  const rest = afterHamzaProclitic(word);
  return rest === undefined ? lights : [...new Set([...lights, ...lightStems(normalizeArabic(rest))])];
}

/** Character n-grams of a word with boundary marks (`<word>`), for sub-word matching. */
export function charNgrams(word: string, n: number): string[] {
  const padded = `<${word}>`;
  if (padded.length <= n) return [padded];
  const grams: string[] = [];
  for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  return grams;
}

/** The n-gram size used for sub-word matching in the lexical index. */
export const GRAM_SIZE = 4;

function scriptOf(norm: string): AnalyzedToken["script"] {
  if (/^\d+$/.test(norm)) return "digits";
  if (hasArabicLetter(norm)) return "arabic";
  if (/\p{Script=Latin}/u.test(norm)) return "latin";
  return "other";
}

type WordAnalysis = Omit<AnalyzedToken, "start" | "end">;

/**
 * Analyses by word: a word's analysis depends on the word alone, and a start reads the same
 * words many times (the article's facts make several passes over it, then the question).
 */
const wordCache = new Map<string, WordAnalysis | null>();

/** Analyse one already-isolated word (no offsets). Returns undefined for empty input. */
export function analyzeWord(word: string): WordAnalysis | undefined {
  const analyzed = analysisOf(word);
  return analyzed === null ? undefined : { ...analyzed };
}

function analysisOf(word: string): WordAnalysis | null {
  let analyzed = wordCache.get(word);
  if (analyzed === undefined) {
    analyzed = analyzeUncached(word) ?? null;
    if (wordCache.size > 200_000) wordCache.clear();
    wordCache.set(word, analyzed);
  }
  return analyzed;
}

function analyzeUncached(word: string): WordAnalysis | undefined {
  const norm = normalizeArabic(word);
  if (norm.length === 0) return undefined;
  const script = scriptOf(norm);
  // A conjunction glued to a function word (وماذا، فهل) is still a function word.
  const isStopword =
    ARABIC_STOPWORDS.has(norm) ||
    (/^[وف]/.test(norm) && norm.length > 2 && ARABIC_STOPWORDS.has(norm.slice(1)));
  if (script !== "arabic") return { norm, light: norm, lights: [norm], root: norm, isStopword, script };
  const lights = withProcliticBeforeHamza(word, lightStems(norm));
  return { norm, light: lights[0] ?? norm, lights, root: snowballStem(word, norm), isStopword, script };
}

/** Tokenise and analyse text, keeping offsets into it. */
/**
 * Analyses of texts seen recently: answering analyses the same sentences question after
 * question (ranking's sentence evidence, quote spans, answer-type fit), and the analysis is a
 * pure function of the text. Bounded (cleared when full); the arrays are shared, so read-only.
 */
const RECENT_TEXTS = new Map<string, readonly AnalyzedToken[]>();
const MAX_RECENT_TEXTS = 2_000;

export function analyzeArabic(text: string): readonly AnalyzedToken[] {
  const known = RECENT_TEXTS.get(text);
  if (known !== undefined) return known;
  const tokens: AnalyzedToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const word = match[0];
    const analyzed = analysisOf(word);
    if (analyzed === null) continue;
    // Spelled out, not spread: one object shape, built several times faster (hot at scale).
    tokens.push({
      norm: analyzed.norm,
      light: analyzed.light,
      lights: analyzed.lights,
      root: analyzed.root,
      isStopword: analyzed.isStopword,
      script: analyzed.script,
      start,
      end: start + word.length,
    });
  }
  if (RECENT_TEXTS.size >= MAX_RECENT_TEXTS) RECENT_TEXTS.clear();
  RECENT_TEXTS.set(text, tokens);
  return tokens;
}
