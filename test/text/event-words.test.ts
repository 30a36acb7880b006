import { describe, expect, it } from "vitest";
import { isEventWord, isPartiesWord, isSceneWord, namesMeeting } from "../../src/text/event-words.js";

describe("event words", () => {
  it("tells the meeting's words from others, with or without the article", () => {
    expect(isEventWord("المباحثات")).toBe(true);
    expect(isEventWord("talks")).toBe(true);
    expect(isEventWord("اللاجئين")).toBe(false);
  });

  it("reads the parties together only with the participants' reading asked for", () => {
    expect(isPartiesWord("الوزيران")).toBe(true);
    expect(isEventWord("الوزيران")).toBe(false);
    expect(isEventWord("الوزيران", true)).toBe(true);
  });

  it("counts taking part as part of the scene, and names the meeting by nouns only", () => {
    expect(isSceneWord("حضر")).toBe(true);
    expect(isSceneWord("attended")).toBe(true);
    // "hold" holds talks and posts alike: a verb does not say the question is about the meeting.
    expect(isEventWord("hold")).toBe(true);
    expect(namesMeeting("hold")).toBe(false);
    expect(namesMeeting("المؤتمر")).toBe(true);
  });
});
