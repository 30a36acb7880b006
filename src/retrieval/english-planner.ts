import type { Lang } from "../core/types.js";
import { lightStem } from "../text/arabic-analyzer.js";
import { normalizeArabic } from "../text/normalize.js";
import { isEnglishFrameWord, isEnglishTypeNoun, isRulerTitle } from "../text/question-words.js";
import { isStopword, REPORTING_VERBS, tokenizeEnglish } from "../translate/english.js";
import type { Lexicon, Translation } from "../translate/lexicon.js";
import { type SpellingVariants, sameWordSpelling } from "../translate/spelling-variants.js";
import {
  matchTransliteration,
  type TransliterationIndex,
  type TransliterationMatch,
} from "../translate/transliterate/index.js";
import { isBareVerbUse } from "../translate/verb-use.js";
import { type CountryOfCapital, withCapitalCountries } from "./capital-countries.js";
import { combine, weighted } from "./planned-forms.js";
import type { QueryPlanner } from "./planner.js";
import {
  type ArabicForm,
  expandForms,
  type PlannedWord,
  planArabicQuestion,
  type QueryPlan,
} from "./query-plan.js";

/**
 * Plans questions in both languages. English questions are translated offline into
 * structured Arabic queries (Darwish & Oard's PSQ): each English word or dictionary phrase
 * becomes ONE group whose alternatives are its Arabic translations weighted by translation
 * probability, so a word with eight senses weighs no more than a word with one. Names the
 * dictionary lacks (Lavrov, Safadi, Astana …) are matched by transliteration against the
 * corpus's own vocabulary; numbers and Latin words are kept as they are.
 */

export interface BilingualPlannerDeps {
  readonly lexicon: Lexicon;
  readonly transliteration: TransliterationIndex;
  /** The corpus's own spellings of dictionary forms it lacks (الأوكسجين → الأكسجين). */
  readonly spellings?: SpellingVariants;
  /** Is this Arabic word, as a user wrote it, a name (Arabic has no capitals to tell)? */
  readonly isArabicName?: (word: string) => boolean;
  /** Does this Arabic translation of an English word spell a name? (Default: `isArabicName`.) */
  readonly spellsArabicName?: (word: string) => boolean;
  /** Does the dictionary know this Arabic word (as the translation of some English word)? */
  readonly isKnownArabicWord?: (word: string) => boolean;
  /** The country a capital names (`CountryNames.countryOfCapital`); none without a gazetteer. */
  readonly countryOfCapital?: CountryOfCapital;
}

/**
 * Least transliteration score that reads a dictionary word as a name. 0.9: at 0.85 common
 * capitalised words matched corpus words that merely sound alike (Light ~ بلغت, Health ~
 * حالته, Queen ~ كون, Ottoman ~ تومن) and took 0.85 of their weight from the dictionary's
 * sense (xquad-dev en R@1 0.818 → 0.821, MRR 0.873 → 0.876; 0.875 the same, 0.95 loses the gain).
 */
const KNOWN_WORD_NAME_SCORE = 0.9;
/** Transliterations kept: those within this score of the best one. */
const TRANSLITERATION_MARGIN = 0.05;
/** How loosely a name may match a corpus word before its absence counts as evidence. */
const LOOSE_NAME_MATCH = { threshold: 0.65, shortWordThreshold: 0.85 } as const;
/** Share of a dictionary form's weight moved to the corpus's spelling of it. */
const VARIANT_SHARE = 0.7;
/** Share of a word's weight lent to the senses of its derivational base. */
const DERIVED_SHARE = 0.2;
const DERIVED_SHARE_FEW_SENSES = 0.35;

/** Words that, after "how", ask for a quantity ("how many", "how long"): the answer's kind, not its topic. */
const HOW_QUANTITY = new Set(["many", "much", "long", "old", "far", "often"]);
/** Nouns that name the answer's kind ("what type of", "the name of"), not its topic. */
const ANSWER_KIND = new Set(["name", "names", "type", "types", "kind", "kinds", "sort", "sorts"]);

