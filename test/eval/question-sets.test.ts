import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sampleCrossOos } from "../../scripts/build-cross-oos.js";
import { loadCorpus } from "../../src/corpus/loader.js";
import { checkQuestionSet, type EvalQuestion, parseQuestions } from "../../src/eval/questions.js";

/**
 * The project's own question sets (eval/): every gold phrase is verbatim in the article (a gold
 * that cannot occur would make a question unanswerable and the figures meaningless), and each
 * set has the size and the mix of kinds and languages its README promises.
 */
const EVAL = path.resolve(__dirname, "../../eval");
// shared/ sits beside the main checkout, or beside the folder of worktrees.
const XQUAD = ["../../../shared", "../../../../shared"]
  .map((up) => path.resolve(__dirname, up, "eval/xquad-dev/qa.jsonl"))
  .find((file) => existsSync(file));
const read = (name: string) => parseQuestions(readFileSync(path.join(EVAL, name), "utf8"), name);
const count = (qs: readonly EvalQuestion[], ok: (q: EvalQuestion) => boolean) => qs.filter(ok).length;

async function articleText(): Promise<string> {
  const docs = await loadCorpus(path.resolve(__dirname, "../../corpus"));
  const doc = docs.find((d) => d.id === "tass-2021-02-03-lavrov-safadi");
  if (doc === undefined) throw new Error("the article is missing from corpus/");
  return doc.text;
}

describe.each([
  { file: "talks-qa.project.jsonl", min: 90, minOos: 20 },
  { file: "talks-qa.holdout.jsonl", min: 40, minOos: 8 },
])("$file", ({ file, min, minOos }) => {
  const questions = read(file);

  it("has gold phrases verbatim in the article, unique ids, gold for every in-scope question", async () => {
    expect(checkQuestionSet(questions, await articleText())).toEqual([]);
  });

  it("is big enough, about half in each language, with every kind and enough out of scope", () => {
    expect(questions.length).toBeGreaterThanOrEqual(min);
    const ar = count(questions, (q) => q.lang === "ar");
    expect(Math.abs(ar / questions.length - 0.5)).toBeLessThan(0.1);
    expect(count(questions, (q) => q.out_of_scope === true)).toBeGreaterThanOrEqual(minOos);
    for (const lang of ["ar", "en"] as const) {
      const kinds = new Set(questions.filter((q) => q.lang === lang).map((q) => q.kind));
      for (const kind of ["fact", "role", "metadata", "overview", "quote_request", "follow_up"] as const)
        expect(kinds.has(kind), `${lang} ${kind}`).toBe(true);
      for (const kind of ["yes_no", "who_said", "smalltalk", "oos"] as const)
        expect(kinds.has(kind), `${lang} ${kind}`).toBe(true);
    }
    expect(count(questions, (q) => q.kind === "dialect")).toBeGreaterThan(0);
    expect(count(questions, (q) => q.expect === "not_quoted")).toBeGreaterThan(0);
    expect(count(questions, (q) => (q.history ?? []).length > 0)).toBeGreaterThan(0);
  });
});

describe("talks-qa.kinds.jsonl", () => {
  it("has gold phrases verbatim in the article, unique ids, gold for every in-scope question", async () => {
    expect(checkQuestionSet(read("talks-qa.kinds.jsonl"), await articleText())).toEqual([]);
  });
});

describe("talks-qa.oos.jsonl", () => {
  it("is out-of-scope questions only, in both languages, with unique ids", async () => {
    const questions = read("talks-qa.oos.jsonl");
    expect(checkQuestionSet(questions, await articleText())).toEqual([]);
    expect(questions.every((q) => q.out_of_scope === true)).toBe(true);
    expect(count(questions, (q) => q.lang === "ar")).toBeGreaterThanOrEqual(30);
    expect(count(questions, (q) => q.lang === "en")).toBeGreaterThanOrEqual(30);
  });
});

describe("talks-qa.oos2.jsonl", () => {
  it("is mostly out of scope in both languages, with in-scope controls whose gold is in the article", async () => {
    const questions = read("talks-qa.oos2.jsonl");
    expect(checkQuestionSet(questions, await articleText())).toEqual([]);
    const oos = questions.filter((q) => q.out_of_scope === true);
    expect(count(oos, (q) => q.lang === "ar")).toBeGreaterThanOrEqual(50);
    expect(count(oos, (q) => q.lang === "en")).toBeGreaterThanOrEqual(20);
    expect(count(questions, (q) => q.out_of_scope !== true)).toBeGreaterThanOrEqual(20);
  });
});

