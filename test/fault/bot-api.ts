/**
 * A small fake Bot API of our own for the fault tests, with Telegram's semantics where they
 * matter for losing or duplicating replies:
 * - `getUpdates` keeps an update until a later call asks for an `offset` above its id (that is
 *   the confirmation); long polling waits (briefly) for new updates; 409 while a webhook is set;
 * - with `setWebhook`, updates are POSTed to the bot with the secret header, one at a time per
 *   chat and in order (the next only after a 2xx; failures are retried), chats in parallel;
 * - message ids are counted per chat, shared by the user's and the bot's messages;
 * - `editMessageText` answers like Telegram: "message to edit not found", "message can't be
 *   edited" (not the bot's), "message is not modified" (same text and buttons).
 * Scripted faults per method (and chat): an HTTP status and body, a dropped connection before
 * the call takes effect, a dropped connection after it took effect (the reply is lost), or a
 * call that hangs. Everything the bot ever showed is kept, edits included.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type FaultAction =
  | { readonly kind: "status"; readonly status: number; readonly body: unknown }
  | { readonly kind: "drop" }
  | { readonly kind: "lose-reply" }
  | { readonly kind: "hang" };

export interface FaultRule {
  readonly method: string;
  readonly chatId?: number;
  readonly action: FaultAction;
  /** How many calls it applies to (default 1; Infinity for all). */
  times?: number;
}

export interface BotMessage {
  readonly chatId: number;
  readonly messageId: number;
  text: string;
  markup?: unknown;
  readonly replyTo?: number;
  /** Every text the message has shown, the first included. */
  readonly shown: string[];
  readonly at: number;
}

export interface ApiCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
  outcome: string;
}

interface Pending {
  readonly update: Record<string, unknown> & { update_id: number };
  readonly chatId: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        resolve(text.length === 0 ? {} : (JSON.parse(text) as Record<string, unknown>));
      } catch (error) {
        reject(error);
      }
    });
    req.on("error", reject);
  });
}

const badRequest = (description: string) => ({
  status: 400,
  body: { ok: false, error_code: 400, description: `Bad Request: ${description}` },
});

