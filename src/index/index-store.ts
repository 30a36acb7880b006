import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import { IndexError } from "../core/errors.js";
import type { CorpusStatistics } from "../embeddings/types.js";
import { LexicalIndex } from "./lexical-index.js";
import type { IndexFileEntry, IndexManifest } from "./manifest.js";
import {
  decodeStrings,
  encodeStrings,
  lexicalMeta,
  lexicalSections,
  readLexical,
  readSections,
  writeSections,
} from "./postings-file.js";
import { VectorIndex } from "./vector-index.js";

/**
 * The index on disk: `postings.bin` (both lexical indexes, the vocabulary, the embedder's
 * corpus statistics), `hnswlib.index` (the HNSW graph) and `manifest.json`, written last,
 * holding the size and sha256 of each file. Loading checks every checksum before a byte is
 * parsed or handed to hnswlib (which crashes on damaged input rather than failing), so a
 * damaged file means a rebuild with the reason logged, never a crash or a wrong answer.
 */
export const MANIFEST = "manifest.json";
export const POSTINGS_FILE = "postings.bin";
export const VECTORS_FILE = "hnswlib.index";

/** What an index directory may hold (earlier formats' files too, so they can be replaced). */
const INDEX_FILES = new Set([MANIFEST, POSTINGS_FILE, VECTORS_FILE, "docstore.json", "args.json"]);

export interface LexicalPart {
  readonly words: LexicalIndex;
  readonly grams: LexicalIndex;
  readonly vocabulary: ReadonlySet<string>;
  readonly statistics?: CorpusStatistics;
}

export function encodePostings(part: LexicalPart): Buffer {
  const words = part.words.toData();
  const grams = part.grams.toData();
  const vocabulary = [...part.vocabulary];
  const stats = part.statistics;
  return writeSections(
    {
      ...lexicalSections("words", words),
      ...lexicalSections("grams", grams),
      vocabulary: encodeStrings(vocabulary),
      ...(stats === undefined
        ? {}
        : { "stats.features": encodeStrings(stats.features), "stats.frequencies": stats.frequencies }),
    },
    {
      words: lexicalMeta(words),
      grams: lexicalMeta(grams),
      vocabulary: vocabulary.length,
      ...(stats === undefined
        ? {}
        : { stats: { documents: stats.documents, features: stats.features.length } }),
    },
  );
}

export function decodePostings(bytes: Buffer): LexicalPart & { vocabulary: Set<string> } {
  const file = readSections(bytes);
  const meta = file.meta as { words?: unknown; grams?: unknown; vocabulary?: unknown; stats?: unknown };
  if (typeof meta.vocabulary !== "number") throw new Error("postings meta is malformed");
  const words = LexicalIndex.fromData(readLexical(file, "words", meta.words));
  const grams = LexicalIndex.fromData(readLexical(file, "grams", meta.grams));
  const vocabulary = new Set(decodeStrings(file.u8("vocabulary"), meta.vocabulary));
  const stats = meta.stats as { documents?: unknown; features?: unknown } | undefined;
  if (stats === undefined) return { words, grams, vocabulary };
  if (typeof stats.documents !== "number" || typeof stats.features !== "number")
    throw new Error("postings statistics are malformed");
  const features = decodeStrings(file.u8("stats.features"), stats.features);
  const frequencies = file.u32("stats.frequencies");
  if (frequencies.length !== features.length) throw new Error("postings statistics do not fit together");
  return { words, grams, vocabulary, statistics: { documents: stats.documents, features, frequencies } };
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Streamed, so a graph of hundreds of megabytes is never held twice. */
async function sha256OfFile(file: string): Promise<IndexFileEntry> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest("hex") };
}

function expectEntry(manifest: IndexManifest, name: string): IndexFileEntry {
  const entry = manifest.files[name];
  if (entry === undefined) throw new Error(`the manifest lists no ${name}`);
  return entry;
}

