import { beforeAll, describe, expect, it } from "vitest";
import { buildPipeline, type Pipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import { silentLogger } from "../../src/core/logger.js";
import { madeUpArticle } from "../helpers/documents.js";

/**
 * Kinds of question asked of a made-up article (not the project's), through the whole offline
 * pipeline: checks of the event's place and date, "yes" only on full evidence, follow-ups that
 * change the subject, and verbs the dictionary knows in another person.
 */
const DOC = madeUpArticle();

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await buildPipeline({
    config: loadConfig({}),
    logger: silentLogger,
    documents: [DOC],
    indexDirectory: null,
  });
});
const ask = (question: string, history: readonly string[] = []) =>
  pipeline.answerer.ask(question, { history: history.map((q) => ({ question: q })) });

describe("yes/no questions about the event", () => {
  it("confirms the place the lead gives, quoting it", async () => {
    const answer = await ask("هل عقد اللقاء في باريس؟");
    expect(answer.lead.startsWith("نعم")).toBe(true);
    expect(answer.quotes[0]?.text).toContain("باريس");
  });

  it("answers No, with the real place, for a place the lead does not give", async () => {
    for (const question of ["هل عقد اللقاء في القاهرة؟", "Was the meeting held in Berlin?"]) {
      const answer = await ask(question);
      expect(answer.covered, question).toBe(true);
      expect(answer.lead, question).toMatch(/^(?:لا|No)\./);
      expect(answer.quotes[0]?.text, question).toContain("باريس");
    }
  });

  it("leaves a meeting still to come to the ordinary answer", async () => {
    for (const question of ["Will the next meeting be held in Berlin?", "هل سيعقد اللقاء المقبل في القاهرة؟"])
      expect((await ask(question)).lead, question).not.toMatch(/^(?:لا|No)\./);
  });

  it("says Yes only when the quotes hold every word asked", async () => {
    expect((await ask("هل تدعم باريس الحوار الليبي؟")).lead.startsWith("نعم")).toBe(true);
    const partial = await ask("هل تدعم باريس الحوار الاقتصادي؟");
    expect(partial.lead.startsWith("نعم")).toBe(false);
  });
});

