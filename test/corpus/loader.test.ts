import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AppError, CorpusError } from "../../src/core/errors.js";
import type { CorpusDocument } from "../../src/core/types.js";
import { splitFrontMatter } from "../../src/corpus/frontmatter.js";
import { corpusHash, loadCorpus, toSourceRef } from "../../src/corpus/loader.js";
import { splitParagraphs } from "../../src/corpus/paragraphs.js";
import { bodyDocument } from "../helpers/documents.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/corpus-basic");

const tempDirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "corpus-test-"));
  tempDirs.push(dir);
  return dir;
}

/** Write files (string = UTF-8 text, Uint8Array = raw bytes) into a fresh temp dir. */
async function corpusDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

afterEach(async () => {
  for (const dir of tempDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const HEADER = "---\nid: doc-a\ntitle: عنوان\nsource: Test\nlang: ar\n---\n";

/** Load and return the error it throws (fails the test if it does not throw). */
async function loadError(target: string): Promise<AppError> {
  try {
    await loadCorpus(target);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error(`loadCorpus(${target}) did not throw`);
}

function paragraphTexts(doc: CorpusDocument): string[] {
  return doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
}

describe("splitFrontMatter", () => {
  it("splits YAML front matter from a body kept byte for byte", () => {
    const body = "\nسطر أول  \r\n\r\nسطر ثانٍ\n";
    const { data, body: got } = splitFrontMatter(`\ufeff---\r\nid: x\r\nlang: ar\r\n---\r\n${body}`, "f.md");
    expect(data).toEqual({ id: "x", lang: "ar" });
    expect(got).toBe(body);
  });

  it("returns no data when the file does not start with ---", () => {
    const { data, body } = splitFrontMatter("نص بلا ترويسة\n---\n", "f.md");
    expect(data).toBeUndefined();
    expect(body).toBe("نص بلا ترويسة\n---\n");
  });

  it("names the file for unterminated, invalid and non-mapping front matter", () => {
    expect(() => splitFrontMatter("---\nid: x\nbody", "a.md")).toThrow(/^a\.md: .*never closed/);
    expect(() => splitFrontMatter("---\nid: [x\n---\nbody", "b.md")).toThrow(/^b\.md: invalid YAML/);
    expect(() => splitFrontMatter("---\n- a\n- b\n---\nbody", "c.md")).toThrow(/^c\.md: .*mapping/);
    expect(() => splitFrontMatter("---\nid: x\nid: y\n---\nbody", "d.md")).toThrow(CorpusError);
  });
});

describe("splitParagraphs", () => {
  it("numbers non-blank lines from 1 with offsets excluding LF, CRLF and CR", () => {
    const text = "أ ب\r\n\r\n   \t\nج د\nهـ\rو\n\u200f\n";
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(["أ ب", "ج د", "هـ", "و"]);
  });
});

describe("loadCorpus on the fixture directory", () => {
  it("loads .md/.txt/.jsonl sorted by file name and ignores README, dotfiles and other extensions", async () => {
    const docs = await loadCorpus(FIXTURES);
    expect(docs.map((d) => d.id)).toEqual(["extra-1", "extra-2", "fixture-talks", "fixture-plain"]);
    expect(docs.map((d) => path.basename(d.file))).toEqual([
      "a-extra.jsonl",
      "a-extra.jsonl",
      "b-talks.md",
      "c-plain.txt",
    ]);
  });

  it("reads front matter fields, defaults and the body byte for byte", async () => {
    const docs = await loadCorpus(FIXTURES);
    const talks = docs.find((d) => d.id === "fixture-talks");
    expect(talks).toBeDefined();
    if (!talks) return;
    expect(talks).toMatchObject({
      title: "محادثات تجريبية في موسكو",
      source: "Fixture / تجربة",
      lang: "ar",
      date: "2021-02-03",
      url: "https://example.org/fixture-talks",
    });
    const raw = await readFile(path.join(FIXTURES, "b-talks.md"), "utf8");
    const closing = raw.indexOf("\n---\n", 3) + "\n---\n".length;
    expect(talks.text).toBe(raw.slice(closing));
    // The typo, diacritics and tatweel survive untouched.
    expect(talks.text).toContain("أكا الوزيرُ");
    expect(talks.text).toContain("وَأَكَّدَ الجـانبـان");

    const plain = docs.find((d) => d.id === "fixture-plain");
    expect(plain?.date).toBeUndefined();
    expect(plain && "url" in plain).toBe(false);
  });

  it("counts a short heading and a trailing credit line as paragraphs", async () => {
    const docs = await loadCorpus(FIXTURES);
    const talks = docs.find((d) => d.id === "fixture-talks");
    if (!talks) throw new Error("fixture-talks missing");
    expect(talks.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(paragraphTexts(talks)[1]).toBe("الوضع في سوريا");
    expect(paragraphTexts(talks)[3]).toBe("المصدر: تاس");
  });

  it("parses JSONL documents, keeping leading spaces and splitting lines into paragraphs", async () => {
    const docs = await loadCorpus(path.join(FIXTURES, "a-extra.jsonl"));
    expect(docs).toHaveLength(2);
    expect(docs[0]?.text).toBe(" بدأ الاجتماع صباحاً. وانتهى ظهراً.");
    expect(docs[0]?.paragraphs).toEqual([{ number: 1, start: 0, end: docs[0]?.text.length }]);
    expect(docs[1] && paragraphTexts(docs[1])).toEqual(["First line.", "Second line, after a break."]);
  });

  it("gives the citation metadata of a document", async () => {
    const docs = await loadCorpus(FIXTURES);
    const talks = docs.find((d) => d.id === "fixture-talks");
    if (!talks) throw new Error("fixture-talks missing");
    expect(toSourceRef(talks)).toEqual({
      doc: "fixture-talks",
      title: "محادثات تجريبية في موسكو",
      source: "Fixture / تجربة",
      date: "2021-02-03",
      url: "https://example.org/fixture-talks",
    });
    const plain = docs.find((d) => d.id === "fixture-plain");
    if (!plain) throw new Error("fixture-plain missing");
    expect(Object.keys(toSourceRef(plain)).sort()).toEqual(["doc", "source", "title"]);
  });
});

describe("loadCorpus byte-level behaviour", () => {
  it("keeps a CRLF body with diacritics, tatweel and a typo exactly, offsets excluding CRLF", async () => {
    const body = "أكا الوزيرُ الروسـي أن المحادثات بنّاءة.\r\n\r\nالوضع في سوريا\r\nالمصدر: تاس\r\n";
    const dir = await corpusDir({ "a.md": HEADER.replaceAll("\n", "\r\n") + body });
    const [doc] = await loadCorpus(dir);
    expect(doc?.text).toBe(body);
    expect(doc && paragraphTexts(doc)).toEqual([
      "أكا الوزيرُ الروسـي أن المحادثات بنّاءة.",
      "الوضع في سوريا",
      "المصدر: تاس",
    ]);
  });

  it("drops only a leading BOM of the file", async () => {
    const body = "\ufeffنص يبدأ بعلامة BOM ثانية.\n";
    const bytes = new TextEncoder().encode(`\ufeff${HEADER}${body}`);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const dir = await corpusDir({ "a.md": bytes });
    const [doc] = await loadCorpus(dir);
    expect(doc?.text).toBe(body);
  });

  it("turns a YAML timestamp back into YYYY-MM-DD", async () => {
    const dir = await corpusDir({
      "a.md": `${HEADER.replace("lang: ar\n", "lang: ar\ndate: !!timestamp 2021-02-03\n")}نص.\n`,
    });
    const [doc] = await loadCorpus(dir);
    expect(doc?.date).toBe("2021-02-03");
  });

  it("rejects invalid UTF-8 naming the file", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}نص `), 0xd8, 0x20, 0x0a]);
    const dir = await corpusDir({ "broken.md": bytes });
    const error = await loadError(dir);
    expect(error).toBeInstanceOf(CorpusError);
    expect(error.code).toBe("CORPUS_INVALID");
    expect(error.message).toMatch(/broken\.md: .*UTF-8/);
    expect((error as CorpusError).file).toMatch(/broken\.md$/);
  });
});

describe("loadCorpus validation errors name the file and the problem", () => {
  const cases: [string, string, RegExp][] = [
    ["no front matter", "نص بلا ترويسة.\n", /no front matter/],
    ["missing id", HEADER.replace("id: doc-a\n", ""), /missing required field `id`/],
    ["missing title", HEADER.replace("title: عنوان\n", ""), /missing required field `title`/],
    ["missing source", HEADER.replace("source: Test\n", ""), /missing required field `source`/],
    ["missing lang", HEADER.replace("lang: ar\n", ""), /missing required field `lang`/],
    ["non-string title", HEADER.replace("title: عنوان", "title: 42"), /`title` must be a non-empty string/],
    ["bad lang", HEADER.replace("lang: ar", "lang: Arabic language"), /`lang`/],
    ["bad date", HEADER.replace("lang: ar\n", "lang: ar\ndate: 2021-02-30\n"), /`date`.*YYYY-MM-DD/],
    ["bad url", HEADER.replace("lang: ar\n", "lang: ar\nurl: not a url\n"), /`url`/],
    [
      "retired provenance field",
      HEADER.replace("lang: ar\n", "lang: ar\nprovenance: copy\n"),
      /unknown .*`provenance`/,
    ],
    [
      "unknown field",
      HEADER.replace("lang: ar\n", "lang: ar\nprovenence: original\n"),
      /unknown .*`provenence`/,
    ],
    ["id with #", HEADER.replace("id: doc-a", "id: doc#a"), /`id`/],
    ["invalid YAML", HEADER.replace("lang: ar", "lang: [ar"), /invalid YAML/],
  ];

  for (const [name, header, problem] of cases) {
    it(name, async () => {
      const body = header.startsWith("---") ? `${header}نص.\n` : header;
      const dir = await corpusDir({ "bad-doc.md": body });
      const error = await loadError(dir);
      expect(error).toBeInstanceOf(CorpusError);
      expect(error.message).toMatch(/bad-doc\.md: /);
      expect(error.message).toMatch(problem);
    });
  }

  it("empty body", async () => {
    const dir = await corpusDir({ "empty-body.md": `${HEADER}\n  \r\n\t\n` });
    const error = await loadError(dir);
    expect(error.message).toMatch(/empty-body\.md: .*empty/);
  });

  it("a duplicate id across files names the second file and the first", async () => {
    const dir = await corpusDir({
      "a.md": `${HEADER}نص أول.\n`,
      "b.jsonl": '{"id":"doc-a","title":"t","lang":"ar","source":"s","text":"نص ثان."}\n',
    });
    const error = await loadError(dir);
    expect(error.message).toMatch(/b\.jsonl: duplicate document id "doc-a" \(already defined in .*a\.md\)/);
  });

  it("a duplicate id inside one JSONL file", async () => {
    const line = '{"id":"x","title":"t","lang":"ar","source":"s","text":"نص."}';
    const dir = await corpusDir({ "d.jsonl": `${line}\n${line}\n` });
    expect((await loadError(dir)).message).toMatch(/d\.jsonl: duplicate document id "x"/);
  });

  it("an unreadable file (a dangling symlink) names the file", async () => {
    const dir = await corpusDir({ "a.md": `${HEADER}نص.\n` });
    await symlink(path.join(dir, "missing-target.md"), path.join(dir, "b-dangling.md"));
    const error = await loadError(dir);
    expect(error).toBeInstanceOf(CorpusError);
    expect(error.message).toMatch(/b-dangling\.md: cannot read file/);
  });

  it("a missing path", async () => {
    const dir = await tempDir();
    const error = await loadError(path.join(dir, "nope"));
    expect(error.message).toMatch(/nope: cannot read corpus path/);
  });
});

describe("JSONL errors name the file and line", () => {
  const good = '{"id":"a","title":"t","lang":"ar","source":"s","text":"نص."}';
  const cases: [string, string, RegExp][] = [
    ["bad JSON", `${good}\n\n{"id": "b", "title": }\n`, /line 3: bad JSON/],
    ["not an object", `${good}\n[1, 2]\n`, /line 2: expected a JSON object/],
    [
      "missing text",
      `${good}\n{"id":"b","title":"t","lang":"ar","source":"s"}\n`,
      /line 2: missing required field `text`/,
    ],
    [
      "missing id",
      `{"title":"t","lang":"ar","source":"s","text":"x"}\n`,
      /line 1: missing required field `id`/,
    ],
    [
      "empty text",
      `${good}\n{"id":"b","title":"t","lang":"ar","source":"s","text":"  \\n "}\n`,
      /line 2: .*`text`/,
    ],
    ["no documents", "\n\n", /contains no documents/],
  ];
  for (const [name, content, problem] of cases) {
    it(name, async () => {
      const dir = await corpusDir({ "set.jsonl": content });
      const error = await loadError(dir);
      expect(error).toBeInstanceOf(CorpusError);
      expect(error.message).toMatch(/set\.jsonl: /);
      expect(error.message).toMatch(problem);
    });
  }

  it("is all-or-nothing: a bad file after good ones fails the whole load", async () => {
    const dir = await corpusDir({ "a.jsonl": `${good}\n`, "b.md": `${HEADER.replace("doc-a", "doc-b")}` });
    await expect(loadCorpus(dir)).rejects.toThrow(/b\.md: /);
  });
});

describe("empty corpus", () => {
  it("an empty directory is CORPUS_EMPTY and names the path", async () => {
    const dir = await corpusDir({ "README.md": "# nothing", ".x.md": "hidden", "a.csv": "x" });
    const error = await loadError(dir);
    expect(error.code).toBe("CORPUS_EMPTY");
    expect(error.message).toContain(path.basename(dir));
  });
});

describe("corpusHash", () => {
  const doc = (id: string, text: string, extra: Partial<CorpusDocument> = {}) =>
    bodyDocument(text, id, extra);

  it("is a sha256 hex string independent of document and file order", async () => {
    const a = await corpusDir({
      "1.md": `${HEADER}نص أول.\n`,
      "2.md": `${HEADER.replace("doc-a", "doc-b")}نص ثان.\n`,
    });
    const b = await corpusDir({
      "2.md": `${HEADER}نص أول.\n`,
      "1.md": `${HEADER.replace("doc-a", "doc-b")}نص ثان.\n`,
    });
    const docsA = await loadCorpus(a);
    const docsB = await loadCorpus(b);
    expect(docsA.map((d) => d.id)).not.toEqual(docsB.map((d) => d.id));
    expect(corpusHash(docsA)).toMatch(/^[0-9a-f]{64}$/);
    expect(corpusHash(docsA)).toBe(corpusHash(docsB));
    expect(corpusHash([...docsA].reverse())).toBe(corpusHash(docsA));
  });

  it("changes with a one-character edit of text or metadata", () => {
    const base = [doc("a", "أكد الوزير."), doc("b", "نص آخر.")];
    const hash = corpusHash(base);
    expect(corpusHash([doc("a", "أكا الوزير."), doc("b", "نص آخر.")])).not.toBe(hash);
    expect(corpusHash([doc("a", "أكد الوزير.", { title: "T" }), doc("b", "نص آخر.")])).not.toBe(hash);
    expect(corpusHash([doc("a", "أكد الوزير.", { source: "S" }), doc("b", "نص آخر.")])).not.toBe(hash);
    expect(corpusHash([doc("a", "أكد الوزير.", { date: "2021-02-03" }), doc("b", "نص آخر.")])).not.toBe(hash);
    // Moving text between documents changes it too (fields are delimited, not concatenated).
    expect(corpusHash([doc("a", "أكد الوزير.ن"), doc("b", "ص آخر.")])).not.toBe(hash);
    // The file a document came from is not part of its identity.
    expect(corpusHash([doc("a", "أكد الوزير.", { file: "elsewhere.md" }), doc("b", "نص آخر.")])).toBe(hash);
  });
});
