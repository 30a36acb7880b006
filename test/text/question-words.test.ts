import { describe, expect, it } from "vitest";
import { planArabicQuestion } from "../../src/retrieval/query-plan.js";
import { withPressEpithets } from "../../src/text/press-epithets.js";
import { isArabicFrameWord } from "../../src/text/question-words.js";

describe("Arabic framing words", () => {
  it("reads discussion verbs as framing the question, like English 'discuss'", () => {
    for (const verb of ["ناقش", "يناقش", "ناقشا", "تطرق", "يتطرق", "تناول", "وتناول"])
      expect(isArabicFrameWord(verb), verb).toBe(true);
    expect(isArabicFrameWord("السياحة")).toBe(false);
    // A past verb's plural, in MSA or dialect spelling, frames like the singular.
    for (const verb of ["اجتمعوا", "اجتمعو"]) expect(isArabicFrameWord(verb), verb).toBe(true);
    expect(isArabicFrameWord("نحو")).toBe(false);
  });

  it("leaves only the topic and the people in the plan of a 'did they discuss' question", () => {
    const words = planArabicQuestion("هل ناقش الوزيران السياحة؟").words.map((w) => w.surface);
    expect(words).toEqual(["الوزيران", "السياحة"]);
  });
});

describe("a preposition before a frame noun", () => {
  it("still frames the question («بتصريحاته», «بكلامه»), and leaves other words alone", async () => {
    const { isArabicFrameWord } = await import("../../src/text/question-words.js");
    expect(isArabicFrameWord("بتصريحاته")).toBe(true);
    expect(isArabicFrameWord("بكلامه")).toBe(true);
    expect(isArabicFrameWord("بالتسوية")).toBe(false);
  });
});

describe("scheduling modals and 'take place'", () => {
  it("read as 'will' and 'happen', so neither counts as content", async () => {
    const { withoutTypePhrases } = await import("../../src/text/question-phrases.js");
    expect(withoutTypePhrases("And when is it supposed to take place?")).toBe("And when will it happen?");
    expect(withoutTypePhrases("When are they due to meet?")).toBe("When will they meet?");
    expect(withoutTypePhrases("When did the talks take place?")).toBe("When did the talks happen?");
  });
});

describe("dialect fillers and the 'mention' idiom", () => {
  it("frames «بس», «خلاص», «ولا» and reads «جاب سيرة» as «ذكر»", async () => {
    const { dialectToMsa } = await import("../../src/text/dialect.js");
    for (const w of ["بس", "خلاص", "وخلاص", "ولا", "اتكلموا"]) expect(isArabicFrameWord(w), w).toBe(true);
    expect(dialectToMsa("وهل جاب سيرة الجامعة العربية؟")).toBe("وهل ذكر الجامعة العربية؟");
    expect(dialectToMsa("جابوا طاري سوريا؟")).toBe("ذكر سوريا؟");
    // Iraqi «شنو حچى» / «شنو حجى» (what did he say).
    expect(dialectToMsa("شنو حچى لافروف؟")).toBe("ماذا قال لافروف؟");
    expect(isArabicFrameWord("بخصوص")).toBe(true);
    // Maghrebi «شكون» (who), «هاد» (this).
    expect(dialectToMsa("شكون اللي نشر هاد الخبر؟")).toBe("من التي نشر هذا الخبر؟");
    // «سيرة» alone is a noun (a biography), not part of the idiom.
    expect(dialectToMsa("ما سيرة الصفدي؟")).toBe("ما سيرة الصفدي؟");
  });
});

describe("topic pointers", () => {
  it("reads nouns that only point to a topic, with or without an article or preposition", async () => {
    const { isTopicPointer } = await import("../../src/text/question-words.js");
    // «للملف» is «ل» + «الملف», the article's alif dropped.
    for (const w of ["الفكرة", "بالموضوع", "الملف", "للملف", "أحوالها", "idea", "Matter"])
      expect(isTopicPointer(w), w).toBe(true);
    for (const w of ["اللاجئين", "الخليج", "refugees"]) expect(isTopicPointer(w), w).toBe(false);
  });
});

describe("newsroom abbreviations", () => {
  it("spells out FM, PM and UNSC, and reads copy-paste as quote", async () => {
    const { withAbbreviationsSpelt } = await import("../../src/text/question-words.js");
    expect(withAbbreviationsSpelt("What did the Russian FM say?")).toBe(
      "What did the Russian foreign minister say?",
    );
    expect(withAbbreviationsSpelt("Is Safadi the DPM?")).toBe("Is Safadi the deputy prime minister?");
    expect(withAbbreviationsSpelt("copy-paste his words")).toBe("quote his words");
    // Only whole capitalised abbreviations: "film" and "pm" (afternoon) stay.
    expect(withAbbreviationsSpelt("a film at 5 pm")).toBe("a film at 5 pm");
  });
});

