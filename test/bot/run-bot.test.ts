import { describe, expect, it } from "vitest";
import type { TelegramConfig } from "../../src/app/config.js";
import { botCommands, validateTelegramConfig } from "../../src/bot/run-bot.js";
import { secretMatches } from "../../src/bot/webhook.js";
import { ConfigError } from "../../src/core/errors.js";
import { TOKEN } from "./harness.js";

const good: TelegramConfig = { token: TOKEN, allowedChatIds: [], rateLimit: { max: 5, windowMs: 30_000 } };

describe("validateTelegramConfig", () => {
  it("accepts a sound configuration", () => {
    expect(() => validateTelegramConfig(good)).not.toThrow();
    expect(() =>
      validateTelegramConfig({
        ...good,
        apiRoot: "http://127.0.0.1:8081",
        webhook: {
          url: "https://bot.example.test",
          path: "/telegram",
          port: 8443,
          host: "0.0.0.0",
          secret: "abc_DEF-1",
        },
      }),
    ).not.toThrow();
  });

  it("lists every problem in one ConfigError, never echoing secrets", () => {
    const token = "not-a-token-at-all";
    const secret = "has spaces!";
    let error: unknown;
    try {
      validateTelegramConfig({
        token,
        apiRoot: "ftp://example.test",
        allowedChatIds: [1.5],
        rateLimit: { max: 0, windowMs: -1 },
        webhook: { url: "notaurl", path: "telegram", port: 70_000, host: "0.0.0.0", secret },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of [
      "TELEGRAM_BOT_TOKEN",
      "TELEGRAM_API_ROOT",
      "WEBHOOK_URL",
      "WEBHOOK_PATH",
      "WEBHOOK_PORT",
      "WEBHOOK_SECRET",
      "RATE_LIMIT_MAX",
      "RATE_LIMIT_WINDOW_MS",
      "ALLOWED_CHAT_IDS",
    ]) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain(token);
    expect(message).not.toContain(secret);
  });
});

describe("command menu and webhook secret", () => {
  it("has the same commands in both languages, with descriptions Telegram accepts", () => {
    for (const lang of ["en", "ar"] as const) {
      const commands = botCommands(lang);
      expect(commands.map((c) => c.command)).toEqual(["start", "help", "ask", "quote", "sources", "lang"]);
      for (const c of commands) {
        expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
        expect(c.description.length).toBeGreaterThanOrEqual(1);
        expect(c.description.length).toBeLessThanOrEqual(256);
      }
    }
  });

  it("compares the webhook secret exactly", () => {
    expect(secretMatches("abc", "abc")).toBe(true);
    expect(secretMatches("abc ", "abc")).toBe(false);
    expect(secretMatches(undefined, "abc")).toBe(false);
    expect(secretMatches(["abc"], "abc")).toBe(false);
    expect(secretMatches("", "")).toBe(false);
  });
});
