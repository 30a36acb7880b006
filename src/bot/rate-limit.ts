/**
 * Per-user sliding-window rate limit. Within any `windowMs`, a user gets at most `max`
 * accepted messages; the first one over the limit gets a single notice, the rest are dropped
 * silently until the window frees up. The clock is injected, so the logic is deterministic.
 */
export type RateDecision =
  | { readonly kind: "allow" }
  | { readonly kind: "notify"; readonly retryAfterMs: number }
  | { readonly kind: "drop" };

interface Bucket {
  /** Times of accepted messages inside the window, oldest first. */
  hits: number[];
  notified: boolean;
}

export interface RateLimiterOptions {
  readonly max: number;
  readonly windowMs: number;
  readonly now?: () => number;
  /** Users remembered at most (stale ones are forgotten first). */
  readonly maxKeys?: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimiterOptions) {
    if (options.max < 1 || options.windowMs < 1)
      throw new RangeError("rate limit max and windowMs must be positive");
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  check(key: string | number): RateDecision {
    const id = String(key);
    const now = this.now();
    const bucket = this.buckets.get(id) ?? { hits: [], notified: false };
    bucket.hits = bucket.hits.filter((t) => t > now - this.options.windowMs);
    this.buckets.delete(id);
    this.buckets.set(id, bucket);
    this.prune(now);
    if (bucket.hits.length < this.options.max) {
      bucket.hits.push(now);
      bucket.notified = false;
      return { kind: "allow" };
    }
    if (bucket.notified) return { kind: "drop" };
    bucket.notified = true;
    const oldest = bucket.hits[0] ?? now;
    return { kind: "notify", retryAfterMs: Math.max(0, oldest + this.options.windowMs - now) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private prune(now: number): void {
    if (this.buckets.size <= this.maxKeys) return;
    for (const [id, bucket] of this.buckets) {
      if (this.buckets.size <= this.maxKeys) return;
      const newest = bucket.hits[bucket.hits.length - 1];
      if (newest === undefined || newest <= now - this.options.windowMs) this.buckets.delete(id);
    }
    // Still too many active users: forget the least recently seen.
    for (const id of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) return;
      this.buckets.delete(id);
    }
  }
}
