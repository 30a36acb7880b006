import { describe, expect, it } from "vitest";
import { answerType, asksForCount, holdsQuantity } from "../../src/text/answer-type.js";
import { timeDirection } from "../../src/text/relative-time.js";
import {
  regionalGroupHolder,
  stanceHolder,
  stanceTopic,
  stanceTopicWords,
} from "../../src/text/stance-holder.js";

describe("counts and labels", () => {
  it("tells a count asked from a label asked", () => {
    expect(asksForCount("كم عدد أعضاء اللجنة؟", "ar")).toBe(true);
    expect(asksForCount("How many members does the committee have?", "en")).toBe(true);
    expect(asksForCount("What is the number of refugees?", "en")).toBe(true);
    expect(asksForCount("ما رقم قرار مجلس الأمن؟", "ar")).toBe(false);
    expect(asksForCount("Which UN Security Council resolution was mentioned?", "en")).toBe(false);
    expect(asksForCount("What number did the resolution have?", "en")).toBe(false);
    expect(asksForCount("متى عقدت المباحثات؟", "ar")).toBe(false);
  });

  it("reads «منذ متى» (since when) as how long", () => {
    expect(answerType("منذ متى يشغل الوزير منصبه؟", "ar")).toBe("number");
    expect(asksForCount("منذ متى يشغل الوزير منصبه؟", "ar")).toBe(true);
    expect(answerType("متى يصل الوزير؟", "ar")).toBe("date");
  });

  it("finds no quantity in a label or a date", () => {
    expect(holdsQuantity("وفق قرار مجلس الأمن رقم 2254")).toBe(false);
    expect(holdsQuantity("اليوم الأربعاء 3 فبراير/شباط 2021")).toBe(false);
    expect(holdsQuantity("عاد 650 لاجئا")).toBe(true);
    expect(holdsQuantity("عاد آلاف اللاجئين وثلاثة وفود")).toBe(true);
  });
});

describe("the name of an office-holder", () => {
  it("asks who holds the office, not the name of a thing", () => {
    expect(answerType("ما اسم السفير الروسي في عمان؟", "ar")).toBe("person");
    expect(answerType("ما هو اسم الرئيس؟", "ar")).toBe("person");
    expect(answerType("ما اسم المبادرة العربية؟", "ar")).toBe("other");
  });
});

describe("time direction", () => {
  it("places past and coming events, in any form", () => {
    for (const w of ["الماضي", "الماضية", "السابقة", "والسابق", "بالأمس"])
      expect(timeDirection(w), w).toBe("past");
    for (const w of ["المقبل", "المقبلة", "القادم", "التالية"]) expect(timeDirection(w), w).toBe("future");
  });

  it("leaves other words, and the ambiguous «الأخير», alone", () => {
    for (const w of ["الاجتماع", "الأخير", "للاجتماع", "سوريا"]) expect(timeDirection(w), w).toBeUndefined();
  });
});

