import { describe, expect, it } from "vitest";
import {
  asksEventDate,
  asksWhatWasDiscussed,
  asksWhichCountries,
  asksWhichCountry,
  inEventIdiom,
} from "../../src/text/answer-type.js";

describe("asksEventDate", () => {
  it("reads a date asked for a past or future event named by the question's verb", () => {
    expect(asksEventDate("When was the Arab League founded?", "en")).toBe(true);
    expect(asksEventDate("When did Safadi arrive in Moscow?", "en")).toBe(true);
    expect(asksEventDate("When will Lavrov visit Amman?", "en")).toBe(true);
  });

  it("leaves a scheduled date (present tense) and other questions alone", () => {
    expect(asksEventDate("When is the next Astana-format meeting planned?", "en")).toBe(false);
    expect(asksEventDate("What did Lavrov say about Syria?", "en")).toBe(false);
  });

  it("reads every Arabic date question as asking after an event, «ما موعد» included", () => {
    expect(asksEventDate("متى تأسست جامعة الدول العربية؟", "ar")).toBe(true);
    expect(asksEventDate("ما موعد الاجتماع المقبل؟", "ar")).toBe(true);
    expect(asksEventDate("منذ متى يشغل لافروف منصبه؟", "ar")).toBe(false);
    expect(asksEventDate("ماذا قال لافروف عن سوريا؟", "ar")).toBe(false);
  });
});

describe("inEventIdiom", () => {
  it("takes 'place' in 'take place' for part of an idiom naming no event", () => {
    expect(inEventIdiom("When did the talks take place?", "place")).toBe(true);
    expect(inEventIdiom("When will the meeting take place?", "place")).toBe(true);
    expect(inEventIdiom("When did the talks take place?", "talks")).toBe(false);
    expect(inEventIdiom("When was the place chosen?", "place")).toBe(false);
  });

  it("takes a light verb for no event: its noun names it", () => {
    expect(inEventIdiom("When did Lavrov make his remarks?", "make")).toBe(true);
    expect(inEventIdiom("When was the Arab League founded?", "founded")).toBe(false);
  });
});

describe("asksWhichCountries", () => {
  it("reads questions asking for countries by name in both languages", () => {
    expect(asksWhichCountries("Which Arab states normalised relations with Israel?", "en")).toBe(true);
    // Dialect «مين الدول اللي…» read as «من الدول التي…», and the capitals' names.
    expect(asksWhichCountries("الرباعية الدولية من الدول التي فيها؟", "ar")).toBe(true);
    expect(asksWhichCountries("ما أسماء العواصم العربية التي طبعت؟", "ar")).toBe(true);
    expect(asksWhichCountries("هل هي من الدول المشاركة؟", "ar")).toBe(false);
    expect(asksWhichCountries("سمّ لي الدول العربية التي طبّعت", "ar")).toBe(true);
    // «عدد الدول» is their number, not a request to list them.
    expect(asksWhichCountries("عدد الدول التي زارها لافروف", "ar")).toBe(false);
    expect(asksWhichCountries("Which countries make up the Quartet?", "en")).toBe(true);
    expect(asksWhichCountries("ما هي الدول الأعضاء في الرباعية؟", "ar")).toBe(true);
    expect(asksWhichCountries("ما أسماء الدول العربية التي طبعت؟", "ar")).toBe(true);
  });

  it("leaves other questions on states alone", () => {
    expect(asksWhichCountries("What did Lavrov say the states welcome?", "en")).toBe(false);
    expect(asksWhichCountries("ماذا قال لافروف عن الدول العربية؟", "ar")).toBe(false);
  });
});

describe("asksWhichCountry", () => {
  it("reads a country asked for, not a city", () => {
    expect(asksWhichCountry("Which country is an observer?", "en")).toBe(true);
    expect(asksWhichCountry("أي دولة تشارك بصفة مراقب؟", "ar")).toBe(true);
    expect(asksWhichCountry("In which city will it be held?", "en")).toBe(false);
    expect(asksWhichCountry("في أي مدينة سيعقد الاجتماع؟", "ar")).toBe(false);
  });
});

describe("asksWhatWasDiscussed", () => {
  it("reads a question on what a meeting discussed, not on what someone said or where", () => {
    expect(
      asksWhatWasDiscussed("What did Lavrov and Safadi discuss regarding security in the Gulf?", "en"),
    ).toBe(true);
    expect(asksWhatWasDiscussed("What security framework was on the agenda?", "en")).toBe(true);
    expect(asksWhatWasDiscussed("ما القضية الأساسية التي بحثها الجانبان وفق مطلع الخبر؟", "ar")).toBe(true);
    expect(asksWhatWasDiscussed("What did Lavrov say about Syria?", "en")).toBe(false);
    expect(asksWhatWasDiscussed("Where did they discuss it?", "en")).toBe(false);
    expect(asksWhatWasDiscussed("متى ناقش الوزيران الوضع في سوريا؟", "ar")).toBe(false);
  });
});
