import { beforeAll, describe, expect, it } from "vitest";
import type { Pipeline } from "../../src/app/composition.js";
import { articlePipeline } from "../helpers/article-pipeline.js";

/**
 * Kinds of questions as news readers word them, end to end through the offline pipeline:
 * two people named where one is asked to have spoken, journalese framing, dialect, follow-ups
 * that point back. Each with a twin that must keep its answer or stay refused.
 */
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await articlePipeline();
});
const ask = (q: string) => pipeline.answerer.ask(q);

describe("questions as readers word them", () => {
  it("asks the person the reporting verb is asked of when two are named", async () => {
    for (const q of [
      "What did Safadi himself say about the Russian Gulf security concept, and did he agree with Lavrov?",
      "ماذا قال الصفدي من جهته عن حل الدولتين، وهل جاء كلامه متطابقاً مع ما صرّح به لافروف؟",
    ]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(false);
      expect(answer.lead, q).toMatch(/Safadi|الصفدي/);
    }
    // Asked of the one the article quotes, it is answered with his words.
    const lavrov = await ask("What did Lavrov say about the two-state solution, and did Safadi agree?");
    expect(lavrov.covered).toBe(true);
    expect(lavrov.quotes[0]?.speaker?.ar).toContain("لافروف");
  });

  it("reads journalese framing and an Iraqi 'when' as asking, not as topics", async () => {
    for (const [q, paragraph] of [
      ["مع أي جهة تنسّق الرباعية الدولية للوساطة وفق ما أورده لافروف؟", 5],
      ["ما الذي شدّد لافروف على ضرورة تهيئته من أجل عودة اللاجئين؟", 10],
      ["شوكت ووين راح يصير الاجتماع الجاي بصيغة أستانا؟", 9],
    ] as const) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.paragraph, q).toBe(paragraph);
    }
    // A post before the one the article gives stays refused, in dialect too.
    expect((await ask("شو كان شغل لافروف قبل ما يصير وزير خارجية روسيا؟")).covered).toBe(false);
    expect((await ask("شو شغل الصفدي؟")).lead).toContain("نائب رئيس الوزراء");
  });

  it("reads «أوجز» as an overview and «للاجئين» as «ل» + «اللاجئين»", async () => {
    expect((await ask("أوجز لي المحاور الرئيسية التي دارت حولها محادثات الوزيرين.")).kind).toBe("overview");
    const history = [
      {
        question: "شو موقف روسيا والأردن من الإرهاب بسوريا؟",
        answer: await ask("شو موقف روسيا والأردن من الإرهاب بسوريا؟"),
      },
    ];
    const followUp = await pipeline.answerer.ask("طيب وبالنسبة للاجئين؟", { history });
    expect(followUp.covered).toBe(true);
    expect(followUp.quotes[0]?.text).toContain("اللاجئين");
  });

  it("answers two fields of the article asked in one question, in the question's order", async () => {
    const answer = await ask("ما الجهة التي نُقل عنها الخبر، ولمن تُنسب الصورة المرفقة به؟");
    expect(answer.kind).toBe("metadata");
    expect(answer.quotes.map((q) => q.text)).toEqual(["المصدر: تاس", "الصورة: وزارة الخارجية الروسية"]);
    expect(answer.lead).toContain("[2]");
  });

  it("reads the article's lines described in chat words, and guesses or a restatement after a dash", async () => {
    for (const [q, kind, text] of [
      ["الخبر تابع لاي ركن او مجموعه بالموقع؟ في سطر بالاخر عن رؤيه استراتيجيه", "metadata", "مجموعة الرؤية"],
      ["شنو سميت المجموعة اللي مكتوبة فاللخر ديال المقال؟", "metadata", "مجموعة الرؤية"],
      ["في عنوان فرعي بنص المقال قبل الحكي عن دمشق والتسويه، شو مكتوب فيه؟", "metadata", "الوضع في سوريا"],
      [
        "The page carries a tag line referring to a 'strategic vision' group. What is the full name of that group as printed?",
        "metadata",
        "مجموعة الرؤية",
      ],
      [
        "Who is credited for the photograph that accompanies the piece — a named photographer or an institution?",
        "metadata",
        "الصورة",
      ],
      ["which weekday were the talks held?", "answer", "الأربعاء"],
    ] as const) {
      const answer = await ask(q);
      expect(answer.kind, q).toBe(kind);
      expect(answer.quotes[0]?.text, q).toContain(text);
    }
    const headline = await ask(
      "What's the headline of the story — i.e., how does the lead sentence sum up what happened?",
    );
    expect(headline.kind).toBe("metadata");
    expect(headline.lead).toContain("title");
  });

  it("answers a follow-up pointing back in other words with the previous topic's passages, at low confidence", async () => {
    const first = "What did Lavrov say about Israel normalizing relations with Arab countries?";
    const history = [{ question: first, answer: await ask(first) }];
    const followUp = await pipeline.answerer.ask("And what caveat did he attach to that?", { history });
    expect(followUp.covered).toBe(true);
    expect(followUp.confidence).toBe("low");
    expect(followUp.quotes[0]?.text).toContain("دولة فلسطينية");
    // A fact the article would have to state stays refused.
    expect(
      (await pipeline.answerer.ask("And how much money was pledged for that?", { history })).covered,
    ).toBe(false);
  });

  it("reads a government named by its seat, 'when it comes to', and a relative clause about the counterpart", async () => {
    expect(
      (await ask("In which city did Jordan's deputy premier sit down with the Kremlin's chief diplomat?"))
        .lead,
    ).toContain("Moscow");
    const league = await ask(
      "What role does Lavrov see for the Arab League when it comes to resolving the problems facing the Syrian people?",
    );
    expect(league.quotes[0]?.text).toContain("جامعة الدول العربية");
    // The one asked is the Russian who met his counterpart; "the person that Lavrov met" is the other.
    const russian = await ask("ما اسم رئيس الدبلوماسية الروسية الذي التقى نظيره الأردني؟");
    expect(russian.lead).not.toContain("الصفدي");
    expect((await ask("Who was the person that Lavrov met?")).lead).toContain("Safadi");
    expect((await ask("من هو الشخص الذي التقاه لافروف؟")).lead).toContain("الصفدي");
  });

  it("answers the event a statement was made at from any retrieved passage, and a framework asked as such", async () => {
    const event = await ask("At what event did the Russian FM make these statements?");
    expect(event.quotes[0]?.text).toContain("مؤتمره الصحفي المشترك");
    // «في أي إطار» with no verb of speaking asks for a framework, not an occasion.
    const framework = await ask("ضمن أي إطار يجب أن يتحاور السوريون لحل مشكلاتهم؟");
    expect(framework.quotes[0]?.text).toContain("اللجنة الدستورية");
  });

  it("reads Levantine requests and modals, and English phrasal verbs, as their plain words", async () => {
    for (const [q, paragraph] of [
      ["فيك تنقلّي بالحرف شو قال لافروف عن اللجنة الدستورية وقرار مجلس الأمن؟", 8],
      ["حسب المقال، مين المفروض يحل مشاكل سوريا؟", 8],
      ["What does the concept Russia is pushing spell out?", 3],
      ["Who talked about stamping out terrorism in Syria?", 10],
    ] as const) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.paragraph, q).toBe(paragraph);
    }
  });

  it("refuses who make up a group the article never names, and what came of a meeting still to come", async () => {
    for (const q of [
      "Who exactly are the 'external players' Russia wants in the Gulf security system?",
      "من هم اللاعبون الخارجيون الذين تقترح روسيا إشراكهم في منظومة أمن الخليج؟",
      "What was agreed at the Sochi meeting in mid-February?",
      "ماذا اتفقوا في اجتماع سوتشي؟",
      "ما البنود التفصيلية للمفهوم الروسي للأمن الجماعي في الخليج؟",
    ])
      expect((await ask(q)).covered, q).toBe(false);
    // Their twins: the people the article names, what the talks agreed, what the proposals include.
    for (const q of [
      "Who are the two ministers?",
      "على ماذا اتفق الوزيران؟",
      "ماذا تتضمن المقترحات الروسية بشأن منطقة الخليج؟",
    ])
      expect((await ask(q)).covered, q).toBe(true);
  });

  it("answers who is to act with what the text says, not with who said it", async () => {
    for (const q of [
      "In Russia's view, who should come up with the solutions to Syria's problems?",
      "per lavrov, who's supposed to come up w/ solutions to syria's problems, and in what forum?",
    ]) {
      const answer = await ask(q);
      expect(answer.lead, q).not.toMatch(/^Sergey Lavrov\./);
      expect(answer.quotes[0]?.text, q).toContain("السوريون أنفسهم");
      // No quote repeats another's words.
      const [first, second] = answer.quotes;
      if (first !== undefined && second !== undefined)
        expect(first.text.includes(second.text), q).toBe(false);
    }
    expect((await ask("Who said the Syrians must solve their problems themselves?")).lead).toMatch(
      /^Sergey Lavrov/,
    );
  });

  it("reads 'outside powers' as the outside parties the text speaks of", async () => {
    const answer = await ask(
      "Does Moscow's proposed Gulf collective security system envisage a role for outside powers?",
    );
    expect(answer.covered).toBe(true);
    expect(answer.quotes.some((q) => q.text.includes("لاعبين خارجيين"))).toBe(true);
  });

  it("lists the other countries from any retrieved passage, and reads «أي دول» in a yes/no question as 'any'", async () => {
    const others = await ask("شنو الدول اللي حجوا عليها غير سوريا وفلسطين؟");
    expect(others.quotes[0]?.text).toContain("العراق وليبيا واليمن");
    const any = await ask("المقترح الروسي للخليج بيستبعد اي دول من برا المنطقه صح؟");
    expect(any.quotes[0]?.text).toContain("لاعبين خارجيين");
  });

  it("reads «الأزمة السورية» in a summary as the Syrian topic, not every crisis", async () => {
    for (const q of [
      "لخّص لي موقف لافروف من الأزمة السورية كما ورد في المقال",
      "Summarize Lavrov's position on the Syrian crisis",
    ]) {
      const answer = await ask(q);
      expect(answer.kind, q).toBe("overview");
      expect(
        answer.quotes.map((x) => x.paragraph),
        q,
      ).toEqual([8, 9, 10]);
    }
  });

  it("answers a capacity with the clause giving it, even when a person is named as the source", async () => {
    for (const q of [
      "بأي صفة تشارك المملكة الأردنية في مسار أستانا بحسب الوزير الروسي؟",
      "In what capacity does Jordan take part in the Astana process?",
      "الأردن شنو صفته في مسار أستانا؟ عضو ولا بس يتابع؟",
    ]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.text, q).toContain("بصفة مراقب");
    }
    // Asked of the person, the post is still the answer.
    expect((await ask("ما منصب الصفدي بحسب المقال؟")).lead).toContain("نائب رئيس الوزراء");
  });

  it("reads the meeting with a possessive («لقائهما») as the meeting itself", async () => {
    const overview = await ask("لخّص لي أهم الملفات التي بحثها لافروف والصفدي في لقائهما.");
    expect(overview.kind).toBe("overview");
    expect(overview.quotes.length).toBeGreaterThanOrEqual(5);
    expect((await ask("أين كان لقاؤهما؟")).lead).toContain("موسكو");
  });

  it("reads Maghrebi and Iraqi chat, chat abbreviations, and a 'sum up' with a dashed list", async () => {
    for (const [q, paragraph] of [
      ["شكون خاصو يحل مشاكل سوريا؟", 8],
      ["اكو دول ثانية حچوا عنها؟", 6],
      ["unsc res number for syria?", 8],
    ] as const) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.paragraph, q).toBe(paragraph);
    }
    const summary = await ask(
      "can u sum up the syria part for me - political process, astana, terrorism, refugees etc",
    );
    expect(summary.kind).toBe("overview");
    expect(summary.quotes.map((q) => q.paragraph)).toEqual([8, 9, 10]);
  });

  it("answers a second question after a 'why' the text gives no reason for, and refuses what it never dates or reports", async () => {
    const why = await ask(
      "Why are Russia and Jordan interested in the Gulf region — what do they want to achieve there?",
    );
    expect(why.covered).toBe(true);
    expect(why.quotes[0]?.text).toContain("تجاوز الأزمة");
    for (const q of [
      "Why did Lavrov cancel his trip to Amman?",
      "when safadi became foreign minister?",
      "did the sochi meeting in feb succeed",
    ])
      expect((await ask(q)).covered, q).toBe(false);
  });

  it("refuses the reaction of a nation's body none of the speakers is from, and what the text never dates or lists", async () => {
    for (const q of [
      "كيف ردّت الحكومة الإسرائيلية على كلام لافروف عن الدولة الفلسطينية؟",
      "How did the Israeli government react to Lavrov's remarks on a Palestinian state?",
      "What year was UN Security Council resolution 2254 adopted?",
      "what exactly are the parameters of russias gulf security concept",
      "What did the mid-February Sochi meeting end up agreeing on?",
      "Did Safadi invite Lavrov to visit Amman?",
    ])
      expect((await ask(q)).covered, q).toBe(false);
    // Quoting what the article says of the concept's parameters stays answered.
    expect(
      (await ask("مين اللي حكى إنو روسيا عم تروّج لمفهوم بيحدد المعايير الأساسية للمقترح؟")).covered,
    ).toBe(true);
  });

  it("reads a nationality used as a noun, a colleague, and a count in 'which three countries'", async () => {
    expect(
      (await ask("According to the report, which two government posts does the visiting Jordanian hold?"))
        .lead,
    ).toContain("Deputy Prime Minister");
    expect((await ask("in which city russias top diplomat hosted his jordanian colleague")).lead).toContain(
      "Moscow",
    );
    const three = await ask(
      "Apart from Syria and Palestine, which three countries did the two ministers exchange views on?",
    );
    expect(three.quotes[0]?.text).toContain("العراق وليبيا واليمن");
  });

  it("opens a who-said answer at the words naming the speaker, inside the same sentence too", async () => {
    const answer = await ask(
      "Who spoke about the role the Arab League could play in creating the most favourable external conditions for Syria?",
    );
    expect(answer.quotes[0]?.text).toMatch(/^وختم وزير الخارجية الروسي/);
    const arabic = await ask(
      "من صاحب الكلام عن الدور الذي قد تؤديه الجامعة العربية في تهيئة ظروف خارجية مناسبة لحل مشكلات الشعب السوري؟",
    );
    expect(arabic.lead).toContain("لافروف");
  });

  it("reads a second sentence asking for parts as detail of an overview's topic, and a bare 'any X?' as a follow-up", async () => {
    const overview = await ask(
      "ما أبرز النقاط التي طرحها الوزير الروسي بخصوص التسوية في سوريا؟ أريد الجانب السياسي ومسار أستانا والجانب الإنساني.",
    );
    expect(overview.kind).toBe("overview");
    expect(overview.quotes.map((q) => q.paragraph)).toContain(8);
    const first = "what did lavrov say about israel normalisation?";
    const followUp = await pipeline.answerer.ask("any caveat?", {
      history: [{ question: first, answer: await ask(first) }],
    });
    expect(followUp.covered).toBe(true);
    expect(followUp.confidence).toBe("low");
  });

  it("reads «رئيس الدبلوماسية» with a nationality as that country's foreign minister, not the prime minister's deputy", async () => {
    expect((await ask("ما منصب رئيس الدبلوماسية الأردنية؟")).lead).toContain("نائب رئيس الوزراء");
    expect((await ask("من هو رئيس الدبلوماسية الأردنية؟")).lead).toContain("الصفدي");
    expect((await ask("ما منصب رئيس الدبلوماسية الروسية؟")).lead).toContain("وزير الخارجية الروسي");
    // The prime minister of Jordan is a superior of his, whom the article does not name.
    expect((await ask("من هو رئيس الوزراء الأردني؟")).covered).toBe(false);
    const other = await ask("رئيس الدبلوماسية الأردنية يشغل منصبا حكوميا آخر إلى جانب الخارجية، ما هو؟");
    expect(other.lead).toContain("نائب رئيس الوزراء");
  });

  it("reads more framing and pointing words: «اكتب لي», «تسوّق له», «الآلية», Gulf «زين … يسوي بهاي»", async () => {
    for (const [q, paragraph] of [
      ["اكتب لي نص كلام لافروف حرفيا عن المفهوم الذي تسوّق له بلاده", 3],
      ["ما اسم الآلية الدولية التي شدد الوزيران على دورها في الملف الفلسطيني الإسرائيلي؟", 5],
      ["زين، وشنو تريد موسكو من المجتمع الدولي يسوي بهاي الدول؟", 6],
    ] as const) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(
        answer.quotes.map((x) => x.paragraph),
        q,
      ).toContain(paragraph);
    }
    const gulf = await ask("What Russian security idea for the Persian/Arab Gulf did they discuss?");
    expect(gulf.quotes[0]?.text).toContain("للأمن الجماعي");
    expect((await ask("Since what year has Lavrov been Russia's foreign minister?")).covered).toBe(false);
  });

  it("reads everyday words for the article's: Gulf, Egyptian and Maghrebi verbs, official names, idioms", async () => {
    for (const [q, paragraph] of [
      ["هو الاجتماع ده اتعمل يوم إيه وتاريخ كام؟", 1],
      ["هي المقابلة دي حصلت يوم إيه بالظبط؟ عايز التاريخ", 1],
      ["غير سوريا وفلسطين، وش الدول الثانية اللي سولفوا عنها؟", 6],
      ["آش بغات موسكو من العالم يدير فبلاد الرافدين وليبيا واليمن؟", 6],
      ["لماذا قرر الطرفان العمل يداً بيد في أزمات المنطقة؟", 6],
      ["On the Palestine question, what do Moscow and the Hashemite kingdom see eye to eye on?", 4],
      ["Apart from Syria and Palestine, which other trouble spots in the region came up?", 6],
      ["ok and what does moscow want the rest of the world to do in iraq, libya and yemen?", 6],
    ] as const) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.paragraph, q).toBe(paragraph);
    }
  });

  it("reads the article's lines and overviews asked in passing", async () => {
    expect((await ask("شو مكتوب بالعنوان الصغير اللي بنص الخبر؟")).lead).toContain("الوضع في سوريا");
    expect((await ask("آخر الصفحة في سطر عن مجموعة رؤية… شو اسمها بالكامل؟")).kind).toBe("metadata");
    expect((await ask("لخصلي بسرعة شو أهم الملفات اللي حكوا فيها الوزيرين")).kind).toBe("overview");
    expect((await ask("tl;dr — main topics of the whole thing?")).kind).toBe("overview");
    // «الجهة» names the source only about the article.
    expect((await ask("ما الجهة التي نُقل عنها الخبر؟")).kind).toBe("metadata");
    expect((await ask("وهاي الجهة مع مين بتشتغل؟")).kind).not.toBe("metadata");
  });

  it("answers where the talks were when a wrong place is offered, and the other countries from any passage", async () => {
    for (const q of [
      "وين صار اللقاء بين الوزيرين؟ بعمّان ولا وين بالزبط؟",
      "Where did the talks take place, in Amman?",
    ])
      expect((await ask(q)).lead, q).toMatch(/موسكو|Moscow/);
    const others = await ask("شو البلدان اللي حكوا عنها الوزيرين غير سوريا وفلسطين؟");
    expect(others.quotes[0]?.text).toContain("العراق وليبيا واليمن");
  });

  it("answers who took part in the talks with the two people the lead introduces, and not who else did", async () => {
    for (const q of ["Who attended the talks?", "Who took part in the talks?", "مين شارك في المباحثات؟"]) {
      const answer = await ask(q);
      expect(answer.lead, q).toMatch(/Lavrov|لافروف/);
      expect(answer.lead, q).toMatch(/Safadi|الصفدي/);
      expect(answer.quotes[0]?.paragraph, q).toBe(1);
    }
    expect((await ask("Who else attended the talks besides the two ministers?")).covered).toBe(false);
  });

  it("reads the occasion's adjective as part of the occasion, and «بهاللقاء» as no topic of a summary", async () => {
    const occasion = await ask(
      "في أي مناسبة إعلامية أدلى كبير الدبلوماسيين الروس بتصريحاته بعد انتهاء الاجتماع؟",
    );
    expect(occasion.quotes[0]?.text).toContain("مؤتمره الصحفي المشترك");
    const summary = await ask("لخّصلي أهم الملفات اللي انحكى فيها بهاللقاء");
    expect(summary.quotes.length).toBeGreaterThanOrEqual(5);
  });

  it("reads Levantine «بمين», Iraqi «گالو», a possessive on a metadata word, «بجملتين» and an aside after 'tl;dr'", async () => {
    expect((await ask("بمين اجتمع رئيس الدبلوماسية الأردنية بموسكو؟")).lead).toContain("لافروف");
    expect((await ask("شنو گالو على اللاجئين السوريين؟ واش يرجعو؟")).quotes[0]?.text).toContain("اللاجئين");
    expect((await ask("الصورة المرفقة بالخبر لمين منسوبة؟ مين مصدرها")).quotes[0]?.text).toContain("الصورة:");
    for (const q of [
      "لخصلي الخبر بجملتين لو سمحت",
      "tl;dr? someone shared this in our group and i dont read arabic",
    ]) {
      const answer = await ask(q);
      expect(answer.kind, q).toBe("overview");
      expect(answer.quotes.length, q).toBeGreaterThanOrEqual(5);
    }
  });

  it("meets a Form II verbal noun with its imperfect («ترحيب» ~ «ترحب») and reads a second question after a dash", async () => {
    const first = "ما موقف لافروف من تطبيع العلاقات بين إسرائيل ودول عربية؟";
    const followUp = await pipeline.answerer.ask("وما المحذور الذي نبّه إليه رغم هذا الترحيب؟", {
      history: [{ question: first, answer: await ask(first) }],
    });
    expect(followUp.covered).toBe(true);
    const dash = await ask(
      "Why does the Russian minister say normalization shouldn't be used as an excuse - what must not be forgotten?",
    );
    expect(dash.quotes[0]?.text).toContain("دولة فلسطينية");
  });
});