describe("follow-ups and verbs", () => {
  it("lets a follow-up's own word outrank the words carried from before", async () => {
    const answer = await ask("وماذا عن الانتخابات؟", [
      "ماذا قال الوزير المصري عن تمسك القاهرة بالحل التفاوضي للسد؟",
    ]);
    expect(answer.covered).toBe(true);
    expect(answer.quotes[0]?.text).toContain("الانتخابات");
  });

  it("answers what someone said about a theme several paragraphs treat with one quote from each", async () => {
    const theme = await ask("ماذا قال شكري عن السد؟");
    expect(theme.kind).toBe("overview");
    expect(new Set(theme.quotes.map((q) => q.paragraph)).size).toBeGreaterThanOrEqual(2);
    // A subject one paragraph holds keeps the ordinary answer.
    expect((await ask("ماذا قال لودريان عن الانتخابات؟")).kind).toBe("answer");
  });

  it("keeps the person or the event of the previous question for «وما منصبه؟» and «وامتى؟»", async () => {
    const role = await ask("وما منصبه؟", ["من هو لودريان؟"]);
    expect(role.lead).toContain("وزير الخارجية الفرنسي");
    const when = await ask("وامتى؟", ["وين انعقد اللقاء؟"]);
    expect(when.lead).toContain("الخميس");
    // More, in dialect, continues the previous question rather than being a topic of its own.
    expect((await ask("كمان", ["ماذا قال لودريان عن الانتخابات؟"])).covered).toBe(true);
  });

  it("reads dialect pointers and copulas in follow-ups («ومين حكى هيك؟», «ومتى سيكون؟»)", async () => {
    const who = await ask("ومين حكى هيك؟", ["ماذا قال لودريان عن الانتخابات؟"]);
    expect(who.covered).toBe(true);
    expect(who.quotes[0]?.text).toContain("الانتخابات");
    expect((await ask("ومتى سيكون؟", ["أين عقد اللقاء؟"])).covered).toBe(true);
  });

  it("returns a paragraph asked for by its place, numbered as citations number it", async () => {
    const second = await ask("What does the second paragraph say?");
    expect(second.quotes.map((q) => q.paragraph)).toEqual([2]);
    expect(second.quotes[0]?.text).toContain("القاهرة تتمسك");
    // The last paragraph of the text, not a credit line.
    expect((await ask("الفقرة الأخيرة")).quotes[0]?.paragraph).toBe(5);
    const missing = await ask("paragraph 40");
    expect(missing.covered).toBe(false);
    expect(missing.text).toContain("7");
  });

  it("answers who holds an office, or who someone's counterpart is, with the person's name", async () => {
    for (const question of [
      "من هو نظير شكري الفرنسي؟",
      "من يشغل منصب وزير الخارجية الفرنسي؟",
      "Who is the French foreign minister?",
      "Who is Shoukry's French counterpart?",
    ]) {
      const answer = await ask(question);
      expect(answer.kind, question).toBe("answer");
      expect(answer.quotes[0]?.text, question).toContain("لودريان");
      if (/\p{Script=Arabic}/u.test(question)) expect(answer.lead, question).toContain("لودريان");
    }
    // An office's domain names it with another title; a title they do not hold does not.
    expect((await ask("من هو رئيس الدبلوماسية الفرنسية؟")).lead).toContain("لودريان");
    const king = await ask("من هو ملك فرنسا؟");
    expect(king.quotes.some((q) => q.text.includes("جان إيف لودريان"))).toBe(false);
    // An office matched in a question about someone the article does not mention is not them.
    const elsewhere = await ask("من كان آخر وزير خارجية لألمانيا الشرقية؟");
    expect(elsewhere.quotes.some((q) => q.text.includes("لودريان") || q.text.includes("شكري"))).toBe(false);
  });

  it("answers who met whom with the other party of a two-person meeting", async () => {
    for (const question of ["مع من التقى شكري؟", "Who did Shoukry meet?", "مين اجتمع مع لودريان؟"]) {
      const answer = await ask(question);
      const other = question.includes("لودريان") ? "شكري" : "لودريان";
      expect(answer.quotes[0]?.text, question).toContain(other);
    }
    // A follow-up keeps the person the chat was about.
    const followUp = await ask("ومين كمان حضر؟", ["مع مين اجتمع شكري؟"]);
    expect(followUp.quotes[0]?.text).toContain("لودريان");
  });

  it("reads «وماذا قال؟» after a question about someone as asking for that person's words", async () => {
    // The made-up article quotes both ministers; a person it never quotes would get "not quoted".
    const answer = await ask("وماذا قال؟", ["من هو لودريان؟"]);
    expect(answer.quotes.length).toBeGreaterThan(0);
    for (const quote of answer.quotes) expect(quote.speaker?.ar, quote.text).toContain("لودريان");
  });

  it("answers «who said…» with the person the quote is attributed to, first", async () => {
    const ar = await ask("من قال إن القاهرة تتمسك بالحل التفاوضي؟");
    expect(ar.lead).toMatch(/^سامح حسن شكري\./);
    const en = await ask("Who spoke about the Libyan dialogue?");
    expect(en.lead).toMatch(/^[^.]*(?:Le Drian|لودريان)/);
  });

  it("refuses a ruler the article never mentions, even when a name word matches someone else's", async () => {
    // «حسن» is part of the Egyptian minister's name; no king is in the text.
    for (const question of ["متى زار الملك حسن باريس؟", "When did King Hassan visit Paris?"])
      expect((await ask(question)).covered, question).toBe(false);
  });
});

describe("offices and facts the article does not give", () => {
  it("refuses who holds an office none of the article's people holds", async () => {
    for (const question of [
      "من هو رئيس فرنسا؟",
      "من هو السفير المصري في باريس؟",
      "Who is the president of France?",
    ]) {
      const answer = await ask(question);
      expect(answer.covered, question).toBe(false);
    }
  });

  it("does not introduce a person when something else about them is asked and absent", async () => {
    for (const question of ["من هي زوجة شكري؟", "Who is Shoukry's wife?"])
      expect((await ask(question)).covered, question).toBe(false);
    for (const question of ["من هو شكري؟", "Who is Shoukry?"])
      expect((await ask(question)).covered, question).toBe(true);
  });

  it("still names whoever holds the office asked", async () => {
    for (const question of ["من هو وزير الخارجية الفرنسي؟", "Who is the Egyptian foreign minister?"]) {
      const answer = await ask(question);
      expect(answer.covered, question).toBe(true);
    }
  });

  it("refuses a date or a number the closest passages do not hold", async () => {
    for (const question of ["متى بدأ بناء سد النهضة؟", "كم عدد المشاركين في الحوار الليبي؟"])
      expect((await ask(question)).covered, question).toBe(false);
    expect((await ask("متى التقى الوزيران في باريس؟")).covered).toBe(true);
  });
});
