import { describe, expect, it } from "vitest";
import {
  asksAboutPreviousTopic,
  looksLikeFollowUp,
  placesInPreviousTopic,
  pointsBackInOtherWords,
} from "../../src/answer/follow-up.js";
import {
  answerType,
  asksForName,
  asksWhatSomeoneSaid,
  asksWhichOne,
  claimsBeyondYes,
  isQuoteRequest,
  matchesAnswerType,
  stripQuoteRequest,
} from "../../src/answer/intent.js";

describe("quote requests", () => {
  it("recognises requests for the source's own words in both languages", () => {
    for (const q of [
      "Give me the exact words about Syria",
      "quote what Lavrov said on refugees",
      "Show me the source passages on the Gulf",
      "word for word, what did they say?",
      "أعطني النص الحرفي عن سوريا",
      "اقتباس عن اللاجئين",
      "ما قاله لافروف حرفياً",
      "انقل لي كلامه بالحرف الواحد",
      "أعطني الفقرة التي تتحدث عن ليبيا",
      "انسخ لي الفقرة الخاصة باليمن",
      "ما النص الكامل لتصريح لافروف حول سوريا؟",
      "Copy the original sentence about refugees",
      "Give me the paragraph about Libya",
      "Cite what Lavrov said about Syria",
      "Can you cite the passage on refugees?",
    ]) {
      expect(isQuoteRequest(q), q).toBe(true);
    }
  });

  it("does not take ordinary questions for quote requests", () => {
    for (const q of [
      "What is the source of the news?",
      "ما هو مصدر الخبر؟",
      "Where did they meet?",
      "ماذا قال لافروف؟",
      // "cite" as the question's verb, not a request.
      "Which resolution did Lavrov cite?",
    ]) {
      expect(isQuoteRequest(q), q).toBe(false);
    }
  });

  it("strips the request words, leaving the topic", () => {
    expect(stripQuoteRequest("Give me the exact words about Syria")).toBe("Syria");
    expect(stripQuoteRequest("أعطني النص الحرفي عن سوريا")).toBe("سوريا");
  });
});

describe("answer types", () => {
  it("reads the interrogative in English and Arabic", () => {
    expect(answerType("When did they meet?", "en")).toBe("date");
    expect(answerType("How many refugees returned?", "en")).toBe("number");
    // A duration, an age, a distance or a frequency is a number too.
    for (const q of ["How long did the talks last?", "How old is Lavrov?", "How often do they meet?"])
      expect(answerType(q, "en"), q).toBe("number");
    expect(answerType("Where will the meeting be held?", "en")).toBe("place");
    expect(answerType("Who chairs the Quartet?", "en")).toBe("person");
    expect(answerType("What did Lavrov say?", "en")).toBe("other");
    expect(answerType("متى عقدت المباحثات؟", "ar")).toBe("date");
    expect(answerType("ما رقم القرار؟", "ar")).toBe("number");
    expect(answerType("في أي مدينة التقيا؟", "ar")).toBe("place");
    // «أي» with a type noun asks for that type with or without «في».
    expect(answerType("أي مدينة استضافت المحادثات؟", "ar")).toBe("place");
    expect(answerType("أي يوم جرت المباحثات؟", "ar")).toBe("date");
    expect(answerType("من هو وزير الخارجية؟", "ar")).toBe("person");
  });

  it("checks whether a span holds what is asked for", () => {
    expect(matchesAnswerType("اليوم الأربعاء 3 فبراير/شباط 2021", "date")).toBe(true);
    expect(matchesAnswerType("قرار مجلس الأمن رقم 2254", "number")).toBe(true);
    expect(matchesAnswerType("في مدينة سوتشي", "place")).toBe(true);
    expect(matchesAnswerType("رؤية مشتركة حول حل الدولتين", "date")).toBe(false);
    expect(matchesAnswerType("anything", "other")).toBe(false);
  });

  it("reads dates and numbers as whole words, not letters inside other words", () => {
    // «آب» (August) inside «الإرهاب», «ألف» (thousand) opening «الفلسطينيين».
    expect(matchesAnswerType("القضاء على مراكز الإرهاب", "date")).toBe(false);
    expect(matchesAnswerType("الفلسطينيين والإسرائيليين", "number")).toBe(false);
    expect(matchesAnswerType("الأمين العام للجامعة", "date")).toBe(false);
    expect(matchesAnswerType("استئناف المفاوضات", "number")).toBe(false);
    expect(matchesAnswerType("وصل في آب الماضي", "date")).toBe(true);
    expect(matchesAnswerType("في العام الماضي", "date")).toBe(true);
    expect(matchesAnswerType("في القرن التاسع عشر", "date")).toBe(true);
    expect(matchesAnswerType("في الخمسينيات", "date")).toBe(true);
    expect(matchesAnswerType("قبل 3:08 من النهاية", "date")).toBe(true);
    expect(matchesAnswerType("ثلاثة آلاف لاجئ", "number")).toBe(true);
    expect(matchesAnswerType("والعشرات منهم", "number")).toBe(true);
    // A date's digits are no count: "how many" is not answered by «3 فبراير 2021».
    expect(matchesAnswerType("اليوم الأربعاء 3 فبراير/شباط 2021", "number")).toBe(false);
    expect(matchesAnswerType("في عام 2020 عاد 300 لاجئ", "number")).toBe(true);
  });
});

