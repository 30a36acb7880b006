import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A table derived from a lexicon file, kept on disk between runs: building the reverse
 * (Arabic → English) index of the whole dictionary took about half of every `npm run ask`.
 * The file is named by everything the table depends on — the lexicon's bytes (sha256), the
 * code that builds it, and a probe of the functions it calls (their outputs on a sample) —
 * so a changed dictionary, builder or analyzer never reads an old table: it builds anew.
 * Unreadable, corrupt or unwritable caches only cost the build.
 */
export interface DerivedCacheOptions {
  /** Folder of cached tables (created when missing). */
  readonly directory: string;
  /** What the table is (part of the file name). */
  readonly name: string;
  /** Everything the table depends on, as text (hashed into the file name). */
  readonly dependsOn: readonly string[];
}

function fileOf(options: DerivedCacheOptions, extension: string): string {
  const hash = createHash("sha256");
  for (const part of options.dependsOn) hash.update(`${part.length}:${part}`);
  return path.join(options.directory, `${options.name}-${hash.digest("hex").slice(0, 32)}${extension}`);
}

/** The cached table, or what `build` returns (then saved for the next run). */
export function cachedTable<T>(
  options: DerivedCacheOptions,
  build: () => T,
  encode: (table: T) => unknown,
  decode: (json: unknown) => T,
): T {
  return cachedBytes(
    options,
    build,
    (table) => Buffer.from(JSON.stringify(encode(table))),
    (bytes) => decode(JSON.parse(bytes.toString("utf8"))),
    ".json",
  );
}

/**
 * As `cachedTable`, for tables kept as bytes (e.g. `packTables`): `decode` throws on a file
 * it cannot read, which is then rebuilt.
 */
export function cachedBytes<T, Built extends T = T>(
  options: DerivedCacheOptions,
  build: () => Built,
  encode: (table: Built) => Uint8Array,
  decode: (bytes: Buffer) => T,
  extension = ".bin",
): T {
  const file = fileOf(options, extension);
  try {
    return decode(readFileSync(file));
  } catch {
    // Missing or unreadable: build it.
  }
  const table = build();
  try {
    mkdirSync(options.directory, { recursive: true });
    // Written whole under a temporary name, then renamed: readers never see half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, encode(table));
    renameSync(temporary, file);
  } catch {
    // A read-only location only costs the build next time.
  }
  return table;
}