describe("telegram-style and chat-turn phrasing", () => {
  it("reads 'Date of…', 'official title', 'according to the report' and topic switches as framing", async () => {
    const { withoutTypePhrases } = await import("../../src/text/question-phrases.js");
    const { withoutExclusions } = await import("../../src/text/question-words.js");
    expect(withoutTypePhrases("Date of the talks?")).toBe("When were the talks?");
    expect(withoutTypePhrases("تاريخ المباحثات؟")).toBe("متى المباحثات؟");
    // The article's own date stays a question about the article.
    expect(withoutTypePhrases("ما تاريخ الخبر؟")).toBe("ما تاريخ الخبر؟");
    expect(withoutTypePhrases("his full name as given in the report")).toBe("his name");
    expect(withoutTypePhrases("What's his official title?")).toBe("What's his title?");
    // Idioms of exchanging views, and the Middle East's adjective.
    expect(withoutTypePhrases("which countries did they swap views on")).toBe(
      "which countries did they exchange views on",
    );
    expect(withoutTypePhrases("ما البلاد التي تبادلوا الآراء حولها")).toBe(
      "ما البلاد التي تبادلوا وجهات النظر حولها",
    );
    expect(withoutTypePhrases("تبادلو فيهم الآراء")).toBe("تبادلو فيهم وجهات النظر");
    expect(withoutTypePhrases("عطني طريقة عمل المنسف خطوة بخطوة")).toBe("عطني طريقة عمل المنسف");
    expect(withoutTypePhrases("explain it step by step")).toBe("explain it");
    // Hot spots are read as crises first, as the pipeline does (press-epithets.ts).
    expect(withoutTypePhrases(withPressEpithets("which Middle Eastern hotspots"))).toBe(
      "which Middle East crises",
    );
    // An exclusion ends where the question's own clause begins, or at a comma.
    expect(withoutExclusions("besides syria and palestine which other countries did they discuss")).toBe(
      "which other countries did they discuss",
    );
    expect(withoutExclusions("غير سوريا وفلسطين، شو البلاد التانية؟")).toBe("شو البلاد التانية؟");
    // An interrogative left at the end, as the dialects ask, is read at the front.
    expect(withoutTypePhrases("هو لافروف التقى مع من؟")).toBe("مع من لافروف التقى؟");
    expect(withoutTypePhrases("الاجتماع المقبل أين؟")).toBe("أين الاجتماع المقبل؟");
    expect(withoutTypePhrases("ماذا قال لافروف؟")).toBe("ماذا قال لافروف؟");
    expect(withoutTypePhrases("هو الأردن عضو كامل في مسار أستانا ولا ماذا؟")).toBe(
      "هل الأردن عضو كامل في مسار أستانا؟",
    );
    // What is excluded is kept apart: named, it is not what the question asks for.
    const { splitExclusions } = await import("../../src/text/question-words.js");
    expect(splitExclusions("شنو الدول اللي حجوا عليها غير سوريا وفلسطين؟").excluded).toContain(
      "سوريا وفلسطين",
    );
    expect(splitExclusions("Which countries did they discuss?").excluded).toBe("");
    // A statement with a tag asks whether it is so.
    expect(withoutTypePhrases("So the talks were in Amman, right?")).toBe(
      "is it that the talks were in Amman?",
    );
    expect(withoutTypePhrases("هو الأردن عضو كامل في مسار أستانا ولا إيه؟")).toBe(
      "هل الأردن عضو كامل في مسار أستانا؟",
    );
    expect(withoutTypePhrases("What did they say, right?")).toBe("What did they say, right?");
    expect(withoutTypePhrases("صحيح إنو الرباعية بتشتغل لحالها؟")).toBe("هل الرباعية بتشتغل لحالها؟");
    expect(withoutTypePhrases("who was he sitting down with")).toBe("who was he meet with");
    expect(withoutTypePhrases("what day and date was the get-together")).toBe("what day was the meeting");
    expect(withoutTypePhrases("which countries came up")).toBe("which countries were discussed");
    expect(withoutTypePhrases("where is the next one supposed to happen?")).toBe(
      "where will the next meeting happen?",
    );
    expect(withoutTypePhrases("the regional crises")).toBe("the crises in the region");
    expect(withoutTypePhrases("his full name as it appears in the report")).toBe("his name");
    expect(withoutTypePhrases("ما القضايا الإقليمية؟")).toBe("ما القضايا في المنطقة؟");
    expect(withoutExclusions("ما أبرز القضايا بعيداً عن ملف الخليج؟")).toBe("ما أبرز القضايا");
    expect(withoutTypePhrases("who did he meet in early Feb 2021")).toBe("who did he meet in Feb 2021");
    expect(withoutTypePhrases("what did they put on the table")).toBe("what did they proposed");
    expect(withoutTypePhrases("what other cabinet post does he hold")).toBe("what post does he hold");
    expect(
      withoutTypePhrases("Where did he make his remarks — a speech, an interview, or something else?"),
    ).toBe("Where did he speak?");
    expect(withoutExclusions("عدّد الدول إلى جانب الملف السوري.")).toBe("عدّد الدول");
    // A government post is a post; Jordan's top diplomat is its foreign minister.
    expect(withoutTypePhrases("what other government post does he hold")).toBe("what post does he hold");
    expect(withoutTypePhrases(withPressEpithets("Jordan's top diplomat"))).toBe("Jordan's foreign minister");
    expect(withoutTypePhrases("ما المنصب الحكومي الآخر الذي يشغله الصفدي؟")).toBe(
      "ما المنصب الذي يشغله الصفدي؟",
    );
    expect(withoutTypePhrases("ما المنصبان اللذان يشغلهما في حكومة بلاده؟")).toBe(
      "ما المنصبان اللذان يشغلهما ؟",
    );
    // Outside a question asking for an office, the government is a topic.
    expect(withoutTypePhrases("ما موقف الحكومة الأردنية؟")).toBe("ما موقف الحكومة الأردنية؟");
    expect(withoutTypePhrases("Who is the minister, according to the report?")).toBe(
      "Who is the minister, ?",
    );
    expect(withoutExclusions("OK, switching topics: what about Libya?")).toBe("what about Libya?");
    expect(withoutExclusions("طيب خلينا من فلسطين، شو قال عن ليبيا؟")).toBe("، شو قال عن ليبيا؟");
  });
});

