/**
 * The one redactor: keeps secrets out of every log line and error message. It removes
 * - each configured secret (bot token, webhook secret, API keys, the Redis password), wherever
 *   it appears, including inside error text a foreign server sent back;
 * - anything shaped like a Bot API token (request URLs embed it: `/bot<token>/<method>`);
 * - credentials in URLs (`redis://user:pass@host`, `https://user:pass@proxy`).
 */
import { describeError } from "./errors.js";
import type { Logger } from "./logger.js";

export type Redactor = (text: string) => string;

/** Bot API tokens look like `123456789:AA…` (digits, colon, 30+ url-safe characters). */
export const TELEGRAM_TOKEN_PATTERN = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;

const TOKEN_SHAPE = /\d{5,}:[A-Za-z0-9_-]{30,}/g;
/** `scheme://user:password@` or `scheme://token@`: everything between `//` and `@` goes. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;

/** Secrets shorter than this are not redacted on their own (they would match ordinary text). */
const MIN_SECRET_LENGTH = 4;

export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const known = [
    ...new Set(secrets.filter((s): s is string => typeof s === "string" && s.length >= MIN_SECRET_LENGTH)),
  ]
    // Longest first, so a secret containing another is removed whole.
    .sort((a, b) => b.length - a.length);
  return (text: string) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join("***");
    return out.replace(TOKEN_SHAPE, "***").replace(URL_CREDENTIALS, "$1***@");
  };
}

/** The password part of a URL (e.g. `REDIS_URL`), to add to the redactor's secrets. */
export function urlSecrets(url: string | undefined): string[] {
  if (url === undefined) return [];
  try {
    const parsed = new URL(url);
    return [parsed.password, parsed.username].map(decodeURIComponent).filter((s) => s.length > 0);
  } catch {
    return [];
  }
}

/** Redact an error's message and stack in place (its `cause` chain too) and return it. */
export function redactError<E>(error: E, redact: Redactor, depth = 0): E {
  if (error instanceof Error && depth < 5) {
    error.message = redact(error.message);
    if (error.stack !== undefined) error.stack = redact(error.stack);
    if (error.cause !== undefined) redactError(error.cause, redact, depth + 1);
  }
  return error;
}

/** A one-line description of an error, safe to log. */
export function describeSafely(error: unknown, redact: Redactor): string {
  return redact(describeError(error));
}

function redactValue(value: unknown, redact: Redactor): unknown {
  if (typeof value === "string") return redact(value);
  if (value instanceof Error) return describeSafely(value, redact);
  if (value === null || typeof value !== "object") return value;
  try {
    return JSON.parse(
      redact(JSON.stringify(value, (_k, v: unknown) => (v instanceof Error ? describeError(v) : v))),
    ) as unknown;
  } catch {
    return "[unserialisable]";
  }
}

/** Wrap a logger so that messages and context values are redacted before they are written. */
export function redactingLogger(logger: Logger, redact: Redactor): Logger {
  const wrap =
    (write: Logger["info"]) =>
    (message: string, context?: Record<string, unknown>): void => {
      if (context === undefined) {
        write(redact(message));
        return;
      }
      const safe: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(context)) safe[key] = redactValue(value, redact);
      write(redact(message), safe);
    };
  return {
    debug: wrap(logger.debug.bind(logger)),
    info: wrap(logger.info.bind(logger)),
    warn: wrap(logger.warn.bind(logger)),
    error: wrap(logger.error.bind(logger)),
  };
}
