import { describe, expect, it } from "vitest";
import { ChatQueues } from "../../src/bot/chat-queue.js";

function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
}

describe("ChatQueues", () => {
  it("runs one chat's tasks in order, even when the first is slow", async () => {
    const queues = new ChatQueues({ concurrency: 4, onError: () => {} });
    const order: string[] = [];
    const slow = gate();
    queues.enqueue(1, async () => {
      await slow.opened;
      order.push("first");
    });
    queues.enqueue(1, async () => {
      order.push("second");
    });
    await Promise.resolve();
    expect(order).toEqual([]);
    slow.open();
    await queues.drain();
    expect(order).toEqual(["first", "second"]);
  });

  it("does not let a slow chat block another chat", async () => {
    const queues = new ChatQueues({ concurrency: 4, onError: () => {} });
    const slow = gate();
    const other = gate();
    queues.enqueue("slow", () => slow.opened);
    queues.enqueue("other", async () => other.open());
    await other.opened; // resolves although "slow" has not finished
    await new Promise((r) => setImmediate(r));
    expect(queues.pending).toBe(1);
    slow.open();
    await queues.drain();
    expect(queues.pending).toBe(0);
    expect(queues.activeChats).toBe(0);
  });

  it("caps the number of tasks running at once", async () => {
    const queues = new ChatQueues({ concurrency: 2, onError: () => {} });
    let running = 0;
    let peak = 0;
    const release = gate();
    for (let chat = 0; chat < 6; chat++) {
      queues.enqueue(chat, async () => {
        running++;
        peak = Math.max(peak, running);
        await release.opened;
        running--;
      });
    }
    await new Promise((r) => setImmediate(r));
    expect(running).toBe(2);
    release.open();
    await queues.drain();
    expect(peak).toBe(2);
  });

  it("reports a failing task and keeps going", async () => {
    const errors: unknown[] = [];
    const queues = new ChatQueues({ concurrency: 1, onError: (e) => errors.push(e) });
    const done: string[] = [];
    queues.enqueue(1, async () => {
      throw new Error("bad");
    });
    queues.enqueue(1, async () => {
      done.push("after");
    });
    await queues.drain();
    expect(errors).toHaveLength(1);
    expect(done).toEqual(["after"]);
  });

  it("drain waits for tracked work; abortAll signals running tasks", async () => {
    const queues = new ChatQueues({ concurrency: 1, onError: () => {} });
    const tracked = gate();
    queues.track(tracked.opened);
    let aborted = false;
    queues.enqueue(
      1,
      (signal) =>
        new Promise<void>((resolve) =>
          signal.addEventListener("abort", () => {
            aborted = true;
            resolve();
          }),
        ),
    );
    let drained = false;
    const draining = queues.drain().then(() => {
      drained = true;
    });
    await new Promise((r) => setImmediate(r)); // the task is running and listening
    queues.abortAll();
    await new Promise((r) => setImmediate(r));
    expect(aborted).toBe(true);
    expect(drained).toBe(false);
    tracked.open();
    await draining;
    expect(drained).toBe(true);
  });
});
