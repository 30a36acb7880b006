import { describe, expect, it } from "vitest";
import { directAnswer, findArabicDate } from "../../src/answer/direct-answer.js";
import { lineWords, sourceNames } from "../../src/answer/metadata-request.js";
import { classifyRequest } from "../../src/answer/request.js";
import type { Quote } from "../../src/core/types.js";
import { dialectToMsa } from "../../src/text/dialect.js";
import { isArabicFrameWord, isEnglishFrameWord, withoutExclusions } from "../../src/text/question-words.js";

describe("kinds of request", () => {
  it("tells small talk from questions that merely start with a greeting", () => {
    expect(classifyRequest("hello", "en")).toEqual({ kind: "smalltalk", act: "greeting" });
    expect(classifyRequest("thanks, that's helpful", "en")).toEqual({ kind: "smalltalk", act: "thanks" });
    expect(classifyRequest("مرحبا", "ar")).toEqual({ kind: "smalltalk", act: "greeting" });
    expect(classifyRequest("ماذا تستطيع أن تفعل؟", "ar")).toEqual({ kind: "smalltalk", act: "help" });
    expect(classifyRequest("hello, where did the ministers meet?", "en").kind).toBe("question");
  });

  it("reads a question about the source by its name as a question about the article's source", () => {
    const names = sourceNames(["TASS / تاس"]);
    for (const [q, lang] of [
      ["What is TASS?", "en"],
      ["ما هي تاس؟", "ar"],
      ["شو يعني تاس؟", "ar"],
    ] as const)
      expect(classifyRequest(q, lang, names), q).toEqual({ kind: "metadata", fields: ["source"] });
    // Without the corpus's names it is an ordinary question; with a topic it stays one.
    expect(classifyRequest("What is TASS?", "en").kind).toBe("question");
    expect(classifyRequest("What did TASS report about Syria?", "en", names).kind).toBe("question");
  });

  it("answers about the article itself only when the question names it or its credits", () => {
    expect(classifyRequest("Which agency published the article?", "en")).toEqual({
      kind: "metadata",
      fields: ["source"],
    });
    expect(classifyRequest("Who took the photo?", "en")).toEqual({ kind: "metadata", fields: ["photo"] });
    expect(classifyRequest("ما هو مصدر الخبر؟", "ar")).toEqual({ kind: "metadata", fields: ["source"] });
    expect(classifyRequest("بأي تاريخ نُشر الخبر؟", "ar")).toEqual({ kind: "metadata", fields: ["date"] });
    // Word by word: new phrasings, dialect, pronouns for the article.
    for (const [q, lang, field] of [
      ["Who published it?", "en", "source"],
      ["Which outlet ran this story?", "en", "source"],
      ["Which agency carried this story and on what day?", "en", "source"],
      ["When was this written?", "en", "date"],
      ["What's the headline?", "en", "headline"],
      ["What are the article's subheadings?", "en", "headings"],
      ["ما العنوان الفرعي في المقال؟", "ar", "headings"],
      ["ما عنوان المقال؟", "ar", "headline"],
      ["Who is the author?", "en", "author"],
      ["ما اسم الوكالة؟", "ar", "source"],
      ["وين نشر الخبر؟", "ar", "source"],
      ["ايمتى نزل هالخبر؟", "ar", "date"],
      ["ما هو مصدر الصورة؟", "ar", "photo"],
      ["Which series was this filed under on the site?", "en", "rubric"],
      ["تحت أي سلسلة نشر هذا المقال؟", "ar", "rubric"],
      ["Is there a subheading in the article? What does it say?", "en", "headings"],
      ["Which news wire is credited as the origin of this report?", "en", "source"],
      ["ما هو عنوان هذا التقرير أو جملته الافتتاحية؟", "ar", "headline"],
      ["ما المانشيت؟", "ar", "headline"],
      ["What's the headline / lead sentence of this article?", "en", "headline"],
      ["The article seems to be filed under some series or rubric on the site. Which one?", "en", "rubric"],
      ["When was this TASS report published? need the exact date", "en", "date"],
    ] as const)
      expect(classifyRequest(lang === "ar" ? dialectToMsa(q) : q, lang), q).toEqual({
        kind: "metadata",
        fields: [field],
      });
    // Two clauses about the article ask two fields, in the question's order; "the source of the
    // photo" is one.
    expect(
      classifyRequest("which news agency published this and who is credited for the photo?", "en"),
    ).toEqual({
      kind: "metadata",
      fields: ["source", "photo"],
    });
    expect(classifyRequest("ما الجهة التي نُقل عنها الخبر، ولمن تُنسب الصورة المرفقة به؟", "ar")).toEqual({
      kind: "metadata",
      fields: ["source", "photo"],
    });
    expect(classifyRequest("What is the source of the photo?", "en")).toEqual({
      kind: "metadata",
      fields: ["photo"],
    });
    // The photo credit as a place in the page; a title inside the text; a line at its end.
    const lines = lineWords([
      'مجموعة الرؤية الاستراتيجية "روسيا - العالم الإسلامي"',
      "Russia – Islamic World group",
    ]);
    for (const [q, lang, field] of [
      ["ما اسم المجموعة المذكورة في السطر الذي يسبق اعتماد الصورة في آخر الصفحة؟", "ar", "rubric"],
      ["there is small title in middle of the text, what it says?", "en", "headings"],
      ["what is that line at the very end about russia and islamic world?", "en", "rubric"],
      ["who took the foto", "en", "photo"],
    ] as const)
      expect(classifyRequest(q, lang, new Set(), lines), q).toEqual({ kind: "metadata", fields: [field] });
    // One word outside the vocabulary beside a field only the article has, or the article named.
    expect(classifyRequest("أي وكالة أنباء نشرت هذا الخبر؟", "ar")).toEqual({
      kind: "metadata",
      fields: ["source"],
    });
    expect(classifyRequest("Who gets the photo credit?", "en")).toEqual({
      kind: "metadata",
      fields: ["photo"],
    });
    expect(classifyRequest("What did the agency say about Syria?", "en").kind).toBe("question");
    // "When?" or "When is it?" asks about what was discussed, not about the article's date.
    expect(classifyRequest("When is it?", "en").kind).toBe("question");
    expect(classifyRequest("What is Safadi's title?", "en").kind).toBe("question");
    // The same words about something in a text are ordinary questions.
    expect(classifyRequest("Who published the 95 Theses in 1517?", "en").kind).toBe("question");
    expect(classifyRequest("متى تم نشر بعض أفضل أعمال لوثر؟", "ar").kind).toBe("question");
  });

  it("reads a preposition before a hamza in an overview request («لأهم»)", () => {
    expect(classifyRequest("أعطني ملخصاً لأهم المواضيع التي تناولها الخبر", "ar")).toEqual({
      kind: "overview",
      topic: "",
    });
  });

  it("recognises an outcome of the talks as an overview request", () => {
    expect(classifyRequest("What came out of the talks?", "en")).toEqual({ kind: "overview", topic: "" });
    expect(classifyRequest("ما نتائج المباحثات؟", "ar")).toEqual({ kind: "overview", topic: "" });
  });

  it("recognises overviews and keeps their topic", () => {
    // "only", «المحاور» (the themes) are overview words, not topics.
    expect(classifyRequest("Summarize only the Gulf security part of the talks.", "en")).toEqual({
      kind: "overview",
      topic: "Gulf security",
    });
    expect(classifyRequest("لخّص لي أبرز المحاور", "ar")).toEqual({ kind: "overview", topic: "" });
    // How short it should be ("in a few lines", "in bullets") is no topic either.
    for (const q of [
      "Give me the gist of the article in a few lines",
      "Summarize the talks in three bullets",
      "Give me a quick rundown of the main subjects.",
      "What were the main themes the two ministers covered?",
    ])
      expect(classifyRequest(q, "en"), q).toEqual({ kind: "overview", topic: "" });
    expect(classifyRequest("What were the main topics?", "en")).toEqual({ kind: "overview", topic: "" });
    // A preamble before a dash, and "as set out in the piece", restrict nothing.
    expect(
      classifyRequest("I'm writing a summary for my seminar - what were the main topics covered?", "en"),
    ).toEqual({ kind: "overview", topic: "" });
    expect(
      classifyRequest("Summarise Lavrov's position on Syria as set out in the piece.", "en"),
    ).toMatchObject({
      kind: "overview",
      topic: expect.stringMatching(/^Lavrov's.*Syria$/),
    });
    expect(classifyRequest("لخص المقال", "ar")).toEqual({ kind: "overview", topic: "" });
    expect(classifyRequest("Summarize Lavrov's position on Syria", "en")).toMatchObject({ kind: "overview" });
    const topic = classifyRequest("Summarize Lavrov's position on Syria", "en");
    expect(topic.kind === "overview" && topic.topic).toMatch(/Syria/);
  });

  it("does not mistake inflected overview words, dialect or request verbs for a topic", () => {
    for (const q of [
      "أعطني ملخصاً للخبر",
      "شو أهم النقاط اللي انحكت؟",
      "ما هي المواضيع التي ناقشها الوزيران؟",
    ])
      expect(classifyRequest(q, "ar"), q).toEqual({ kind: "overview", topic: "" });
    expect(classifyRequest("tl;dr?", "en")).toEqual({ kind: "overview", topic: "" });
    // A feminine past tense («تناولتها») is the overview verb, not a topic.
    expect(classifyRequest("ما أهم القضايا التي تناولتها المباحثات؟", "ar")).toEqual({
      kind: "overview",
      topic: "",
    });
    // The topic keeps its own spelling and the function word between its words.
    expect(classifyRequest("لخّص موقف لافروف من سوريا", "ar")).toEqual({
      kind: "overview",
      topic: "لافروف من سوريا",
    });
  });
});

describe("overviews word by word", () => {
  it("reads a request made only of gist, article and function words as an overview", () => {
    for (const [q, lang] of [
      ["What were the talks mainly about?", "en"],
      ["Can you sum up the article?", "en"],
      ["What is it about?", "en"],
      ["شو أهم شي بالخبر؟", "ar"],
      ["ما مضمون الخبر؟", "ar"],
    ] as const)
      expect(classifyRequest(q, lang), q).toEqual({ kind: "overview", topic: "" });
  });

  it("leaves a question with one word about something else to ordinary questions", () => {
    for (const [q, lang] of [
      ["What is the main reason for the crisis?", "en"],
      ["What were the talks about in Syria?", "en"],
      ["Who attended the talks?", "en"],
      ["ما أهم أسباب الأزمة؟", "ar"],
      ["متى جرت المباحثات؟", "ar"],
    ] as const)
      expect(classifyRequest(q, lang).kind, q).toBe("question");
  });

  it("reads a date checked against the article's as a question about the article", () => {
    expect(classifyRequest("هل المقال منشور بتاريخ 3 فبراير؟", "ar")).toEqual({
      kind: "metadata",
      fields: ["date"],
    });
    expect(classifyRequest("Was the article published on 3 February 2021?", "en").kind).toBe("metadata");
    // A number beside another subject keeps it an ordinary question.
    expect(classifyRequest("Who published the 95 Theses?", "en").kind).toBe("question");
  });

  it("reads a subheading or the rubric named by its own words as metadata, not what the line names", () => {
    const lines = lineWords(["الوضع في سوريا", 'مجموعة الرؤية الاستراتيجية "روسيا - العالم الإسلامي"']);
    expect(
      classifyRequest("ما العنوان الفرعي الذي يندرج تحته الملف السوري؟", "ar", new Set(), lines),
    ).toEqual({
      kind: "metadata",
      fields: ["headings"],
    });
    expect(
      classifyRequest(
        "ما هذه الجملة التي في آخر الخبر عن روسيا والعالم الإسلامي؟ ما اسم المجموعة؟",
        "ar",
        new Set(),
        lines,
      ),
    ).toEqual({
      kind: "metadata",
      fields: ["rubric"],
    });
    const english = lineWords(['Strategic Vision Group "Russia - Islamic World"']);
    expect(
      classifyRequest(
        "what is that line at the bottom about a strategic vision group?",
        "en",
        new Set(),
        english,
      ),
    ).toEqual({
      kind: "metadata",
      fields: ["rubric"],
    });
    expect(classifyRequest("I only saw the headline in passing, what was it exactly?", "en")).toEqual({
      kind: "metadata",
      fields: ["headline"],
    });
    // "group" alone names no line of the article.
    expect(classifyRequest("and who does that group cooperate with?", "en", new Set(), english).kind).toBe(
      "question",
    );
    // Something asked about what the line names is a question about it.
    expect(
      classifyRequest("متى تأسست مجموعة الرؤية الاستراتيجية روسيا العالم الإسلامي؟", "ar", new Set(), lines)
        .kind,
    ).toBe("question");
    expect(classifyRequest("ما اسم المجموعة التي التقت في الرياض؟", "ar", new Set(), lines).kind).toBe(
      "question",
    );
  });

  it("reads the photo's credit asked with an ownership or shooting verb as metadata", () => {
    for (const [q, lang] of [
      ["لمن تعود الصورة المرفقة؟", "ar"],
      ["ما هي الجهة التي التقطت الصورة؟", "ar"],
      ["Who does the photo belong to?", "en"],
    ] as const)
      expect(classifyRequest(q, lang), q).toEqual({ kind: "metadata", fields: ["photo"] });
  });
});

describe("question words", () => {
  it("reads dialect words as their MSA equivalents, keeping a glued «و»", () => {
    expect(dialectToMsa("وين رح يكون الاجتماع الجاي؟")).toBe("أين رح يكون الاجتماع المقبل؟");
    expect(dialectToMsa("وشو قال؟")).toBe("وماذا قال؟");
    // The Levantine «ب» before an imperfect verb, only in a question written in dialect.
    expect(dialectToMsa("شو اللي بيهم روسيا؟")).toBe("ماذا التي يهم روسيا؟");
    expect(dialectToMsa("مين بيعرف بيان الوزارة؟")).toBe("من يعرف بيان الوزارة؟");
    expect(dialectToMsa("ما الذي بيهم روسيا؟")).toBe("ما الذي بيهم روسيا؟");
    // The glued demonstrative «هال» is «هذا ال…», so «مين نشر هالخبر» asks about the article.
    expect(dialectToMsa("مين نشر هالخبر؟")).toBe("من نشر هذا الخبر؟");
    expect(dialectToMsa("شو انحكى بهاللقاء؟")).toBe("ماذا انحكى بهذا اللقاء؟");
    // Levantine «يلي» (which), «حدا» (someone), «برّا» (outside), «الشام» (Syria).
    expect(dialectToMsa("مين يلي لازم يحل مشاكل الشام؟ حدا من برا؟")).toBe(
      "من التي لازم يحل مشاكل سوريا؟ أحد من خارج؟",
    );
    // The object «ـو» after a past verb's «ت» or the imperfect's «ب» is «ـه»; a name keeps it.
    expect(dialectToMsa("مين نشرتو؟")).toBe("من نشرته؟");
    expect(dialectToMsa("شو المنصب يلي بيشغلو؟")).toBe("ماذا المنصب التي يشغله؟");
    expect(dialectToMsa("شو قالوا عن كوسوفو؟")).toBe("ماذا قالوا عن كوسوفو؟");
    // «قعد مع» (sat down with) is a meeting; «قعد» alone stays.
    expect(dialectToMsa("مع مين قعد لافروف؟")).toBe("مع من اجتمع لافروف؟");
    expect(dialectToMsa("شو قال عن رجعة اللاجئين؟")).toBe("ماذا قال عن عودة اللاجئين؟");
    // A glued «ل» + pronoun after the dialect imperfect is written apart.
    expect(dialectToMsa("شو الفكرة اللي روسيا بتروجلها؟")).toBe("ماذا الفكرة التي روسيا تروج لها؟");
    expect(dialectToMsa("قعد لافروف بموسكو؟")).toBe("قعد لافروف بموسكو؟");
    expect(classifyRequest(dialectToMsa("مين نشر هالخبر؟"), "ar")).toEqual({
      kind: "metadata",
      fields: ["source"],
    });
  });

  it("counts interrogatives, reporting and request verbs as framing, not topic", () => {
    for (const w of ["شو", "قال", "وقال", "اقتبس", "لخص", "المنصب"])
      expect(isArabicFrameWord(w), w).toBe(true);
    for (const w of ["اللاجئين", "سوريا", "الأمن"]) expect(isArabicFrameWord(w), w).toBe(false);
    for (const w of ["say", "Quote", "summarize"]) expect(isEnglishFrameWord(w), w).toBe(true);
    expect(isEnglishFrameWord("talks")).toBe(false);
  });

  it("drops what a question excludes", () => {
    expect(withoutExclusions("Which countries did they discuss besides Syria?")).toBe(
      "Which countries did they discuss ?",
    );
    expect(withoutExclusions("ما الدول التي ناقشوها عدا سوريا؟")).toBe("ما الدول التي ناقشوها ؟");
    // «غير» excludes as the last phrase only; elsewhere it negates («غير مباشر»).
    expect(withoutExclusions("ايش الدول اللي تكلموا عنها غير سوريا؟")).toBe("ايش الدول اللي تكلموا عنها");
    expect(withoutExclusions("هل كانت المفاوضات غير مباشرة بين الطرفين؟")).toContain("غير مباشرة");
  });
});

describe("direct answers", () => {
  const quote = (text: string, translation?: string): Quote => ({
    text,
    doc: "d",
    paragraph: 1,
    start: 0,
    end: text.length,
    n: 1,
    ...(translation === undefined ? {} : { translation }),
  });

  it("reads Arabic dates and writes them as English readers do", () => {
    expect(findArabicDate("اليوم الأربعاء 3 فبراير/شباط 2021.")).toEqual({
      arabic: "الأربعاء 3 فبراير/شباط 2021",
      english: "Wednesday 3 February 2021",
    });
    expect(findArabicDate("في منتصف فبراير في مدينة سوتشي")?.english).toBe("mid-February");
  });

  it("takes the Arabic answer verbatim from the quote, the English one from its translation", () => {
    const q = quote(
      "وناقشنا الاستعدادات للاجتماع المقبل والمقرر عقده في منتصف فبراير في مدينة سوتشي",
      "and we discussed preparations for the next meeting, scheduled for mid-February in the city of Sochi",
    );
    expect(directAnswer("place", "ar", [q])?.text).toBe("في مدينة سوتشي");
    expect(directAnswer("place", "en", [q])?.text).toBe("In Sochi, in mid-February");
    expect(directAnswer("date", "en", [q])?.text).toBe("In mid-February");
    expect(directAnswer("number", "ar", [quote("قرار مجلس الأمن رقم 2254")])?.text).toBe(
      "قرار مجلس الأمن رقم 2254",
    );
    expect(directAnswer("other", "en", [q])).toBeUndefined();
  });
});

describe("an overview phrase as a second clause", () => {
  it("reads 'what is it about' alone as an overview, after a question as part of it", () => {
    expect(classifyRequest("what is it about?", "en").kind).toBe("overview");
    expect(classifyRequest("OK, what is it about?", "en").kind).toBe("overview");
    expect(classifyRequest("Which UN resolution was mentioned and what is it about?", "en").kind).toBe(
      "question",
    );
  });
});
