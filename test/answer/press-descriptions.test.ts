import { beforeAll, describe, expect, it } from "vitest";
import type { Pipeline } from "../../src/app/composition.js";
import {
  articlePipeline,
  expectCovered,
  expectFirstQuotes,
  expectQuotedWithoutYes,
} from "../helpers/article-pipeline.js";

/**
 * Questions that describe instead of naming, end to end through the offline pipeline: a
 * minister as his country's top diplomat, an idea for security, a follow-up asking where the
 * meeting just asked about takes place, the reaction of a party the article never quotes.
 * Each with a twin that must keep its answer or stay refused.
 */
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await articlePipeline();
});
const ask = (q: string) => pipeline.answerer.ask(q);

describe("questions that describe instead of naming", () => {
  it("reads a country's top diplomat as its minister, even beside his counterpart", async () => {
    const jordanian = await ask("من هو رئيس الدبلوماسية الأردنية الذي اجتمع بنظيره الروسي؟");
    expect(jordanian.lead).toContain("الصفدي");
    expect(jordanian.lead).not.toContain("لافروف");
    // The counterpart asked outright is still the other one.
    expect((await ask("Who is Lavrov's Jordanian counterpart?")).lead).toContain("Safadi");
  });

  it("reads a nation's idea or vision for security as its concept, which the lead names", async () => {
    await expectFirstQuotes(ask, [
      ["ما هي الرؤية الروسية التي بحثها الجانبان بخصوص أمن دول الخليج؟", 1],
      ["What Russian idea for regional security in the Gulf was discussed?", 1],
    ]);
    // The shared vision of the two-state solution is the report's own wording, still found.
    await expectFirstQuotes(ask, [["ما الرؤية المشتركة بين موسكو وعمان حول حل الدولتين؟", 4]]);
  });

  it("answers how deeply Syria was discussed, with no bare yes to a claim the report contradicts", async () => {
    await expectQuotedWithoutYes(
      ask,
      ["هل مرّ الوزيران على الملف السوري مرور الكرام؟", "Was Syria only touched on briefly in the talks?"],
      "بشكل تفصيلي",
    );
    expect((await ask("Was Syria discussed in depth?")).lead).toMatch(/^Yes/);
  });

  it("answers where the meeting asked about will be held, however the follow-up says it", async () => {
    const first = "امتى الاجتماع الجاي بصيغة أستانا؟";
    for (const q of ["وفين هيتعمل؟", "وبأي مدينة رح ينعقد؟"]) {
      const answer = await pipeline.answerer.ask(q, {
        history: [{ question: first, answer: await ask(first) }],
      });
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.text, q).toContain("سوتشي");
    }
    // Alone, a verb of meeting asks about nothing the article names.
    expect((await ask("وفين هيتعمل؟")).covered).toBe(false);
  });

  it("refuses the reaction of a country none of the speakers is from, however it is typed", async () => {
    await expectCovered(
      ask,
      [
        "how did israel react to lavrov's comments on a palestinian state",
        "اسرائيل شو كان ردها على كلام لافروف عن الدوله الفلسطينيه؟",
      ],
      false,
    );
    // Nor the view of a region's states, for which none of the speakers speaks.
    await expectCovered(
      ask,
      [
        "how did the gulf states react to russia's collective security concept?",
        "هل وافقت دول الخليج على المفهوم الروسي للأمن الجماعي؟",
      ],
      false,
    );
    // Nor is what the article never describes, in any case.
    await expectCovered(
      ask,
      ["whats the weather like in moscow in february", "كيف كانت الأجواء خلال المباحثات؟"],
      false,
    );
    // The reaction of the one who speaks is answered.
    await expectCovered(ask, ["What was Lavrov's reaction to the normalization?"], true);
  });

  it("reads the other countries they traded opinions on in Maghrebi chat, and the article's opening line as its headline", async () => {
    await expectFirstQuotes(ask, [["شنو هوما البلدان لخرين اللي تبادلو فيهم الآراء غير سوريا وفلسطين؟", 6]]);
    expect((await ask("ما هو عنوان هذا التقرير أو جملته الافتتاحية؟")).kind).toBe("metadata");
    expect((await ask("Give me a quick rundown of the main subjects the two ministers covered.")).kind).toBe(
      "overview",
    );
    // "Setting aside" one matter, the other hot spots are the crises discussed.
    await expectFirstQuotes(ask, [
      [
        "Setting aside Moscow's security idea for the oil-rich monarchies, which other regional hot spots featured in the conversation?",
        6,
      ],
    ]);
  });

  it("answers a follow-up on the other post he holds, and a source named with a second question", async () => {
    const first = "who is the jordanian foreign minister?";
    const post = await pipeline.answerer.ask("and what other govt post does he hold?", {
      history: [{ question: first, answer: await ask(first) }],
    });
    expect(post.quotes[0]?.text).toContain("نائب رئيس الوزراء");
    // "…according to Lavrov, and who does the Quartet cooperate with?" asks about no meeting of his.
    const quartet = await ask(
      "On what basis should direct talks between Palestinians and Israelis resume, according to Lavrov, and who does the Quartet cooperate with in this?",
    );
    expect(quartet.quotes[0]?.paragraph).toBe(5);
  });

  it("checks only the yes/no clause of a question that asks something else after it", async () => {
    const answer = await ask(
      "Was the Syrian settlement only touched on briefly, and if not, which UN Security Council resolution's principles did Lavrov say any solution must fully comply with?",
    );
    expect(answer.covered).toBe(true);
    expect(answer.quotes[0]?.paragraph).toBe(8);
    // One clause, its last word absent: still no check the article can make.
    expect((await ask("Did Lavrov say any solution must fully comply?")).covered).toBe(false);
  });

  it("refuses a signing the article never reports and a recipe it never gives, and reads chat and dialect fillers", async () => {
    await expectCovered(
      ask,
      [
        "Did Lavrov and Safadi sign any agreements or MoUs during the visit?",
        "هل وقع الوزيران أي اتفاقية خلال الزيارة؟",
        "عطني طريقة عمل المنسف الأردني خطوة بخطوة",
      ],
      false,
    );
    // What they agreed is answered.
    await expectCovered(ask, ["What did Russia and Jordan agree on?"], true);
    expect((await ask("باختصار شديد، شو أهم الملفات اللي انحكى فيها بالخبر؟")).kind).toBe("overview");
    expect((await ask("ما أبرز النقاط التي يتضمنها الجزء الخاص بسوريا من الخبر؟")).kind).toBe("overview");
    expect((await ask("what day of the week + date were the talks held on?")).lead).toContain(
      "3 February 2021",
    );
    // Egyptian «بتاعة» (of) is no word of the topic.
    await expectCovered(ask, ["هو لافروف قال إيه بالظبط عن الاقتراحات الروسية بتاعة الخليج؟"], true);
  });

  it("answers whether a party is a full member with its capacity, and a role glued to a preposition («بدور»)", async () => {
    await expectQuotedWithoutYes(
      ask,
      [
        "هل الأردن عضو كامل العضوية في مسار أستانا الخاص بسوريا؟",
        "Is Jordan a full member of the Astana process?",
      ],
      "بصفة مراقب",
    );
    // A membership the article never speaks of stays refused.
    await expectCovered(ask, ["Is Jordan a member of NATO?"], false);
    await expectFirstQuotes(ask, [["من الذي نوّه بدور رباعية الوسطاء الدوليين في استئناف المفاوضات؟", 5]]);
    // A name the article lacks is still one.
    await expectCovered(ask, ["ماذا قال بشار الأسد عن اللاجئين؟"], false);
  });

  it("refuses the members of a group the article names without listing, and lists the countries it names", async () => {
    await expectCovered(
      ask,
      [
        "Which countries are the guarantors of the Astana process?",
        "which countries are the 'external players' russia wants in the gulf security system?",
        "الرباعيه الدوليه مين الدول اللي فيها؟",
        "which countries are in the Quartet?",
      ],
      false,
    );
    await expectFirstQuotes(ask, [
      ["Which countries did Lavrov and Safadi exchange views on?", 6],
      ["ما الدول التي تبادل الوزيران وجهات النظر بشأنها؟", 6],
      ["Which countries' situations did the ministers discuss besides Syria?", 6],
    ]);
  });

  it("answers what the meeting discussed on a topic from the lead, and what was said on it from the body", async () => {
    await expectFirstQuotes(ask, [
      ["What did Lavrov and Safadi discuss regarding security in the Persian Gulf?", 1],
      ["ما القضية الأساسية التي بحثها الجانبان وفق مطلع الخبر؟", 1],
      ["What Russian idea for regional security in the Gulf was on the table?", 1],
      // What was said on it, and what they discussed on another topic, come from the body.
      ["What did Lavrov say about the Gulf crisis?", 2],
      ["What did they discuss regarding refugees?", 10],
    ]);
  });

  it("answers what the concept sets out with the words that say so, but refuses its parameters themselves", async () => {
    await expectFirstQuotes(ask, [
      ["what does the concept russia promotes actually lay out? and where did lavrov say this", 3],
      ["بحسب لافروف، ما الذي يضبطه التصور الذي تسوّق له موسكو؟", 3],
    ]);
    await expectCovered(
      ask,
      [
        "ما هي المعايير الرئيسية التي يحددها المفهوم الروسي للأمن الجماعي في الخليج؟",
        "What exactly are the key parameters laid out in Moscow's written concept for collective security in the Gulf?",
      ],
      false,
    );
    // Lavrov's words on the concept and its parameters, asked verbatim, are quoted.
    await expectCovered(ask, ["انسخلي حرفيا شو قال لافروف عن المفهوم الروسي ومعاييره"], true);
  });

  it("answers a false claim that Lavrov slammed the normalization with what he said, and no bare yes", async () => {
    await expectQuotedWithoutYes(
      ask,
      [
        "Lavrov slammed the Arab-Israeli normalisation deals, yeah?",
        "Did Lavrov criticize the normalization?",
      ],
      "ترحب بتطبيع",
    );
    expect((await ask("Did Lavrov welcome the normalization?")).lead).toMatch(/^Yes/);
  });

  it("names the party from the nation asked, however their part is worded", async () => {
    for (const q of ["Who represented Russia at these talks?", "Who attended the talks for Russia?"])
      expect((await ask(q)).lead, q).toMatch(/^Sergey Lavrov/);
    expect((await ask("من مثّل الأردن في المباحثات؟")).lead).toContain("الصفدي");
    // A meeting the article only schedules, and a nation that took no part, name no one.
    await expectCovered(ask, ["Who attended the Sochi meeting for Iran?"], false);
  });

  it("dates the reported meeting named by its place, with the date's own nouns beside it", async () => {
    expect((await ask("What weekday and date did the Moscow meeting take place on?")).lead).toContain(
      "3 February 2021",
    );
  });

  it("reads Maghrebi and Egyptian asks, an opening exclusion with «و», and a capital typed in lower case", async () => {
    expect((await ask("ممكن تقولي الخبر ده بيتكلم عن إيه باختصار؟")).kind).toBe("overview");
    await expectFirstQuotes(ask, [
      ["وغير الخليج وفلسطين، أي بلدان عربية أخرى تطرقوا لأوضاعها؟", 6],
      // Amman in lower case is Jordan's capital, not Oman: a party's view.
      ["what is moscow and amman position about two state solution?", 4],
    ]);
    await expectQuotedWithoutYes(
      ask,
      ["هل قال لافروف إن مواقف روسيا والأردن من الأزمة السورية متباعدة؟"],
      "مقاربات وثيقة",
    );
  });

  it("answers whether a party is a guarantor with its capacity, and reads Levantine asks and 'big issues'", async () => {
    await expectQuotedWithoutYes(
      ask,
      [
        "هل الأردن من الدول الضامنة في مسار أستانا؟",
        "Is Jordan one of the guarantors of the Astana process?",
      ],
      "بصفة مراقب",
    );
    await expectCovered(ask, ["هل جاب لافروف سيرة الجامعة العربية لما حكى عن سوريا؟"], true);
    expect((await ask("tl;dr of this article? what were the big issues")).kind).toBe("overview");
    await expectFirstQuotes(ask, [
      ["بشو تتقارب مواقف البلدين بخصوص سوريا غير محاربة الارهاب؟", 10],
      ["ما الأمران اللذان قال الوزير الروسي إن بلاده والمملكة تهتمان بهما في الخليج؟", 2],
    ]);
  });

  it("reads an aside beside a metadata question, an office by its portfolio, and parties named by kind", async () => {
    for (const q of [
      "which news agency is this from? saw it forwarded on a telegram channel with no link",
      "شفت هالخبر بقناة عالتليغرام، من أي وكالة أنباء أصله؟",
    ])
      expect((await ask(q)).kind, q).toBe("metadata");
    expect((await ask("ما اسم الرجل الذي يتولى حقيبة الخارجية في روسيا حسب التقرير؟")).lead).toContain(
      "لافروف",
    );
    // The parties Moscow would include are answered by their kind; its members by name are not there.
    await expectFirstQuotes(ask, [
      ["مَن هي الأطراف التي تقترح موسكو إشراكها في منظومة الأمن الجماعي الخليجية؟", 2],
    ]);
    await expectCovered(ask, ["من هم أعضاء اللجنة الرباعية الدولية للشرق الأوسط؟"], false);
    await expectQuotedWithoutYes(
      ask,
      ["هل مرّ الوزيران على الملف السوري مرور الكرام دون تفاصيل؟"],
      "بشكل تفصيلي",
    );
    expect((await ask("باختصار، إيش اللي جا في قسم سوريا؟")).kind).toBe("overview");
  });
  it("reads a matter that concerns two capitals, a pretext for forgetting, and a Maghrebi «وفاش من»", async () => {
    await expectFirstQuotes(ask, [
      ["شنو يهم الأردن وروسيا في الخليج؟ وش يبون يحققون؟", 2],
      ["مين اللي حذّر إنه التطبيع ما لازم يصير ذريعة لتناسي قيام دولة فلسطين؟", 4],
      ["شكون خاصهم يحلو مشاكل سوريا، وفاش من إطار؟", 8],
      ["هل يؤيد الطرفان المضي قدما في خيار الدولتين؟", 4],
    ]);
    // A misattributed claim worded apart from the report is corrected with its speaker's words.
    const misattributed = await ask(
      "هل قال الصفدي إن البلدين معنيان بتخطي الأزمة في الخليج وتأمين الاستقرار؟",
    );
    expect(misattributed.covered).toBe(true);
    expect(misattributed.lead).toContain("لافروف");
  });

  it("dates the negotiations as the reported meeting, and follows 'it' into what it could get going again", async () => {
    expect((await ask("Where did the negotiations take place?")).lead).toContain("Moscow");
    const first = "What did Lavrov say about the Quartet?";
    const followUp = await pipeline.answerer.ask("and what could it help get going again?", {
      history: [{ question: first, answer: await ask(first) }],
    });
    expect(followUp.quotes[0]?.paragraph).toBe(5);
  });
  it("reads a capital's view where its minister speaks, the occasion of statements, and a follow-up pointing back", async () => {
    // Moscow's view is held where «الوزير الروسي» speaks on Syria.
    await expectCovered(ask, ["ايش موقف موسكو من سوريا؟"], true);
    await expectFirstQuotes(ask, [["بأي مناسبة أدلى الوزير الروسي بهذه التصريحات؟", 3]]);
    const first = "شو رأي روسيا بالتطبيع بين إسرائيل والدول العربية؟";
    const followUp = await pipeline.answerer.ask("طيب وفي تحفظ حكى عنه بهالخصوص؟", {
      history: [{ question: first, answer: await ask(first) }],
    });
    expect(followUp.quotes[0]?.paragraph).toBe(4);
  });

  it("reads an office by its capacity («الصفة الحكومية»), mediators named as one body, and a track as its process", async () => {
    expect((await ask("شو الصفة الحكومية الثانية للصفدي غير وزير الخارجية؟")).lead).toContain(
      "نائب رئيس الوزراء",
    );
    await expectFirstQuotes(ask, [
      ["مين هم الوسطاء اللي أكد لافروف على دورهم؟", 5],
      ["بأي صفة يشارك الأردن في مسار أستانا؟", 9],
    ]);
    // The members of a body the article names without listing are still not there.
    await expectCovered(ask, ["من هم أعضاء الرباعية الدولية؟"], false);
  });
  it("reads an office by its portfolio or position, who must solve Syria's problems, and members by a count", async () => {
    for (const q of ["ما الحقيبتان اللتان يتولاهما الوزير الأردني؟", "أي موقع آخر في الحكومة يشغله الصفدي؟"])
      expect((await ask(q)).quotes[0]?.text, q).toContain("نائب رئيس الوزراء");
    await expectFirstQuotes(ask, [["مين اللي لازم يحل مشاكل سوريا بحسب لافروف؟", 8]]);
    // The parties making up the Quartet, asked with a count, are still not there.
    await expectCovered(ask, ["مين الأطراف الأربعة اللي بتتكون منها الرباعية الدولية؟"], false);
  });
  it("reads a verb whose own last letter is «ل» whole, misspelt 'discus', and a follow-up on the references of talks", async () => {
    expect((await ask("شو المنصب التاني اللي بيحمله الصفدي؟")).quotes[0]?.text).toContain(
      "نائب رئيس الوزراء",
    );
    expect((await ask("which other countrys did they discus besides syria?")).quotes[0]?.text).toContain(
      "العراق",
    );
    const first = "ما دور رباعية الوسطاء الدوليين؟";
    const followUp = await pipeline.answerer.ask("وعلى أي مرجعيات لازم ترجع المفاوضات؟", {
      history: [{ question: first, answer: await ask(first) }],
    });
    expect(followUp.quotes[0]?.paragraph).toBe(5);
  });
  it("reads a headline asked beside the gist, a label's number with «و», a quote passed on «زي ما هو», and 'when talking'", async () => {
    expect((await ask("شو عنوان هالخبر؟ عن شو بيحكي بالمختصر؟")).kind).toBe("metadata");
    expect((await ask("القرار اللي ذكره لافروف عن سوريا رقمو كم؟")).lead).toContain("2254");
    expect((await ask("فيك تنقل لي نص كلام لافروف عن اللاجئين؟")).kind).toBe("quotes");
    // «كما ورد في الخبر» only says where: the name is asked, not a quote.
    expect((await ask("ما الاسم الكامل لوزير الخارجية الأردني كما ورد في الخبر؟")).kind).not.toBe("quotes");
    await expectCovered(ask, ["Why did Lavrov mention the Arab League when talking about Syria?"], true);
    expect((await ask("Where did the two ministers sit down together?")).lead).toContain("Moscow");
    expect((await ask("امتى الاجتماع الجاي بصيغة استانه؟")).lead).toContain("فبراير");
    expect((await ask("عطني زبدة اللي قالوه عن سوريا")).kind).toBe("overview");
  });
});