describe("name and which-one questions", () => {
  it("reads a question for someone's name", () => {
    for (const q of ["What is Safadi's full name?", "What's the name of the Russian minister?"])
      expect(asksForName(q, "en"), q).toBe(true);
    for (const q of ["ما الاسم الكامل للصفدي؟", "شو اسم الوزير الروسي؟", "ما اسمه؟"])
      expect(asksForName(q, "ar"), q).toBe(true);
    for (const q of [
      "Who named the committee?",
      "What did Lavrov say in the name of Russia?",
      "ما رقم القرار؟",
    ])
      expect(asksForName(q, q.startsWith("ما") ? "ar" : "en"), q).toBe(false);
  });

  it("tells asking for one thing from asking for everything said", () => {
    for (const q of ["Which resolution did Lavrov cite?", "What crisis did Lavrov mention?"])
      expect(asksWhichOne(q, "en"), q).toBe(true);
    for (const q of ["What issues did Lavrov raise?", "What did Lavrov say about Syria?"])
      expect(asksWhichOne(q, "en"), q).toBe(false);
    expect(asksWhichOne("ما هو القرار الذي ذكره لافروف؟", "ar")).toBe(true);
    expect(asksWhichOne("أي قرار ذكره لافروف؟", "ar")).toBe(true);
    expect(asksWhichOne("ماذا قال لافروف عن سوريا؟", "ar")).toBe(false);
  });
});

describe("follow-ups", () => {
  it("recognises short continuations", () => {
    expect(looksLikeFollowUp("and Libya?", "en", 1)).toBe(true);
    expect(looksLikeFollowUp("What about the refugees?", "en", 1)).toBe(true);
    // A name of three words after a glued «و» is one thing asked.
    expect(looksLikeFollowUp("وجامعة الدول العربية؟", "ar", 3)).toBe(true);
    expect(looksLikeFollowUp("وجامعة الدول العربية دورها في سوريا واليمن؟", "ar", 5)).toBe(false);
    expect(looksLikeFollowUp("وماذا عن ليبيا؟", "ar", 1)).toBe(true);
    expect(looksLikeFollowUp("وليبيا؟", "ar", 1)).toBe(true);
  });

  it("leaves standalone questions alone", () => {
    expect(looksLikeFollowUp("Where did the ministers meet?", "en", 2)).toBe(false);
    expect(
      looksLikeFollowUp("and what did Lavrov say about the Arab League role in Syria today", "en", 7),
    ).toBe(false);
    expect(looksLikeFollowUp("ما موقف موسكو من حل الدولتين؟", "ar", 4)).toBe(false);
  });
});

describe("follow-ups about the previous topic", () => {
  it("holds when every word asked carries a pronoun pointing back", () => {
    expect(asksAboutPreviousTopic("وشو هدفه؟", "ar", ["هدفه"])).toBe(true);
    expect(asksAboutPreviousTopic("وما نتائجها؟", "ar", ["نتائجها"])).toBe(true);
    expect(asksAboutPreviousTopic("What is its aim?", "en", ["aim"])).toBe(true);
  });

  it("does not hold for a new topic, or a feminine ending read as a pronoun", () => {
    expect(asksAboutPreviousTopic("وما رأيه في الاقتصاد؟", "ar", ["رأيه", "الاقتصاد"])).toBe(false);
    expect(asksAboutPreviousTopic("وماذا عن الزيارة؟", "ar", ["الزيارة"])).toBe(false);
    expect(asksAboutPreviousTopic("And what is his view on the economy?", "en", ["economy"])).toBe(false);
    expect(asksAboutPreviousTopic("وشو كمان؟", "ar", [])).toBe(false);
  });
});

describe("who is to act", () => {
  it("reads a modal after 'who' as asking who acts, not who said it", async () => {
    const { asksWhoActs } = await import("../../src/answer/intent.js");
    expect(asksWhoActs("In Russia's view, who should solve Syria's problems?", "en")).toBe(true);
    expect(asksWhoActs("who's supposed to come up with solutions?", "en")).toBe(true);
    expect(asksWhoActs("حسب الروسي، مين لازم يحل مشاكل سوريا؟", "ar")).toBe(true);
    expect(asksWhoActs("Who said the Syrians must solve their problems?", "en")).toBe(false);
    expect(asksWhoActs("مين اللي قال إن السوريين لازم يحلوا مشاكلهم؟", "ar")).toBe(false);
  });
});

