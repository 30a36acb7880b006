/**
 * A pure function of a string, remembered: answering asks the same small functions (a word's
 * office form, its title key) for the same few dozen words once per person or passage, hundreds
 * of times a question. Bounded: the cache is cleared when full, so memory stays flat over a
 * long-running bot. `uncached` is the function itself, for tests that the two agree.
 */
export interface Remembered<T> {
  (key: string): T;
  readonly uncached: (key: string) => T;
}

export function remembered<T>(compute: (key: string) => T, max = 10_000): Remembered<T> {
  const cache = new Map<string, T>();
  const lookup = (key: string): T => {
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as T;
    const value = compute(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
  return Object.assign(lookup, { uncached: compute });
}
