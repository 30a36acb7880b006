/**
 * A Bot API front for fault tests, between the bot and the telegram-test-api emulator:
 *
 * - `getUpdates` behaves like Telegram's, which the emulator does not: an update stays
 *   pending until a later `getUpdates` asks for an `offset` above its `update_id` (that is how
 *   a bot confirms it), so a bot that stops before confirming gets the same update again on
 *   its next start; `limit` is honoured; an empty poll waits (briefly) for new updates, as
 *   long polling does. The emulator itself marks updates read as soon as it hands them out,
 *   so this front pulls them from it and keeps them until they are confirmed.
 * - Scripted faults, consumed in order: answer a call with an HTTP status and body (429 with
 *   `retry_after`, 500 …), or drop the connection before the request reaches the emulator.
 *   A fault can be limited to one chat, so concurrent chats get deterministic scripts.
 * - A log of every call, and of every update delivered and confirmed.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody } from "../bot/harness.js";

export type FaultAction =
  | { readonly kind: "status"; readonly status: number; readonly body: unknown }
  | { readonly kind: "drop" };

export interface FaultRule {
  readonly method: string;
  /** Only calls for this chat (`chat_id` of the request). */
  readonly chatId?: number;
  readonly action: FaultAction;
}

export interface ApiCall {
  readonly method: string;
  readonly token: string;
  readonly body: Record<string, unknown>;
  /** What the front did: forwarded (with the upstream status), or the fault it applied. */
  outcome: string;
}

export interface BotApiFront {
  readonly url: string;
  readonly calls: ApiCall[];
  /** Queue faults; each rule is used once, by the first matching call. */
  fail(...rules: FaultRule[]): void;
  /** Faults queued and not used yet. */
  readonly pendingFaults: number;
  /** How many times each update id was handed to a bot. */
  readonly deliveries: Map<number, number>;
  /** Update ids confirmed (a later getUpdates asked for a higher offset). */
  readonly confirmed: Set<number>;
  callsOf(method: string): ApiCall[];
  close(): Promise<void>;
}

interface PendingUpdate {
  readonly update_id: number;
  readonly [key: string]: unknown;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Longest an empty `getUpdates` waits for an update (the bot asks for 50 s; tests need less). */
const LONG_POLL_MS = 400;
const POLL_STEP_MS = 15;

export async function startBotApiFront(target: string): Promise<BotApiFront> {
  const calls: ApiCall[] = [];
  const faults: FaultRule[] = [];
  const pending = new Map<string, PendingUpdate[]>();
  const deliveries = new Map<number, number>();
  const confirmed = new Set<number>();

  async function pull(token: string): Promise<PendingUpdate[]> {
    const queue = pending.get(token) ?? [];
    pending.set(token, queue);
    const res = await fetch(`${target}/bot${token}/getUpdates`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const fresh = ((await res.json()) as { result?: PendingUpdate[] }).result ?? [];
    for (const update of fresh) if (!queue.some((u) => u.update_id === update.update_id)) queue.push(update);
    return queue;
  }

  async function getUpdates(
    token: string,
    body: Record<string, unknown>,
    gone: () => boolean,
  ): Promise<PendingUpdate[]> {
    const offset = typeof body.offset === "number" ? body.offset : 0;
    const limit = typeof body.limit === "number" && body.limit > 0 ? Math.min(body.limit, 100) : 100;
    const timeout = typeof body.timeout === "number" ? body.timeout * 1000 : 0;
    const deadline = Date.now() + Math.min(timeout, LONG_POLL_MS);
    for (;;) {
      const queue = await pull(token);
      // Confirmation: everything below the requested offset is gone for good.
      for (const update of queue) if (update.update_id < offset) confirmed.add(update.update_id);
      const remaining = queue.filter((u) => u.update_id >= offset);
      pending.set(token, remaining);
      if (gone()) return [];
      if (remaining.length > 0 || Date.now() >= deadline) {
        const batch = remaining.slice(0, limit);
        for (const u of batch) deliveries.set(u.update_id, (deliveries.get(u.update_id) ?? 0) + 1);
        return batch;
      }
      await sleep(POLL_STEP_MS);
    }
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const parts = (req.url ?? "").split("?")[0]?.split("/") ?? [];
      const method = parts.at(-1) ?? "";
      const token = (parts.at(-2) ?? "").replace(/^bot/, "");
      let body: Record<string, unknown> = {};
      try {
        body = raw.length > 0 ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        body = { raw };
      }
      const call: ApiCall = { method, token, body, outcome: "pending" };
      // A bot that aborts its long poll (on stop) never sees the reply: count nothing for it.
      let gone = false;
      res.on("close", () => {
        if (!res.writableEnded) gone = true;
      });
      calls.push(call);
      const at = faults.findIndex(
        (f) => f.method === method && (f.chatId === undefined || Number(body.chat_id) === f.chatId),
      );
      const fault = at >= 0 ? faults.splice(at, 1)[0] : undefined;
      if (fault !== undefined) {
        if (fault.action.kind === "drop") {
          call.outcome = "dropped";
          req.socket.destroy();
          return;
        }
        call.outcome = `fault ${fault.action.status}`;
        res
          .writeHead(fault.action.status, { "content-type": "application/json" })
          .end(JSON.stringify(fault.action.body));
        return;
      }
      try {
        if (method === "getUpdates") {
          const result = await getUpdates(token, body, () => gone);
          call.outcome = gone ? "abandoned by the bot" : `delivered ${result.length}`;
          if (!res.destroyed)
            res
              .writeHead(200, { "content-type": "application/json" })
              .end(JSON.stringify({ ok: true, result }));
          return;
        }
        const upstream = await fetch(`${target}${req.url ?? ""}`, {
          method: req.method,
          headers: { "content-type": String(req.headers["content-type"] ?? "application/json") },
          body: req.method === "GET" || req.method === "HEAD" ? undefined : raw,
        });
        const text = await upstream.text();
        call.outcome = `forwarded ${upstream.status}`;
        if (!res.destroyed) {
          res
            .writeHead(upstream.status, {
              "content-type": upstream.headers.get("content-type") ?? "application/json",
            })
            .end(text);
        }
      } catch (error) {
        call.outcome = `error ${String(error)}`;
        if (!res.destroyed) res.writeHead(502).end(JSON.stringify({ ok: false, description: String(error) }));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    fail(...rules) {
      faults.push(...rules);
    },
    get pendingFaults() {
      return faults.length;
    },
    deliveries,
    confirmed,
    callsOf: (method) => calls.filter((c) => c.method === method),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Telegram's flood-control reply. */
export const tooManyRequests = (retryAfter: number): FaultAction => ({
  kind: "status",
  status: 429,
  body: {
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  },
});

export const internalError: FaultAction = {
  kind: "status",
  status: 500,
  body: { ok: false, error_code: 500, description: "Internal Server Error" },
};

export const dropConnection: FaultAction = { kind: "drop" };