/** Read and verify the index files; throws with the reason when anything does not match. */
export async function loadIndexFiles(
  directory: string,
  manifest: IndexManifest,
  embeddings: Embeddings,
): Promise<{ part: LexicalPart & { vocabulary: Set<string> }; vectors: VectorIndex }> {
  const postingsEntry = expectEntry(manifest, POSTINGS_FILE);
  const vectorsEntry = expectEntry(manifest, VECTORS_FILE);
  const postingsBytes = await readFile(path.join(directory, POSTINGS_FILE));
  if (postingsBytes.length !== postingsEntry.bytes || sha256(postingsBytes) !== postingsEntry.sha256)
    throw new Error(`${POSTINGS_FILE} does not match its checksum`);
  const vectorsFile = path.join(directory, VECTORS_FILE);
  if ((await stat(vectorsFile)).size !== vectorsEntry.bytes)
    throw new Error(`${VECTORS_FILE} does not match its checksum (size)`);
  if ((await sha256OfFile(vectorsFile)).sha256 !== vectorsEntry.sha256)
    throw new Error(`${VECTORS_FILE} does not match its checksum`);
  const part = decodePostings(postingsBytes);
  const vectors = await VectorIndex.load(vectorsFile, embeddings, manifest.embedder.dimensions);
  return { part, vectors };
}

/**
 * Saving replaces `directory` wholesale, so it must be missing, empty or an index: a
 * mistyped INDEX_DIR (the corpus folder, a home directory, a file) is never moved or deleted.
 */
async function checkReplaceable(directory: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await lstat(directory)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (!isDirectory) throw new IndexError(`${directory} exists and is not a directory; not replacing it`);
  const foreign = (await readdir(directory)).filter((name) => !INDEX_FILES.has(name));
  if (foreign.length > 0) {
    const names = `${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", …" : ""}`;
    throw new IndexError(
      `${directory} holds files that are not part of an index (${names}); not replacing it: ` +
        "point INDEX_DIR at an empty or index-only folder",
    );
  }
}

const temporaryName = (directory: string, kind: "tmp" | "old") =>
  `${path.resolve(directory)}.${kind}-${process.pid}-${Date.now()}`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Remove the temporary folders of saves that a killed process left beside `directory`
 * (`<dir>.tmp-<pid>-<ms>`, `<dir>.old-<pid>-<ms>` whose process is gone); a save still
 * running in a live process is left alone. Returns the names removed.
 */
export async function removeStaleTemporaries(directory: string): Promise<string[]> {
  const resolved = path.resolve(directory);
  const parent = path.dirname(resolved);
  const prefix = `${path.basename(resolved)}.`;
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(?:tmp|old)-(\d+)-\d+$/.exec(name.slice(prefix.length));
    if (match === null || isAlive(Number(match[1]))) continue;
    await rm(path.join(parent, name), { recursive: true, force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

/**
 * Write into a sibling temp directory, then swap it in, so a crash never leaves half an index
 * in place (and `removeStaleTemporaries` clears what a crash leaves beside it).
 * Returns the manifest as written (with the files' checksums).
 */
export async function saveIndexFiles(
  directory: string,
  part: LexicalPart,
  vectors: VectorIndex,
  manifest: Omit<IndexManifest, "files">,
): Promise<IndexManifest> {
  await checkReplaceable(directory);
  await mkdir(path.dirname(path.resolve(directory)), { recursive: true });
  const temp = temporaryName(directory, "tmp");
  const old = temporaryName(directory, "old");
  let hadOld = false;
  try {
    await mkdir(temp);
    const postings = encodePostings(part);
    await writeFile(path.join(temp, POSTINGS_FILE), postings);
    await vectors.save(path.join(temp, VECTORS_FILE));
    const files = {
      [POSTINGS_FILE]: { bytes: postings.length, sha256: sha256(postings) },
      [VECTORS_FILE]: await sha256OfFile(path.join(temp, VECTORS_FILE)),
    };
    const written: IndexManifest = { ...manifest, files };
    // The manifest is written last: an index without one is never trusted.
    await writeFile(path.join(temp, MANIFEST), `${JSON.stringify(written, null, 2)}\n`);
    try {
      await rename(directory, old);
      hadOld = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    await rename(temp, directory);
    if (hadOld) await rm(old, { recursive: true, force: true });
    return written;
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    // Put the previous index back if it was moved aside and not replaced.
    if (hadOld) await rename(old, directory).catch(() => undefined);
    throw error;
  }
}