describe("talks-qa.oos3.jsonl", () => {
  it("is English near misses with English in-scope controls whose gold is in the article", async () => {
    const questions = read("talks-qa.oos3.jsonl");
    expect(checkQuestionSet(questions, await articleText())).toEqual([]);
    expect(questions.every((q) => q.lang === "en")).toBe(true);
    expect(count(questions, (q) => q.out_of_scope === true)).toBeGreaterThanOrEqual(30);
    expect(count(questions, (q) => q.out_of_scope !== true)).toBeGreaterThanOrEqual(12);
  });
});

describe("talks-qa.oos4.jsonl", () => {
  it("is a blind near-miss probe in both languages, with in-scope controls whose gold is in the article", async () => {
    const questions = read("talks-qa.oos4.jsonl");
    expect(checkQuestionSet(questions, await articleText())).toEqual([]);
    const oos = questions.filter((q) => q.out_of_scope === true);
    expect(count(oos, (q) => q.lang === "ar")).toBeGreaterThanOrEqual(50);
    expect(count(oos, (q) => q.lang === "en")).toBeGreaterThanOrEqual(20);
    expect(count(questions, (q) => q.out_of_scope !== true)).toBeGreaterThanOrEqual(30);
  });
});

/** Sets written blind by helpers who saw neither the code nor the other sets. */
const BLIND_SETS = [
  "blind5",
  "blind6",
  "blind7",
  "blind8",
  "blind9",
  "blind10",
  "blind11",
  "blind12",
  "blind13",
  "blind14",
  "blind15",
  "blind16",
  "blind17",
  "blind18",
  "blind19",
  "blind20",
  "blind21",
  "blind22",
  "blind23",
  "blind24",
  "blind25",
  "blind26",
  "blind27",
  "blind28",
  "blind29",
  "blind30",
  "blind31",
  "blind32",
  "blind33",
  "blind34",
  "blind35",
  "blind36",
  "blind37",
  "blind38",
  "blind39",
  "blind40",
  "blind41",
  "blind42",
  "blind43",
  "blind44",
  "blind45",
  "blind46",
  "blind47",
  "blind48",
  "blind49",
  "blind50",
  "blind51",
  "blind52",
  "blind53",
  "blind54",
  "blind55",
  "blind56",
  "blind57",
  "blind58",
  "blind59",
  "blind60",
  "blind61",
  "blind62",
  "blind63",
  "blind64",
  "blind65",
  "blind66",
  "blind67",
  "blind68",
  "blind69",
  "blind70",
  "blind71",
  "blind72",
  "blind73",
  "blind74",
  "blind75",
  "blind76",
  "blind77",
  "blind78",
  "blind79",
  "blind80",
].map((b) => `talks-qa.${b}.jsonl`);

describe("the blind probes (talks-qa.blind*.jsonl)", () => {
  it("are blind probes of both languages, mostly in scope, whose gold is in the article", async () => {
    for (const file of BLIND_SETS) {
      const questions = read(file);
      expect(checkQuestionSet(questions, await articleText()), file).toEqual([]);
      for (const lang of ["ar", "en"] as const)
        expect(
          count(questions, (q) => q.lang === lang && q.out_of_scope !== true),
          file,
        ).toBeGreaterThanOrEqual(24);
      expect(
        count(questions, (q) => q.out_of_scope === true),
        file,
      ).toBeGreaterThanOrEqual(16);
    }
  });
});

describe("held-out set", () => {
  it("shares no question with the project set", () => {
    const project = new Set(read("talks-qa.project.jsonl").map((q) => q.question));
    expect(read("talks-qa.holdout.jsonl").filter((q) => project.has(q.question))).toEqual([]);
  });
});

describe("xquad-on-article.jsonl", () => {
  it("is 100 Arabic and 100 English XQuAD questions, all out of scope, none asked twice", () => {
    const questions = read("xquad-on-article.jsonl");
    expect(count(questions, (q) => q.lang === "ar")).toBe(100);
    expect(count(questions, (q) => q.lang === "en")).toBe(100);
    expect(questions.every((q) => q.out_of_scope === true)).toBe(true);
    const groups = questions.map((q) => q.id.replace(/^xoos-(ar|en)-/, ""));
    expect(new Set(groups).size).toBe(200);
  });
});

describe.skipIf(XQUAD === undefined)("xquad-on-article.jsonl against shared/eval", () => {
  it("is exactly what scripts/build-cross-oos.ts makes from xquad-dev", () => {
    const xquad = parseQuestions(readFileSync(XQUAD as string, "utf8"), "qa.jsonl");
    expect(read("xquad-on-article.jsonl")).toEqual(sampleCrossOos(xquad, 100));
  });
});
