/**
 * Seeded pseudo-random numbers for the benchmark: the same seed gives the same sequence
 * everywhere. The generator (mulberry32) is the fuzz tests' one.
 */
import { seeded as mulberry32, pick, type Random, int as randomInt } from "../../test/fuzz/random-text.js";

export { mulberry32, pick, type Random, randomInt };

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
