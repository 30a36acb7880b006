/**
 * Exactly-once replies across crashes: the bot is killed with SIGKILL in the middle of a burst
 * of 100 questions from 20 chats, then started again on the same ledger. Every question gets
 * exactly one reply, in the order asked within its chat — in long polling (updates confirmed
 * only once on disk) and in webhook mode (acknowledged only once on disk; Telegram's
 * redelivery of the same update_id is dropped). The scenario is shared with `npm run bench`.
 */
import { describe, expect, it } from "vitest";
import { crashMidBurst } from "./crash-scenarios.js";

describe("a kill -9 in the middle of a burst of 100 questions from 20 chats", () => {
  it("long polling: after a restart, lost 0, duplicated 0, out of order 0", async () => {
    const result = await crashMidBurst("polling");
    console.info("kill -9 mid-burst (polling):", result);
    expect(result.repliedBeforeCrash).toBeLessThan(result.total);
    expect(result).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0 });
  }, 120_000);

  it("webhook: after a restart, lost 0, duplicated 0, out of order 0", async () => {
    const result = await crashMidBurst("webhook");
    console.info("kill -9 mid-burst (webhook):", result);
    expect(result.repliedBeforeCrash).toBeLessThan(result.total);
    expect(result).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0 });
  }, 120_000);
});