describe("more framing: glued interrogatives, complementizers, idioms", () => {
  it("reads «وبأي يوم» as asking for a day, 'work with' as cooperate, and the Gulf's two names as one", async () => {
    const { isArabicTypeNoun, withAbbreviationsSpelt } = await import("../../src/text/question-words.js");
    const { withoutTypePhrases } = await import("../../src/text/question-phrases.js");
    expect(isArabicTypeNoun("يوم", "وبأي")).toBe(true);
    expect(isArabicFrameWord("إنو")).toBe(true);
    expect(withoutTypePhrases("who does the Quartet work with?")).toBe(
      "who does the Quartet cooperate with?",
    );
    expect(withAbbreviationsSpelt("security in the Persian Gulf")).toBe("security in the Gulf");
  });
});

describe("date nouns and Egyptian demonstratives", () => {
  it("drops the date's own nouns from a question asking when, and reads «ده» as «هذا»", async () => {
    const { planArabicQuestion } = await import("../../src/retrieval/query-plan.js");
    const { dialectToMsa } = await import("../../src/text/dialect.js");
    const words = planArabicQuestion(dialectToMsa("الاجتماع ده كان امتى؟ عايز اليوم والتاريخ")).words;
    expect(words.map((w) => w.surface)).toEqual(["الاجتماع"]);
    // Not in a question that does not ask when: «اليوم» is then what is asked about.
    expect(planArabicQuestion("ماذا حدث اليوم؟").words.map((w) => w.surface)).toContain("اليوم");
  });
});

describe("questions on a cited document's content", () => {
  it("asks for a document's content only with a document named", async () => {
    const { asksDocumentContent } = await import("../../src/text/presupposed-facts.js");
    expect(
      asksDocumentContent("What exactly does UN Security Council resolution 2254 stipulate?", "en"),
    ).toBe(true);
    expect(asksDocumentContent("What are the terms of the Arab Peace Initiative?", "en")).toBe(true);
    expect(asksDocumentContent("ما هي بنود مبادرة السلام العربية؟", "ar")).toBe(true);
    expect(asksDocumentContent("Which resolution did Lavrov cite?", "en")).toBe(false);
    expect(asksDocumentContent("What does the Arab Peace Initiative actually propose?", "en")).toBe(true);
    expect(asksDocumentContent("هل تنص المقترحات الروسية على إشراك أطراف خارجية؟", "ar")).toBe(false);
    expect(asksDocumentContent("انقل لي نص كلام لافروف حرفياً", "ar")).toBe(false);
    // A proposal's items are its content; what it includes in general is asked of the report.
    expect(asksDocumentContent("ما البنود التفصيلية للمفهوم الروسي للأمن الجماعي؟", "ar")).toBe(true);
    expect(asksDocumentContent("ماذا تتضمن المقترحات الروسية بشأن الخليج؟", "ar")).toBe(false);
  });
});

describe("questions on a tenure", () => {
  it("asks since when someone holds a post", async () => {
    const { asksTenure } = await import("../../src/text/presupposed-facts.js");
    expect(asksTenure("Since what year has Lavrov been Russia's foreign minister?", "en")).toBe(true);
    expect(asksTenure("How long has Safadi been foreign minister?", "en")).toBe(true);
    expect(asksTenure("منذ متى يشغل الصفدي منصبه؟", "ar")).toBe(true);
    expect(asksTenure("When did the talks take place?", "en")).toBe(false);
    expect(asksTenure("متى عقدت المباحثات؟", "ar")).toBe(false);
  });
});

