import type { Update } from "telegraf/types";
import { describe, expect, it } from "vitest";
import { JournalLedger } from "../../src/bot/journal-ledger.js";
import { chatOf, type LedgerEntry, MemoryLocks } from "../../src/bot/ledger.js";
import { ChatPump } from "../../src/bot/pump.js";
import { createRedactor } from "../../src/core/redact.js";
import { captureLogger, tempLedger, waitFor } from "./harness.js";

const update = (id: number, chatId: number): Update =>
  ({
    update_id: id,
    message: { message_id: id, date: 0, chat: { id: chatId, type: "private", first_name: "U" }, text: "q" },
  }) as unknown as Update;

function setup(handle: (entry: LedgerEntry, signal: AbortSignal) => Promise<void>) {
  const ledger = JournalLedger.open(tempLedger());
  const log = captureLogger();
  const pump = new ChatPump({
    ledger,
    locks: new MemoryLocks(),
    handle,
    logger: log.logger,
    redact: createRedactor([]),
  });
  const add = async (...updates: Update[]) => {
    const fresh = await ledger.record(updates);
    for (const [i, u] of updates.entries()) if (fresh[i]) pump.kick(chatOf(u));
  };
  return { ledger, pump, add, log };
}

describe("ChatPump", () => {
  it("works off each chat in update_id order, one at a time, and finishes what it handled", async () => {
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    const { pump, add, ledger } = setup(async (entry) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      seen.push(entry.update.update_id);
      running--;
    });
    await add(update(3, 1), update(1, 1), update(2, 1));
    await pump.drain();
    expect(seen).toEqual([1, 2, 3]);
    expect(most).toBe(1);
    expect(await ledger.chatsWithWork()).toEqual([]);
  });

  it("a chat whose handler hangs never delays another chat; its updates wait in the ledger", async () => {
    const done: number[] = [];
    const { pump, add, ledger } = setup(async (entry, signal) => {
      if (chatOf(entry.update) === "1")
        await new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
      done.push(entry.update.update_id);
    });
    await add(update(1, 1), update(2, 1), update(3, 2), update(4, 3));
    await waitFor(() => done.length === 2, "the other chats");
    expect(done.sort()).toEqual([3, 4]);
    pump.stop();
    pump.abortAll();
    await pump.drain();
    // Shutting down: the hung update and the one behind it are left for the next start.
    expect((await ledger.next("1"))?.update.update_id).toBe(1);
  });

  it("sweep picks up what a previous run left unfinished", async () => {
    const file = tempLedger();
    const before = JournalLedger.open(file);
    await before.record([update(7, 5), update(8, 6)]);
    await before.close();
    const ledger = JournalLedger.open(file);
    const seen: number[] = [];
    const pump = new ChatPump({
      ledger,
      locks: new MemoryLocks(),
      handle: async (e) => void seen.push(e.update.update_id),
      logger: captureLogger().logger,
      redact: createRedactor([]),
    });
    await pump.sweep();
    await pump.drain();
    expect(seen.sort()).toEqual([7, 8]);
  });
});
