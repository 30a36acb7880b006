import { describe, expect, it } from "vitest";
import { mentionsBot, parseCommand, routeText, stripMention } from "../../src/bot/routing.js";

describe("parseCommand", () => {
  it.each([
    ["/start", { name: "start", args: "" }],
    ["/QUOTE  الخليج ", { name: "quote", args: "الخليج" }],
    ["/quote@TestNameBot حل الدولتين", { name: "quote", args: "حل الدولتين", target: "TestNameBot" }],
    ["/ask\nWhat about Syria?", { name: "ask", args: "What about Syria?" }],
    ["\u202E/start", { name: "start", args: "" }],
    ["/foo_bar9 x", { name: "foo_bar9", args: "x" }],
  ])("%j → %j", (text, parsed) => {
    expect(parseCommand(text)).toEqual(parsed);
  });

  it.each(["hello", "/ start", "/الخليج", "a /start", "/start@x", "/start/path", "//"])(
    "%j is not a command",
    (text) => {
      expect(parseCommand(text)).toBeUndefined();
    },
  );
});

const base = { botUsername: "TestNameBot", botId: 666, replyToBot: false } as const;

describe("routeText in a private chat", () => {
  it("any text is a question, verbatim", () => {
    expect(routeText({ ...base, chatType: "private", text: "<b>What</b> about Syria?" })).toEqual({
      kind: "question",
      text: "<b>What</b> about Syria?",
    });
  });

  it("commands, including unknown ones (they get a help hint)", () => {
    expect(routeText({ ...base, chatType: "private", text: "/quote Astana" })).toEqual({
      kind: "command",
      name: "quote",
      args: "Astana",
    });
    expect(routeText({ ...base, chatType: "private", text: "/weather" })).toMatchObject({
      kind: "command",
      name: "weather",
    });
  });

  it("ignores commands addressed to another bot", () => {
    expect(routeText({ ...base, chatType: "private", text: "/start@OtherBot" }).kind).toBe("ignore");
  });

  it("matches its own name case-insensitively", () => {
    expect(routeText({ ...base, chatType: "private", text: "/help@testnamebot" }).kind).toBe("command");
  });
});

describe("routeText in a group", () => {
  const group = { ...base, chatType: "group" as const };

  it("ignores chatter that does not address the bot", () => {
    expect(routeText({ ...group, text: "What did Lavrov say?" }).kind).toBe("ignore");
    expect(routeText({ ...group, text: "ask @TestNameBotx something" }).kind).toBe("ignore");
  });

  it("answers a mention, with the mention removed from the question", () => {
    const text = "@TestNameBot what did Lavrov say about Syria?";
    const entities = [{ type: "mention" as const, offset: 0, length: 12 }];
    expect(routeText({ ...group, text, entities })).toEqual({
      kind: "question",
      text: "what did Lavrov say about Syria?",
    });
    expect(routeText({ ...group, text: "ماذا قال لافروف @TestNameBot؟" })).toEqual({
      kind: "question",
      text: "ماذا قال لافروف ؟",
    });
  });

  it("answers a reply to one of its messages", () => {
    expect(routeText({ ...group, replyToBot: true, text: "and Libya?" })).toEqual({
      kind: "question",
      text: "and Libya?",
    });
  });

  it("takes /ask@BotName and known commands, ignores unknown unaddressed ones", () => {
    expect(routeText({ ...group, text: "/ask@TestNameBot What about Syria?" })).toEqual({
      kind: "command",
      name: "ask",
      args: "What about Syria?",
    });
    expect(routeText({ ...group, text: "/help" }).kind).toBe("command");
    expect(routeText({ ...group, text: "/ban someone" }).kind).toBe("ignore");
    expect(routeText({ ...group, text: "/ban@TestNameBot" })).toMatchObject({ kind: "command", name: "ban" });
  });

  it("ignores channels", () => {
    expect(routeText({ ...base, chatType: "channel", text: "hi" }).kind).toBe("ignore");
  });
});

describe("mentions", () => {
  it("recognises a text_mention of the bot's user id", () => {
    const entities = [
      {
        type: "text_mention" as const,
        offset: 0,
        length: 3,
        user: { id: 666, is_bot: true, first_name: "Bot" },
      },
    ];
    expect(mentionsBot({ text: "Bot, hi", entities, botUsername: "TestNameBot", botId: 666 })).toBe(true);
  });

  it("strips every mention and trailing punctuation", () => {
    expect(stripMention("@TestNameBot, what about @testnamebot Libya?", "TestNameBot")).toBe(
      "what about Libya?",
    );
    expect(stripMention("email a@TestNameBot.com", "TestNameBot")).toBe("email a@TestNameBot.com");
  });
});
