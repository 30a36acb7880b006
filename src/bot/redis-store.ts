/**
 * Everything several bot instances must share, in Redis: chat state (follow-up context,
 * language, rate limits, answers behind buttons), the update ledger and per-chat locks. Each
 * multi-step change is one Lua script, so it is atomic however many instances run. Durability is
 * Redis's own: run it with `appendonly yes` (docs/deploy.md).
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { Update } from "telegraf/types";
import type { Logger } from "../core/logger.js";
import { describeSafely, type Redactor } from "../core/redact.js";
import type { Lang } from "../core/types.js";
import type { ChatState, ChatTurn, RateLimit, StoredAnswer } from "./chat-state.js";
import {
  type ChatLocks,
  chatOf,
  type Lease,
  type LedgerEntry,
  type Progress,
  type UpdateLedger,
} from "./ledger.js";
import type { RateDecision } from "./rate-limit.js";

/** How long chat state and seen update ids are kept (Telegram redelivers for up to 24 h). */
const KEEP_SECONDS = 2 * 24 * 3600;

const RECORD = `
local p = ARGV[1]
local ttl = tonumber(ARGV[2])
local out = {}
for i = 3, #ARGV, 3 do
  local id = ARGV[i]
  local chat = ARGV[i + 1]
  if redis.call('SET', p .. 'seen:' .. id, '1', 'NX', 'EX', ttl) then
    redis.call('SET', p .. 'u:' .. id, ARGV[i + 2])
    redis.call('ZADD', p .. 'q:' .. chat, tonumber(id), id)
    redis.call('SADD', p .. 'chats', chat)
    if tonumber(id) > tonumber(redis.call('GET', p .. 'max') or '-1') then redis.call('SET', p .. 'max', id) end
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out`;

const FINISH = `
local p = ARGV[1]
redis.call('ZREM', p .. 'q:' .. ARGV[3], ARGV[2])
redis.call('DEL', p .. 'u:' .. ARGV[2], p .. 'p:' .. ARGV[2])
if redis.call('ZCARD', p .. 'q:' .. ARGV[3]) == 0 then redis.call('SREM', p .. 'chats', ARGV[3]) end
return 1`;

const RAISE = `
if tonumber(ARGV[1]) > tonumber(redis.call('GET', KEYS[1]) or '0') then redis.call('SET', KEYS[1], ARGV[1]) end
return 1`;

const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Sliding window: {1} allowed, {2, ms} notify once, {0} drop. */
const ADMIT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('DEL', KEYS[2])
  return {1, 0}
