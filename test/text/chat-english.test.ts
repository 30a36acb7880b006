import { describe, expect, it } from "vitest";
import { withChatSpeakSpelt } from "../../src/text/chat-english.js";

describe("English chat shorthand", () => {
  it("spells out shorthand and apostrophe-less contractions, whole words only", () => {
    expect(withChatSpeakSpelt("wat r both countries keen on")).toBe("what are both countries keen on");
    expect(withChatSpeakSpelt("whats the headline")).toBe("what is the headline");
    expect(withChatSpeakSpelt("it shouldnt make ppl forget")).toBe("it should not make people forget");
    expect(withChatSpeakSpelt("security w/ no outside powers")).toBe("security with no outside powers");
    expect(withChatSpeakSpelt("syria & palestine")).toBe("syria and palestine");
    // Words that merely contain a shorthand stay as written; a capital initial stays too.
    expect(withChatSpeakSpelt("Russia and Jordan under Lavrov")).toBe("Russia and Jordan under Lavrov");
    expect(withChatSpeakSpelt("R. Lavrov")).toBe("R. Lavrov");
    // Framing words people mistype.
    expect(withChatSpeakSpelt("acording to the FM")).toBe("according to the FM");
    // …and news words ("goverment post", "countrys").
    expect(withChatSpeakSpelt("what other goverment post")).toBe("what other government post");
    expect(withChatSpeakSpelt("which countrys")).toBe("which countries");
    // A contraction is one word: the "re" of "there're" is no "re" (about).
    expect(withChatSpeakSpelt("there're still centres")).toBe("there're still centres");
    expect(withChatSpeakSpelt("keen on re the gulf")).toBe("keen on about the gulf");
    expect(withChatSpeakSpelt("a solo presser")).toBe("a solo press conference");
    expect(withChatSpeakSpelt("acc to lavrov")).toBe("according to lavrov");
  });
});
