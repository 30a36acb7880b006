/**
 * English surface analysis for query translation (pure, no I/O): tokenisation with offsets,
 * a general stopword list, and lemma candidates for dictionary look-up.
 *
 * Nothing here is derived from evaluation questions: the stopword list is the classic
 * Snowball English list (plus the question words and auxiliaries it already covers and a
 * few contraction spellings), and the irregular-forms table lists common English irregular
 * verbs, plurals and comparatives.
 */

export interface EnglishToken {
  /** Lowercased word: straight apostrophes, possessive `'s` / trailing `'` removed. */
  readonly word: string;
  /** The exact input text of the token (`text.slice(start, end)`), possessive included. */
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /**
   * For a part of a hyphenated word (`Palestinian-Israeli` → `palestinian`, `israeli`): the
   * whole lowercased hyphenated form (`palestinian-israeli`), so callers can try it first.
   */
  readonly compound?: string;
}

/** Apostrophe look-alikes folded to `'`: right/left single quotes, modifier letter, prime. */
const APOSTROPHES = /[\u2019\u2018\u02bc\u2032`]/g;

/**
 * A number (`2254`, `2021`, `3.5`, `1,000`) or a word: letters/digits with internal
 * apostrophes, internal hyphens, and dotted abbreviations (`U.S.`).
 */
const TOKEN =
  /\p{N}+(?:[.,]\p{N}+)*|(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\u2018\u02bc][\p{L}\p{M}]+)*(?:[-\u2010\u2011][\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['\u2019\u2018\u02bc][\p{L}\p{M}]+)*)*/gu;

const HYPHENS = /[-\u2010\u2011]/;

/** Contractions ending in `'s` that are not possessives (`it's` = it is, `let's` = let us). */
const S_CONTRACTIONS = new Set([
  "it's",
  "he's",
  "she's",
  "that's",
  "what's",
  "who's",
  "there's",
  "here's",
  "where's",
  "when's",
  "why's",
  "how's",
  "let's",
]);

function cleanWord(raw: string): string {
  let word = raw.toLowerCase().replace(APOSTROPHES, "'");
  if (word.endsWith("'s") && word.length > 2 && !S_CONTRACTIONS.has(word)) word = word.slice(0, -2);
  return word.replace(/'+$/, "");
}

/**
 * Split English text into lowercase word tokens with their original surface and offsets.
 * Numbers are kept as tokens. A hyphenated word yields one token per part, each carrying
 * the whole form in `compound`. A possessive `'s` (straight or curly) is dropped from
 * `word` but kept in `surface`.
 */
export function tokenizeEnglish(text: string): EnglishToken[] {
  const tokens: EnglishToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const surface = match[0];
    const start = match.index;
    if (!HYPHENS.test(surface)) {
      const word = cleanWord(surface);
      if (word.length > 0) tokens.push({ word, surface, start, end: start + surface.length });
      continue;
    }
    const compound = cleanWord(surface.replace(/[\u2010\u2011]/g, "-"));
    let offset = start;
    for (const part of surface.split(HYPHENS)) {
      const word = cleanWord(part);
      if (word.length > 0) {
        tokens.push({ word, surface: part, start: offset, end: offset + part.length, compound });
      }
      offset += part.length + 1;
    }
  }
  return tokens;
}

/** Lowercased words of `text` (convenience over `tokenizeEnglish`). */
export function englishWords(text: string): string[] {
  return tokenizeEnglish(text).map((t) => t.word);
}

/**
 * The Snowball English stopword list (function words, pronouns, question words, auxiliaries,
 * negated contractions), with apostrophes normalised to `'`, plus the contraction-less
 * spellings (`dont`, `cant`), a handful of very general fillers and the indefinite pronouns
 * (`anything`, `someone`) from the SMART list.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
  she her hers herself it its itself they them their theirs themselves what which who whom this
  that these those am is are was were be been being have has had having do does did doing would
  should could ought i'm you're he's she's it's we're they're i've you've we've they've i'd you'd
  he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't
  haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't
  mustn't let's that's who's what's here's there's when's where's why's how's a an the and but if
  or because as until while of at by for with about against between into through during before
  after above below to from up down in out on off over under again further then once here there
  when where why how all any both each few more most other some such no nor not only own same so
  than too very can will just should now
  dont cant wont isnt arent wasnt werent doesnt didnt also shall may might must us whose upon
  anything anyone anybody something someone somebody everything everyone everybody
  via like still anymore already basically actually really there're there'll there've there'd`.split(/\s+/),
);

export function isStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word.toLowerCase().replace(APOSTROPHES, "'"));
}

/**
 * Irregular inflected form → base form(s), most plausible first. Common irregular verbs
 * (past tense, past participle, third person), irregular plurals and comparatives.
 */
const IRREGULAR_VERBS = `arise arose arisen|awake awoke awoken|be was were been am is are|bear bore borne born|
beat beat beaten|become became become|begin began begun|bend bent|bet bet|bind bound|bite bit bitten|
bleed bled|blow blew blown|break broke broken|breed bred|bring brought|build built|burn burnt|
buy bought|catch caught|choose chose chosen|cling clung|come came|creep crept|deal dealt|dig dug|
do did done does|draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|eat ate eaten|
fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fly flew flown flies|
forbid forbade forbidden|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|
freeze froze frozen|get got gotten|give gave given|go went gone goes|grind ground|grow grew grown|
hang hung|have had has|hear heard|hide hid hidden|hold held|keep kept|kneel knelt|know knew known|
lay laid|lead led|lean leant|leap leapt|learn learnt|leave left|lend lent|lie lay lain|light lit|
lose lost|make made|mean meant|meet met|mislead misled|mistake mistook mistaken|
overcome overcame|oversee oversaw overseen|overtake overtook overtaken|overthrow overthrew overthrown|
pay paid|ride rode ridden|ring rang rung|rise rose risen|run ran|say said says|see saw seen|seek sought|
sell sold|send sent|shake shook shaken|shine shone|shoot shot|show shown|shrink shrank shrunk|
sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken|speed sped|spend spent|
spin spun|spring sprang sprung|stand stood|steal stole stolen|stick stuck|sting stung|
strike struck stricken|strive strove striven|swear swore sworn|sweep swept|swim swam swum|swing swung|
take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|
undergo underwent undergone|understand understood|undertake undertook undertaken|uphold upheld|
wake woke woken|wear wore worn|weave wove woven|weep wept|win won|wind wound|
withdraw withdrew withdrawn|withhold withheld|withstand withstood|write wrote written`;

const IRREGULAR_NOUNS = `man men|woman women|child children|person people|foot feet|tooth teeth|mouse mice|
goose geese|ox oxen|louse lice|die dice|life lives|wife wives|knife knives|leaf leaves|half halves|
self selves|shelf shelves|thief thieves|wolf wolves|loaf loaves|calf calves|crisis crises|
analysis analyses|basis bases|thesis theses|hypothesis hypotheses|diagnosis diagnoses|
synthesis syntheses|axis axes|phenomenon phenomena|criterion criteria|datum data|medium media|
bacterium bacteria|curriculum curricula|memorandum memoranda|referendum referenda|index indices|
appendix appendices|matrix matrices|cactus cacti|fungus fungi|nucleus nuclei|radius radii|
stimulus stimuli|syllabus syllabi|alumnus alumni|hero heroes|potato potatoes|tomato tomatoes|
veto vetoes|echo echoes|embargo embargoes|torpedo torpedoes`;

const IRREGULAR_ADJECTIVES = `good better best|well better best|bad worse worst|much more most|many more most|
little less least|far further furthest farther farthest|old elder eldest`;

function buildIrregularTable(): ReadonlyMap<string, readonly string[]> {
  const table = new Map<string, string[]>();
  const add = (form: string, base: string): void => {
    if (form === base) return;
    const bases = table.get(form);
    if (bases === undefined) table.set(form, [base]);
    else if (!bases.includes(base)) bases.push(base);
  };
  for (const source of [IRREGULAR_VERBS, IRREGULAR_NOUNS, IRREGULAR_ADJECTIVES]) {
    for (const group of source.split("|")) {
      const [base, ...forms] = group.trim().split(/\s+/);
      if (base === undefined) continue;
      for (const form of forms) add(form, base);
    }
  }
  return table;
}

const IRREGULAR = buildIrregularTable();

const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map(
  IRREGULAR_NOUNS.split("|").map((group) => {
    const [singular = "", plural = ""] = group.trim().split(/\s+/);
    return [plural, singular] as const;
  }),
);

/** The singular of an irregular plural from the table (`children` → `child`), else undefined. */
export function irregularPluralBase(word: string): string | undefined {
  return IRREGULAR_PLURALS.get(word.toLowerCase());
}

const VOWELS = "aeiou";
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);
const isConsonant = (ch: string | undefined): boolean =>
  ch !== undefined && ch >= "a" && ch <= "z" && !VOWELS.includes(ch);

