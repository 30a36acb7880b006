/**
 * An output guard against prompt leaks: if a model's answer repeats a run of consecutive
 * words from the instructions (however it was talked into it), the answer is not shown.
 * Runs are compared case- and punctuation-insensitively.
 */

/** Consecutive words that count as a leak. Long enough that ordinary answers never match. */
export const LEAK_WORDS = 8;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0);
}

export class LeakGuard {
  private readonly runs = new Set<string>();

  constructor(
    instructionTexts: readonly string[],
    private readonly size = LEAK_WORDS,
  ) {
    for (const text of instructionTexts) {
      const w = words(text);
      for (let i = 0; i + size <= w.length; i++) this.runs.add(w.slice(i, i + size).join(" "));
    }
  }

  /** True when `text` contains `size` consecutive words of the instructions. */
  leaks(text: string): boolean {
    const w = words(text);
    for (let i = 0; i + this.size <= w.length; i++) {
      if (this.runs.has(w.slice(i, i + this.size).join(" "))) return true;
    }
    return false;
  }
}
