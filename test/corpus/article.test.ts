import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/loader.js";

/**
 * The product exists to quote one article: the corpus must hold the shared TASS text byte for
 * byte (typos included). The shared copy sits beside the checkout (../shared/article); the
 * checksum from its README is pinned here too, so the test also holds where shared/ is absent.
 */
const ARTICLE_SHA256 = "d80a56e0b3abc9dac1e340035e980b7fbb46cb3d4b07d4e68b2dbba7915e8ffc";
const SHARED = path.resolve(__dirname, "../../../shared/article/tass-2021-02-03-lavrov-safadi.ar.txt");
const CORPUS = path.resolve(__dirname, "../../corpus");

describe("the article in corpus/", () => {
  it("is the TASS article byte for byte", async () => {
    const docs = await loadCorpus(CORPUS);
    const doc = docs.find((d) => d.id === "tass-2021-02-03-lavrov-safadi");
    if (doc === undefined) throw new Error("the article is missing from corpus/");
    const bytes = Buffer.from(doc.text, "utf8");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(ARTICLE_SHA256);
    expect(bytes.length).toBe(4672);
    if (existsSync(SHARED)) expect(bytes.equals(readFileSync(SHARED))).toBe(true);
    expect(doc.paragraphs).toHaveLength(13);
    expect(doc.date).toBe("2021-02-03");
  });
});