/** `stem` ends consonant-vowel-consonant (`hop`, `bas`, `mak`): a silent `e` probably went missing. */
function endsCvc(stem: string): boolean {
  const n = stem.length;
  return (
    n >= 3 &&
    isConsonant(stem[n - 1]) &&
    !"wxy".includes(stem[n - 1] ?? "") &&
    isVowel(stem[n - 2]) &&
    isConsonant(stem[n - 3])
  );
}

/** `stem` ends in a doubled consonant produced by inflection (`plann`, `stopp`, but not `pass`, `call`). */
function endsDoubled(stem: string): boolean {
  const n = stem.length;
  const last = stem[n - 1];
  return n >= 3 && last === stem[n - 2] && isConsonant(last) && !"lsz".includes(last ?? "");
}

/** Base candidates for a suffix `-ed` / `-ing` stem (`plann`, `discuss`, `hop`). */
function verbStemCandidates(stem: string): string[] {
  if (stem.length < 2) return [];
  if (endsDoubled(stem)) return [stem.slice(0, -1), stem];
  if (endsCvc(stem)) return [`${stem}e`, stem];
  if (stem.endsWith("i")) return [`${stem.slice(0, -1)}y`, stem];
  return [stem, `${stem}e`];
}

function regularCandidates(word: string): string[] {
  const out: string[] = [];
  const n = word.length;
  if (n <= 3) return out;

  if (word.endsWith("men") && n > 4) out.push(`${word.slice(0, -3)}man`);

  // Plurals and third person singular.
  if (word.endsWith("ies") && n > 4) {
    out.push(`${word.slice(0, -3)}y`, word.slice(0, -1));
  } else if (word.endsWith("ves") && n > 4) {
    out.push(word.slice(0, -1), `${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`);
  } else if (/(?:ss|x|z|ch|sh|o)es$/.test(word)) {
    out.push(word.slice(0, -2), word.slice(0, -1));
  } else if (word.endsWith("ses") && n > 4) {
    out.push(word.slice(0, -1), word.slice(0, -2));
  } else if (word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) {
    out.push(word.slice(0, -1));
  }

  // Past tense / participle.
  if (word.endsWith("ied") && n > 4) {
    out.push(`${word.slice(0, -3)}y`);
  } else if (word.endsWith("eed") && n > 4) {
    out.push(word.slice(0, -1));
  } else if (word.endsWith("ed") && n > 4) {
    out.push(...verbStemCandidates(word.slice(0, -2)));
  }

  // Present participle / gerund.
  if (word.endsWith("ying") && n > 5) {
    out.push(word.slice(0, -3), `${word.slice(0, -4)}ie`);
  } else if (word.endsWith("ing") && n > 5) {
    out.push(...verbStemCandidates(word.slice(0, -3)));
  }

  // Comparative / superlative.
  if (word.endsWith("iest") && n > 5) out.push(`${word.slice(0, -4)}y`);
  else if (word.endsWith("est") && n > 5) out.push(...verbStemCandidates(word.slice(0, -3)));
  if (word.endsWith("ier") && n > 4) out.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith("er") && n > 4) out.push(...verbStemCandidates(word.slice(0, -2)));

  // Adverbs.
  if (word.endsWith("ily") && n > 4) out.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith("ally") && n > 6) out.push(word.slice(0, -2), word.slice(0, -4));
  else if (word.endsWith("ly") && n > 4) out.push(word.slice(0, -2), `${word.slice(0, -2)}e`);

  return out;
}