/**
 * Whether the (lowercased) word at `i` only frames the question: "many" in "how many", "name"
 * in "what name" or "the name of", "type" in "what type of". Searching for them matches
 * الكثير or الاسم wherever they occur (xquad-dev English R@1 0.769 → 0.775).
 */
export function isQuestionFrame(words: readonly string[], i: number): boolean {
  const word = words[i];
  if (word === undefined) return false;
  const before = words[i - 1];
  if (before === "how" && HOW_QUANTITY.has(word)) return true;
  return ANSWER_KIND.has(word) && (words[i + 1] === "of" || before === "what" || before === "which");
}

/**
 * Weight of the noun naming the answer's kind ("which countries"): measured 0.2 and 0.4 (talks
 * dev English hit@1 .917 → 1, xquad-dev first quote .571 → .573 / .574, nothing else moved).
 */
const TYPE_NOUN_BOOST = 0.4;

/** English words whose transliteration matches are remembered (cleared when full). */
const MAX_REMEMBERED_SOUNDS = 5_000;

export class BilingualPlanner implements QueryPlanner {
  /**
   * Transliteration matches of English words already looked up (the default match, and the
   * loose one under `~`). Matching a word against a large corpus's vocabulary takes
   * milliseconds, and is a pure function of the word: questions about one story repeat names.
   */
  private readonly sounds = new Map<string, readonly TransliterationMatch[]>();

  constructor(private readonly deps: BilingualPlannerDeps) {}

  /** The same planner with nothing remembered (benchmarks time each measurement from cold). */
  withFreshCaches(): BilingualPlanner {
    return new BilingualPlanner(this.deps);
  }

  private soundsLike(word: string, loose: boolean): readonly TransliterationMatch[] {
    const key = loose ? `~${word}` : word;
    let found = this.sounds.get(key);
    if (found === undefined) {
      found = matchTransliteration(this.deps.transliteration, word, loose ? LOOSE_NAME_MATCH : {});
      if (this.sounds.size >= MAX_REMEMBERED_SOUNDS) this.sounds.clear();
      this.sounds.set(key, found);
    }
    return found;
  }

  plan(question: string, lang: Lang): QueryPlan {
    const plan =
      lang === "ar"
        ? this.withNameSpellings(planArabicQuestion(question, this.deps.isArabicName))
        : this.planEnglish(question);
    const countryOf = this.deps.countryOfCapital;
    return countryOf === undefined ? plan : withCapitalCountries(plan, countryOf);
  }

