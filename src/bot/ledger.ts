/**
 * The update ledger: every update is recorded durably before Telegram is told it arrived
 * (the next `getUpdates` offset, or the webhook's 200), worked off per chat in `update_id`
 * order, and finished only once its reply is out. After a crash, unfinished updates are
 * replayed; an `update_id` seen before is dropped. A reply's progress (its rendered parts,
 * the ids of the parts sent, and a mark while a part is on its way) is recorded too, so a
 * replay neither re-asks nor re-sends what the user already has (see reply.ts).
 */
import type { InlineKeyboardMarkup, Update } from "telegraf/types";

export interface ReplyPart {
  readonly html: string;
  readonly markup?: InlineKeyboardMarkup;
}

export interface Progress {
  readonly chatId: number;
  readonly replyTo?: number;
  readonly threadId?: number;
  readonly parts: readonly ReplyPart[];
  /** Message ids of the parts sent, in order. */
  readonly sent: readonly number[];
  /** Set while part `sent.length` is on its way: the highest own message id in the chat before it. */
  readonly sendingAfter?: number;
}

export interface LedgerEntry {
  readonly update: Update;
  readonly chat: string;
  readonly progress?: Progress;
}

export interface UpdateLedger {
  /** Record updates durably, in order; for each, whether it is new (false: seen before, dropped). */
  record(updates: readonly Update[]): Promise<boolean[]>;
  /** The oldest unfinished update of a chat. */
  next(chat: string): Promise<LedgerEntry | undefined>;
  /** Chats with unfinished updates. */
  chatsWithWork(): Promise<string[]>;
  saveProgress(updateId: number, progress: Progress): Promise<void>;
  finish(updateId: number, chat: string): Promise<void>;
  /** Highest message id this bot is known to have sent in a chat (0 if none). */
  ownHighWater(chat: string): Promise<number>;
  raiseOwnHighWater(chat: string, messageId: number): Promise<void>;
  /** Highest `update_id` ever recorded (long polling continues after it). */
  lastUpdateId(): Promise<number | undefined>;
  close(): Promise<void>;
}

/** Per-chat mutual exclusion with a lease (an instance that dies loses its chats after `ttlMs`). */
export interface ChatLocks {
  acquire(chat: string, ttlMs: number): Promise<Lease | undefined>;
}

export interface Lease {
  /** Extend the lease; false when it was lost (expired and taken by another instance). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

/** The chat an update belongs to (its work is ordered within it). */
export function chatOf(update: Update): string {
  const u = update as unknown as Partial<
    Record<string, { chat?: { id: number }; message?: { chat?: { id: number } } }>
  >;
  const chat =
    u.message?.chat ?? u.edited_message?.chat ?? u.callback_query?.message?.chat ?? u.channel_post?.chat;
  return chat === undefined ? "none" : String(chat.id);
}

/** Locks for one process. */
export class MemoryLocks implements ChatLocks {
  private readonly held = new Set<string>();

  async acquire(chat: string): Promise<Lease | undefined> {
    if (this.held.has(chat)) return undefined;
    this.held.add(chat);
    return {
      renew: async () => true,
      release: async () => {
        this.held.delete(chat);
      },
    };
  }
}