describe("stance holder", () => {
  it("reads the subject of a reporting verb or the genitive of a stance noun (Arabic)", () => {
    expect(stanceHolder("ماذا قال نتنياهو عن حل الدولتين؟", "ar")).toBe("نتنياهو");
    expect(stanceHolder("ما موقف الولايات المتحدة من الأمن في الخليج؟", "ar")).toBe("الولايات");
    // How a party reacted: the one reacting holds the view asked about.
    expect(stanceHolder("كيف ردّت إسرائيل على تصريحات لافروف؟", "ar")).toBe("إسرائيل");
    expect(stanceHolder("How did Israel react to Lavrov's remarks?", "en")).toBe("Israel");
    expect(stanceHolder("وماذا قال لافروف؟", "ar")).toBe("لافروف");
    expect(stanceHolder("ما الذي ناقشه الوزيران؟", "ar")).toBeUndefined();
    // The text's parties named as a group.
    expect(stanceHolder("ما رأي الطرفين في حل الدولتين؟", "ar")).toBeUndefined();
    // A side of a nation is named by its nationality, which the caller finds a party of the text.
    expect(stanceHolder("ما موقف الجانب الروسي من التطبيع؟", "ar")).toBe("الروسي");
    // The topic put first and referred back to by a pronoun on the stance noun.
    expect(stanceHolder("اسرائيل شو كان ردها على كلام لافروف؟", "ar")).toBe("اسرائيل");
    expect(stanceHolder("لافروف شو كان رأيه؟", "ar")).toBe("لافروف");
    expect(stanceHolder("شو كان ردها؟", "ar")).toBeUndefined();
    // A nation's people (a nisba plural) is a party, unlike the text's two sides.
    expect(stanceHolder("ما رد الفلسطينيين على كلام لافروف؟", "ar")).toBe("الفلسطينيين");
  });

  it("reads a capitalised English subject or stance holder", () => {
    expect(stanceHolder("What did Netanyahu say about the two-state solution?", "en")).toBe("Netanyahu");
    expect(stanceHolder("What is Egypt's position on the concept?", "en")).toBe("Egypt");
    expect(stanceHolder("What did the two ministers say about Turkey?", "en")).toBeUndefined();
    expect(stanceHolder("When did the company announce its plan?", "en")).toBeUndefined();
    // A nation's body is named by its nationality: the caller tells a party from another nation.
    expect(stanceHolder("كيف ردّت الحكومة الإسرائيلية على كلام لافروف؟", "ar")).toBe("الإسرائيلية");
    expect(stanceHolder("How did the Israeli government react?", "en")).toBe("Israeli");
    // A reflexive or an adverb after the subject is not its head.
    expect(stanceHolder("What did Safadi himself say about the concept?", "en")).toBe("Safadi");
    // In lower case a head is a name only for a caller that checks it is a place.
    expect(stanceHolder("how did israel react to it", "en")).toBeUndefined();
    expect(stanceHolder("how did israel react to it", "en", { anyCase: true })).toBe("israel");
    expect(stanceHolder("how did the israeli government react", "en", { anyCase: true })).toBe("israeli");
    expect(stanceHolder("Did Lavrov actually say that?", "en")).toBe("Lavrov");
  });
});

describe("stance topic", () => {
  it("reads the head of what a stance or a statement is about", () => {
    expect(stanceTopic("ما موقف روسيا من الانتخابات الأردنية؟", "ar")).toBe("الانتخابات");
    expect(stanceTopic("ماذا قال لافروف حول التطبيع؟", "ar")).toBe("التطبيع");
    expect(stanceTopic("What is Russia's position on the elections in Jordan?", "en")).toBe("elections");
    // "What's the X like?", «كيف الـX؟»: a description of X is asked.
    expect(stanceTopic("whats the weather like in moscow", "en")).toBe("weather");
    expect(stanceTopic("What was the atmosphere like at the talks?", "en")).toBe("atmosphere");
    expect(stanceTopic("كيف كانت الأجواء خلال المباحثات؟", "ar")).toBe("الأجواء");
    expect(stanceTopic("كيف نقدر نفهم هذا؟", "ar")).toBeUndefined();
    expect(stanceTopic("how do you cook a traditional jordanian mansaf?", "en")).toBe("mansaf");
    expect(stanceTopic("عطني طريقة عمل المنسف الأردني", "ar")).toBe("المنسف");
    expect(stanceTopic("What did Lavrov say about refugees?", "en")).toBe("refugees");
    // What was discussed or talked about is a topic too.
    expect(stanceTopic("Did the ministers discuss the water crisis?", "en")).toBe("water");
    expect(stanceTopic("Did the two ministers talk about the economy?", "en")).toBe("economy");
    expect(stanceTopic("Was Syria mentioned?", "en")).toBeUndefined();
    // No stance, no topic.
    expect(stanceTopic("أين التقى الوزيران؟", "ar")).toBeUndefined();
    expect(stanceTopic("Where did the ministers meet?", "en")).toBeUndefined();
  });
});

