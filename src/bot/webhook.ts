/**
 * The webhook HTTP server. Only `POST <path>` carrying Telegram's
 * `X-Telegram-Bot-Api-Secret-Token` header equal to the configured secret reaches telegraf;
 * everything else gets 401, so forged updates are rejected before any parsing.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../core/logger.js";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** Updates are small; anything bigger than this is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;

export interface WebhookServerOptions {
  readonly path: string;
  readonly secret: string;
  readonly logger: Logger;
  /** Telegraf's `webhookCallback(path, { secretToken })`. */
  readonly callback: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Constant-time comparison of the header with the secret. */
export function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== "string" || secret.length === 0) return false;
  return timingSafeEqual(digest(header), digest(secret));
}

export function createWebhookServer(options: WebhookServerOptions): Server {
  return createServer((req, res) => {
    const authorised =
      req.method === "POST" &&
      req.url === options.path &&
      secretMatches(req.headers[SECRET_HEADER], options.secret);
    if (!authorised) {
      options.logger.debug("Rejected a webhook request", {
        method: req.method,
        path: req.url?.split("?")[0],
      });
      res.writeHead(401, { "content-type": "application/json" }).end('{"ok":false,"error":"unauthorized"}');
      return;
    }
    const length = Number(req.headers["content-length"] ?? 0);
    if (Number.isFinite(length) && length > MAX_BODY_BYTES) {
      res.writeHead(413).end();
      return;
    }
    options.callback(req, res).catch((error: unknown) => {
      options.logger.error("Webhook update failed", { error });
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
}

export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Stop accepting connections, let requests in progress finish, drop idle keep-alive sockets. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
