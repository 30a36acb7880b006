import { mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Logger } from "../../src/core/logger.js";
import type { CorpusDocument } from "../../src/core/types.js";
import { parseTextDocument } from "../../src/corpus/loader.js";
import { ArabicHashingEmbeddings } from "../../src/embeddings/arabic-hashing-embeddings.js";
import type { IdentifiedEmbeddings } from "../../src/embeddings/types.js";
import { INDEX_FORMAT_VERSION, manifestMismatch, parseManifest } from "../../src/index/manifest.js";
import { openSearchIndex } from "../../src/index/search-index.js";

function doc(body: string, id = "doc"): CorpusDocument {
  return parseTextDocument(`---\nid: ${id}\ntitle: t\nsource: s\nlang: ar\n---\n${body}\n`, `${id}.md`);
}

const ARTICLE = "بحث الوزيران الأمن في الخليج.\nوأكد لافروف أهمية القرار 2254.\nالمصدر: تاس";

function embedder(version = "1"): IdentifiedEmbeddings {
  const embeddings = new ArabicHashingEmbeddings({ dimensions: 64 });
  return { embeddings, identity: { id: "test-hashing-64", version } };
}

function recordingLogger(lines: string[]): Logger {
  const log = (m: string) => lines.push(m);
  return { debug: log, info: log, warn: log, error: log };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "index-test-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("openSearchIndex", () => {
  it("builds an index with a manifest, then loads it while nothing changed", async () => {
    const directory = path.join(dir, "index");
    const first = await openSearchIndex({
      documents: [doc(ARTICLE)],
      embedder: embedder(),
      directory,
      logger: recordingLogger([]),
    });
    expect(first).toMatchObject({ status: "built", saved: true });
    const manifest = parseManifest(await readFile(path.join(directory, "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({
      chunkCount: first.index.chunks.length,
      embedder: { id: "test-hashing-64", dimensions: 64 },
    });
    const second = await openSearchIndex({
      documents: [doc(ARTICLE)],
      embedder: embedder(),
      directory,
      logger: recordingLogger([]),
    });
    expect(second.status).toBe("loaded");
    expect(second.index.manifest.corpusHash).toBe(manifest.corpusHash);
  });

  it("rebuilds, saying why, when the corpus changes — and serves the new text", async () => {
    const directory = path.join(dir, "index");
    await openSearchIndex({
      documents: [doc(ARTICLE)],
      embedder: embedder(),
      directory,
      logger: recordingLogger([]),
    });
    const lines: string[] = [];
    const changed = ARTICLE.replace("2254", "2118");
    const reopened = await openSearchIndex({
      documents: [doc(changed)],
      embedder: embedder(),
      directory,
      logger: recordingLogger(lines),
    });
    expect(reopened.status).toBe("built");
    expect(reopened.reason).toMatch(/corpus changed/);
    expect(lines.some((l) => l.includes("corpus changed"))).toBe(true);
    expect(reopened.index.chunks.map((c) => c.text).join(" ")).toContain("2118");
    expect(
      (
        await openSearchIndex({
          documents: [doc(changed)],
          embedder: embedder(),
          directory,
          logger: recordingLogger([]),
        })
      ).status,
    ).toBe("loaded");
  });

  it("rebuilds when the embedder changes", async () => {
    const directory = path.join(dir, "index");
    await openSearchIndex({
      documents: [doc(ARTICLE)],
      embedder: embedder("1"),
      directory,
      logger: recordingLogger([]),
    });
    const reopened = await openSearchIndex({
      documents: [doc(ARTICLE)],
      embedder: embedder("2"),
      directory,
      logger: recordingLogger([]),
    });
    expect(reopened.status).toBe("built");
    expect(reopened.reason).toMatch(/embedder changed/);
  });

  it("never uses a corrupt manifest or a truncated vector file", async () => {
    const directory = path.join(dir, "index");
    const open = () =>
      openSearchIndex({
        documents: [doc(ARTICLE)],
        embedder: embedder(),
        directory,
        logger: recordingLogger([]),
      });
    await open();
    await writeFile(path.join(directory, "manifest.json"), "{ not json");
    const afterBadManifest = await open();
    expect(afterBadManifest.status).toBe("built");
    expect(afterBadManifest.reason).toMatch(/manifest/);
    await truncate(path.join(directory, "hnswlib.index"), 10);
    const afterTruncation = await open();
    expect(afterTruncation.status).toBe("built");
    expect(afterTruncation.reason).toMatch(/corrupt/);
    expect((await open()).status).toBe("loaded");
  });

  it("serves from memory, with a warning, when the index cannot be saved", async () => {
    const blocker = path.join(dir, "a-file");
    await writeFile(blocker, "not a directory");
    const lines: string[] = [];
    const opened = await openSearchIndex({
      documents: [doc(ARTICLE)],
      embedder: embedder(),
      directory: path.join(blocker, "index"),
      logger: recordingLogger(lines),
    });
    expect(opened).toMatchObject({ status: "built", saved: false });
    expect(lines.some((l) => l.includes("in memory only"))).toBe(true);
    expect(opened.index.chunks.length).toBeGreaterThan(0);
  });

  it("refuses to index an empty corpus", async () => {
    await expect(
      openSearchIndex({ documents: [], embedder: embedder(), logger: recordingLogger([]) }),
    ).rejects.toThrow(/empty/);
  });
});

describe("manifestMismatch", () => {
  const base = {
    formatVersion: INDEX_FORMAT_VERSION,
    corpusHash: "c",
    chunker: "k",
    analyzer: "a",
    embedder: { id: "e", version: "1" },
    chunkCount: 3,
    chunksHash: "h",
  };
  const found = {
    ...base,
    embedder: { ...base.embedder, dimensions: 8 },
    builtAt: "2026-01-01T00:00:00Z",
    files: {},
  };

  it("accepts a matching manifest and names the first difference otherwise", () => {
    expect(manifestMismatch(found, base)).toBeUndefined();
    expect(manifestMismatch(found, { ...base, corpusHash: "x" })).toMatch(/corpus/);
    expect(manifestMismatch(found, { ...base, analyzer: "b" })).toMatch(/analyzer/);
    expect(manifestMismatch(found, { ...base, chunker: "j" })).toMatch(/chunker/);
    expect(manifestMismatch(found, { ...base, chunkCount: 4 })).toMatch(/chunks/);
    expect(manifestMismatch(found, { ...base, embedder: { id: "other", version: "1" } })).toMatch(/embedder/);
  });

  it("rejects manifests missing fields", () => {
    expect(() => parseManifest(`{"formatVersion": ${INDEX_FORMAT_VERSION}}`)).toThrow(/missing/);
    expect(() => parseManifest("[]")).toThrow();
  });
});
