/**
 * English as typed in a chat: the shorthand and the contractions without an apostrophe that
 * people send ("wat r u", "w/ no outside powers", "whats", "shouldnt", "govts"), spelt out so the
 * dictionary and the framing lists read them. A general list of chat usage, written from
 * style guides and texting glossaries, never from a question set. Whole words only; case kept
 * where it does not matter ("U" is "you" too).
 */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  u: "you",
  ur: "your",
  r: "are",
  n: "and",
  y: "why",
  ppl: "people",
  smth: "something",
  sth: "something",
  smthg: "something",
  cud: "could",
  govt: "government",
  govts: "governments",
  gov: "government",
  thru: "through",
  tho: "though",
  wat: "what",
  wut: "what",
  wht: "what",
  abt: "about",
  bc: "because",
  cuz: "because",
  coz: "because",
  b4: "before",
  msg: "message",
  info: "information",
  whats: "what is",
  wats: "what is",
  whos: "who is",
  wheres: "where is",
  whens: "when is",
  hows: "how is",
  theres: "there is",
  thats: "that is",
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  isnt: "is not",
  wasnt: "was not",
  arent: "are not",
  werent: "were not",
  cant: "cannot",
  couldnt: "could not",
  shouldnt: "should not",
  wouldnt: "would not",
  wont: "will not",
  hasnt: "has not",
  havent: "have not",
  im: "I am",
  ive: "I have",
  etc: "",
  shld: "should",
  shud: "should",
  wld: "would",
  wud: "would",
  cld: "could",
  intl: "international",
  natl: "national",
  re: "about",
  presser: "press conference",
  gimme: "give me",
  acc: "according",
  bout: "about",
};

/** "w/" (with), "w/o" (without), "&" (and), "tl;dr" (in short): shorthand with signs in it. */
const SIGNED: readonly [RegExp, string][] = [
  [/(^|\s)w\/o(?=\s|$)/gi, "$1without"],
  [/(^|\s)w\/(?=\s|$)/gi, "$1with"],
  [/(^|\s)w\/(?=\w)/gi, "$1with "],
  [/\s&\s/g, " and "],
  [/\s\+\s/g, " and "],
  [/\btl;?dr\b/gi, "in short"],
  [/\betc\.?/gi, " "],
];

/**
 * Words people often mistype, and their spelling: one letter dropped, doubled or swapped. The
 * framing words first, which the dictionary's spelling neighbours never reach (they are no
 * topic), then the news words the neighbours would reach too late to read the question's kind.
 */
const TYPOS: Readonly<Record<string, string>> = {
  intrested: "interested",
  intersted: "interested",
  refugess: "refugees",
  refugies: "refugees",
  refuges: "refugees",
  acording: "according",
  accoring: "according",
  acoording: "according",
  sumarize: "summarize",
  summerize: "summarize",
  summery: "summary",
  qoute: "quote",
  quoute: "quote",
  artical: "article",
  articel: "article",
  wich: "which",
  whic: "which",
  whre: "where",
  wher: "where",
  // Common misspellings of the words the news uses ("goverment post", "which countrys").
  goverment: "government",
  foriegn: "foreign",
  foregin: "foreign",
  minster: "minister",
  countrys: "countries",
  discused: "discussed",
  // "discus" is a word of its own, but not after "did they" in a question.
  discus: "discuss",
  discusion: "discussion",
  negociations: "negotiations",
};

export function withChatSpeakSpelt(question: string): string {
  const signed = SIGNED.reduce((text, [pattern, full]) => text.replace(pattern, full), question);
  // A contraction is one word: the "re" of "there're" is not "re" (about).
  return signed.replace(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g, (word) => {
    const full = CHAT_WORDS[word.toLowerCase()] ?? TYPOS[word.toLowerCase()];
    // A capital "N" or "R" may be an initial; a lone "I"-like capital stays as written.
    if (full === undefined || (word.length === 1 && word !== word.toLowerCase() && word !== "U")) return word;
    return full;
  });
}