end
if redis.call('SET', KEYS[2], '1', 'NX', 'PX', window) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {2, tonumber(oldest[2]) + window - now}
end
return {0, 0}`;

export interface RedisStoreOptions {
  readonly url: string;
  readonly logger: Logger;
  readonly redact: Redactor;
  /** Key prefix (default `tqa:`), so one Redis can serve several bots. */
  readonly prefix?: string;
  /** Deadline of one Redis command (default 5 s). */
  readonly commandTimeoutMs?: number;
}

export class RedisStore implements ChatState, UpdateLedger, ChatLocks {
  private readonly p: string;

  private constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.p = prefix;
  }

  /** Connect (failing within the command deadline when Redis is unreachable). */
  static async connect(options: RedisStoreOptions): Promise<RedisStore> {
    const timeout = options.commandTimeoutMs ?? 5_000;
    const redis = new Redis(options.url, {
      lazyConnect: true,
      connectTimeout: timeout,
      commandTimeout: timeout,
      maxRetriesPerRequest: 2,
    });
    let lastLogged = 0;
    redis.on("error", (error: unknown) => {
      if (Date.now() - lastLogged < 10_000) return;
      lastLogged = Date.now();
      options.logger.warn("Redis connection problem", { error: describeSafely(error, options.redact) });
    });
    await redis.connect();
    return new RedisStore(redis, options.prefix ?? "tqa:");
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  // --- ChatState ---

  async history(key: string): Promise<readonly ChatTurn[]> {
    const raw = await this.redis.get(`${this.p}h:${key}`);
    return raw === null ? [] : (JSON.parse(raw) as ChatTurn[]);
  }

  async setHistory(key: string, turns: readonly ChatTurn[]): Promise<void> {
    await this.redis.set(`${this.p}h:${key}`, JSON.stringify(turns), "EX", KEEP_SECONDS);
  }

  async language(userKey: string): Promise<Lang | undefined> {
    const raw = await this.redis.get(`${this.p}lang:${userKey}`);
    return raw === "ar" || raw === "en" ? raw : undefined;
  }

  async setLanguage(userKey: string, lang: Lang): Promise<void> {
    await this.redis.set(`${this.p}lang:${userKey}`, lang);
  }

  async admit(key: string, limit: RateLimit): Promise<RateDecision> {
    const member = `${Date.now()}-${randomBytes(4).toString("hex")}`;
    const [kind, ms] = (await this.redis.eval(
      ADMIT,
      2,
      `${this.p}rl:${key}`,
      `${this.p}rln:${key}`,
      Date.now(),
      limit.windowMs,
      limit.max,
      member,
    )) as [number, number];
    if (kind === 1) return { kind: "allow" };
    return kind === 2 ? { kind: "notify", retryAfterMs: Math.max(0, ms) } : { kind: "drop" };
  }

  async saveAnswer(id: string, entry: StoredAnswer): Promise<void> {
    await this.redis.set(`${this.p}a:${id}`, JSON.stringify(entry), "EX", KEEP_SECONDS);
  }

  async answer(id: string): Promise<StoredAnswer | undefined> {
    const raw = await this.redis.get(`${this.p}a:${id}`);
    return raw === null ? undefined : (JSON.parse(raw) as StoredAnswer);
  }

  // --- UpdateLedger ---

  async record(updates: readonly Update[]): Promise<boolean[]> {
    if (updates.length === 0) return [];
    const args = updates.flatMap((u) => [String(u.update_id), chatOf(u), JSON.stringify(u)]);
    const out = (await this.redis.eval(RECORD, 0, this.p, KEEP_SECONDS, ...args)) as number[];
    return out.map((n) => n === 1);
  }

  async next(chat: string): Promise<LedgerEntry | undefined> {
    for (;;) {
      const [id] = await this.redis.zrange(`${this.p}q:${chat}`, 0, 0);
      if (id === undefined) return undefined;
      const [raw, progress] = await this.redis.mget(`${this.p}u:${id}`, `${this.p}p:${id}`);
      if (raw === null || raw === undefined) {
        await this.redis.zrem(`${this.p}q:${chat}`, id); // finished meanwhile by a former holder
        continue;
      }
      const update = JSON.parse(raw) as Update;
      return progress === null || progress === undefined
        ? { update, chat }
        : { update, chat, progress: JSON.parse(progress) as Progress };
    }
  }

  async chatsWithWork(): Promise<string[]> {
    return this.redis.smembers(`${this.p}chats`);
  }

  async saveProgress(updateId: number, progress: Progress): Promise<void> {
    await this.redis.set(`${this.p}p:${updateId}`, JSON.stringify(progress), "EX", KEEP_SECONDS);
  }

  async finish(updateId: number, chat: string): Promise<void> {
    await this.redis.eval(FINISH, 0, this.p, String(updateId), chat);
  }

  async ownHighWater(chat: string): Promise<number> {
    return Number((await this.redis.get(`${this.p}own:${chat}`)) ?? 0);
  }

  async raiseOwnHighWater(chat: string, messageId: number): Promise<void> {
    await this.redis.eval(RAISE, 1, `${this.p}own:${chat}`, messageId);
  }

  async lastUpdateId(): Promise<number | undefined> {
    const raw = await this.redis.get(`${this.p}max`);
    return raw === null ? undefined : Number(raw);
  }

  // --- ChatLocks ---

  async acquire(chat: string, ttlMs: number): Promise<Lease | undefined> {
    const key = `${this.p}lock:${chat}`;
    const token = randomBytes(8).toString("hex");
    if ((await this.redis.set(key, token, "PX", ttlMs, "NX")) !== "OK") return undefined;
    return {
      renew: async () => (await this.redis.eval(RENEW, 1, key, token, ttlMs)) === 1,
      release: async () => {
        await this.redis.eval(RELEASE, 1, key, token);
      },
    };
  }
}