describe("stance topic words", () => {
  it("adds the noun after a capitalised topic, its head", () => {
    expect(stanceTopicWords("What did Safadi say about Russian tourists in Jordan?", "en")).toEqual([
      "Russian",
      "tourists",
    ]);
    expect(stanceTopicWords("What did Lavrov say about Syria in general?", "en")).toEqual(["Syria"]);
  });

  it("keeps a common word opening the phrase alone, and Arabic topics as they are", () => {
    expect(stanceTopicWords("What did Lavrov say about the terrorist hotbeds in Syria?", "en")).toEqual([
      "terrorist",
    ]);
    expect(stanceTopicWords("ماذا قال لافروف حول التطبيع؟", "ar")).toEqual(["التطبيع"]);
    expect(stanceTopicWords("Where did the ministers meet?", "en")).toEqual([]);
  });
});

describe("what came of an event", () => {
  it("reads questions asking for results or decisions in both languages and dialect", async () => {
    const { asksOutcome } = await import("../../src/text/relative-time.js");
    expect(asksOutcome("ما نتائج اجتماع سوتشي؟", "ar")).toBe(true);
    expect(asksOutcome("إيه اللي طلع من الاجتماع؟", "ar")).toBe(true);
    expect(asksOutcome("What was decided at the Sochi meeting?", "en")).toBe(true);
    expect(asksOutcome("ماذا قال لافروف عن سوريا؟", "ar")).toBe(false);
    expect(asksOutcome("Where will the meeting be held?", "en")).toBe(false);
  });

  it("tells a text that speaks of something coming", async () => {
    const { speaksOfComing } = await import("../../src/text/relative-time.js");
    expect(speaksOfComing("ناقشنا الاستعدادات للاجتماع والمقرر عقده في منتصف فبراير")).toBe(true);
    expect(speaksOfComing("الاجتماع المقبل")).toBe(true);
    expect(speaksOfComing("تمت مناقشة الوضع بشكل تفصيلي")).toBe(false);
  });
});

describe("earlier posts and origins", () => {
  it("reads a question on a post held before the present one", async () => {
    const { asksEarlierRole, callsFormer } = await import("../../src/text/presupposed-facts.js");
    expect(asksEarlierRole("ما هو المنصب الذي شغله الصفدي قبل أن يصبح وزيرا للخارجية؟", "ar")).toBe(true);
    expect(asksEarlierRole("What post did Safadi hold before he became foreign minister?", "en")).toBe(true);
    expect(asksEarlierRole("ما هو منصب الصفدي؟", "ar")).toBe(false);
    expect(asksEarlierRole("What did Lavrov say before the talks?", "en")).toBe(false);
    expect(callsFormer("وزير الخارجية السابق")).toBe(true);
    expect(callsFormer("وزير الخارجية الأردني")).toBe(false);
  });

  it("reads a question on where someone is from, not where an event was", async () => {
    const { asksOrigin, givesOrigin } = await import("../../src/text/presupposed-facts.js");
    expect(asksOrigin("Where is Safadi from?", "en")).toBe(true);
    expect(asksOrigin("الصفدي من أي مدينة أردنية؟", "ar")).toBe(true);
    expect(asksOrigin("من وين لافروف؟", "ar")).toBe(true);
    expect(asksOrigin("Where did the talks take place?", "en")).toBe(false);
    expect(asksOrigin("وين صارت المباحثات؟", "ar")).toBe(false);
    expect(givesOrigin("الصفدي من مواليد عمان")).toBe(true);
  });

  it("reads a question on documents signed, not on what was agreed or what happened", async () => {
    const { asksSigning, speaksOfSigning } = await import("../../src/text/presupposed-facts.js");
    expect(asksSigning("Did Lavrov and Safadi sign any agreements or MoUs?", "en")).toBe(true);
    expect(asksSigning("هل وقع الوزيران أي اتفاقية؟", "ar")).toBe(true);
    expect(asksSigning("What did they agree on?", "en")).toBe(false);
    expect(asksSigning("Did they sign off on it?", "en")).toBe(false);
    // «وقع» is also "happened": only beside a document is it a signing.
    expect(asksSigning("ما الذي وقع في المؤتمر الصحفي؟", "ar")).toBe(false);
    expect(speaksOfSigning("ووقع الجانبان مذكرة تفاهم")).toBe(true);
    expect(speaksOfSigning("اتفقنا على التنسيق الوثيق لخطواتنا")).toBe(false);
  });
});

