import { crc32 } from "node:zlib";

/**
 * String → string tables packed into one byte buffer, for caches read at every start: looking a
 * key up is a binary search over the bytes, so opening a table costs one file read, not the
 * tens of thousands of strings and map entries a parsed table (JSON, TSV) allocates.
 *
 * Layout (little-endian u32s): `MAGIC`, table count, then per table: entry count n, key-bytes
 * length, value-bytes length, key offsets [n + 1], value offsets [n + 1], the entry numbers in
 * key order (JavaScript's string order) [n], key bytes, value bytes (UTF-8). Entries keep the order they were given in
 * (what iteration yields); keys are unique. A CRC-32 of everything before it ends the buffer,
 * so a torn or damaged file is refused rather than read wrong.
 */
const MAGIC = 0x32545154; // "TQT2"

/** A read-only view of one packed table. */
export interface PackedTable {
  readonly size: number;
  has(key: string): boolean;
  get(key: string): string | undefined;
  /** Keys in the order the entries were given. */
  keys(): IterableIterator<string>;
}

/** Pack tables (each a sequence of unique keys with their values) into one buffer. */
export function packTables(
  tables: readonly (Iterable<readonly [string, string]> | Map<string, string>)[],
): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(tables.length, 4);
  parts.push(head);
  for (const table of tables) {
    const keys: string[] = [];
    const values: string[] = [];
    for (const [key, value] of table) {
      keys.push(key);
      values.push(value);
    }
    const n = keys.length;
    // In the order of JavaScript's string comparison, which the look-up uses too.
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      compare(keys[a] ?? "", keys[b] ?? ""),
    );
    for (let i = 1; i < n; i++) {
      const key = keys[order[i] as number] ?? "";
      if (key === keys[order[i - 1] as number]) throw new Error(`duplicate key ${JSON.stringify(key)}`);
    }
    const ints = new Uint32Array(3 + 2 * (n + 1) + n);
    const keyBytes = concatUtf8(keys, ints, 3);
    const valueBytes = concatUtf8(values, ints, 4 + n);
    ints[0] = n;
    ints[1] = keyBytes.length;
    ints[2] = valueBytes.length;
    ints.set(order, 5 + 2 * n);
    parts.push(
      Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength),
      keyBytes,
      valueBytes,
      padding(keyBytes.length + valueBytes.length),
    );
  }
  const body = Buffer.concat(parts);
  const tail = Buffer.alloc(4);
  tail.writeUInt32LE(crc32(body), 0);
  return Buffer.concat([body, tail]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The UTF-8 of `strings` end to end, writing each one's start (and the total) into `offsets` at `at`. */
function concatUtf8(strings: readonly string[], offsets: Uint32Array, at: number): Buffer {
  let length = 0;
  for (let i = 0; i < strings.length; i++) {
    offsets[at + i] = length;
    length += Buffer.byteLength(strings[i] ?? "", "utf8");
  }
  offsets[at + strings.length] = length;
  const bytes = Buffer.allocUnsafe(length);
  for (let i = 0; i < strings.length; i++) bytes.write(strings[i] ?? "", offsets[at + i] as number, "utf8");
  return bytes;
}

/** Zero bytes that bring a length to a multiple of 4 (so the next table's u32s stay aligned). */
function padding(length: number): Buffer {
  return Buffer.alloc((4 - (length % 4)) % 4);
}

/** Read what `packTables` wrote; throws on anything else (wrong magic, size, offsets or CRC). */
export function unpackTables(bytes: Buffer): PackedTable[] {
  if (bytes.length < 12 || bytes.readUInt32LE(0) !== MAGIC) throw new Error("not a packed table file");
  const end = bytes.length - 4;
  if (crc32(bytes.subarray(0, end)) !== bytes.readUInt32LE(end))
    throw new Error("packed table checksum mismatch");
  // An aligned copy, so the u32 arrays can be views on it whatever offset the file buffer has.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const count = buf.readUInt32LE(4);
  const tables: PackedTable[] = [];
  let at = 8;
  for (let t = 0; t < count; t++) {
    if (at + 12 > end) throw new Error("packed table truncated");
    const n = buf.readUInt32LE(at);
    const keyLength = buf.readUInt32LE(at + 4);
    const valueLength = buf.readUInt32LE(at + 8);
    const intsEnd = at + 4 * (3 + 2 * (n + 1) + n);
    const dataEnd = intsEnd + keyLength + valueLength;
    if (dataEnd > end) throw new Error("packed table truncated");
    const ints = new Uint32Array(buf.buffer, buf.byteOffset + at, 3 + 2 * (n + 1) + n);
    const keys = buf.subarray(intsEnd, intsEnd + keyLength);
    const values = buf.subarray(intsEnd + keyLength, dataEnd);
    tables.push(
      tableView(
        n,
        ints.subarray(3, 4 + n),
        ints.subarray(4 + n, 5 + 2 * n),
        ints.subarray(5 + 2 * n),
        keys,
        values,
      ),
    );
    at = dataEnd + padding(keyLength + valueLength).length;
  }
  if (at !== end) throw new Error("packed table has trailing bytes");
  return tables;
}

function tableView(
  n: number,
  keyOffsets: Uint32Array,
  valueOffsets: Uint32Array,
  order: Uint32Array,
  keys: Buffer,
  values: Buffer,
): PackedTable {
  if (keyOffsets[n] !== keys.length || valueOffsets[n] !== values.length)
    throw new Error("packed table offsets");
  /** Entry number of a key, or -1 (a binary search in the order `packTables` sorted them). */
  const find = (key: string): number => {
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const i = order[mid] as number;
      const c = compare(key, keys.toString("utf8", keyOffsets[i], keyOffsets[i + 1]));
      if (c === 0) return i;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  };
  return {
    size: n,
    has: (key) => find(key) >= 0,
    get: (key) => {
      const i = find(key);
      return i < 0 ? undefined : values.toString("utf8", valueOffsets[i], valueOffsets[i + 1]);
    },
    *keys() {
      for (let i = 0; i < n; i++) yield keys.toString("utf8", keyOffsets[i], keyOffsets[i + 1]);
    },
  };
}
