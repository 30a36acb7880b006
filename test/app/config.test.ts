import { describe, expect, it } from "vitest";
import { loadConfig, redactSecrets } from "../../src/app/config.js";
import { ConfigError } from "../../src/core/errors.js";

const TOKEN = "123456789:AAHxYzAbCdEfGhIjKlMnOpQrStUvWxYz012";

describe("loadConfig", () => {
  it("runs offline with no variables at all", () => {
    const config = loadConfig({});
    expect(config.telegram).toBeUndefined();
    expect(config.llm).toEqual({ provider: "none" });
    expect(config.embeddings).toEqual({ provider: "local" });
    expect(config.corpusDir).toBe("corpus");
  });

  it("treats empty strings as unset", () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "", LLM_BASE_URL: "  " }).telegram).toBeUndefined();
  });

  it("reads the bot settings", () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      ALLOWED_CHAT_IDS: "12, -100200",
      RATE_LIMIT_MAX: "3",
    });
    expect(config.telegram).toMatchObject({
      token: TOKEN,
      allowedChatIds: [12, -100200],
      rateLimit: { max: 3 },
    });
  });

  it("fails with one message naming every variable to fix, never echoing the token", () => {
    const bad = "not-a-token-but-secret";
    let error: unknown;
    try {
      loadConfig({
        TELEGRAM_BOT_TOKEN: bad,
        WEBHOOK_SECRET: "bad secret!",
        LOG_LEVEL: "loud",
        RATE_LIMIT_MAX: "-1",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ["TELEGRAM_BOT_TOKEN", "WEBHOOK_SECRET", "LOG_LEVEL", "RATE_LIMIT_MAX"])
      expect(message).toContain(name);
    expect(message).not.toContain(bad);
  });

  it("checks settings that go together", () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://example.org/hook" })).toThrow(
      /WEBHOOK_SECRET/,
    );
    expect(() => loadConfig({ WEBHOOK_URL: "https://example.org/hook", WEBHOOK_SECRET: "s" })).toThrow(
      /TELEGRAM_BOT_TOKEN/,
    );
  });

  it("requires what a chosen provider needs", () => {
    expect(() => loadConfig({ EMBEDDINGS_PROVIDER: "openai" })).toThrow(/EMBEDDINGS_BASE_URL/);
    expect(() => loadConfig({ LLM_PROVIDER: "ollama" })).toThrow(/LLM_MODEL/);
    expect(loadConfig({ LLM_BASE_URL: "http://127.0.0.1:8080/v1", LLM_MODEL: "m" }).llm.provider).toBe(
      "openai",
    );
  });
});

describe("redactSecrets", () => {
  it("removes the token (and anything token-shaped) from text", () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN });
    const line = `GET https://api.telegram.org/bot${TOKEN}/getMe failed; other 987654321:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    const redacted = redactSecrets(line, config);
    expect(redacted).not.toContain(TOKEN);
    expect(redacted).not.toContain("987654321:AAAA");
    expect(redacted).toContain("/bot***/getMe");
  });
});