describe("regional group holder", () => {
  it("reads a group of states named by region as the party whose stance is asked", () => {
    expect(regionalGroupHolder("how did the gulf states react to the concept?", "en")).toBe(
      "the gulf states",
    );
    expect(regionalGroupHolder("Which Gulf Arab states have endorsed it?", "en")).toBe("Gulf Arab states");
    expect(regionalGroupHolder("هل وافقت دول الخليج على المفهوم؟", "ar")).toBe("دول الخليج");
    // A nation, or the two countries of the talks, is no regional group.
    expect(regionalGroupHolder("How did Jordan react?", "en")).toBeUndefined();
    expect(regionalGroupHolder("What did the two countries say about Syria?", "en")).toBeUndefined();
    expect(regionalGroupHolder("هل رحبت روسيا بالتطبيع؟", "ar")).toBeUndefined();
  });
});

describe("the Gulf's «الياي»", () => {
  it("points to what is coming, as «الجاي» does", () => {
    expect(timeDirection("الياي")).toBe("future");
  });
});

describe("reasons, choices and coming events", () => {
  it("reads a question for a reason, and a passage that gives one", async () => {
    const { asksReason, givesReason } = await import("../../src/text/presupposed-facts.js");
    expect(asksReason("Why is Jordan only an observer?", "en")).toBe(true);
    expect(asksReason("ليش الأردن مراقب بس؟", "ar")).toBe(true);
    expect(asksReason("لماذا اتفق الجانبان على التنسيق؟", "ar")).toBe(true);
    expect(asksReason("What did Lavrov say about why?", "en")).toBe(false);
    expect(asksReason("ما هو موقف روسيا؟", "ar")).toBe(false);
    expect(givesReason("اتفقنا على التنسيق الوثيق لخطواتنا لأن الأهداف تتوافق")).toBe(true);
    expect(givesReason("تأجل الاجتماع بسبب الطقس")).toBe(true);
    // «لهذا الاقتراح» is "of this proposal", not "for this reason".
    expect(givesReason("يحدّد المعايير الرئيسية لهذا الاقتراح")).toBe(false);
  });

  it("finds the side a choice question offers", async () => {
    const { choiceAlternative } = await import("../../src/text/answer-type.js");
    expect(choiceAlternative("Was it held in Moscow or in Beijing?", "en")).toMatch(/Beijing/);
    expect(choiceAlternative("هل عقد في موسكو أم في بكين؟", "ar")).toMatch(/بكين/);
    expect(choiceAlternative("اتكلموا بالتفصيل ولا كلام عام؟", "ar")).toMatch(/عام/);
    expect(choiceAlternative("Where was it held?", "en")).toBeUndefined();
  });

  it("tells a future verb from a noun or a name opening the same way", async () => {
    const { asksAboutComing } = await import("../../src/text/relative-time.js");
    expect(asksAboutComing("متى سيزور لافروف عمان؟", "ar")).toBe(true);
    expect(asksAboutComing("وين رح يكون الاجتماع؟", "ar")).toBe(true);
    expect(asksAboutComing("متى الاجتماع القادم؟", "ar")).toBe(true);
    expect(asksAboutComing("ما هي سياسة روسيا في سوريا؟", "ar")).toBe(false);
    expect(asksAboutComing("كم سنوات عمل الصفدي؟", "ar")).toBe(false);
    expect(asksAboutComing("ماذا قال سيرغي لافروف؟", "ar", ["سيرغي", "لافروف"])).toBe(false);
  });
});

describe("complementizers after a reporting verb", () => {
  it("are not taken for the speaker («قال إنو…»)", () => {
    expect(stanceHolder("مين اللي قال إنو روسيا مهتمة؟", "ar")).toBeUndefined();
    expect(stanceHolder("ماذا قال نتنياهو عن اللاجئين؟", "ar")).toBe("نتنياهو");
  });
});
