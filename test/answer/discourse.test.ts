import { describe, expect, it } from "vitest";
import { buildDocumentFacts } from "../../src/answer/document-facts.js";
import { findPeople, mentionsPerson, resolveMention } from "../../src/answer/people.js";
import { namingStart, speakerOf } from "../../src/answer/speakers.js";
import { madeUpArticle, parsedDocument } from "../helpers/documents.js";

/**
 * People, offices, speakers, headings, credit lines and topics are read from a news text's own
 * structure. These tests use a made-up article (not the project's), so nothing here can pass
 * by knowing the TASS text.
 */
const DOC = madeUpArticle();

describe("people of a news text", () => {
  const people = findPeople(DOC);

  it("finds each person with their office from the appositions", () => {
    expect(people.map((p) => p.name)).toEqual(["سامح حسن شكري", "جان إيف لودريان"]);
    expect(people[0]?.roles).toEqual(["وزير الخارجية المصري"]);
    expect(people[1]?.roles).toEqual(["وزير الخارجية الفرنسي"]);
  });

  it("resolves later mentions by surname, by office, and by counterpart with a nationality", () => {
    expect(resolveMention(people, ["شكري"])?.name).toBe("سامح حسن شكري");
    expect(resolveMention(people, ["الوزير", "المصري"])?.name).toBe("سامح حسن شكري");
    expect(resolveMention(people, ["نظيره", "الفرنسي"])?.name).toBe("جان إيف لودريان");
    // An office both hold names neither of them.
    expect(resolveMention(people, ["وزير", "الخارجية"])).toBeUndefined();
  });

  it("tells whether a passage refers to a person in any of these ways", () => {
    const shoukry = people[0];
    if (shoukry === undefined) throw new Error("no person");
    expect(mentionsPerson(people, "وقال الوزير المصري إن", shoukry)).toBe(true);
    expect(mentionsPerson(people, "من جانبه، أكد لودريان", shoukry)).toBe(false);
  });
});

describe("speakers, headings, credits and topics", () => {
  const facts = buildDocumentFacts(DOC);
  const at = (phrase: string) => {
    const start = DOC.text.indexOf(phrase);
    return speakerOf(facts.speakers, start, start + phrase.length);
  };

  it("attributes reported words to their speaker, continuing an unnamed «وأضاف:»", () => {
    expect(at("القاهرة تتمسك بالحل التفاوضي")?.ar).toBe("سامح حسن شكري");
    expect(at("نأمل أن تلعب فرنسا دوراً")?.ar).toBe("سامح حسن شكري");
    expect(at("باريس تدعم الحوار الليبي")?.ar).toBe("جان إيف لودريان");
  });

  it("finds where the words naming a continued clause's speaker begin, in the same paragraph", () => {
    const lines = [
      "بحث وزير الخارجية المصري سامح حسن شكري مع نظيره الفرنسي، وزير الخارجية الفرنسي جان إيف لودريان، ملف سد النهضة.",
      'وقال الوزير المصري إن "القاهرة تتمسك بالحل التفاوضي"، وأضاف: "نأمل أن تلعب فرنسا دوراً".',
    ];
    const doc = parsedDocument(lines);
    const spans = buildDocumentFacts(doc).speakers;
    const second = doc.paragraphs[1];
    if (second === undefined) throw new Error("no second paragraph");
    const continued = doc.text.indexOf("وأضاف");
    expect(namingStart(spans, continued, second.start)).toBe(doc.text.indexOf("وقال الوزير المصري"));
    // A clause that names its speaker itself needs nothing before it.
    expect(namingStart(spans, doc.text.indexOf("وقال الوزير المصري"), second.start)).toBeUndefined();
    // Not across paragraphs: the continued clause's paragraph is where to look.
    expect(namingStart(spans, continued, continued)).toBeUndefined();
  });

  it("gives narration to the agency", () => {
    expect(at("ملف سد النهضة")).toEqual({ kind: "agency", ar: "وكالة تجريبية", en: "Test Agency" });
  });

  it("finds the section heading and the credit lines", () => {
    expect([...facts.headings]).toEqual([4]);
    expect(facts.credits.map((c) => [c.paragraph, c.kind])).toEqual([
      [6, "photo"],
      [7, "source"],
    ]);
  });

  it("groups body paragraphs into topics in article order, headings starting sections", () => {
    const paragraphs = facts.topics.flatMap((t) => t.paragraphs);
    expect(paragraphs).toEqual([1, 2, 3, 5]);
    expect(facts.topics.find((t) => t.paragraphs.includes(5))?.heading).toBe(4);
  });
});

describe("facts read on first use", () => {
  it("reads the same people, speakers and topics in any order of first use", () => {
    const eager = buildDocumentFacts(DOC);
    const people = eager.people;
    const speakers = eager.speakers;
    const topics = eager.topics;
    // Topics first, then speakers, then people: each reads the people on its own.
    const lazy = buildDocumentFacts(DOC);
    expect(lazy.topics).toEqual(topics);
    expect(lazy.speakers).toEqual(speakers);
    expect(lazy.people).toEqual(people);
    expect(lazy.people).toEqual(findPeople(DOC));
    // Read once: the same array every time.
    expect(lazy.people).toBe(lazy.people);
  });
});
