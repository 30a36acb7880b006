import { beforeAll, describe, expect, it } from "vitest";
import type { Pipeline } from "../../src/app/composition.js";
import { articlePipeline, expectCovered, expectFirstQuotes } from "../helpers/article-pipeline.js";

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

describe("questions in readers' own vocabulary", () => {
  it("reads the meeting with a possessive («لقائهما») as the meeting itself", async () => {
    const overview = await ask("لخّص لي أهم الملفات التي بحثها لافروف والصفدي في لقائهما.");
    expect(overview.kind).toBe("overview");
    expect(overview.quotes.length).toBeGreaterThanOrEqual(5);
    expect((await ask("أين كان لقاؤهما؟")).lead).toContain("موسكو");
  });

  it("reads Maghrebi and Iraqi chat, chat abbreviations, and a 'sum up' with a dashed list", async () => {
    await expectFirstQuotes(ask, [
      ["شكون خاصو يحل مشاكل سوريا؟", 8],
      ["اكو دول ثانية حچوا عنها؟", 6],
      ["unsc res number for syria?", 8],
    ]);
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
    await expectCovered(
      ask,
      [
        "Why did Lavrov cancel his trip to Amman?",
        "when safadi became foreign minister?",
        "did the sochi meeting in feb succeed",
      ],
      false,
    );
  });

  it("refuses the reaction of a nation's body none of the speakers is from, and what the text never dates or lists", async () => {
    await expectCovered(
      ask,
      [
        "كيف ردّت الحكومة الإسرائيلية على كلام لافروف عن الدولة الفلسطينية؟",
        "How did the Israeli government react to Lavrov's remarks on a Palestinian state?",
        "What year was UN Security Council resolution 2254 adopted?",
        "what exactly are the parameters of russias gulf security concept",
        "What did the mid-February Sochi meeting end up agreeing on?",
        "Did Safadi invite Lavrov to visit Amman?",
      ],
      false,
    );
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
    // A caveat names no topic of its own: the previous topic's passage holds it.
    expect(followUp.quotes[0]?.text).toContain("دولة فلسطينية");
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
    await expectFirstQuotes(ask, [
      ["هو الاجتماع ده اتعمل يوم إيه وتاريخ كام؟", 1],
      ["هي المقابلة دي حصلت يوم إيه بالظبط؟ عايز التاريخ", 1],
      ["غير سوريا وفلسطين، وش الدول الثانية اللي سولفوا عنها؟", 6],
      ["آش بغات موسكو من العالم يدير فبلاد الرافدين وليبيا واليمن؟", 6],
      ["لماذا قرر الطرفان العمل يداً بيد في أزمات المنطقة؟", 6],
      ["On the Palestine question, what do Moscow and the Hashemite kingdom see eye to eye on?", 4],
      ["Apart from Syria and Palestine, which other trouble spots in the region came up?", 6],
      ["ok and what does moscow want the rest of the world to do in iraq, libya and yemen?", 6],
    ]);
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

  it("reads 'the first sentence' as the opening paragraph, «بيها», «الاراء» without hamza and «في الآخر»", async () => {
    for (const q of [
      "ابعتلي اول جمله بالخبر زي ما هي بالظبط من غير تعديل",
      "Give me the opening sentence of the article",
    ]) {
      const answer = await ask(q);
      expect(answer.kind, q).toBe("quotes");
      expect(
        answer.quotes.map((x) => x.paragraph),
        q,
      ).toEqual([1]);
    }
    await expectFirstQuotes(ask, [
      ["غير سوريا وفلسطين، ايش الدول الثانيه اللي تبادلو الاراء عنها؟", 6],
      ["لافروف قال إيه في الآخر عن سوريا؟ عايز النقط", 10],
      ["شنو النقاط اللي متقاربين بيها الطرفين بخصوص سوريا؟ عدّدهن", 10],
    ]);
  });

  it("answers where the ministers met asked with a plural verb («وين اجتمعوا الوزيرين؟»)", async () => {
    expect((await ask("وين اجتمعوا الوزيرين؟")).lead).toContain("موسكو");
  });

  it("reads the dialects' «ملف», «انبحث», «تلخصلي» and «كتير», and 'the Jordanian guy'", async () => {
    await expectFirstQuotes(ask, [
      ["هل الوزير الأردني هو اللي قال إن ملف سوريا انبحث بالتفصيل؟", 8],
      ["ممكن تلخصلي اللي اتقال عن سوريا في الاجتماع ده؟ باختصار", 8],
      ["Besides being foreign minister, what other job does the Jordanian guy have?", 1],
    ]);
    // Its twin about someone the article never names stays refused.
    expect((await ask("ما الملف الذي انبحث مع الوزير المصري؟")).covered).toBe(false);
  });

  it("answers a choice of speakers with who said it, opening at the words that name him", async () => {
    const answer = await ask("من الذي تحدث عن عودة اللاجئين وإعادة إعمار سوريا: الوزير الأردني أم الروسي؟");
    expect(answer.lead.startsWith("لا")).toBe(false);
    expect(answer.lead).toContain("لافروف");
    expect(answer.quotes[0]?.text).toContain("وزير الخارجية الروسي");
    expect(
      (await ask("هل الصفدي هو اللي قال إن المشاورات بشأن سوريا كانت مفصلة؟")).lead.startsWith("لا"),
    ).toBe(true);
  });

  it("gives no bare 'yes' to a negated claim, and reads 'still' and 'anymore' as no topic", async () => {
    const answer = await ask(
      "so lavrov basically said after normalisation a palestinian state is not needed anymore, right?",
    );
    expect(answer.covered).toBe(true);
    expect(answer.lead.startsWith("Yes")).toBe(false);
    expect(answer.quotes[0]?.text).toContain("دولة فلسطينية");
    expect(
      (await ask("Did Lavrov say a Palestinian state must not be forgotten?")).lead.startsWith("Yes"),
    ).toBe(false);
    expect((await ask("Did Lavrov say a Palestinian state should be remembered?")).covered).toBe(true);
  });

  it("answers the date asked beside the weekday, and refuses a document's or a proposal's content", async () => {
    expect(
      (await ask("What day of the week did the two ministers meet, and what was the date?")).lead,
    ).toContain("3 February 2021");
    for (const q of [
      "What does the Arab Peace Initiative actually propose?",
      "What are the actual parameters of Russia's Gulf collective security concept, like the main points of it?",
    ])
      expect((await ask(q)).covered, q).toBe(false);
    // Who said the words that name the parameters is asked of the text.
    const who = await ask(
      "Who said Russia is pushing a concept that lays out the main parameters of the proposal, Lavrov or Safadi?",
    );
    expect(who.covered).toBe(true);
    expect(who.quotes[0]?.paragraph).toBe(3);
  });

  it("says the article does not quote someone whose exact words are asked and it never quotes", async () => {
    const answer = await ask("شو قال الصفدي بالحرف عن المقترح الروسي لأمن الخليج؟");
    expect(answer.covered).toBe(false);
    expect(answer.lead).toContain("لا ينقل المقال عن");
    // Lavrov's words are quoted, whatever they match.
    expect((await ask("انسخ لي كلام لافروف عن اللاجئين")).covered).toBe(true);
  });

  it("reads two capitals side by side as their countries, a capital alone as a place, and drops a vocative", async () => {
    await expectFirstQuotes(ask, [
      ["according to the russian FM what are moscow and amman both keen on re the gulf?", 2],
      ["حسب الوزير الروسي، ما الذي يشغل موسكو وعمّان فيما يخص منطقة الخليج؟", 2],
      ["شو رأي موسكو وعمّان بحل الدولتين يا ابني؟", 4],
    ]);
    const amman = await ask("Were the talks held in Amman?");
    expect(amman.lead.startsWith("Yes")).toBe(false);
    expect(amman.lead).toContain("Moscow");
  });

  it("answers a follow-up placing itself in the previous topic from that topic's passage", async () => {
    const first = "شو قال لافروف عن رجعة اللاجئين السوريين؟";
    const followUp = await pipeline.answerer.ask("وجامعة الدول العربية شو ممكن تعمل بهالموضوع؟", {
      history: [{ question: first, answer: await ask(first) }],
    });
    expect(followUp.quotes[0]?.paragraph).toBe(10);
    // After a question on the Palestinians, the same words find the Quartet's passage.
    const palestinian = "شو قال لافروف عن المفاوضات بين الفلسطينيين والإسرائيليين؟";
    const other = await pipeline.answerer.ask("وجامعة الدول العربية شو ممكن تعمل بهالموضوع؟", {
      history: [{ question: palestinian, answer: await ask(palestinian) }],
    });
    expect(other.quotes[0]?.paragraph).toBe(5);
  });

  it("reads newsroom paraphrases: hotbeds of terrorism, close positions, foreign parties, a caveat", async () => {
    await expectFirstQuotes(ask, [
      ["أي من الوزيرين تحدث عن ضرورة استئصال بؤر الإرهاب المتبقية في سوريا؟", 10],
      ["شو الأمور اللي قال لافروف إن مواقفهم قريبة كتير فيها بسوريا؟", 10],
      ["هل تقتصر المقترحات الروسية لأمن الخليج على دول المنطقة فقط دون أي طرف أجنبي؟", 2],
      ["What caveat did Lavrov attach to welcoming those normalization deals?", 4],
    ]);
    // A negated claim gets the passage, not a "yes".
    expect(
      (await ask("هل تقتصر المقترحات الروسية لأمن الخليج على دول المنطقة فقط دون أي طرف أجنبي؟")).lead,
    ).not.toMatch(/^نعم/);
    // Hotbeds of tension are no terrorism: still refused.
    expect((await ask("ماذا قال لافروف عن بؤر التوتر في أفريقيا؟")).covered).toBe(false);
  });

  it("reads Maghrebi words, a verb after «عم», 'a few' «كم», a preamble about the asker and membership", async () => {
    await expectFirstQuotes(ask, [
      ["شنو قال لافروف على الإرهاب ف سوريا؟ واش كاين اتفاق بيناتهم؟", 10],
      ["مين اللي قال انهم نبهوا للفكرة اللي روسيا عم تسوقلها؟", 3],
      ["شو كان رأي لافروف بالتطبيع بين اسرائيل وكم دولة عربية؟", 4],
      ["was Lavrov speaking at a solo presser or a joint one w/ his counterpart?", 3],
    ]);
    const minute = await ask("I only have one minute: what were the key points on Syria?");
    expect(minute.kind).toBe("overview");
    const first = "What role does Jordan play in the Astana process?";
    const member = await pipeline.answerer.ask("jordan is member there?", {
      history: [{ question: first, answer: await ask(first) }],
    });
    expect(member.quotes[0]?.text).toContain("بصفة مراقب");
    expect((await ask("Is Jordan a member of NATO?")).covered).toBe(false);
  });

  it("lists the countries asked how many of, and gives no 'yes' to a claim on everything", async () => {
    await expectFirstQuotes(ask, [
      ["How many countries did they discuss besides Syria?", 6],
      ["كم دولة ناقشوا غير سوريا؟", 6],
    ]);
    expect((await ask("Did Lavrov and Safadi agree on everything?")).lead.startsWith("Yes")).toBe(false);
  });

  it("reads an overview asked after a colon or as «عرضاً موجزاً للمحاور», the two men, and Iraqi «گعد ويا»", async () => {
    for (const q of [
      "بدي ملخص سريع: شو أبرز الملفات اللي فتحها وزير خارجية روسيا مع نظيره الأردني بهاللقاء؟",
      "قدّم لي عرضاً موجزاً للمحاور الرئيسية التي دار حولها الحديث بين الطرفين بشأن الأزمة السورية.",
    ])
      expect((await ask(q)).kind, q).toBe("overview");
    expect((await ask("متى التقى الرجلان بالضبط، يوماً وتاريخاً؟")).lead).toContain("3 فبراير");
    expect(
      (await ask("شنو الاسم الكامل مال وزير خارجية الأردن اللي گعد ويا لافروف؟")).quotes[0]?.text,
    ).toContain("أيمن حسين عبد الله الصفدي");
    await expectFirstQuotes(ask, [
      ["بعيداً عن سوريا وفلسطين، ما البلدان العربية الأخرى التي تطرق الوزيران إلى أحوالها؟", 6],
    ]);
  });

  it("reads 'how much detail' as how, 'the Jordanian visitor' and «من المتحدث الذي»", async () => {
    await expectFirstQuotes(ask, [
      ["How much detail they go into about settling the Syrian conflict?", 8],
      [
        "Apart from being the kingdom's chief diplomat, what other cabinet-level title does the Jordanian visitor hold?",
        1,
      ],
      ["من المتحدث الذي عبّر عن رضاه عن أشكال التعاون في مسار أستانا؟", 9],
    ]);
    // A count is still a count.
    expect((await ask("How much money did Russia pledge to Syria?")).covered).toBe(false);
  });

  it("answers a wrong place guessed for the coming meeting with the place the article gives", async () => {
    for (const q of [
      "Will the next Astana meeting be held in Tehran?",
      "Is the next Astana round in Tehran or Sochi?",
      "هل سيعقد الاجتماع المقبل في طهران؟",
      "هل ذكر الوزير الروسي أن الجولة المقبلة من محادثات أستانا ستستضيفها طهران؟",
    ]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.lead, q).not.toMatch(/^(?:Yes|نعم)/);
      expect(answer.quotes[0]?.text, q).toContain("سوتشي");
    }
    // A visit asked about, and options the article holds neither of, stay refused.
    expect((await ask("When will Lavrov visit Tehran?")).covered).toBe(false);
    expect(
      (await ask("Did Russia and Jordan sign any trade or arms agreements during the visit?")).covered,
    ).toBe(false);
  });

  it("reads a topic overview without its speaker, 'which 3 countries', «ضمن أي هيئة», and who held the talks", async () => {
    await expectFirstQuotes(ask, [
      ["can u summarize what the russian FM said on the palestinian issue", 4],
      ["اعطني ملخص لكل اللي قاله وزير الخارجية الروسي عن الملف السوري", 8],
      ["which 3 countries apart from syria did the FMs exchange views on?", 6],
      ["ضمن أي هيئة يُفترض أن يتحاور السوريون فيما بينهم حسب تصريحات لافروف؟", 8],
    ]);
    const russian = await ask("Who is the Russian foreign minister who held these talks?");
    expect(russian.lead).toContain("Lavrov");
    // "the person that Lavrov met" is still the other party.
    expect((await ask("Who was the person that Lavrov met?")).lead).toContain("Safadi");
  });

  it("reads satisfaction voiced in other words and negotiations back at the table", async () => {
    await expectFirstQuotes(ask, [
      ["مين اللي عبّر عن الرضا عن أشكال التعاون في إطار أستانا؟", 9],
      ["Who voiced contentment with how the two countries cooperate in the Astana process?", 9],
      [
        "Which international mediating body did they say could be really important for getting Israelis and Palestinians back to the table?",
        5,
      ],
    ]);
  });

  it("answers where the two ministers met with the city, not the region the lead names first, and the exact date", async () => {
    for (const q of ["Where did the two ministers meet?", "In what city were the two ministers meeting?"]) {
      const answer = await ask(q);
      expect(answer.lead, q).toContain("Moscow");
      expect(answer.lead, q).not.toContain("Gulf");
    }
    for (const q of [
      "What was the exact date of the meeting?",
      "What was the exact date of the meeting (day of week too)?",
    ])
      expect((await ask(q)).lead, q).toContain("3 February 2021");
  });

  it("reads the main points that came out of the meeting («طلعت») as an overview, not a topic", async () => {
    expect((await ask("ايش أهم النقاط اللي طلعت من هالاجتماع؟")).kind).toBe("overview");
    // What came of a meeting still to come stays refused.
    expect((await ask("ما نتائج اجتماع سوتشي؟")).covered).toBe(false);
  });
});