/**
 * The word itself followed by plausible base forms, most plausible first, without duplicates:
 * possessive removed, then irregular bases from the table, then regular de-inflections
 * (`countries` → `country`, `planned` → `plan`, `discussed` → `discuss`, `making` → `make`).
 * Candidates may include non-words (`plann`); callers keep the first that a dictionary knows.
 * A multi-word phrase is de-inflected on its last word only.
 */
export function lemmaCandidates(input: string): string[] {
  const word = input.trim().toLowerCase().replace(APOSTROPHES, "'").replace(/\s+/g, " ");
  const out: string[] = [];
  const push = (w: string): void => {
    if (w.length > 0 && !out.includes(w)) out.push(w);
  };
  push(word);
  if (word.length === 0) return out;

  const space = word.lastIndexOf(" ");
  if (space > 0) {
    const head = word.slice(0, space + 1);
    for (const last of lemmaCandidates(word.slice(space + 1)).slice(1)) push(head + last);
    return out;
  }

  let bare = word;
  if (bare.endsWith("'s")) bare = bare.slice(0, -2);
  bare = bare.replace(/'+$/, "");
  push(bare);

  for (const base of IRREGULAR.get(bare) ?? []) push(base);
  for (const candidate of regularCandidates(bare)) push(candidate);
  return out;
}

/** Derivational suffixes and the base forms they usually come from (general English morphology). */
const DERIVATIONS: readonly [RegExp, readonly string[]][] = [
  [/ational$/, ["ate", "ation"]],
  [/ional$/, ["ion"]],
  [/ical$/, ["ic", "y"]],
  [/ial$/, ["y", ""]],
  [/al$/, ["", "e"]],
  [/ful$/, [""]],
  [/less$/, [""]],
  [/ness$/, [""]],
  [/ment$/, [""]],
  [/ation$/, ["ate", "e", ""]],
  [/sion$/, ["de", "se", "t"]],
  [/tion$/, ["te", "t"]],
  [/ship$/, [""]],
  [/ity$/, ["", "e"]],
  [/ous$/, ["", "e", "y"]],
  [/ive$/, ["e", ""]],
  [/ic$/, ["", "y"]],
  [/ist$/, ["ism", "y", ""]],
  [/ism$/, ["", "ist"]],
  [/ians?$/, ["y", "", "a"]],
  [/ize$/, ["", "e"]],
  [/ise$/, ["", "e"]],
  [/(?<=graph|nom|soph|log)ers?$/, ["y"]],
  [/ers?$/, ["", "e"]],
  [/ors?$/, ["", "e"]],
  [/ant$/, ["", "e"]],
  [/ent$/, ["", "e"]],
  [/ance$/, ["", "e"]],
  [/ence$/, ["", "e"]],
];

/**
 * Base words a derived word comes from (`national` → `nation`, `defender` → `defend`,
 * `conversion` → `convert`, `successful` → `success`), for borrowing their translations when
 * a dictionary lists few senses of the derived word itself. Candidates may be non-words;
 * callers keep what a dictionary knows.
 */
export function derivationalBases(input: string): string[] {
  const out: string[] = [];
  for (const lemma of lemmaCandidates(input)) {
    for (const [suffix, replacements] of DERIVATIONS) {
      const match = suffix.exec(lemma);
      if (match === null) continue;
      const stem = lemma.slice(0, match.index);
      if (stem.length < 3) continue;
      for (const r of replacements) {
        const base = stem + r;
        if (base !== lemma && !out.includes(base)) out.push(base);
      }
    }
  }
  return out;
}

/**
 * Reporting verbs that frame a question ("What did Lavrov SAY about …", "What was MENTIONED
 * about …") rather than carry its topic. Their absence from a text says nothing about
 * whether it covers the question.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  `say says said saying tell tells told telling mention mentions mentioned mentioning state states stated
  stating claim claims claimed declare declares declared note notes noted remark remarks remarked
  comment comments commented`.split(/\s+/),
);
