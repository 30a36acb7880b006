/**
 * The webhook HTTP server (our own, not telegraf's, which decodes chunk by chunk and has no
 * limit on chunked bodies). Only `POST <path>` with Telegram's `X-Telegram-Bot-Api-Secret-Token`
 * equal to the configured secret is read; everything else gets 401 before any parsing. The body
 * is read as bytes, limited on the bytes received (Content-Length or chunked alike), decoded once
 * at the end. The update is recorded in the ledger before the 200: if recording fails, Telegram
 * gets a 500 and delivers it again; a redelivered `update_id` is acknowledged and dropped.
 *
 * `GET /healthz` answers 200 when every check passes (index loaded, Bot API reachable, store
 * reachable), else 503, with the result of each check as JSON.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "telegraf/types";
import type { Logger } from "../core/logger.js";
import { describeSafely, type Redactor } from "../core/redact.js";
import { chatOf, type UpdateLedger } from "./ledger.js";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** Updates are small; anything bigger than this is not from Telegram. */
export const MAX_BODY_BYTES = 1_000_000;

export type HealthCheck = () => Promise<void>;

export interface WebhookServerOptions {
  readonly path: string;
  readonly secret: string;
  readonly ledger: UpdateLedger;
  readonly onRecorded: (chat: string) => void;
  readonly health: Readonly<Record<string, HealthCheck>>;
  readonly logger: Logger;
  readonly redact: Redactor;
  readonly maxBodyBytes?: number;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Constant-time comparison of the header with the secret. */
export function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== "string" || secret.length === 0) return false;
  return timingSafeEqual(digest(header), digest(secret));
}

class TooLargeError extends Error {}

/** The body as bytes, refused past `limit` bytes however it is framed; decoded once, as UTF-8. */
export function readBodyText(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) return reject(new TooLargeError());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        reject(new TooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(new TextDecoder("utf-8").decode(Buffer.concat(chunks))));
    req.on("error", reject);
  });
}

function isUpdate(value: unknown): value is Update {
  return (
    typeof value === "object" &&
    value !== null &&
    Number.isSafeInteger((value as { update_id?: unknown }).update_id)
  );
}

async function healthReport(checks: Readonly<Record<string, HealthCheck>>, redact: Redactor) {
  const results: Record<string, string> = {};
  let ok = true;
  await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await check();
        results[name] = "ok";
      } catch (error) {
        ok = false;
        results[name] = describeSafely(error, redact);
      }
    }),
  );
  return { ok, checks: results };
}

export function createWebhookServer(options: WebhookServerOptions): Server {
  const { logger, redact } = options;
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  return createServer((req, res) => {
    const path = req.url?.split("?")[0];
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (req.method === "GET" && path === "/healthz") {
      void healthReport(options.health, redact).then((report) => json(report.ok ? 200 : 503, report));
      return;
    }
    const authorised =
      req.method === "POST" &&
      req.url === options.path &&
      secretMatches(req.headers[SECRET_HEADER], options.secret);
    if (!authorised) {
      logger.debug("Rejected a webhook request", { method: req.method, path });
      json(401, { ok: false, error: "unauthorized" });
      req.resume();
      return;
    }
    void (async () => {
      let update: unknown;
      try {
        update = JSON.parse(await readBodyText(req, limit));
      } catch (error) {
        if (error instanceof TooLargeError) {
          logger.warn("Refused a webhook body over the size limit", { limitBytes: limit });
          res.writeHead(413, { connection: "close" }).end();
          req.destroy();
          return;
        }
        return json(400, { ok: false, error: "not JSON" });
      }
      if (!isUpdate(update)) return json(400, { ok: false, error: "not an update" });
      try {
        const [fresh] = await options.ledger.record([update]);
        json(200, { ok: true });
        if (fresh === true) options.onRecorded(chatOf(update));
        else logger.info("Dropped a redelivered update", { updateId: update.update_id });
      } catch (error) {
        // Not recorded: no 200, so Telegram delivers it again.
        logger.error("Could not record a webhook update", {
          updateId: update.update_id,
          error: describeSafely(error, redact),
        });
        json(500, { ok: false });
      }
    })();
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
