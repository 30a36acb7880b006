/**
 * Keeping the bot token (and other secrets) out of logs and errors. Telegraf errors can carry
 * the request URL, which embeds the token (`/bot<token>/<method>`).
 */
import { TELEGRAM_TOKEN_PATTERN } from "../app/config.js";
import { describeError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";

export type Redactor = (text: string) => string;

const TOKEN_SHAPE = new RegExp(TELEGRAM_TOKEN_PATTERN.source.replace(/^\^/, "").replace(/\$$/, ""), "g");

/** Replace each secret (and anything shaped like a bot token) with `***`. */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const known = secrets.filter((s): s is string => typeof s === "string" && s.length >= 4);
  return (text: string) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join("***");
    return out.replace(TOKEN_SHAPE, "***");
  };
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
    return JSON.parse(redact(JSON.stringify(value))) as unknown;
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