  planEnglish(question: string): QueryPlan {
    const tokens = tokenizeEnglish(question);
    const tokenWords = tokens.map((t) => t.word);
    const words: PlannedWord[] = [];
    const seen = new Set<string>();
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i];
      if (token === undefined) break;
      const phrase = this.deps.lexicon.lookupPhrase(tokenWords, i);
      if (phrase !== undefined && phrase.length >= 2) {
        const surface = question.slice(token.start, tokens[i + phrase.length - 1]?.end ?? token.end);
        // A capitalised phrase inside the sentence ("the United States") names something.
        const named = i > 0 && surface.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
        this.push(words, seen, surface, weighted(phrase.translations), named, "dictionary");
        i += phrase.length;
        continue;
      }
      i += 1;
      // "3rd", "21st": the ordinal suffix is not a word.
      if (/^(st|nd|rd|th)$/.test(token.word) && /\d$/.test(question.slice(0, token.start))) continue;
      if (isStopword(token.word) && token.compound === undefined) continue;
      if (/^\p{N}/u.test(token.word)) {
        // Numbers are often spelt out or left out in Arabic text: their absence proves little.
        this.push(words, seen, token.surface, [{ arabic: token.word, weight: 1 }], false, "literal");
        continue;
      }
      // Stopwords and the words that frame a question ("quote", "say", "please") name no topic.
      if (isStopword(token.word) || isEnglishFrameWord(token.word)) continue;
      if (isEnglishTypeNoun(token.surface, tokens[i - 2]?.word)) {
        // "Which countries…" asks for countries: the word is the answer's kind, not its topic,
        // yet a passage naming «البلدان» is likelier to list them. A light, framing word:
        // present it helps, absent it is no evidence.
        const before = words.length;
        this.push(
          words,
          seen,
          token.surface,
          weighted(this.lookup(token.word, token.compound)),
          false,
          "dictionary",
        );
        const typeWord = words[before];
        if (typeWord !== undefined)
          words[before] = { ...typeWord, frame: true, group: { ...typeWord.group, boost: TYPE_NOUN_BOOST } };
        continue;
      }
      if (isQuestionFrame(tokenWords, i - 1)) continue;
      const verb = token.compound === undefined && isBareVerbUse(tokenWords, i - 1);
      const dictionary = this.withCorpusSpellings(weighted(this.lookup(token.word, token.compound, verb)));
      const capitalised = /^\p{Lu}/u.test(token.surface) && (i > 1 || dictionary.length === 0);
      const sounds = capitalised || dictionary.length === 0 ? this.soundsLike(token.word, false) : [];
      // For a word the dictionary knows (Arab, Gulf), a transliteration must look like a name
      // and match closely; otherwise it is an ordinary word that happens to sound alike
      // (Arab ~ الإرهاب). Unknown words (Lavrov, Safadi) take what the corpus offers.
      const names =
        dictionary.length === 0
          ? sounds
          : sounds.filter((m) => m.score >= KNOWN_WORD_NAME_SCORE && this.isNameLike(m.arabic));
      // Close runners-up only: a weaker match is usually another word that sounds alike.
      const bestName = names[0]?.score ?? 0;
      const transliterations: ArabicForm[] = names
        .filter((m) => m.score >= bestName - TRANSLITERATION_MARGIN)
        .flatMap((m) => m.forms.slice(0, 2).map((arabic) => ({ arabic, weight: m.score })));
      const { forms, via } = combine(dictionary, transliterations, capitalised);
      // Latin words also occur inside Arabic text (brand names, acronyms): keep the word itself.
      const withLiteral: ArabicForm[] =
        forms.length === 0
          ? [{ arabic: token.word, weight: 1 }]
          : capitalised
            ? [...forms, { arabic: token.word, weight: 0.1 }]
            : forms;
      // A capitalised word the corpus does not spell out (Ukraine, Navalny) names what the
      // question is about; if its translations are absent too, the corpus does not cover it.
      // Names are spelt many ways in Arabic: the word counts as absent (and so the question as
      // not covered) only when not even a looser transliteration finds a corpus word like it
      // (a word with close matches has looser ones too: every threshold of the loose match is
      // lower, so the loose look-up is needed only when the default one found nothing).
      const specific =
        isRulerTitle(token.word, "en") ||
        (capitalised &&
          names.length === 0 &&
          sounds.length === 0 &&
          this.soundsLike(token.word, true).length === 0);
      this.push(words, seen, token.surface, withLiteral, specific, forms.length === 0 ? "literal" : via);
    }
    const vectorText = words
      .flatMap((w) =>
        w.forms
          .filter((f) => f.weight >= 0.15)
          .slice(0, 2)
          .map((f) => f.arabic),
      )
      .join(" ");
    return { lang: "en", question, words, vectorText };
  }

  /**
   * Dictionary senses of a word, widened with the senses of the word it derives from
   * (FreeDict often lists one narrow sense: `national` → المواطن "citizen"; `nation` adds
   * الأمة/الوطن, whose stems also match الوطني).
   */
  private lookup(word: string, compound: string | undefined, verb = false): Translation[] {
    if (compound !== undefined) {
      const whole = this.deps.lexicon.lookup(compound);
      if (whole.length > 0) return whole;
    }
    const own = this.deps.lexicon.lookupInContext(word, verb);
    const derived = this.deps.lexicon.lookupDerived(word);
    if (derived.length === 0) return own;
    if (own.length === 0) return derived;
    const share = own.length <= 2 ? DERIVED_SHARE_FEW_SENSES : DERIVED_SHARE;
    const mixed = new Map<string, number>();
    for (const t of own) mixed.set(t.arabic, (mixed.get(t.arabic) ?? 0) + (1 - share) * t.weight);
    for (const t of derived) mixed.set(t.arabic, (mixed.get(t.arabic) ?? 0) + share * t.weight);
    return [...mixed].map(([arabic, weight]) => ({ arabic, weight })).sort((a, b) => b.weight - a.weight);
  }

  /**
   * Names in Arabic questions are often spelt otherwise than in the corpus (إينيل / إنيل), or
   * mistyped (لافرف): a name or unknown word the corpus lacks also searches for the corpus's
   * close spellings of it.
   */
  private withNameSpellings(plan: QueryPlan): QueryPlan {
    if (this.deps.spellings === undefined) return plan;
    const words = plan.words.map((word) => {
      // A name, or a word no dictionary knows («لافرف» typed for «لافروف»).
      const unknown = this.deps.isKnownArabicWord?.(word.surface) === false;
      if (!(word.specific || unknown) || word.forms.length !== 1) return word;
      // A name the asker wrote in Arabic is matched to a corpus spelling only when they differ
      // in long vowels: «الأمين» is not «أيمن», though their consonant skeletons agree.
      const forms = this.withCorpusSpellings(
        word.forms.map((f) => ({ ...f })),
        (form, variant) =>
          sameWordSpelling(lightStem(normalizeArabic(form)), lightStem(normalizeArabic(variant))),
      );
      if (forms.length === word.forms.length) return word;
      return { ...word, forms, ...expandForms(forms) };
    });
    return { ...plan, words };
  }

  /** Add the corpus's spellings of translations it lacks, sharing their weight. */
  private withCorpusSpellings(
    forms: ArabicForm[],
    accept: (form: string, variant: string) => boolean = () => true,
  ): ArabicForm[] {
    const spellings = this.deps.spellings;
    if (spellings === undefined) return forms;
    const out: ArabicForm[] = [];
    for (const form of forms) {
      const variants =
        form.arabic.includes(" ") || spellings.has(form.arabic)
          ? []
          : spellings.closest(form.arabic).filter((v) => accept(form.arabic, v.word));
      if (variants.length === 0) {
        out.push(form);
        continue;
      }
      out.push({ arabic: form.arabic, weight: form.weight * (1 - VARIANT_SHARE) });
      const total = variants.reduce((sum, v) => sum + v.score, 0);
      for (const v of variants)
        out.push({ arabic: v.word, weight: (form.weight * VARIANT_SHARE * v.score) / total });
    }
    return out;
  }

  private isNameLike(arabic: string): boolean {
    const known = this.deps.isKnownArabicWord?.(arabic) ?? false;
    return !known || ((this.deps.spellsArabicName ?? this.deps.isArabicName)?.(arabic) ?? false);
  }

  private push(
    words: PlannedWord[],
    seen: Set<string>,
    surface: string,
    forms: readonly ArabicForm[],
    specific: boolean,
    via: PlannedWord["via"],
  ): void {
    const key = surface.toLowerCase();
    if (seen.has(key) || forms.length === 0) return;
    const { group, grams } = expandForms(forms);
    if (group.alternatives.length === 0) return;
    seen.add(key);
    const frame = REPORTING_VERBS.has(key);
    words.push({ surface, forms, group, grams, specific, via, ...(frame ? { frame } : {}) });
  }
}
