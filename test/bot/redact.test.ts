import { describe, expect, it } from "vitest";
import { loadConfig, redactSecrets } from "../../src/app/config.js";
import { createRedactor, redactError, redactingLogger, urlSecrets } from "../../src/core/redact.js";
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

  it("removes credentials from any URL, configured or not", () => {
    const out = redact(
      "connect to https://alice:pa55word@proxy.example:8081/ and redis://:hunter2x@10.0.0.5:6379/0",
    );
    expect(out).toBe("connect to https://***@proxy.example:8081/ and redis://***@10.0.0.5:6379/0");
  });

  it("removes a configured secret that a foreign server echoes back in its error text", () => {
    const config = loadConfig({
      EMBEDDINGS_PROVIDER: "openai",
      EMBEDDINGS_BASE_URL: "http://127.0.0.1:9/v1",
      EMBEDDINGS_MODEL: "m",
      EMBEDDINGS_API_KEY: "sk-live-abcdef123456",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "https://user:apipass99@api.example/",
      REDIS_URL: "redis://default:redispass77@127.0.0.1:6379",
    });
    const line = redactSecrets(
      'embeddings failed: 401 {"error":"invalid key sk-live-abcdef123456"}; api root apipass99; redis redispass77',
      config,
    );
    for (const secret of ["sk-live-abcdef123456", "apipass99", "redispass77"])
      expect(line).not.toContain(secret);
  });

  it("finds the secret parts of a URL", () => {
    expect(urlSecrets("redis://user:p%40ss@host:1")).toEqual(["p@ss", "user"]);
    expect(urlSecrets("http://host")).toEqual([]);
    expect(urlSecrets("not a url")).toEqual([]);
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
      nested: { url: `http://x/bot${TOKEN}/x`, cause: new Error("https://u:secretpw@h/") },
      text: TOKEN,
      n: 5,
    });
    const line = log.lines.join("\n");
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain("secretpw");
    expect(line).toContain('"n":5');
  });
});
