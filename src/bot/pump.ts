/**
 * Works off the ledger chat by chat. Each chat has at most one worker in the whole deployment
 * (a lease from `ChatLocks`), which handles the chat's updates one after another in
 * `update_id` order, so replies keep their order. Chats do not share anything: no global pool
 * of slots, so a chat whose Telegram call hangs or waits out a `retry_after` delays only itself.
 *
 * `kick(chat)` after recording an update starts (or continues) its chat's worker; `sweep()`
 * picks up chats nobody works on — after a restart, or when another instance died holding a
 * lease that has since expired. A worker that finds its chat empty releases the lease and looks
 * once more: an update recorded by another instance while the lease was held is not stranded.
 */
import type { Logger } from "../core/logger.js";
import { describeSafely, type Redactor } from "../core/redact.js";
import type { ChatLocks, LedgerEntry, UpdateLedger } from "./ledger.js";

export type UpdateHandler = (entry: LedgerEntry, signal: AbortSignal) => Promise<void>;

export interface PumpOptions {
  readonly ledger: UpdateLedger;
  readonly locks: ChatLocks;
  readonly handle: UpdateHandler;
  readonly logger: Logger;
  readonly redact: Redactor;
  /** Lease on a chat; renewed every third of it while the chat is worked on (default 15 s). */
  readonly leaseMs?: number;
}

export class ChatPump {
  private readonly workers = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private readonly abort = new AbortController();
  private idleWaiters: Array<() => void> = [];
  private stopped = false;

  constructor(private readonly options: PumpOptions) {}

  /** Chats being worked on by this process. */
  get active(): number {
    return this.workers.size;
  }

  kick(chat: string): void {
    if (this.stopped) return;
    if (this.workers.has(chat)) {
      this.again.add(chat);
      return;
    }
    const worker = this.work(chat)
      .catch((error: unknown) =>
        this.options.logger.error("Chat worker failed; the sweep will retry", {
          chat,
          error: describeSafely(error, this.options.redact),
        }),
      )
      .finally(() => {
        this.workers.delete(chat);
        if (this.workers.size === 0) {
          const waiters = this.idleWaiters;
          this.idleWaiters = [];
          for (const resolve of waiters) resolve();
        }
      });
    this.workers.set(chat, worker);
  }

  /** Start workers for every chat with unfinished updates. */
  async sweep(): Promise<void> {
    for (const chat of await this.options.ledger.chatsWithWork()) this.kick(chat);
  }

  /** Stop starting work (already running workers finish their current update and stop). */
  stop(): void {
    this.stopped = true;
  }

  /** Resolves when no worker runs. */
  drain(): Promise<void> {
    if (this.workers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Ask running handlers to give up (after the shutdown grace period). */
  abortAll(): void {
    this.abort.abort(new Error("shutting down"));
  }

  private async work(chat: string): Promise<void> {
    const { ledger, locks } = this.options;
    const leaseMs = this.options.leaseMs ?? 15_000;
    for (;;) {
      this.again.delete(chat);
      const lease = await locks.acquire(chat, leaseMs);
      if (lease === undefined) return; // another worker has the chat; it looks again before leaving
      const lost = new AbortController();
      const renew = setInterval(() => {
        lease.renew().then(
          (held) => {
            if (!held) lost.abort(new Error("lost the chat's lease"));
          },
          () => {},
        );
      }, leaseMs / 3);
      try {
        for (;;) {
          if (this.stopped || lost.signal.aborted) return;
          const entry = await ledger.next(chat);
          if (entry === undefined) break;
          try {
            await this.options.handle(entry, AbortSignal.any([this.abort.signal, lost.signal]));
          } catch (error) {
            // Handlers apologise for their own failures; what arrives here would fail again on
            // every replay, so it is logged and the update finished rather than retried forever.
            this.options.logger.error("Update handler failed", {
              chat,
              updateId: entry.update.update_id,
              error: describeSafely(error, this.options.redact),
            });
          }
          if (this.abort.signal.aborted) return; // shutting down: the next start replays it
          if (lost.signal.aborted) return; // the new holder replays it, and its progress says what is done
          await ledger.finish(entry.update.update_id, chat);
        }
      } finally {
        clearInterval(renew);
        await lease.release().catch(() => {});
      }
      if (this.stopped) return;
      if (!this.again.has(chat) && (await ledger.next(chat)) === undefined) return;
    }
  }
}
