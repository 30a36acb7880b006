/**
 * With a model configured, the bot shows the verified offline answer at once and lets the
 * model's answer replace it by an edit only when it arrives, verified claim by claim. A model
 * that errors or hangs leaves the offline answer standing; an invented claim is never shown,
 * in the first message or in any edit. Real pipeline (test article, fake chat models), real bot
 * against our fake Bot API (test/bot/model-bot.ts, shared with `npm run bench`).
 */
import { afterEach, describe, expect, it } from "vitest";
import type { ChatProvider } from "../../src/llm/providers.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";
import { HangingChatModel, httpError, RecordingChatModel } from "../llm/fake-models.js";
import { fakeProvider, INVENTED, mixedClaimsModel, Q_REFUGEES } from "../llm/fixtures.js";
import { waitFor } from "./harness.js";
import { startModelBot } from "./model-bot.js";

const QUESTION = "What did Lavrov say about the return of refugees?";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function botWith(model: ChatProvider, budgetMs = 20_000) {
  const bot = await startModelBot(model, budgetMs);
  cleanups.push(() => bot.stop());
  return bot;
}

describe("offline first, model second", () => {
  it("shows the offline answer at once, then only the model's verified claims by an edit", async () => {
    const bot = await botWith(fakeProvider(mixedClaimsModel()));
    const { api } = bot;
    const { messageId, visibleMs } = await bot.ask(9001, QUESTION, 2_000);
    const [reply] = api.repliesTo(9001, messageId);
    console.info("offline answer visible after ms:", visibleMs);
    await waitFor(() => (reply?.shown.length ?? 0) >= 2, "the model's answer to replace it");
    const [offline, model1] = (reply?.shown ?? []).map(htmlToPlainText);
    expect(offline).toContain(Q_REFUGEES);
    expect(model1).toContain("Lavrov said conditions must be created for refugees to return home");
    expect(model1).toContain("Safadi agreed");
    expect(api.messagesIn(9001)).toHaveLength(1);
    // Nothing invented was ever on screen: not in the first message, not in any edit.
    for (const shown of api.everShown()) expect(htmlToPlainText(shown)).not.toMatch(INVENTED);
  });

  it("a model that errors: the offline answer stays, unedited", async () => {
    const failing = new RecordingChatModel({ responses: ["x"], failures: Array(10).fill(httpError(500)) });
    const { api, log, ask } = await botWith(fakeProvider(failing));
    const { messageId } = await ask(9002, QUESTION, 2_000);
    await waitFor(
      () => log.lines.some((l) => l.includes("Answered")) && failing.prompts.length > 0,
      "the model attempt",
    );
    await new Promise((r) => setTimeout(r, 1_500));
    const [reply] = api.repliesTo(9002, messageId);
    expect(reply?.shown).toHaveLength(1);
    expect(htmlToPlainText(reply?.text ?? "")).toContain(Q_REFUGEES);
  });

  it("a model that hangs: the offline answer is visible within 2 s and stays", async () => {
    const { api, log, ask } = await botWith(fakeProvider(new HangingChatModel()), 1_500);
    const { messageId, visibleMs } = await ask(9003, QUESTION, 2_000);
    console.info("hanging model: offline answer visible after ms:", visibleMs);
    // The model's budget runs out; the chat goes on with the offline answer.
    const next = api.userSends(9003, "What about Sochi?");
    await waitFor(() => api.repliesTo(9003, next.messageId).length > 0, "the next question's answer", 10_000);
    expect(api.repliesTo(9003, messageId)[0]?.shown).toHaveLength(1);
    expect(log.lines.some((l) => l.includes("Replaced the offline answer"))).toBe(false);
  });
});
