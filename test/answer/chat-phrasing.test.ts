import { beforeAll, describe, expect, it } from "vitest";
import type { Pipeline } from "../../src/app/composition.js";
import { articlePipeline } from "../helpers/article-pipeline.js";

/**
 * Kinds of questions as people type them in a chat, end to end through the offline pipeline:
 * a guess at who said something, "which other countries besides…", an office asked with its
 * government, lines of the article described by place, chat shorthand. Each with a twin that
 * must stay refused.
 */
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await articlePipeline();
});
const ask = (q: string) => pipeline.answerer.ask(q);

describe("questions typed in a chat", () => {
  it("answers a wrong guess at the speaker with who did say it, and not what someone never said", async () => {
    for (const q of [
      "هل الصفدي هو اللي قال إن عمان وموسكو عندهم رؤيه مشتركه عن حل الدولتين؟",
      "مين اللي قال إنو روسيا والأردن مهتمين يطلعوا من أزمة الخليج؟ الصفدي؟",
    ]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.lead, q).toMatch(/^لا،/);
      expect(answer.lead, q).toContain("لافروف");
      expect(answer.quotes[0]?.speaker?.ar, q).toContain("لافروف");
    }
    // What the article never quotes him on stays not covered, with who did speak on it.
    expect((await ask("What did Safadi say about refugees?")).covered).toBe(false);
  });

  it("lists the other countries when some are excluded, before the question or after it", async () => {
    for (const q of [
      "besides syria and palestine which other countries did they swap views on?",
      "غير سوريا وفلسطين، شو البلاد العربيه التانية يلي تبادلو الآراء حولها؟",
    ]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.text, q).toContain("العراق");
    }
    expect((await ask("besides syria, which countries sent troops to Libya?")).covered).toBe(false);
  });

  it("answers an office asked with its government and country, and not an earlier one", async () => {
    for (const q of [
      "ما المنصب الحكومي الآخر الذي يشغله الصفدي؟",
      "Who is Jordan's top diplomat here, and what other government post does he hold?",
    ]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.text, q).toContain("نائب رئيس الوزراء");
    }
    expect((await ask("What government post did Safadi hold before?")).covered).toBe(false);
  });

  it("reads a subheading or the rubric described by place as the article's own lines", async () => {
    const heading = await ask("theres a little subheading halfway thru the article, what does it say?");
    expect(heading.kind).toBe("metadata");
    expect(heading.quotes[0]?.text).toBe("الوضع في سوريا");
    const rubric = await ask("شنو هاي الجملة اللي بآخر الخبر عن روسيا والعالم الإسلامي؟ شنو اسم المجموعة؟");
    expect(rubric.kind).toBe("metadata");
    expect(rubric.quotes[0]?.text).toContain("مجموعة الرؤية الاستراتيجية");
    // Who heads the group the line names is not in the article.
    expect((await ask("من يرأس مجموعة الرؤية الاستراتيجية روسيا - العالم الإسلامي؟")).covered).toBe(false);
  });

  it("answers the occasion of a statement with the event it was made at, not the city", async () => {
    for (const q of [
      "في أي مناسبة ادلى لافروف بتصريحاتو عن المفهوم الروسي بعد انتهاء اللقاء؟",
      "أين أدلى لافروف بتصريحاته بعد المحادثات؟",
      "At what event did Lavrov speak to reporters once the talks were over?",
    ]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.text, q).toContain("مؤتمره الصحفي");
    }
    expect((await ask("أين جرت المحادثات؟")).lead).toContain("موسكو");
  });

  it("reads the visiting party as «الضيف» and a round of talks as the meeting", async () => {
    const guest = await ask("شو المنصب التاني يلي بيشغلو الضيف الأردني؟");
    expect(guest.quotes[0]?.text).toContain("نائب رئيس الوزراء");
    const round = await ask("طيب والجوله الجاي إمتى ووين رح تنعقد؟");
    expect(round.covered).toBe(true);
    expect(round.quotes[0]?.text).toContain("سوتشي");
  });

  it("reads Maghrebi, Egyptian and Levantine asides and a preamble as framing", async () => {
    const photo = await ask("مين اللي مصوّر الصورة اللي مع الخبر ده؟ ولا هي جاية من جهة رسمية؟");
    expect(photo.kind).toBe("metadata");
    expect(photo.quotes[0]?.text).toContain("وزارة الخارجية الروسية");
    expect((await ask("عافاك عطيني ملخص قصير على شنو هضرو لافروف والصفدي")).kind).toBe("overview");
    expect((await ask("فين تلاقاو الوزرا بجوج؟ فاش من مدينة؟")).lead).toContain("موسكو");
    const brief = await ask(
      "I'm writing a short brief for my boss: who met whom, in which city, and on what date?",
    );
    expect(brief.quotes[0]?.text).toContain("موسكو");
    expect((await ask("What's the date of the talks? Give me the day of the week too.")).lead).toContain(
      "Wednesday",
    );
  });

  it("follows up on the person a 'who' answer named, and refuses the members of a body it never lists", async () => {
    const first = "مع مين اجتمع لافروف بموسكو؟";
    const history = [{ question: first, answer: await ask(first) }];
    const office = await pipeline.answerer.ask("وشو منصبه بالضبط؟", { history });
    expect(office.lead).toContain("نائب رئيس الوزراء");
    // A glued «ل» before a title is a preposition: «الاسم الكامل لرئيس الدبلوماسية الأردنية».
    expect((await ask("ما الاسم الكامل لرئيس الدبلوماسية الأردنية؟")).lead).toContain("الصفدي");
    for (const q of [
      "ما هي الأطراف التي تتكون منها رباعية الوسطاء الدوليين؟",
      "Who are the members of the international Quartet of mediators?",
    ])
      expect((await ask(q)).covered, q).toBe(false);
    const rubric = await ask(
      "What series or section label appears near the bottom of the page, above the credits?",
    );
    expect(rubric.quotes[0]?.text).toContain("مجموعة الرؤية الاستراتيجية");
  });

  it("reads more dialect, overview and metadata phrasing", async () => {
    const first = "لافروف والصفدي اتقابلوا فين؟";
    expect((await ask(first)).lead).toContain("موسكو");
    expect((await ask("شو عنوان الخبر؟ابعتلي ياه")).kind).toBe("metadata");
    expect((await ask("لخصلي الخبر بسطرين، شو اهم المواضيع؟")).kind).toBe("overview");
    const outline = await ask("ما الخطوط العريضة لموقف الطرفين من الأزمة السورية كما عرضها التقرير؟");
    expect(outline.kind).toBe("overview");
    expect((await ask("ضمن أي سلسلة أو باب نُشرت هذه المادة في آخر الصفحة؟")).kind).toBe("metadata");
    const listed = await ask("عدّد الدول العربية التي استعرض الوزيران الأوضاع فيها إلى جانب الملف السوري.");
    expect(listed.quotes[0]?.text).toContain("العراق");
    const said = await ask("الصفدي هو اللي قال لازم نقضي على بؤر الارهاب بسوريا؟");
    expect(said.covered).toBe(true);
    expect(said.lead).toMatch(/^لا،/);
  });

  it("refuses what a cited document says, and a reaction the article never reports", async () => {
    for (const q of [
      "what does resolution 2254 actually say",
      "ايش ينص عليه قرار 2254 بالتفصيل؟",
      "ما هي البنود الأساسية لمبادرة السلام العربية؟",
      "شو كان رد الصفدي على كلام لافروف عن أمن الخليج؟",
      "How did Israel react to Lavrov's remarks on the Palestinian state?",
    ])
      expect((await ask(q)).covered, q).toBe(false);
    // Which document was cited, and a quote request on «نص كلامه», stay answered.
    expect((await ask("Which resolution did Lavrov cite?")).quotes[0]?.text).toContain("2254");
    expect((await ask("انقل لي نص كلام لافروف حرفياً عن بؤر الإرهاب في سوريا")).covered).toBe(true);
  });

  it("reads a rundown with a detailing list as an overview of its topic", async () => {
    const rundown = await ask(
      "Could you give me a rundown of what the Russian minister said on Syria: the political track, the Astana format and the humanitarian side?",
    );
    expect(rundown.kind).toBe("overview");
    expect(rundown.quotes.length).toBeGreaterThanOrEqual(2);
  });

  it("gives the whole overview when a summary names only the talks and their parties", async () => {
    const whole = await ask("لخّص لي في نقاط أبرز المحاور التي تناولتها المباحثات الروسية الأردنية.");
    expect(whole.kind).toBe("overview");
    expect(whole.quotes.length).toBeGreaterThanOrEqual(4);
    // A topic beside a party still restricts it.
    const syria = await ask("لخص موقف روسيا من سوريا");
    expect(syria.quotes.every((q) => q.paragraph >= 7)).toBe(true);
  });

  it("reads chat shorthand", async () => {
    expect((await ask("tl;dr? what were the main topics they went over")).kind).toBe("overview");
    const answer = await ask("wat did lavrov say abt the return of refugees n rebuilding");
    expect(answer.covered).toBe(true);
    expect(answer.quotes[0]?.text).toContain("لعودة اللاجئين");
  });
});
