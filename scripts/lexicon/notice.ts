/** `data/lexicon/NOTICE.md`, written by `build-lexicon.ts` beside the lexicon it describes. */
import type { WidenOptions } from "./widen.js";

export function lexiconNotice(options: WidenOptions): string {
  const wordnet = options.wordnet !== undefined || options.perfect.imperative + options.perfect.present > 0;
  const thesaurus = options.thesaurusShare > 0;
  const iso = options.isoShare > 0;
  const sources = [
    `- \`dict-freedict-eng-ara\` — English-Arabic FreeDict Dictionary 0.6.3, by Arabeyes.org
  (files \`/usr/share/dictd/freedict-eng-ara.index\`, \`freedict-eng-ara.dict.dz\`)`,
    `- \`dict-freedict-ara-eng\` — Arabic-English FreeDict Dictionary, by Arabeyes.org
  (files \`/usr/share/dictd/freedict-ara-eng.index\`, \`freedict-ara-eng.dict.dz\`)`,
  ];
  if (wordnet) {
    sources.push(`- \`wordnet-base\` — Princeton WordNet 3.0 (files \`/usr/share/wordnet/index.*\`, \`data.*\`,
  \`*.exc\`): English synonyms, derivations, pertainyms, irregular forms and verb senses`);
  }
  if (thesaurus) {
    sources.push(`- \`mythes-ar\` — the Arabic thesaurus of the LibreOffice dictionaries (Kebdani and Zerrouki,
  \`${options.thesaurusFile}\`): Arabic synonyms of translations`);
  }
  if (iso) {
    sources.push(`- \`iso-codes\` — ISO 3166-1 country and ISO 639-2 language names with their Arabic
  translations (files \`${options.isoRoot}/share/iso-codes/json/iso_3166-1.json\`, \`iso_639-2.json\`,
  \`${options.isoRoot}/share/locale/ar/LC_MESSAGES/iso_3166-1.mo\`, \`iso_639-2.mo\`)`);
  }
  const licences = [
    `- FreeDict / Arabeyes.org: GPL-2.0-or-later. Copyright 1999–2022 the Arabeyes.org and FreeDict
  contributors (see \`/usr/share/doc/dict-freedict-eng-ara/copyright\`).`,
  ];
  if (wordnet) {
    licences.push(`- WordNet 3.0: the WordNet 3.0 licence (permissive), "WordNet 3.0 Copyright 2006 by Princeton
  University. All rights reserved."; its full text, which must accompany every copy, is in
  \`LICENSE-WordNet-3.0.txt\` beside this file.`);
  }
  if (thesaurus) {
    licences.push(`- mythes-ar: © 2006–2008 Mohamed Kebdani, 2006–2009 Taha Zerrouki; GPL-2+ or LGPL-2.1+ or
  MPL-1.1 (see \`/usr/share/doc/mythes-ar/copyright\`, section \`dictionaries/ar/*\`); used here
  under the GPL-2.0-or-later.`);
  }
  if (iso) {
    licences.push(`- iso-codes: LGPL-2.1-or-later, © the iso-codes contributors and translators (see
  \`/usr/share/doc/iso-codes/copyright\`); used here under the GPL-2.0-or-later.`);
  }
  const steps = [
    `English headwords were lowercased; Arabic senses were cleaned (diacritics, bracketed remarks
and explanatory tails removed; definitions longer than four words dropped); the Arabic→English
dictionary was inverted as extra evidence.`,
  ];
  if (options.perfect.imperative + options.perfect.present > 0) {
    steps.push(`For English verbs (per WordNet), FreeDict's Form I imperative (إنشر) and present (يكتب)
renderings share their weight with the perfect (نشر, كتب): imperative ${options.perfect.imperative}, present ${options.perfect.present}.`);
  }
  if (options.wordnet !== undefined) {
    steps.push(`Each key's translations were mixed with the translations of its WordNet synonyms,
derivations, pertainyms and similar adjectives (share ${options.wordnet.share}; ${options.wordnet.thinShare} for a key with one
translation; 1 for a WordNet lemma FreeDict lacks), relatives weighted by sense rank${options.wordnet.bySense ? " and by how likely the relative has the linking sense" : ""}.
Synonyms WordNet capitalises (names such as Phoebe in a synset of five) and one-letter or digit
synonyms are not taken for a common word.${
      options.wordnet.compose === "none"
        ? ""
        : ` Multi-word relatives FreeDict lacks were translated word by word (comb jelly → مشط هلام for
ctenophore)${options.wordnet.compose === "unknown" ? ", for keys without translations of their own" : ""}.`
    }`);
  }
  if (thesaurus) {
    steps.push(
      `Each single-word translation lent ${options.thesaurusShare} of its weight to its thesaurus synonyms.`,
    );
  }
  if (options.explanationWords > 0) {
    steps.push(`Translations of ${options.explanationWords} words or more (explanations such as على هيئة صليب for across) were
dropped from keys that also have a shorter one.`);
  }
  if (options.dropStopwordTranslations) {
    steps.push(
      `Translations made of Arabic stopwords only (في for five) were dropped from keys that have others.`,
    );
  }
  if (iso) {
    steps.push(`Country and language names from iso-codes (diacritics removed) were added: alone for a
name the lexicon lacked (saudi arabia → السعودية), with ${options.isoShare} of the weight for a key it had
(german → الألمانية beside ألمانيا).`);
  }
  if (options.romanShare > 0) {
    steps.push(`Roman numerals of two letters or more that FreeDict lacks were added in digits (xlix → 49),
with ${options.romanShare} of the weight where WordNet's number words had given the key a translation
(xxxiii → 33 beside ثلاثون ثلاثة). Generated, no third-party data.`);
  }
  steps.push(`Each English key keeps at most 8 Arabic translations with weights that sum to 1. See the
comments in \`scripts/lexicon/rank.ts\`, \`scripts/lexicon/widen.ts\` and \`scripts/lexicon/expand.ts\`.`);
  const packages = ["dict-freedict-eng-ara", "dict-freedict-ara-eng"];
  if (wordnet) packages.push("wordnet-base");
  if (thesaurus) packages.push("mythes-ar");
  if (iso) packages.push("iso-codes");
  return `# English→Arabic lexicons (data/lexicon/en-ar.tsv.gz, en-ar.wide.tsv.gz)

Generated files — do not edit by hand. \`en-ar.tsv.gz\` is FreeDict (the default
\`LEXICON_PATH\`) plus WordNet 3.0's multi-word lemmas FreeDict lacks as phrase keys, each
translated through the FreeDict entries of the synonyms whose most common sense it is
(\`prime minister\` ← premier → رئيس الوزراء; \`scripts/lexicon/collocations.ts\`, WordNet 3.0
licence); \`en-ar.wide.tsv.gz\` adds the widening steps below (used for corpora without
aligned translations when \`LEXICON_PATH\` is left at its default, or selected with
\`LEXICON_PATH=data/lexicon/en-ar.wide.tsv.gz\`). Measurements of each ingredient: \`MEASUREMENTS.md\`.
\`en-frequency.tsv.gz\` holds English word frequencies from WordNet 3.0's concordance
(\`cntlist.rev\`, WordNet 3.0 licence), used to choose the senses a glossary line shows.
\`ar-proper-nouns.txt\` lists the FreeDict translations of the English words WordNet 3.0 writes only
capitalised (GPL-2.0-or-later and WordNet 3.0 licence): Arabic names the dictionaries know (دمشق).
\`ar-countries.txt\` lists Arabic country names: iso-codes' ISO 3166-1 names (LGPL-2.1-or-later) and the
FreeDict translations of WordNet 3.0's countries that the proper-noun list holds (سوريا، روسيا).
\`ar-capitals.txt\` pairs the FreeDict translations of WordNet 3.0's national capitals with their
countries' (WordNet part holonyms; GPL-2.0-or-later and WordNet 3.0 licence): موسكو → روسيا.

## Provenance

Built by \`scripts/build-lexicon.ts\` from these Debian packages:

${sources.join("\n")}

Upstreams: https://freedict.org/ and the Arabeyes.org Wordlist project; https://wordnet.princeton.edu/;
the LibreOffice dictionaries; the iso-codes project.

## Licence

The lexicon is a derived work of FreeDict and is distributed under the GNU General Public
License, version 2 or (at your option) any later version:
https://www.gnu.org/licenses/old-licenses/gpl-2.0.html

${licences.join("\n")}

## What was changed

${steps.join("\n\n")}

## Rebuild

\`\`\`sh
apt-get install ${packages.join(" ")}
npm run lexicon:build        # or: npx tsx scripts/build-lexicon.ts [--dictd DIR] [--out DIR] [flags]
\`\`\`

The build is deterministic: the same dictionaries give a byte-identical file. The flags that
switch each step off or change its weights are listed at the top of \`scripts/lexicon/widen.ts\`.
`;
}
