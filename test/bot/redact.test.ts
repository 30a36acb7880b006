import { describe, expect, it } from "vitest";
import { createRedactor, redactError, redactingLogger } from "../../src/bot/redact.js";
import { captureLogger, TOKEN } from "./harness.js";

describe("redaction", () => {
  const redact = createRedactor([TOKEN, "webhook-secret-value"]);

  it("removes the token, other secrets and anything token-shaped", () => {
    const other = `123456789:${"b".repeat(35)}`;
    const text = `GET http://127.0.0.1/bot${TOKEN}/getMe secret=webhook-secret-value other=${other}`;
    const out = redact(text);
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain("webhook-secret-value");
    expect(out).not.toContain(other);
    expect(out).toContain("/bot***/getMe");
  });

  it("redacts an error's message, stack and cause in place", () => {
    const cause = new Error(`inner ${TOKEN}`);
    const error = new Error(`outer ${TOKEN}`, { cause });
    redactError(error, redact);
    expect(error.message).toBe("outer ***");
    expect(error.stack).not.toContain(TOKEN);
    expect(cause.message).toBe("inner ***");
  });

  it("the wrapped logger redacts messages and every context value", () => {
    const log = captureLogger();
    const logger = redactingLogger(log.logger, redact);
    logger.error(`failed for ${TOKEN}`, {
      error: new Error(`fetch http://x/bot${TOKEN}/sendMessage`),
      nested: { url: `http://x/bot${TOKEN}/x` },
      text: TOKEN,
      n: 5,
    });
    const line = log.lines.join("\n");
    expect(line).not.toContain(TOKEN);
    expect(line).toContain('"n":5');
  });
});
