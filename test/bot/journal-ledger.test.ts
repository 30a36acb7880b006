import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Update } from "telegraf/types";
import { describe, expect, it } from "vitest";
import { JournalLedger } from "../../src/bot/journal-ledger.js";
import { tempLedger } from "./harness.js";

const update = (id: number, chatId: number): Update =>
  ({
    update_id: id,
    message: {
      message_id: id,
      date: 0,
      chat: { id: chatId, type: "private", first_name: "U" },
      text: `q${id}`,
    },
  }) as unknown as Update;

describe("JournalLedger (the embedded update ledger)", () => {
  it("drops an update_id seen before, also after a restart and once it is finished", async () => {
    const file = tempLedger();
    const a = JournalLedger.open(file);
    expect(await a.record([update(1, 10), update(2, 10), update(1, 10)])).toEqual([true, true, false]);
    await a.finish(1);
    await a.close();
    const b = JournalLedger.open(file);
    expect(await b.record([update(1, 10), update(2, 10), update(3, 11)])).toEqual([false, false, true]);
    expect(await b.lastUpdateId()).toBe(3);
    await b.close();
  });

  it("replays unfinished updates per chat in update_id order, with their reply progress", async () => {
    const file = tempLedger();
    const a = JournalLedger.open(file);
    await a.record([update(7, 20), update(5, 20), update(6, 21)]);
    await a.saveProgress(5, {
      chatId: 20,
      parts: [{ html: "a" }, { html: "b" }],
      sent: [41],
      sendingAfter: 41,
    });
    await a.raiseOwnHighWater("20", 41);
    await a.close(); // as good as a crash: nothing more is written
    const b = JournalLedger.open(file);
    expect((await b.chatsWithWork()).sort()).toEqual(["20", "21"]);
    const first = await b.next("20");
    expect(first?.update.update_id).toBe(5);
    expect(first?.progress).toEqual({
      chatId: 20,
      parts: [{ html: "a" }, { html: "b" }],
      sent: [41],
      sendingAfter: 41,
    });
    expect(await b.ownHighWater("20")).toBe(41);
    await b.finish(5);
    expect((await b.next("20"))?.update.update_id).toBe(7);
    await b.close();
  });

  it("ignores a line torn by a crash in mid-write, and compacts without leaving temporary files", async () => {
    const file = tempLedger();
    const a = JournalLedger.open(file);
    await a.record([update(1, 30)]);
    await a.close();
    appendFileSync(file, '{"a":"add","u":{"update_id":2,"mess');
    const b = JournalLedger.open(file);
    expect((await b.next("30"))?.update.update_id).toBe(1);
    expect(await b.record([update(2, 30)])).toEqual([true]);
    await b.close();
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    expect(
      readFileSync(file, "utf8")
        .split("\n")
        .every((l) => l === "" || JSON.parse(l)),
    ).toBe(true);
  });

  it("forty chats at once (syncs grouped): each call resolves with its lines on disk and applied", async () => {
    const file = tempLedger();
    const a = JournalLedger.open(file);
    const chats = Array.from({ length: 40 }, (_, i) => i);
    expect(await a.record(chats.map((c) => update(100 + c, 500 + c)))).toEqual(chats.map(() => true));
    // Forty chats finishing at the same moment, each with its progress and high-water mark.
    await Promise.all(
      chats.map(async (c) => {
        await Promise.all([
          a.saveProgress(100 + c, { chatId: 500 + c, parts: [{ html: `r${c}` }], sent: [900 + c] }),
          a.raiseOwnHighWater(String(500 + c), 900 + c),
        ]);
        // Resolved: the line is in the file already (a crash now loses nothing) …
        expect(readFileSync(file, "utf8")).toContain(`"own","c":"${500 + c}","m":${900 + c}`);
        await a.finish(100 + c);
      }),
    );
    // … and in memory: nothing is left to do.
    expect(await a.chatsWithWork()).toEqual([]);
    await a.close();
    const b = JournalLedger.open(file);
    expect(await b.chatsWithWork()).toEqual([]);
    expect(await b.ownHighWater("539")).toBe(939);
    expect(await b.record([update(120, 520)])).toEqual([false]);
    await b.close();
  });
});
