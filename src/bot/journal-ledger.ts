/**
 * The embedded update ledger: an append-only journal file of JSON lines on local disk; a call
 * resolves only once its lines are on disk (fdatasync), so what `record` returned is on disk
 * before Telegram is told. Syncs are group commits, off the main thread: lines are appended at
 * once, and every call waiting meanwhile shares the next fdatasync (one per file covers all the
 * lines written before it), so many chats answered at once do not pay one disk flush each, and
 * answers are computed while the disk flushes. In-memory state changes only once a line is
 * durable, as before. No server to run. At open, the journal is read back (a torn last line, from a crash in
 * mid-write, is ignored), unfinished updates become the work to replay, and the file is
 * compacted: rewritten to a temporary file, synced, renamed over the old one.
 *
 * Lines: `{"a":"add","u":update,"c":chat}`, `{"a":"prog","id":n,"p":progress}`,
 * `{"a":"fin","id":n}`, `{"a":"own","c":chat,"m":messageId}`, `{"a":"max","id":n}`.
 */
import { closeSync, fdatasync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { Update } from "telegraf/types";
import { chatOf, type LedgerEntry, type Progress, type UpdateLedger } from "./ledger.js";

/** Finished update ids remembered for dropping redeliveries (Telegram keeps updates for 24 h). */
const KEEP_FINISHED = 20_000;
/** Lines appended before the journal is compacted again while running. */
const COMPACT_AFTER = 100_000;

type Line =
  | { readonly a: "add"; readonly u: Update; readonly c: string }
  | { readonly a: "prog"; readonly id: number; readonly p: Progress }
  | { readonly a: "fin"; readonly id: number }
  | { readonly a: "own"; readonly c: string; readonly m: number }
  | { readonly a: "max"; readonly id: number };

export class JournalLedger implements UpdateLedger {
  private readonly pending = new Map<number, LedgerEntry>();
  private readonly finished = new Set<number>();
  private readonly own = new Map<string, number>();
  private maxId: number | undefined;
  private fd: number | undefined;
  private appended = 0;
  /** Batches appended, and how many of them are known to be on disk (group commit). */
  private written = 0;
  private synced = 0;
  /** The fdatasync in flight, shared by every caller waiting for it. */
  private flushing: Promise<void> | undefined;
  /** Writes appended but not yet applied (they wait for their sync): compaction waits for none. */
  private unapplied = 0;

  private constructor(private readonly file: string) {}

  /** Read the journal (if any), compact it, and open it for appending. */
  static open(file: string): JournalLedger {
    const ledger = new JournalLedger(file);
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    for (const raw of text.split("\n")) {
      if (raw.trim() === "") continue;
      let line: Line;
      try {
        line = JSON.parse(raw) as Line;
      } catch {
        continue; // a line torn by a crash in mid-write: its caller never got an answer
      }
      ledger.apply(line);
    }
    ledger.compact();
    return ledger;
  }

  private apply(line: Line): void {
    switch (line.a) {
      case "add": {
        const id = line.u.update_id;
        if (!this.finished.has(id) && !this.pending.has(id))
          this.pending.set(id, { update: line.u, chat: line.c });
        this.maxId = Math.max(this.maxId ?? id, id);
        return;
      }
      case "prog": {
        const entry = this.pending.get(line.id);
        if (entry !== undefined) this.pending.set(line.id, { ...entry, progress: line.p });
        return;
      }
      case "fin":
        this.pending.delete(line.id);
        this.finished.add(line.id);
        return;
      case "own":
        this.own.set(line.c, Math.max(this.own.get(line.c) ?? 0, line.m));
        return;
      case "max":
        this.maxId = Math.max(this.maxId ?? line.id, line.id);
        return;
    }
  }

  private compact(): void {
    const old = this.fd;
    // A sync in flight still uses the old descriptor: close it once that sync is done.
    if (old !== undefined) {
      if (this.flushing === undefined) closeSync(old);
      else
        this.flushing.then(
          () => closeSync(old),
          () => closeSync(old),
        );
    }
    this.fd = undefined;
    this.appended = 0;
    const finished = [...this.finished].sort((a, b) => a - b).slice(-KEEP_FINISHED);
    this.finished.clear();
    for (const id of finished) this.finished.add(id);
    const lines: Line[] = [];
    if (this.maxId !== undefined) lines.push({ a: "max", id: this.maxId });
    for (const [c, m] of this.own) lines.push({ a: "own", c, m });
    for (const id of finished) lines.push({ a: "fin", id });
    for (const entry of [...this.pending.values()].sort((a, b) => a.update.update_id - b.update.update_id)) {
      lines.push({ a: "add", u: entry.update, c: entry.chat });
      if (entry.progress !== undefined)
        lines.push({ a: "prog", id: entry.update.update_id, p: entry.progress });
    }
    const temporary = `${this.file}.tmp`;
    const fd = openSync(temporary, "w");
    try {
      writeSync(fd, lines.map((l) => `${JSON.stringify(l)}\n`).join(""));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.file);
    syncDirectory(dirname(this.file));
    this.fd = openSync(this.file, "a");
    // The new file holds (and has synced) everything written so far.
    this.synced = this.written;
  }

  /**
   * Append lines, wait until they are on disk, then apply them. With no lines, waits until
   * everything appended before is on disk (a repeated update is confirmed only after its
   * first recording is durable).
   */
  private async write(lines: readonly Line[]): Promise<void> {
    if (this.fd === undefined) throw new Error("the update ledger is closed");
    if (lines.length > 0) {
      writeSync(this.fd, lines.map((l) => `${JSON.stringify(l)}\n`).join(""));
      this.written++;
    }
    this.unapplied++;
    try {
      await this.durable(this.written);
    } finally {
      this.unapplied--;
    }
    for (const line of lines) this.apply(line);
    this.appended += lines.length;
    // Compaction rewrites the file from memory: only when no appended line waits to be applied.
    if (this.appended >= COMPACT_AFTER && this.unapplied === 0 && this.fd !== undefined) this.compact();
  }

  /** Resolves once batch `upTo` is on disk; concurrent callers share each fdatasync. */
  private async durable(upTo: number): Promise<void> {
    while (this.synced < upTo) {
      if (this.flushing === undefined) {
        const fd = this.fd;
        if (fd === undefined) throw new Error("the update ledger is closed");
        const target = this.written;
        this.flushing = new Promise<void>((resolve, reject) =>
          fdatasync(fd, (error) => (error === null ? resolve() : reject(error))),
        )
          .then(() => {
            this.synced = Math.max(this.synced, target);
          })
          .finally(() => {
            this.flushing = undefined;
          });
      }
      await this.flushing;
    }
  }

  async record(updates: readonly Update[]): Promise<boolean[]> {
    const fresh = updates.map((u) => !this.pending.has(u.update_id) && !this.finished.has(u.update_id));
    // A batch may repeat an id: only its first occurrence is new.
    const seen = new Set<number>();
    const lines: Line[] = [];
    updates.forEach((u, i) => {
      if (seen.has(u.update_id)) fresh[i] = false;
      seen.add(u.update_id);
      if (fresh[i]) lines.push({ a: "add", u, c: chatOf(u) });
    });
    await this.write(lines);
    return fresh;
  }

  async next(chat: string): Promise<LedgerEntry | undefined> {
    let first: LedgerEntry | undefined;
    for (const entry of this.pending.values()) {
      if (entry.chat === chat && (first === undefined || entry.update.update_id < first.update.update_id))
        first = entry;
    }
    return first;
  }

  async chatsWithWork(): Promise<string[]> {
    return [...new Set([...this.pending.values()].map((e) => e.chat))];
  }

  async saveProgress(updateId: number, progress: Progress): Promise<void> {
    await this.write([{ a: "prog", id: updateId, p: progress }]);
  }

  async finish(updateId: number): Promise<void> {
    await this.write([{ a: "fin", id: updateId }]);
  }

  async ownHighWater(chat: string): Promise<number> {
    return this.own.get(chat) ?? 0;
  }

  async raiseOwnHighWater(chat: string, messageId: number): Promise<void> {
    if (messageId > (this.own.get(chat) ?? 0)) await this.write([{ a: "own", c: chat, m: messageId }]);
  }

  async lastUpdateId(): Promise<number | undefined> {
    return this.maxId;
  }

  async close(): Promise<void> {
    await this.flushing?.catch(() => undefined);
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Make a rename durable (the directory entry itself). Not every platform allows it. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Directories cannot be opened for sync on some platforms; the rename is still atomic.
  }
}
