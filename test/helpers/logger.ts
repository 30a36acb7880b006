import type { Logger, LogLevel } from "../../src/core/logger.js";

/** One logger call, as made. */
export interface LogEntry {
  readonly level: LogLevel;
  readonly message: string;
  readonly context?: Record<string, unknown>;
}

export interface CapturedLogger {
  /** Pass this wherever a `Logger` is wanted. */
  readonly logger: Logger;
  /** Every call, in order, for assertions on fields (`entries.find((e) => e.level === "warn")`). */
  readonly entries: LogEntry[];
  /** Every call as one line, `LEVEL message {"context":…}`, for assertions with patterns. */
  readonly lines: readonly string[];
}

/** A logger that keeps every call for the test to inspect (the one capturing logger of the tests). */
export function captureLogger(): CapturedLogger {
  const entries: LogEntry[] = [];
  const log =
    (level: LogLevel) =>
    (message: string, context?: Record<string, unknown>): void => {
      entries.push({ level, message, context });
    };
  return {
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    entries,
    get lines() {
      return entries.map(
        (e) =>
          `${e.level.toUpperCase()} ${e.message}${e.context === undefined ? "" : ` ${JSON.stringify(e.context)}`}`,
      );
    },
  };
}
