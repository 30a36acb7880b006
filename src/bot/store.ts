/**
 * Where the bot keeps what must outlive a message: with `redisUrl`, everything in Redis (any
 * number of instances); without it, chat state in memory and the update ledger in a journal
 * file on local disk (one instance).
 */
import type { Logger } from "../core/logger.js";
import type { Redactor } from "../core/redact.js";
import { type ChatState, MemoryChatState } from "./chat-state.js";
import type { BotConfig } from "./config.js";
import { JournalLedger } from "./journal-ledger.js";
import { type ChatLocks, MemoryLocks, type UpdateLedger } from "./ledger.js";

export interface BotStore {
  readonly kind: "redis" | "embedded";
  readonly state: ChatState;
  readonly ledger: UpdateLedger;
  readonly locks: ChatLocks;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The bot's numeric id (the token's part before the colon): each bot keeps its own ledger and keys. */
export function botIdOf(token: string): string {
  return token.split(":")[0] ?? "bot";
}

/** Default ledger file: one per bot, so a test or emulator token never shares one with the real bot. */
export function defaultLedgerPath(token: string): string {
  return `.bot-ledger-${botIdOf(token)}.jsonl`;
}

export function embeddedStore(ledgerPath: string): BotStore {
  const ledger = JournalLedger.open(ledgerPath);
  return {
    kind: "embedded",
    state: new MemoryChatState(),
    ledger,
    locks: new MemoryLocks(),
    ping: async () => {},
    close: () => ledger.close(),
  };
}

export async function openStore(config: BotConfig, logger: Logger, redact: Redactor): Promise<BotStore> {
  if (config.redisUrl === undefined)
    return embeddedStore(config.ledgerPath ?? defaultLedgerPath(config.token));
  // Loaded only when used: the Redis client is a sizeable part of a start without it.
  const { RedisStore } = await import("./redis-store.js");
  const redis = await RedisStore.connect({
    url: config.redisUrl,
    logger,
    redact,
    prefix: `tqa:${botIdOf(config.token)}:`,
  });
  return {
    kind: "redis",
    state: redis,
    ledger: redis,
    locks: redis,
    ping: () => redis.ping(),
    close: () => redis.close(),
  };
}
