/**
 * Work scheduling for the bot. Update handlers only enqueue; the work (answering, sending)
 * runs here, outside telegraf's update lifetime, so polling never waits for an answer and the
 * 90 s handler timeout cannot cut one off. Tasks of one chat run one after another (replies
 * keep their order); different chats run in parallel up to `concurrency`. `drain()` resolves
 * once everything accepted has finished, which is what a graceful shutdown waits for.
 */
export type Task = (signal: AbortSignal) => Promise<void>;

export interface ChatQueuesOptions {
  readonly concurrency: number;
  /** Last-resort report for a task that threw (tasks are expected to handle their own errors). */
  readonly onError: (error: unknown, key: string) => void;
}

export class ChatQueues {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private pendingCount = 0;
  private running = 0;
  private readonly slots: Array<() => void> = [];
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: ChatQueuesOptions) {
    if (options.concurrency < 1) throw new RangeError("concurrency must be at least 1");
  }

  /** Tasks accepted and not yet finished. */
  get pending(): number {
    return this.pendingCount;
  }

  /** Chats with queued or running work. */
  get activeChats(): number {
    return this.tails.size;
  }

  enqueue(key: string | number, task: Task): void {
    const id = String(key);
    this.pendingCount++;
    const previous = this.tails.get(id) ?? Promise.resolve();
    const next = previous.then(() => this.run(id, task));
    this.tails.set(id, next);
    void next.finally(() => {
      if (this.tails.get(id) === next) this.tails.delete(id);
      this.settle();
    });
  }

  private settle(): void {
    this.pendingCount--;
    if (this.pendingCount === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /**
   * Count a short, unordered piece of work (e.g. answering a callback query) as pending, so
   * `drain()` waits for it, without putting it behind a chat's queue.
   */
  track(work: Promise<unknown>): void {
    this.pendingCount++;
    void work
      .catch((error: unknown) => this.options.onError(error, "untracked"))
      .finally(() => this.settle());
  }

  /** Resolves when no task is queued or running. */
  drain(): Promise<void> {
    if (this.pendingCount === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Signal every running and future task to give up (used after the shutdown grace period). */
  abortAll(): void {
    this.abort.abort();
  }

  private async run(key: string, task: Task): Promise<void> {
    await this.acquire();
    try {
      await task(this.abort.signal);
    } catch (error) {
      this.options.onError(error, key);
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.slots.push(resolve));
  }

  private release(): void {
    const next = this.slots.shift();
    if (next !== undefined) next();
    else this.running--;
  }
}
