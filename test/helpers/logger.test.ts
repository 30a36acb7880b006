import { describe, expect, it } from "vitest";
import { captureLogger } from "./logger.js";

// Suites assert on these lines with patterns (`startsWith("ERROR")`): a format slip would make
// such assertions pass vacuously.
describe("captureLogger", () => {
  it("keeps every call as an entry and as a LEVEL-prefixed line", () => {
    const log = captureLogger();
    log.logger.error("boom", { kind: "http" });
    log.logger.info("ready");
    expect(log.entries).toEqual([
      { level: "error", message: "boom", context: { kind: "http" } },
      { level: "info", message: "ready", context: undefined },
    ]);
    expect(log.lines).toEqual(['ERROR boom {"kind":"http"}', "INFO ready"]);
  });
});
