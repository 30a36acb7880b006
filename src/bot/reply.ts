/**
 * The one way the bot sends a reply. The rendered parts are recorded in the ledger before
 * the first is sent, each sent part's message id after it, and a mark while a part is on its
 * way. So a replay after a crash sends only what is missing, and never asks the answerer again.
 *
 * A part whose send had no clear outcome (the call timed out, or the process died mid-call)
 * may already be in the chat. Before sending it again, the bot probes: it edits the message
 * ids just above the highest one it knows it sent in that chat with the very same text.
 * Telegram answers "message is not modified" only for the bot's own message with exactly that
 * content — the part is there, and it is not sent twice; "not found" / "can't be edited" mean
 * it is not. Ids at or below the high-water mark are never touched, so no other reply changes.
 */
import { TelegramError } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Logger } from "../core/logger.js";
import { describeSafely, type Redactor } from "../core/redact.js";
import type { LedgerEntry, Progress, ReplyPart, UpdateLedger } from "./ledger.js";
import { isNotModified, type Sender, UncertainDeliveryError } from "./sender.js";

/** Sends of one part that may end without an answer before the reply is given up. */
const MAX_UNCERTAIN_SENDS = 2;

export interface ReplyTarget {
  readonly chatId: number;
  readonly replyTo?: number;
  readonly threadId?: number;
}

export interface DeliveryOptions {
  readonly sender: Sender;
  readonly ledger: UpdateLedger;
  readonly logger: Logger;
  readonly redact: Redactor;
  /** Message ids probed above the high-water mark (default 20). */
  readonly probeIds?: number;
}

export class Delivery {
  /** Progress of updates being handled in this process (the ledger has the durable copy). */
  private readonly live = new Map<number, Progress>();

  constructor(private readonly options: DeliveryOptions) {}

  /** Send `messages` as the reply to `entry` (after any parts it already sent); returns their ids. */
  async send(
    entry: LedgerEntry,
    target: ReplyTarget,
    messages: readonly string[],
    markup: InlineKeyboardMarkup | undefined,
    signal: AbortSignal,
  ): Promise<number[]> {
    const id = entry.update.update_id;
    const before = this.live.get(id) ?? entry.progress ?? { ...target, parts: [], sent: [] };
    const parts: ReplyPart[] = messages.map((html, i) =>
      i === messages.length - 1 && markup !== undefined ? { html, markup } : { html },
    );
    const progress: Progress = { ...before, parts: [...before.parts, ...parts] };
    // Recorded with the mark of the first part's send (one disk sync, not two): before
    // anything is sent, the ledger holds the whole reply.
    this.live.set(id, progress);
    const from = progress.sent.length;
    await this.complete(entry, signal);
    return (this.live.get(id)?.sent ?? []).slice(from);
  }

  /** Send what a recorded reply still lacks (a replay after a crash); true when there was one. */
  async resume(entry: LedgerEntry, signal: AbortSignal): Promise<boolean> {
    if (entry.progress === undefined) return false;
    this.live.set(entry.update.update_id, entry.progress);
    await this.complete(entry, signal);
    return true;
  }

  /** Forget an update's progress (it is finished). */
  release(updateId: number): void {
    this.live.delete(updateId);
  }

  private async save(updateId: number, progress: Progress): Promise<void> {
    await this.options.ledger.saveProgress(updateId, progress);
    this.live.set(updateId, progress);
  }

  private async complete(entry: LedgerEntry, signal: AbortSignal): Promise<void> {
    const id = entry.update.update_id;
    const { ledger } = this.options;
    let uncertain = 0;
    for (;;) {
      const progress = this.live.get(id);
      if (progress === undefined) return;
      const i = progress.sent.length;
      const part = progress.parts[i];
      if (part === undefined) return;
      let messageId: number | undefined;
      if (progress.sendingAfter !== undefined) {
        // The last attempt at this part ended without an answer (crash or timeout): is it there?
        messageId = await this.probe(progress.chatId, progress.sendingAfter, part, signal);
        if (messageId !== undefined)
          this.options.logger.info("A reply sent before a crash or timeout was found; not sending it again", {
            chatId: progress.chatId,
            updateId: id,
            messageId,
          });
      }
      if (messageId === undefined) {
        // Our reply comes after the message it answers and after everything we sent before.
        const after = Math.max(await ledger.ownHighWater(entry.chat), progress.replyTo ?? 0);
        await this.save(id, { ...progress, sendingAfter: after });
        try {
          messageId = await this.options.sender.send(progress.chatId, part.html, {
            replyTo: i === 0 ? progress.replyTo : undefined,
            threadId: progress.threadId,
            markup: part.markup,
            signal,
          });
        } catch (error) {
          if (!(error instanceof UncertainDeliveryError) || signal.aborted) throw error;
          // Probe, then send if it is not there; a chat whose calls keep hanging is given up on.
          if (++uncertain > MAX_UNCERTAIN_SENDS) throw error;
          continue;
        }
      }
      const { sendingAfter: _done, ...rest } = progress;
      // Independent records: both wait for the same disk sync.
      await Promise.all([
        this.save(id, { ...rest, sent: [...progress.sent, messageId] }),
        ledger.raiseOwnHighWater(entry.chat, messageId),
      ]);
    }
  }

  private async probe(
    chatId: number,
    after: number,
    part: ReplyPart,
    signal: AbortSignal,
  ): Promise<number | undefined> {
    const { sender } = this.options;
    for (let candidate = after + 1; candidate <= after + (this.options.probeIds ?? 20); candidate++) {
      try {
        await sender.call("editMessageText", sender.editPayload(chatId, candidate, part.html, part.markup), {
          chatId,
          signal,
          idempotent: true,
        });
        return candidate; // ours, and now certainly showing this part
      } catch (error) {
        if (isNotModified(error)) return candidate;
        if (error instanceof TelegramError && error.code === 400) continue; // not found / not ours
        this.options.logger.warn("Could not check whether a reply was delivered; sending it", {
          chatId,
          error: describeSafely(error, this.options.redact),
        });
        return undefined;
      }
    }
    return undefined;
  }
}
