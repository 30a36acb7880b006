/**
 * Checks that dependencies between the folders of `src/` point one way:
 *
 *   cli → app → {bot, llm, eval} → answer → retrieval → {index, translate} → {text, corpus, chunking} → core
 *
 * A folder may import any folder to its right, never one to its left or a sibling in the same
 * braces. Two folders sit beside the chain: `render` (imports only core; imported only by bot
 * and cli) and `embeddings` (at the index level: imports what index may, imported only by index
 * and app). Nothing under src/ imports from outside it (tests, bench, scripts). Every relative
 * import counts, `import type` included: a type import is a dependency on the folder's meaning too.
 *
 * `npx tsx scripts/check-layers.ts` prints each violating import as `file:line → target` and
 * exits 1 if there is any; test/layers.test.ts keeps the list from growing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The chain, top first; a folder may import the folders of later tiers. */
export const CHAIN: readonly (readonly string[])[] = [
  ["cli"],
  ["app"],
  ["bot", "llm", "eval"],
  ["answer"],
  ["retrieval"],
  ["index", "translate"],
  ["text", "corpus", "chunking"],
  ["core"],
];

/** Folders beside the chain: what each may import, and who may import it. */
const BESIDE: Readonly<
  Record<string, { readonly imports: readonly string[]; readonly importers: readonly string[] }>
> = {
  render: { imports: ["core"], importers: ["bot", "cli"] },
  embeddings: { imports: ["text", "corpus", "chunking", "core"], importers: ["index", "app"] },
};

/** Folders without code of their own (ambient declarations for untyped packages). */
const IGNORED = new Set(["types"]);

/** Which folders `from` may import (its own folder always). */
export function allowedImports(from: string): ReadonlySet<string> {
  const allowed = new Set<string>([from]);
  const beside = BESIDE[from];
  if (beside !== undefined) {
    for (const folder of beside.imports) allowed.add(folder);
    return allowed;
  }
  const tier = CHAIN.findIndex((folders) => folders.includes(from));
  if (tier < 0) return allowed;
  for (const folders of CHAIN.slice(tier + 1)) for (const folder of folders) allowed.add(folder);
  for (const [folder, { importers }] of Object.entries(BESIDE)) {
    if (importers.includes(from)) allowed.add(folder);
  }
  return allowed;
}

export interface Violation {
  /** Path of the importing file, relative to the repository root (`src/llm/providers.ts`). */
  readonly file: string;
  readonly line: number;
  /** Path of the imported module, relative to the repository root, as written (`.js`). */
  readonly target: string;
  readonly message: string;
}

/** `from "…"` (import and export), and `import("…")`; the line is that of the specifier. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*)"(\.[^"]*)"/g;

function* sourceFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith(".ts")) yield full;
  }
}

/** Every import under `<root>/src` that crosses the layers the wrong way, in file order. */
export function findViolations(root: string): Violation[] {
  const srcDir = path.join(root, "src");
  const known = new Set([...CHAIN.flat(), ...Object.keys(BESIDE)]);
  const violations: Violation[] = [];
  const relative = (p: string) => path.relative(root, p).split(path.sep).join("/");
  for (const file of [...sourceFiles(srcDir)].sort()) {
    const from = path.relative(srcDir, file).split(path.sep)[0] ?? "";
    if (IGNORED.has(from)) continue;
    if (!known.has(from)) {
      violations.push({
        file: relative(file),
        line: 1,
        target: "",
        message: `src/${from} is not in the layer table`,
      });
      continue;
    }
    const allowed = allowedImports(from);
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((text, i) => {
        for (const match of text.matchAll(SPECIFIER)) {
          const resolved = path.resolve(path.dirname(file), match[1] ?? "");
          const inSrc = path.relative(srcDir, resolved).split(path.sep);
          const to = inSrc[0] ?? "";
          // Code under src/ never reaches into the tests, the bench or the scripts.
          const outside = to === "..";
          if (!outside && (inSrc.length < 2 || IGNORED.has(to) || allowed.has(to))) continue;
          violations.push({
            file: relative(file),
            line: i + 1,
            target: relative(resolved),
            message: outside ? `${from} may not import from outside src/` : `${from} may not import ${to}`,
          });
        }
      });
  }
  return violations;
}

export function formatViolation(v: Violation): string {
  return v.target === "" ? `${v.file}: ${v.message}` : `${v.file}:${v.line} → ${v.target} (${v.message})`;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const violations = findViolations(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
  for (const v of violations) console.log(formatViolation(v));
  console.log(violations.length === 0 ? "layers: no violations" : `layers: ${violations.length} violations`);
  process.exitCode = violations.length === 0 ? 0 : 1;
}
