/**
 * A minimal leveled logger writing single lines to stderr (stdout stays clean for
 * `--json` output and the terminal chat). A redactor is applied to every line so a
 * secret can never reach the log, whatever the caller passes in.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  readonly level?: LogLevel;
  readonly redact?: (line: string) => string;
  readonly write?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const min = ORDER[options.level ?? "info"];
  const redact = options.redact ?? ((line: string) => line);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = (level: LogLevel, message: string, context?: Record<string, unknown>) => {
    if (ORDER[level] < min) return;
    const suffix = context && Object.keys(context).length > 0 ? ` ${safeJson(context)}` : "";
    write(redact(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${suffix}`));
  };
  return {
    debug: (m, c) => log("debug", m, c),
    info: (m, c) => log("info", m, c),
    warn: (m, c) => log("warn", m, c),
    error: (m, c) => log("error", m, c),
  };
}

/** A logger that discards everything (tests, `--json`). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? `${v.name}: ${v.message}` : v));
  } catch {
    return "[unserialisable context]";
  }
}
