/**
 * What the bot remembers per chat and per user, behind one interface: follow-up context, the
 * chosen language, rate limits and the answers behind "Sources" buttons. `MemoryChatState`
 * serves one process; `RedisStore` (redis-store.ts) serves several instances.
 */
import type { Answer, Lang, Turn } from "../core/types.js";
import { LruMap } from "./lru.js";
import { type RateDecision, RateLimiter } from "./rate-limit.js";

export interface RateLimit {
  readonly max: number;
  readonly windowMs: number;
}

/** A previous exchange, with the update it answered (a replayed update skips its own turn). */
export interface ChatTurn extends Turn {
  readonly updateId: number;
}

export interface StoredAnswer {
  readonly chatId: number;
  readonly answer: Answer;
}

export interface ChatState {
  history(key: string): Promise<readonly ChatTurn[]>;
  setHistory(key: string, turns: readonly ChatTurn[]): Promise<void>;
  language(userKey: string): Promise<Lang | undefined>;
  setLanguage(userKey: string, lang: Lang): Promise<void>;
  /** Count one message against the key's sliding window. */
  admit(key: string, limit: RateLimit): Promise<RateDecision>;
  saveAnswer(id: string, entry: StoredAnswer): Promise<void>;
  answer(id: string): Promise<StoredAnswer | undefined>;
}

export class MemoryChatState implements ChatState {
  private readonly histories = new LruMap<string, readonly ChatTurn[]>(5_000);
  private readonly languages = new LruMap<string, Lang>(20_000);
  private readonly answers = new LruMap<string, StoredAnswer>(1_000);
  private limiter: RateLimiter | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  async history(key: string): Promise<readonly ChatTurn[]> {
    return this.histories.get(key) ?? [];
  }

  async setHistory(key: string, turns: readonly ChatTurn[]): Promise<void> {
    this.histories.set(key, turns);
  }

  async language(userKey: string): Promise<Lang | undefined> {
    return this.languages.get(userKey);
  }

  async setLanguage(userKey: string, lang: Lang): Promise<void> {
    this.languages.set(userKey, lang);
  }

  async admit(key: string, limit: RateLimit): Promise<RateDecision> {
    this.limiter ??= new RateLimiter({ ...limit, now: this.now });
    return this.limiter.check(key);
  }

  async saveAnswer(id: string, entry: StoredAnswer): Promise<void> {
    this.answers.set(id, entry);
  }

  async answer(id: string): Promise<StoredAnswer | undefined> {
    return this.answers.get(id);
  }
}
