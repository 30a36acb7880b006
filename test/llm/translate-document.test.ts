import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../../src/core/errors.js";
import { loadCorpus } from "../../src/corpus/loader.js";
import { loadTranslations } from "../../src/corpus/translation.js";
import {
  loadTranslatePrompt,
  parseSegmentReply,
  type TranslateOptions,
  translateMissing,
  writeTranslationFile,
} from "../../src/llm/translate-document.js";
import { translationUnits } from "../../src/translate/units.js";
import { RecordingChatModel, ScriptedChatModel } from "./fake-models.js";

/**
 * `ingest --translate`: a chat model writes the aligned translation of documents lacking one.
 * The fake model answers from the prompt it gets (it sees only numbered Arabic clauses), so
 * these tests check what reaches the file: offsets and Arabic from the document, English from
 * the model, one call per paragraph plus the headline, never an overwrite, never Arabic.
 */
const ROOT = path.resolve(__dirname, "../..");
const ARTICLE = "tass-2021-02-03-lavrov-safadi";
const temps: string[] = [];

afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A corpus with the fixture document (no translation) and the article with its translation. */
async function corpus(withArticle = true): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "translate-"));
  temps.push(dir);
  await copyFile(path.join(ROOT, "test/fixtures/corpus-basic/b-talks.md"), path.join(dir, "b-talks.md"));
  for (const name of withArticle ? [`${ARTICLE}.md`, `${ARTICLE}.en.json`] : []) {
    await copyFile(path.join(ROOT, "corpus", name), path.join(dir, name));
  }
  return dir;
}

/** Clause ids the prompt lists, read back from its `{"id":…,"ar":…}` lines. */
function idsIn(prompt: string): number[] {
  return [...prompt.matchAll(/^\{"id":(\d+),"ar":/gm)].map((m) => Number(m[1]));
}

const english = (prompt: string) =>
  JSON.stringify({ segments: idsIn(prompt).map((id) => ({ id, en: `clause ${id} in English` })) });

async function options(model: TranslateOptions["model"]): Promise<TranslateOptions> {
  return {
    model,
    prompt: await loadTranslatePrompt(path.join(ROOT, "prompts")),
    translator: "llm:fake (machine translation)",
    idleTimeoutMs: 2000,
    callBudgetMs: 5000,
    maxRetries: 0,
  };
}

describe("ingest --translate", () => {
  it("writes one verified file for the document lacking one, once, from one call per paragraph", async () => {
    const dir = await corpus();
    const docs = await loadCorpus(dir);
    const model = new ScriptedChatModel({ translate: english, answer: () => "" });
    const written = await translateMissing(dir, docs, await options(model));
    expect(written).toEqual([path.join(dir, "fixture-talks.en.json")]);

    const doc = docs.find((d) => d.id === "fixture-talks");
    if (doc === undefined) throw new Error("fixture missing");
    expect(model.calls).toHaveLength(1 + doc.paragraphs.length);
    for (const call of model.calls) expect(call.task).toBe("translate");
    // The first paragraph's clauses reach the model verbatim; the prompt names the task.
    expect(model.calls[1]?.prompt).toContain('{"id":1,"ar":"أكا الوزيرُ أن المحادثات بنّاءة،"}');

    const translations = await loadTranslations(dir, docs);
    const t = translations.get("fixture-talks");
    expect(t?.translator).toBe("llm:fake (machine translation)");
    expect(t?.title).toBe("clause 1 in English");
    expect(t?.segments.map((s) => [s.start, s.end])).toEqual(
      translationUnits(doc).map((u) => [u.start, u.end]),
    );
    expect(t?.segments[0]?.ar).toBe(doc.text.slice(t?.segments[0]?.start, t?.segments[0]?.end));

    // A second run finds every document translated: no call, nothing written.
    const again = new ScriptedChatModel({ translate: english, answer: () => "" });
    expect(await translateMissing(dir, docs, await options(again))).toEqual([]);
    expect(again.calls).toHaveLength(0);
  });

  it("never overwrites an existing file", async () => {
    const dir = await corpus();
    const before = await readFile(path.join(dir, `${ARTICLE}.en.json`), "utf8");
    const file = { ...JSON.parse(before), title: "changed" };
    await expect(writeTranslationFile(dir, file)).rejects.toThrow(/already exists; it is never overwritten/);
    expect(await readFile(path.join(dir, `${ARTICLE}.en.json`), "utf8")).toBe(before);
  });

  it("retries a malformed reply once, and rejects a model that writes Arabic without writing a file", async () => {
    const dir = await corpus(false);
    const fixture = await loadCorpus(dir);
    // Headline: first reply lacks the clause, the retry is good; paragraph 1: Arabic twice.
    const model = new RecordingChatModel({
      responses: [
        '{"segments": []}',
        '```json\n{"segments": [{"id": 1, "en": "Trial talks in Moscow"}]}\n```',
        '{"segments": [{"id": 1, "en": "لافروف"}]}',
        '{"segments": [{"id": 1, "en": "لافروف"}]}',
      ],
    });
    await expect(translateMissing(dir, fixture, await options(model))).rejects.toThrow(
      /contains Arabic script/,
    );
    expect(model.prompts).toHaveLength(4);
    expect((await readdir(dir)).filter((n) => n.startsWith("fixture-talks.en"))).toEqual([]);
  });

  it("stops before any call when an existing translation is broken", async () => {
    const dir = await corpus();
    const file = path.join(dir, `${ARTICLE}.en.json`);
    await writeFile(file, (await readFile(file, "utf8")).replace('"end": 60', '"end": 61'));
    const model = new ScriptedChatModel({ translate: english, answer: () => "" });
    await expect(translateMissing(dir, await loadCorpus(dir), await options(model))).rejects.toThrow(
      /segment 1 \[0, 61\)/,
    );
    expect(model.calls).toHaveLength(0);
  });
});

describe("parseSegmentReply", () => {
  it("takes exactly one English clause per id, in id order, ignoring reasoning blocks", () => {
    const reply = '<think>hmm</think>{"segments":[{"id":"2","en":"b"},{"id":1,"en":" a  x "}]}';
    expect(parseSegmentReply(reply, 2)).toEqual(["a x", "b"]);
  });

  it("rejects missing, doubled, unknown ids and non-JSON", () => {
    expect(() => parseSegmentReply('{"segments":[{"id":1,"en":"a"}]}', 2)).toThrow(/lacks clause 2/);
    expect(() => parseSegmentReply('{"segments":[{"id":1,"en":"a"},{"id":1,"en":"b"}]}', 1)).toThrow(/twice/);
    expect(() => parseSegmentReply('{"segments":[{"id":3,"en":"a"}]}', 2)).toThrow(/clause 3; there are 2/);
    expect(() => parseSegmentReply("Sorry, I cannot.", 1)).toThrow(/no JSON object/);
  });

  it("rejects a prompt file without its placeholders", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "prompts-"));
    temps.push(dir);
    await writeFile(path.join(dir, "translate-segments.md"), "Translate {{segments}} please {{question}}");
    await expect(loadTranslatePrompt(dir)).rejects.toThrow(AppError);
    await expect(loadTranslatePrompt(dir)).rejects.toThrow(/missing: title; unknown: question/);
  });
});