export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  readonly messages: BotMessage[] = [];
  /** Times each update was handed to a bot (getUpdates or webhook). */
  readonly deliveries = new Map<number, number>();
  readonly confirmed = new Set<number>();
  private readonly faults: FaultRule[] = [];
  private readonly queue: Pending[] = [];
  private readonly nextMessageId = new Map<number, number>();
  private readonly userMessages = new Set<string>();
  private nextUpdateId = 1000;
  private webhook: { url: string; secret: string } | undefined;
  private readonly delivering = new Set<number>();
  private readonly hung = new Set<() => void>();
  private closed = false;
  url = "";

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeBotApi> {
    const server = createServer();
    const api = new FakeBotApi(server);
    server.on("request", (req, res) => {
      void api.serve(
        req,
        res.writeHead.bind(res),
        (status, body) => {
          if (!res.destroyed)
            res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
        },
        () => req.socket.destroy(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return api;
  }

  fail(...rules: FaultRule[]): void {
    this.faults.push(...rules);
  }

  clearFaults(): void {
    this.faults.length = 0;
    for (const release of this.hung) release();
    this.hung.clear();
  }

  /** A user writes `text` in a private chat (chat id = user id); returns the update and message ids. */
  userSends(chatId: number, text: string, languageCode = "en"): { updateId: number; messageId: number } {
    const messageId = this.newMessageId(chatId);
    this.userMessages.add(`${chatId}:${messageId}`);
    const updateId = this.nextUpdateId++;
    const entities = text.startsWith("/")
      ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]?.length ?? 0 }]
      : undefined;
    this.queue.push({
      chatId,
      update: {
        update_id: updateId,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: "private", first_name: "U" },
          from: { id: chatId, is_bot: false, first_name: "U", language_code: languageCode },
          text,
          ...(entities === undefined ? {} : { entities }),
        },
      },
    });
    this.pumpWebhook();
    return { updateId, messageId };
  }

  /** The bot's messages in a chat, in the order sent. */
  messagesIn(chatId: number): BotMessage[] {
    return this.messages.filter((m) => m.chatId === chatId);
  }

  repliesTo(chatId: number, messageId: number): BotMessage[] {
    return this.messages.filter((m) => m.chatId === chatId && m.replyTo === messageId);
  }

  /** Every text the bot ever showed anyone, edits included. */
  everShown(): string[] {
    return this.messages.flatMap((m) => m.shown);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Scripted faults not used yet. */
  get pendingFaults(): number {
    return this.faults.length;
  }

  get pendingUpdates(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.clearFaults();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private newMessageId(chatId: number): number {
    const id = (this.nextMessageId.get(chatId) ?? 0) + 1;
    this.nextMessageId.set(chatId, id);
    return id;
  }

  private async serve(
    req: IncomingMessage,
    _writeHead: unknown,
    reply: (status: number, body: unknown) => void,
    drop: () => void,
  ): Promise<void> {
    const method = (req.url ?? "").split("?")[0]?.split("/").at(-1) ?? "";
    let body: Record<string, unknown>;
    try {
      body = await readJson(req);
    } catch {
      return reply(400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
    }
    const call: ApiCall = { method, body, outcome: "ok" };
    this.calls.push(call);
    const at = this.faults.findIndex(
      (f) => f.method === method && (f.chatId === undefined || Number(body.chat_id) === f.chatId),
    );
    const fault = at >= 0 ? this.faults[at] : undefined;
    if (fault !== undefined) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(at, 1);
      const action = fault.action;
      call.outcome = action.kind;
      if (action.kind === "drop") return drop();
      if (action.kind === "hang") {
        await new Promise<void>((resolve) => this.hung.add(resolve));
        return drop();
      }
      if (action.kind === "status") return reply(action.status, action.body);
      // lose-reply: the call takes effect, then the connection drops before the answer.
      this.handle(method, body);
      return drop();
    }
    if (method === "getUpdates") {
      const result = await this.getUpdates(body, req);
      return reply(result.status, result.body);
    }
    const result = this.handle(method, body);
    call.outcome = String(result.status);
    reply(result.status, result.body);
  }

  private handle(method: string, body: Record<string, unknown>): { status: number; body: unknown } {
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
    const chatId = Number(body.chat_id);
    switch (method) {
      case "getMe":
        return ok({ id: 4242, is_bot: true, first_name: "Fake", username: "FakeTalksBot" });
      case "setMyCommands":
      case "deleteWebhook":
        if (method === "deleteWebhook") this.webhook = undefined;
        return ok(true);
      case "setWebhook":
        this.webhook = { url: String(body.url), secret: String(body.secret_token ?? "") };
        this.pumpWebhook();
        return ok(true);
      case "sendChatAction":
      case "answerCallbackQuery":
        return ok(true);
      case "sendMessage": {
        const messageId = this.newMessageId(chatId);
        const text = String(body.text);
        const replyTo = (body.reply_parameters as { message_id?: number } | undefined)?.message_id;
        this.messages.push({
          chatId,
          messageId,
          text,
          markup: body.reply_markup,
          replyTo,
          shown: [text],
          at: Date.now(),
        });
        return ok({ message_id: messageId, chat: { id: chatId, type: "private" }, date: 0, text });
      }
      case "editMessageText": {
        const id = Number(body.message_id);
        const message = this.messages.find((m) => m.chatId === chatId && m.messageId === id);
        if (message === undefined) {
          return this.userMessages.has(`${chatId}:${id}`)
            ? badRequest("message can't be edited")
            : badRequest("message to edit not found");
        }
        const text = String(body.text);
        if (message.text === text && JSON.stringify(message.markup) === JSON.stringify(body.reply_markup))
          return badRequest(
            "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
          );
        message.text = text;
        message.markup = body.reply_markup;
        message.shown.push(text);
        return ok({ message_id: id, chat: { id: chatId, type: "private" }, date: 0, text });
      }
      case "deleteMessage": {
        const at = this.messages.findIndex(
          (m) => m.chatId === chatId && m.messageId === Number(body.message_id),
        );
        if (at >= 0) this.messages.splice(at, 1);
        return ok(true);
      }
      default:
        return { status: 404, body: { ok: false, error_code: 404, description: "Not Found" } };
    }
  }

  private async getUpdates(
    body: Record<string, unknown>,
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown }> {
    if (this.webhook !== undefined)
      return {
        status: 409,
        body: {
          ok: false,
          error_code: 409,
          description: "Conflict: can't use getUpdates method while webhook is active",
        },
      };
    const offset = typeof body.offset === "number" ? body.offset : 0;
    const limit = typeof body.limit === "number" && body.limit > 0 ? Math.min(body.limit, 100) : 100;
    const waitMs = Math.min((typeof body.timeout === "number" ? body.timeout : 0) * 1000, 300);
    let gone = false;
    const onClose = () => {
      gone = true;
    };
    // Keep-alive sockets carry many polls: the listener goes when this poll is answered.
    req.socket.once("close", onClose);
    try {
      return await this.waitForUpdates(offset, limit, waitMs, () => gone);
    } finally {
      req.socket.off("close", onClose);
    }
  }

  private async waitForUpdates(
    offset: number,
    limit: number,
    waitMs: number,
    gone: () => boolean,
  ): Promise<{ status: number; body: unknown }> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      // Confirmation: everything below the offset is forgotten for good.
      for (let i = this.queue.length - 1; i >= 0; i--) {
        const p = this.queue[i];
        if (p !== undefined && p.update.update_id < offset) {
          this.confirmed.add(p.update.update_id);
          this.queue.splice(i, 1);
        }
      }
      if (this.queue.length > 0 || Date.now() >= deadline || gone() || this.closed) break;
      await sleep(10);
    }
    if (gone()) return { status: 200, body: { ok: true, result: [] } };
    const batch = this.queue.slice(0, limit);
    for (const p of batch)
      this.deliveries.set(p.update.update_id, (this.deliveries.get(p.update.update_id) ?? 0) + 1);
    return { status: 200, body: { ok: true, result: batch.map((p) => p.update) } };
  }

  /** Webhook delivery: per chat one update at a time, in order, retried until a 2xx. */
  private pumpWebhook(): void {
    if (this.webhook === undefined) return;
    for (const chatId of new Set(this.queue.map((p) => p.chatId))) {
      if (this.delivering.has(chatId)) continue;
      this.delivering.add(chatId);
      void this.deliverChat(chatId).finally(() => {
        this.delivering.delete(chatId);
        if (this.queue.some((p) => p.chatId === chatId)) this.pumpWebhook();
      });
    }
  }

  private async deliverChat(chatId: number): Promise<void> {
    for (;;) {
      const hook = this.webhook;
      const next = this.queue.find((p) => p.chatId === chatId);
      if (hook === undefined || next === undefined || this.closed) return;
      const id = next.update.update_id;
      this.deliveries.set(id, (this.deliveries.get(id) ?? 0) + 1);
      let delivered = false;
      try {
        const res = await fetch(hook.url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": hook.secret },
          body: JSON.stringify(next.update),
          signal: AbortSignal.timeout(5_000),
        });
        await res.arrayBuffer();
        delivered = res.ok;
      } catch {
        delivered = false;
      }
      if (delivered) {
        this.confirmed.add(id);
        const at = this.queue.indexOf(next);
        if (at >= 0) this.queue.splice(at, 1);
      } else {
        await sleep(100); // Telegram retries a failed delivery later
      }
    }
  }
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

export const status = (code: number, description: string): FaultAction => ({
  kind: "status",
  status: code,
  body: { ok: false, error_code: code, description },
});
