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
});