describe("questions on who make up a group", () => {
  it("asks who the members are, not who the two parties are", async () => {
    const { asksWhoMakeUpGroup } = await import("../../src/text/answer-type.js");
    expect(asksWhoMakeUpGroup("Who exactly are the 'external players' Russia wants?", "en")).toBe(true);
    expect(asksWhoMakeUpGroup("من هم اللاعبون الخارجيون الذين تقترح روسيا إشراكهم؟", "ar")).toBe(true);
    expect(asksWhoMakeUpGroup("Which outside players exactly would take part?", "en")).toBe(true);
    expect(asksWhoMakeUpGroup("Who are the two ministers?", "en")).toBe(false);
    expect(asksWhoMakeUpGroup("من هما الوزيران؟", "ar")).toBe(false);
    expect(asksWhoMakeUpGroup("Who did Lavrov meet?", "en")).toBe(false);
  });
});

describe("the dialects' request and passive verbs", () => {
  it("frames a request verb with a glued «لي» and a dialect passive of a verb of saying", () => {
    for (const w of ["تلخصلي", "عدّدلي", "اتقال", "انبحثت", "اتناقش", "تحذير"])
      expect(isArabicFrameWord(w), w).toBe(true);
    // A nisba adjective ending in «لي» is no request.
    for (const w of ["الدولي", "الحالي", "داخلي"]) expect(isArabicFrameWord(w), w).toBe(false);
  });

  it("reads the date's own nouns in English", async () => {
    const { isEnglishDateNoun } = await import("../../src/text/question-words.js");
    expect(isEnglishDateNoun("Date")).toBe(true);
    expect(isEnglishDateNoun("meeting")).toBe(false);
  });
});

describe("Maghrebi and Levantine verb forms", () => {
  it("writes apart a glued «ل» + pronoun after «عم», and reads «كاين», «بيناتهم», «باش», «ف»", async () => {
    const { dialectToMsa } = await import("../../src/text/dialect.js");
    expect(dialectToMsa("الفكرة اللي روسيا عم تسوقلها")).toBe("الفكرة التي روسيا عم تسوق لها");
    expect(dialectToMsa("واش كاين اتفاق بيناتهم؟")).toBe("هل يوجد اتفاق بينهم؟");
    expect(dialectToMsa("الإرهاب ف سوريا")).toBe("الإرهاب في سوريا");
    // Egyptian future «هيتعمل» (will be held).
    expect(dialectToMsa("هيتعمل فين؟")).toBe("سيعقد أين؟");
    // Iraqi «گعد ويا» (sat with) is meeting, «مال» (of) only links.
    expect(dialectToMsa("الاسم مال الوزير اللي گعد ويا لافروف")).toBe("الاسم  الوزير التي اجتمع مع لافروف");
    // Without «عم», a verb ending in «له» keeps it («يحمله»: carries it).
    expect(dialectToMsa("شو يحمله الاقتراح؟")).toBe("ماذا يحمله الاقتراح؟");
  });

  it("reads a «كم» after the question's own interrogative as 'a few'", async () => {
    const { answerType } = await import("../../src/text/answer-type.js");
    expect(answerType("شو كان رأي لافروف بالتطبيع بين اسرائيل وكم دولة عربية؟", "ar")).not.toBe("number");
    expect(answerType("وكم رقم القرار؟", "ar")).toBe("number");
    // «كم دولة…؟», "how many countries…?": which they are, for the reader to count.
    const { asksWhichCountries } = await import("../../src/text/answer-type.js");
    expect(answerType("كم دولة ناقش الوزيران؟", "ar")).not.toBe("number");
    expect(asksWhichCountries("كم دولة ناقش الوزيران؟", "ar")).toBe(true);
    expect(asksWhichCountries("How many countries did they discuss?", "en")).toBe(true);
    expect(asksWhichCountries("شو كان رأيه بالتطبيع بين اسرائيل وكم دولة عربية؟", "ar")).toBe(false);
  });

  it("asks a party's capacity when it asks whether it is a member, not for member states", async () => {
    const { asksCapacity } = await import("../../src/text/answer-type.js");
    expect(asksCapacity("Is Jordan a full member of the Astana format?", "en")).toBe(true);
    expect(asksCapacity("هل الأردن عضو في مسار أستانا؟", "ar")).toBe(true);
    expect(asksCapacity("Which member states back the plan?", "en")).toBe(false);
    expect(asksCapacity("ما الدول الأعضاء في الرباعية؟", "ar")).toBe(false);
  });
});
