import { beforeAll, describe, expect, it } from "vitest";
import type { Pipeline } from "../../src/app/composition.js";
import { articlePipeline } from "../helpers/article-pipeline.js";

/**
 * Kinds of questions on the article, end to end through the offline pipeline: the event's place
 * asked with a hosting verb, a person's name, one thing someone cited. Each kind in both
 * languages, with an out-of-scope twin that must stay refused.
 */
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await articlePipeline();
});
const ask = (q: string) => pipeline.answerer.ask(q);

describe("questions about the event, a name, one cited thing", () => {
  it("answers which city hosted the talks from the lead, and refuses another event's host", async () => {
    for (const q of [
      "What city hosted the talks?",
      "أي مدينة استضافت المحادثات؟",
      "In what city did the ministers meet?",
    ]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.quotes[0]?.text, q).toContain("موسكو");
      expect(answer.lead, q).toMatch(/Moscow|موسكو/);
    }
    for (const q of ["Which city hosted the Arab League summit?", "أي مدينة استضافت قمة الجامعة العربية؟"])
      expect((await ask(q)).covered, q).toBe(false);
  });

  it("gives a person's full name from the apposition that introduces them", async () => {
    const ar = await ask("ما الاسم الكامل للصفدي؟");
    expect(ar.covered).toBe(true);
    expect(ar.lead).toContain("أيمن حسين عبد الله الصفدي");
    const en = await ask("What is Safadi's full name?");
    expect(en.quotes[0]?.text).toContain("أيمن حسين عبد الله الصفدي");
    expect((await ask("What is the name of Safadi's wife?")).covered).toBe(false);
  });

  it("answers which resolution was cited with that one quote, not a round-up or the passages", async () => {
    for (const q of ["Which resolution did Lavrov cite?", "ما هو القرار الذي ذكره لافروف؟"]) {
      const answer = await ask(q);
      expect(answer.kind, q).toBe("answer");
      expect(answer.quotes[0]?.text, q).toContain("2254");
    }
  });

  it("does not take a noun after 'at' for a place the lead lacks", async () => {
    // "at the press conference" names no venue: no "No." from the lead's «موسكو».
    const answer = await ask("Did Safadi speak at the press conference?");
    expect(answer.lead).not.toMatch(/^No\b/);
    expect((await ask("Were the talks held in amman?")).lead).toMatch(/^No\b/);
    // A name that is no place or day of the event ("meet Prime Minister X") gets no "No." either.
    const other = await ask("Did Lavrov meet Prime Minister Mishustin during the talks?");
    expect(other.lead).not.toMatch(/^No\b/);
  });

  it("summarises the part about a topic with the topic alone as its label", async () => {
    const en = await ask("Summarize the part about Syria");
    expect(en.kind).toBe("overview");
    expect(en.lead).toContain('"Syria"');
    const ar = await ask("لخص القسم المتعلق بفلسطين");
    expect(ar.kind).toBe("overview");
    expect(ar.quotes[0]?.text).toContain("الفلسطينية");
  });

  it("finds an English quote request's topic in the translation where the dictionary misreads it", async () => {
    // "League" is «الاتحاد» to the dictionary; the translation of «جامعة الدول العربية» says it.
    const answer = await ask("quote Lavrov on the Arab League");
    expect(answer).toMatchObject({ kind: "quotes", confidence: "high" });
    expect(answer.quotes.length).toBeGreaterThanOrEqual(2);
    for (const quote of answer.quotes) expect(quote.text).toContain("جامعة الدول العربية");
  });

  it("reads dialect and MSA verbs of speaking as asking for someone's words", async () => {
    // Safadi is never quoted: no «نعم» over the agency's narration.
    for (const q of ["هل تكلم الصفدي؟", "شو حكى الصفدي؟"]) {
      const answer = await ask(q);
      expect(answer.lead, q).not.toMatch(/^نعم/);
      expect(
        answer.quotes.every((quote) => quote.speaker?.ar !== "أيمن حسين عبد الله الصفدي"),
        q,
      ).toBe(true);
      expect(answer.confidence, q).toBe("low");
    }
  });

  it("says the article never quotes someone as not covered, offering who did speak on it", async () => {
    const answer = await ask("What did Safadi say about the refugees?");
    expect(answer.covered).toBe(false);
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.quotes.every((q) => q.speaker?.en !== "Ayman Safadi")).toBe(true);
    const { renderAnswerForTerminal } = await import("../../src/render/terminal.js");
    // The quotes offered are shown, not hidden as a refusal's would be.
    expect(renderAnswerForTerminal(answer)).toContain(answer.quotes[0]?.text ?? "—");
  });

  it("refuses a stance on something the article never names, answers one on what it names", async () => {
    for (const q of [
      "ما موقف روسيا من الانتخابات الأردنية؟",
      "What is Russia's position on the elections in Jordan?",
    ])
      expect((await ask(q)).covered, q).toBe(false);
    expect((await ask("ما موقف روسيا من اللاجئين؟")).covered).toBe(true);
  });

  it("dates what the article reports, and refuses a date of what it never reports", async () => {
    // The visit is the reported meeting: its day is the lead's.
    const visit = await ask("متى كانت زيارة الصفدي لموسكو؟");
    expect(visit.covered).toBe(true);
    expect(visit.lead).toContain("3 فبراير");
    // The press conference has no date of its own: not the next meeting's «منتصف فبراير».
    const conference = await ask("متى عقد المؤتمر الصحفي؟");
    expect(conference.covered).toBe(true);
    expect(conference.lead).not.toContain("منتصف فبراير");
    // A coming meeting is dated by its own passage.
    expect((await ask("ما موعد الاجتماع المقبل؟")).lead).toContain("منتصف فبراير");
    for (const q of [
      "متى أصبح الصفدي وزيرا للخارجية؟",
      "في أي سنة أقيمت العلاقات الدبلوماسية بين روسيا والأردن؟",
    ])
      expect((await ask(q)).covered, q).toBe(false);
  });

  it("reads 'according to' and dialect 'for' as framing, and refuses what the meeting's setting cannot answer", async () => {
    for (const q of ["وش اقترحت روسيا عشان أمن الخليج؟", "ماذا قال لافروف حسب الخبر عن اللاجئين؟"])
      expect((await ask(q)).covered, q).toBe(true);
    for (const q of ["شو كان الطقس في موسكو يوم الأربعاء؟", "من ترجم خلال المباحثات؟"])
      expect((await ask(q)).covered, q).toBe(false);
    expect((await ask("من حضر المباحثات؟")).covered).toBe(true);
  });

  it("refuses what came of a meeting the article only schedules; what came of the talks is the overview", async () => {
    for (const q of ["ما نتائج اجتماع سوتشي؟", "What was decided at the Sochi meeting?"])
      expect((await ask(q)).covered, q).toBe(false);
    for (const q of ["ما نتائج المباحثات؟", "What came out of the talks?"]) {
      const answer = await ask(q);
      expect(answer.kind, q).toBe("overview");
      expect(new Set(answer.quotes.map((quote) => quote.paragraph)).size, q).toBeGreaterThanOrEqual(3);
    }
  });

  it("refuses an earlier post and a person's origin, still answers the present post and the event's place", async () => {
    for (const q of [
      "What post did Safadi hold before he became foreign minister?",
      "الصفدي من أي مدينة أردنية؟",
    ])
      expect((await ask(q)).covered, q).toBe(false);
    expect((await ask("ما هو منصب الصفدي؟")).lead).toContain("نائب رئيس الوزراء");
    expect((await ask("Where did the talks take place?")).lead).toContain("Moscow");
  });

  it("lists the article's subheadings, quoted, in order", async () => {
    const answer = await ask("ما العنوان الفرعي في المقال؟");
    expect(answer.kind).toBe("metadata");
    expect(answer.quotes[0]?.text).toBe("الوضع في سوريا");
    expect(answer.lead).toContain("«الوضع في سوريا» [1]");
  });

  it("quotes the page rubric for the series asked, and the lead for the title", async () => {
    const rubric = await ask("In what series was the article published?");
    expect(rubric.kind).toBe("metadata");
    expect(rubric.quotes.map((q) => q.text)).toEqual([
      'مجموعة الرؤية الاستراتيجية "روسيا - العالم الإسلامي"',
    ]);
    // The subheadings leave the rubric out: it heads no section.
    expect((await ask("ما العنوان الفرعي في المقال؟")).quotes.map((q) => q.text)).toEqual(["الوضع في سوريا"]);
    const title = await ask("What's the headline of this story?");
    expect(title.quotes[0]?.text).toMatch(/^ناقش وزير الخارجية الروسي/);
  });

  it("refuses a coming event put where the article's coming meeting is not, answers it where it is", async () => {
    for (const q of ["متى سيزور لافروف عمان؟", "When is the next Lavrov–Safadi meeting in Amman?"])
      expect((await ask(q)).covered, q).toBe(false);
    for (const q of ["متى الاجتماع المقبل في سوتشي؟", "When is the next meeting in Sochi?"])
      expect((await ask(q)).lead, q).toMatch(/منتصف فبراير|mid-February/);
  });

  it("refuses the view of a country none of the article's people speaks for, answers the parties'", async () => {
    for (const q of [
      "ما رأي إسرائيل في المبادرة العربية؟",
      "What is Israel's position on the two-state solution?",
    ])
      expect((await ask(q)).covered, q).toBe(false);
    for (const q of ["ما موقف الأردن من حل الدولتين؟", "What is Jordan's position on Syria?"])
      expect((await ask(q)).covered, q).toBe(true);
  });

  it("refuses a yes/no check on something the article lacks, answers one worded otherwise", async () => {
    for (const q of ["هل ناقش الوزيران أزمة المياه؟", "Did the ministers discuss the water crisis?"])
      expect((await ask(q)).covered, q).toBe(false);
    for (const q of ["هل تؤيد روسيا حل الدولتين؟", "هل الأردن عضو في عملية أستانا؟"])
      expect((await ask(q)).covered, q).toBe(true);
  });

  it("does not answer 'which country' with the city a place pattern finds", async () => {
    for (const q of [
      "Which country is an observer in the Astana process?",
      "أي دولة تشارك بصفة مراقب في عملية أستانا؟",
    ]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.lead, q).not.toMatch(/Sochi|سوتشي/);
      expect(answer.quotes[0]?.text, q).toContain("الأردن");
    }
  });

  it("confirms what the two parties agreed on, the dual naming both", async () => {
    const answer = await ask("هل اتفق الجانبان على التنسيق؟");
    expect(answer.lead).toMatch(/^نعم/);
    expect(answer.quotes[0]?.text).toContain("اتفقنا على التنسيق");
    // A word the quotes lack still withholds the «نعم».
    expect((await ask("هل اتفق الجانبان على تجميد التنسيق؟")).lead).not.toMatch(/^نعم/);
  });

  it("refuses a reason the article never gives, answers one it states", async () => {
    for (const q of ["Why was Sochi chosen to host the next meeting?", "لماذا اختيرت سوتشي للاجتماع المقبل؟"])
      expect((await ask(q)).covered, q).toBe(false);
    const answer = await ask("Why did the ministers agree to coordinate closely on the region's crises?");
    expect(answer.covered).toBe(true);
    expect(answer.quotes[0]?.text).toContain("لأن");
  });

  it("answers a choice with the side the article holds, not with a yes or a no", async () => {
    for (const q of ["Was the meeting in Moscow or in Beijing?", "هل عقد الاجتماع في موسكو أم في بكين؟"]) {
      const answer = await ask(q);
      expect(answer.covered, q).toBe(true);
      expect(answer.lead, q).toMatch(/Moscow|موسكو/);
      expect(answer.lead, q).not.toMatch(/^(?:No|Yes|لا|نعم)\b/);
    }
  });

  it("answers who said something with a quote that names the speaker, and someone's counterpart", async () => {
    const said = await ask("Who said the goals they pursue in the region's crises practically coincide?");
    expect(said.quotes[0]?.text).toMatch(/الوزير الروسي|لافروف/);
    for (const q of [
      "Who was the Jordanian foreign minister's counterpart in these talks?",
      "من هو نظير الصفدي؟",
    ])
      expect((await ask(q)).quotes[0]?.text, q).toContain("سيرغي لافروف");
  });

  it("takes a reaction as someone's words: Safadi's is not quoted", async () => {
    for (const q of ["How did Safadi react to the Russian proposal?", "شو كان رد الصفدي على المقترح الروسي؟"])
      expect((await ask(q)).covered, q).toBe(false);
  });

  it("answers a yes/no on how named things relate with the passage holding them, at low confidence", async () => {
    const answer = await ask("هل الأردن عضو ضامن في أستانا؟");
    expect(answer.covered).toBe(true);
    expect(answer.confidence).toBe("low");
    expect(answer.quotes[0]?.text).toContain("بصفة مراقب");
    // The Astana "track" is its process, which the passage names: the capacity is still quoted.
    const track = await ask("هل الأردن عضو ضامن في مسار أستانا؟");
    expect(track.covered).toBe(true);
    expect(track.quotes[0]?.text).toContain("بصفة مراقب");
    // Only the parties and their meeting held: what is checked is absent, so refused.
    expect((await ask("هل وقّعت روسيا والأردن اتفاقيات اقتصادية خلال الزيارة؟")).covered).toBe(false);
  });

  it("quotes the clause naming other countries for 'which countries', and reads Maghrebi and outcome verbs", async () => {
    const countries = await ask("which countries besides syria did they talk about");
    expect(countries.quotes[0]?.text).toContain("العراق وليبيا واليمن");
    const next = await ask("فين غادي يتعقد الاجتماع الجاي ديال أستانا ووقتاش؟");
    expect(next.covered).toBe(true);
    expect(next.quotes[0]?.text).toContain("سوتشي");
    expect((await ask("ما الذي تمخض عنه اجتماع سوتشي؟")).covered).toBe(false);
  });

  it("refuses an English 'which countries' asked with a relation the article never states", async () => {
    expect((await ask("Which countries make up the Middle East Quartet?")).covered).toBe(false);
    expect((await ask("Which countries did Lavrov and Safadi discuss?")).covered).toBe(true);
  });

  it("answers where the parties met when they are named by their offices and countries", async () => {
    for (const q of [
      "في أي مدينة التقى وزيرا خارجية روسيا والأردن؟",
      "Where did the foreign ministers of Russia and Jordan meet?",
    ])
      expect((await ask(q)).lead, q).toMatch(/موسكو|Moscow/);
  });
});
