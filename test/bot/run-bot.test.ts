import { describe, expect, it } from "vitest";
import { botCommands } from "../../src/bot/run-bot.js";
import { secretMatches } from "../../src/bot/webhook.js";

describe("command menu and webhook secret", () => {
  it("has the same commands in both languages, with descriptions Telegram accepts", () => {
    for (const lang of ["en", "ar"] as const) {
      const commands = botCommands(lang);
      expect(commands.map((c) => c.command)).toEqual([
        "start",
        "help",
        "ask",
        "quote",
        "summary",
        "sources",
        "lang",
      ]);
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