describe("follow-ups pointing back in other words", () => {
  const absent = (...words: string[]) => new Set(words);
  it("holds when the question points back and every word it asks is absent", () => {
    expect(
      pointsBackInOtherWords("And what caveat did he attach to that?", "en", ["caveat"], absent("caveat")),
    ).toBe(true);
    expect(
      pointsBackInOtherWords(
        "وما المحذور رغم هذا الترحيب؟",
        "ar",
        ["المحذور", "الترحيب"],
        absent("المحذور", "الترحيب"),
      ),
    ).toBe(true);
  });

  it("does not hold for a word the corpus has, no pointer, or a fact the article would state", () => {
    expect(pointsBackInOtherWords("And what about Libya?", "en", ["Libya"], absent())).toBe(false);
    expect(pointsBackInOtherWords("And what caveat?", "en", ["caveat"], absent("caveat"))).toBe(false);
    expect(pointsBackInOtherWords("And who will chair it?", "en", ["chair"], absent("chair"))).toBe(false);
    expect(
      pointsBackInOtherWords("How much was pledged for that?", "en", ["pledged"], absent("pledged")),
    ).toBe(false);
  });
});

describe("role questions", () => {
  it("asks for a role with a possessive ('What is Lavrov's job?')", () => {
    for (const q of ["What is Lavrov's job?", "What is Safadi's title?", "what was the minister's position?"])
      expect(answerType(q, "en"), q).toBe("role");
  });

  it("reads 'what role does X play' as a question about X", async () => {
    const { withoutTypePhrases } = await import("../../src/text/question-phrases.js");
    const { isEnglishTypeNoun } = await import("../../src/text/question-words.js");
    expect(withoutTypePhrases("What role does Jordan play in the Astana talks?")).toBe(
      "What role does Jordan in the Astana talks?",
    );
    expect(isEnglishTypeNoun("role", "What")).toBe(true);
    // "play" elsewhere is a word of the question.
    expect(withoutTypePhrases("Did the Quartet play a part?")).toContain("play");
  });
});

describe("stance questions", () => {
  it("reads 'X's position on Y' as a stance, not an office", () => {
    expect(answerType("What was Lavrov's position on Syria?", "en")).toBe("other");
    expect(answerType("What is the position of Lavrov on the Palestinian issue?", "en")).toBe("other");
    expect(answerType("What is Lavrov's position?", "en")).toBe("role");
  });
});

describe("negated questions", () => {
  it("finds a negation in either language, not a word that only contains one", () => {
    expect(claimsBeyondYes("so a palestinian state is not needed anymore, right?", "en")).toBe(true);
    expect(claimsBeyondYes("Didn't Lavrov mention Libya?", "en")).toBe(true);
    expect(claimsBeyondYes("يعني لافروف شايف انه مش لازم دولة فلسطينية؟", "ar")).toBe(true);
    expect(claimsBeyondYes("هل قال لافروف إنه لا ينبغي نسيان الدولة الفلسطينية؟", "ar")).toBe(true);
    expect(claimsBeyondYes("Did Lavrov mention Libya and Yemen?", "en")).toBe(false);
    expect(claimsBeyondYes("هل رحبت روسيا بالتطبيع؟", "ar")).toBe(false);
    expect(claimsBeyondYes("Is there a note on the photo?", "en")).toBe(false);
    // A claim on everything cannot be confirmed by a quote on something.
    expect(claimsBeyondYes("Did Lavrov and Safadi agree on everything?", "en")).toBe(true);
    expect(claimsBeyondYes("هل اتفق الوزيران على كل شيء؟", "ar")).toBe(true);
    // …nor one that it was all there was, or slight ("only", «فقط», «مرور الكرام»).
    expect(claimsBeyondYes("Was Syria only touched on?", "en")).toBe(true);
    expect(claimsBeyondYes("هل ناقشا سوريا فقط؟", "ar")).toBe(true);
    expect(claimsBeyondYes("هل مروا على الملف مرور الكرام؟", "ar")).toBe(true);
    expect(claimsBeyondYes("Just checking: did they meet in Moscow?", "en")).toBe(false);
  });
});

describe("follow-ups placing themselves in the previous topic", () => {
  it("reads «بهالموضوع», «في هذا السياق» and 'in this context', not a topic of their own", () => {
    expect(placesInPreviousTopic("وجامعة الدول العربية شو ممكن تعمل بهالموضوع؟", "ar")).toBe(true);
    expect(placesInPreviousTopic("وأي قرار أممي تم الاستناد إليه في هذا السياق؟", "ar")).toBe(true);
    expect(placesInPreviousTopic("And which resolution was cited in this context?", "en")).toBe(true);
    expect(placesInPreviousTopic("ما موضوع المقال؟", "ar")).toBe(false);
    expect(placesInPreviousTopic("What is the context of the talks?", "en")).toBe(false);
  });
});

describe("'there' pointing back", () => {
  it("reads 'there' as the place of the previous question, not the existential 'is there'", () => {
    expect(looksLikeFollowUp("jordan is member there?", "en", 2)).toBe(true);
    expect(looksLikeFollowUp("Is there a photo?", "en", 1)).toBe(false);
  });
});
