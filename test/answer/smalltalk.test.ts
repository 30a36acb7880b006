import { describe, expect, it } from "vitest";
import { smalltalkAct, withoutGreeting } from "../../src/answer/smalltalk.js";

describe("small talk, word by word", () => {
  it("recognises greetings, thanks, farewells, acknowledgements and help in new combinations", () => {
    const cases: [string, "ar" | "en", string][] = [
      ["Hi! Can you help me?", "en", "help"],
      ["Who made you?", "en", "help"],
      ["Are you a bot?", "en", "help"],
      ["Thank you, that was helpful", "en", "thanks"],
      ["good night", "en", "farewell"],
      ["ok", "en", "ack"],
      ["Good morning", "en", "greeting"],
      ["السلام عليكم ورحمة الله وبركاته", "ar", "greeting"],
      ["مرحبا، كيف يمكنك مساعدتي؟", "ar", "help"],
      ["شكراً على المساعدة", "ar", "thanks"],
      ["ايش تقدر تسوي", "ar", "help"],
      ["تمام", "ar", "ack"],
      ["مع السلامة", "ar", "farewell"],
    ];
    for (const [message, lang, act] of cases) expect(smalltalkAct(message, lang), message).toBe(act);
  });

  it("leaves any message with a word about something else to the question path", () => {
    for (const [message, lang] of [
      ["hello, where did the ministers meet?", "en"],
      ["Can you tell me about Syria?", "en"],
      ["What is this?", "en"],
      ["مرحبا، ماذا قال لافروف؟", "ar"],
      ["من هو لافروف؟", "ar"],
      ["ما هي مبادرة السلام العربية؟", "ar"],
    ] as const)
      expect(smalltalkAct(message, lang), message).toBeUndefined();
  });

  it("drops a greeting in front of a question, and nothing else", () => {
    expect(withoutGreeting("hello, where did they meet?", "en")).toBe("where did they meet?");
    expect(withoutGreeting("مرحبا، ماذا قال لافروف؟", "ar")).toBe("ماذا قال لافروف؟");
    expect(withoutGreeting("Syria, what did Lavrov say?", "en")).toBe("Syria, what did Lavrov say?");
  });
});
