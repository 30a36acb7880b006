import { createHash } from "node:crypto";
import type { Chunk } from "../core/types.js";
import type { EmbedderIdentity } from "../embeddings/types.js";

/**
 * The index is a build artifact; its manifest records everything its contents depend on.
 * An index whose manifest differs from what the current corpus, chunker, analyzer and
 * embedder would produce is stale and must be rebuilt, never used.
 */
export const INDEX_FORMAT_VERSION = 2;

/** A file of the index: its size and sha256, checked before its bytes are used. */
export interface IndexFileEntry {
  readonly bytes: number;
  readonly sha256: string;
}

export interface IndexManifest {
  readonly formatVersion: number;
  readonly corpusHash: string;
  readonly chunker: string;
  readonly analyzer: string;
  readonly embedder: EmbedderIdentity & { readonly dimensions: number };
  readonly chunkCount: number;
  /** sha256 of the ordered chunk ids and offsets: the vector labels are positions in this list. */
  readonly chunksHash: string;
  readonly builtAt: string;
  /** Every file of the index but the manifest, by name. */
  readonly files: Readonly<Record<string, IndexFileEntry>>;
}

export function hashChunks(chunks: readonly Chunk[]): string {
  const hash = createHash("sha256");
  for (const c of chunks) hash.update(`${c.id}\t${c.paragraph}\t${c.start}\t${c.end}\n`);
  return hash.digest("hex");
}

/** Why `found` cannot be used where `expected` is needed, or undefined when it can. */
export function manifestMismatch(
  found: IndexManifest,
  expected: Omit<IndexManifest, "builtAt" | "embedder" | "files"> & { readonly embedder: EmbedderIdentity },
): string | undefined {
  if (found.formatVersion !== expected.formatVersion)
    return `index format changed (${found.formatVersion} → ${expected.formatVersion})`;
  if (found.corpusHash !== expected.corpusHash) return "the corpus changed since the index was built";
  if (found.embedder.id !== expected.embedder.id || found.embedder.version !== expected.embedder.version)
    return `the embedder changed (${found.embedder.id}@${found.embedder.version} → ${expected.embedder.id}@${expected.embedder.version})`;
  if (found.chunker !== expected.chunker)
    return `the chunker changed (${found.chunker} → ${expected.chunker})`;
  if (found.analyzer !== expected.analyzer)
    return `the analyzer changed (${found.analyzer} → ${expected.analyzer})`;
  if (found.chunkCount !== expected.chunkCount || found.chunksHash !== expected.chunksHash)
    return "the chunks differ from the ones the index was built from";
  return undefined;
}

/** Parse and shape-check a manifest file's content; throws with a reason on anything odd. */
export function parseManifest(json: string): IndexManifest {
  const value: unknown = JSON.parse(json);
  if (typeof value !== "object" || value === null) throw new Error("manifest is not an object");
  const m = value as Record<string, unknown>;
  // Another format version is reported as such by `manifestMismatch`, whatever its fields.
  if (typeof m.formatVersion === "number" && m.formatVersion !== INDEX_FORMAT_VERSION)
    return value as IndexManifest;
  const embedder = m.embedder as Record<string, unknown> | undefined;
  const ok =
    typeof m.formatVersion === "number" &&
    typeof m.corpusHash === "string" &&
    typeof m.chunker === "string" &&
    typeof m.analyzer === "string" &&
    typeof m.chunkCount === "number" &&
    typeof m.chunksHash === "string" &&
    typeof m.builtAt === "string" &&
    typeof embedder === "object" &&
    embedder !== null &&
    typeof embedder.id === "string" &&
    typeof embedder.version === "string" &&
    typeof embedder.dimensions === "number" &&
    filesOk(m.files);
  if (!ok) throw new Error("manifest is missing fields");
  return value as IndexManifest;
}

function filesOk(files: unknown): boolean {
  if (typeof files !== "object" || files === null) return false;
  return Object.values(files).every((entry: unknown) => {
    const e = entry as Partial<IndexFileEntry> | null;
    return typeof e?.bytes === "number" && typeof e.sha256 === "string" && /^[0-9a-f]{64}$/.test(e.sha256);
  });
}
