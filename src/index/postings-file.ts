import type { LexicalData } from "./lexical-index.js";

/**
 * One binary file for everything the index keeps besides the HNSW graph: both lexical
 * indexes (sorted terms, postings, lengths, pruning bounds), the corpus vocabulary and the
 * embedder's corpus statistics. Layout: an 8-byte magic, a little-endian u32 header length,
 * a JSON header naming each section (type, byte offset, length), then the sections, each
 * 8-byte aligned, so loading is a read and typed-array views over it (no parsing of
 * postings, no object per posting). Strings are UTF-8, joined by NUL.
 *
 * The file carries no checksum of its own: the manifest holds its sha256, checked before
 * this parser ever sees the bytes; the parser still bounds-checks every section.
 */

const MAGIC = "TALKSPX1";

type SectionType = "u8" | "u32" | "f64";

interface SectionInfo {
  readonly name: string;
  readonly type: SectionType;
  readonly offset: number;
  readonly length: number;
}

interface Header {
  readonly sections: readonly SectionInfo[];
  readonly meta: Record<string, unknown>;
}

type Section = Uint8Array | Uint32Array | Float64Array;

const typeOf = (a: Section): SectionType =>
  a instanceof Float64Array ? "f64" : a instanceof Uint32Array ? "u32" : "u8";

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Strings as one NUL-joined UTF-8 section. */
export function encodeStrings(values: readonly string[]): Uint8Array {
  return new TextEncoder().encode(values.join("\u0000"));
}

export function decodeStrings(bytes: Uint8Array, expected: number): string[] {
  if (expected === 0) return [];
  const values = new TextDecoder("utf-8", { fatal: true }).decode(bytes).split("\u0000");
  if (values.length !== expected) throw new Error(`expected ${expected} strings, found ${values.length}`);
  return values;
}

export function writeSections(
  sections: Readonly<Record<string, Section>>,
  meta: Record<string, unknown>,
): Buffer {
  // The header's size depends on the offsets it lists: lay out after a generous estimate.
  const names = Object.keys(sections);
  let headerRoom = 256 + names.length * 96 + JSON.stringify(meta).length * 3;
  for (;;) {
    let offset = align8(12 + headerRoom);
    const infos: SectionInfo[] = names.map((name) => {
      const data = sections[name] as Section;
      const info = { name, type: typeOf(data), offset, length: data.length };
      offset = align8(offset + data.byteLength);
      return info;
    });
    const header = Buffer.from(JSON.stringify({ sections: infos, meta } satisfies Header), "utf8");
    if (header.length > headerRoom) {
      headerRoom = header.length * 2;
      continue;
    }
    const out = Buffer.alloc(offset);
    out.write(MAGIC, 0, "latin1");
    out.writeUInt32LE(header.length, 8);
    header.copy(out, 12);
    for (const info of infos) {
      const data = sections[info.name] as Section;
      Buffer.from(data.buffer, data.byteOffset, data.byteLength).copy(out, info.offset);
    }
    return out;
  }
}

export interface ReadSections {
  readonly meta: Record<string, unknown>;
  u8(name: string): Uint8Array;
  u32(name: string): Uint32Array;
  f64(name: string): Float64Array;
}

export function readSections(file: Buffer): ReadSections {
  // Typed-array views need aligned offsets; a pooled Buffer may not start on an 8-byte boundary.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(new Uint8Array(file));
  if (bytes.length < 12 || bytes.toString("latin1", 0, 8) !== MAGIC) throw new Error("not a postings file");
  const headerLength = bytes.readUInt32LE(8);
  if (12 + headerLength > bytes.length) throw new Error("postings header runs past the end");
  const header = JSON.parse(bytes.toString("utf8", 12, 12 + headerLength)) as Header;
  if (!Array.isArray(header.sections) || typeof header.meta !== "object" || header.meta === null)
    throw new Error("postings header is malformed");
  const byName = new Map(header.sections.map((s) => [s.name, s]));
  const view = (name: string, type: SectionType): SectionInfo => {
    const info = byName.get(name);
    if (info === undefined || info.type !== type) throw new Error(`postings section ${name} is missing`);
    const size = type === "f64" ? 8 : type === "u32" ? 4 : 1;
    if (
      !Number.isInteger(info.offset) ||
      !Number.isInteger(info.length) ||
      info.offset % size !== 0 ||
      info.offset + info.length * size > bytes.length
    )
      throw new Error(`postings section ${name} is out of bounds`);
    return info;
  };
  const base = bytes.byteOffset;
  return {
    meta: header.meta,
    u8: (name) => {
      const s = view(name, "u8");
      return new Uint8Array(bytes.buffer, base + s.offset, s.length);
    },
    u32: (name) => {
      const s = view(name, "u32");
      return new Uint32Array(bytes.buffer, base + s.offset, s.length);
    },
    f64: (name) => {
      const s = view(name, "f64");
      return new Float64Array(bytes.buffer, base + s.offset, s.length);
    },
  };
}

/** A lexical index's arrays as sections named `${prefix}.…`, and its meta. */
export function lexicalSections(prefix: string, data: LexicalData): Record<string, Section> {
  return {
    [`${prefix}.terms`]: encodeStrings(data.terms),
    [`${prefix}.offsets`]: data.offsets,
    [`${prefix}.docs`]: data.docs,
    [`${prefix}.tfs`]: data.tfs,
    [`${prefix}.lengths`]: data.lengths,
    [`${prefix}.maxTf`]: data.maxTf,
    [`${prefix}.minNorm`]: data.minNorm,
    [`${prefix}.maxImpact`]: data.maxImpact,
  };
}

export function lexicalMeta(data: LexicalData): Record<string, unknown> {
  return { k1: data.params.k1, b: data.params.b, terms: data.terms.length };
}

/** Read back what `lexicalSections` wrote, checking that the arrays fit together. */
export function readLexical(file: ReadSections, prefix: string, meta: unknown): LexicalData {
  const m = meta as { k1?: unknown; b?: unknown; terms?: unknown } | undefined;
  if (typeof m?.k1 !== "number" || typeof m.b !== "number" || typeof m.terms !== "number")
    throw new Error(`postings ${prefix} meta is malformed`);
  const terms = decodeStrings(file.u8(`${prefix}.terms`), m.terms);
  const offsets = file.u32(`${prefix}.offsets`);
  const docs = file.u32(`${prefix}.docs`);
  const tfs = file.u32(`${prefix}.tfs`);
  const lengths = file.f64(`${prefix}.lengths`);
  const data: LexicalData = {
    params: { k1: m.k1, b: m.b },
    terms,
    offsets,
    docs,
    tfs,
    lengths,
    maxTf: file.u32(`${prefix}.maxTf`),
    minNorm: file.f64(`${prefix}.minNorm`),
    maxImpact: file.f64(`${prefix}.maxImpact`),
  };
  const t = terms.length;
  if (
    offsets.length !== t + 1 ||
    offsets[t] !== docs.length ||
    tfs.length !== docs.length ||
    data.maxTf.length !== t ||
    data.minNorm.length !== t ||
    data.maxImpact.length !== t
  )
    throw new Error(`postings ${prefix} arrays do not fit together`);
  return data;
}
