/**
 * How common English words are, from WordNet 3.0's semantic concordance (`cntlist.rev`: how
 * many times each sense of a lemma was tagged in the Brown-corpus texts of SemCor). Summed
 * over a lemma's senses it is a general frequency estimate (city 117, java 3, polis 0), used
 * to choose which English senses a glossary line shows (`src/translate/gloss.ts`).
 */
import { readFileSync } from "node:fs";

export const FREQUENCY_HEADER = `# English word frequencies: times a lemma's senses were tagged in WordNet 3.0's semantic
# concordance (cntlist.rev), single-word lemmas seen at least once. WordNet 3.0 Copyright 2006
# by Princeton University; licence in LICENSE-WordNet-3.0.txt. Built by scripts/build-lexicon.ts.
# word<TAB>count`;

/** lemma → tag count, from the text of `cntlist.rev` (`lemma%ss_type:… sense_number count`). */
export function parseSenseCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [key = "", , count = ""] = line.trim().split(" ");
    const percent = key.indexOf("%");
    const n = Number(count);
    if (percent <= 0 || !Number.isFinite(n) || n <= 0) continue;
    const lemma = key.slice(0, percent).toLowerCase();
    if (!/^[a-z][a-z'-]*$/.test(lemma)) continue;
    out.set(lemma, (out.get(lemma) ?? 0) + n);
  }
  return out;
}

/** The frequency file's text: header, then `word\tcount` lines sorted by word. */
export function formatFrequencies(counts: ReadonlyMap<string, number>): string {
  const lines = [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, n]) => `${word}\t${n}`);
  return `${FREQUENCY_HEADER}\n${lines.join("\n")}\n`;
}

export function readSenseCounts(file: string): Map<string, number> {
  return parseSenseCounts(readFileSync(file, "utf8"));
}
