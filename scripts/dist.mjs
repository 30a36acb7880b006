/**
 * Compiled entry points, so commands start in a fraction of a second instead of compiling
 * TypeScript at every run:
 *
 *   node scripts/dist.mjs build            bundle src/cli/*.ts into dist/ (run by `npm ci`
 *                                          through `prepare`, and by `npm run build`)
 *   node scripts/dist.mjs run <cmd> [args]  run dist/<cmd>.js, rebuilding first if any file
 *                                          under src/ is newer than the build (so an edit
 *                                          or a checkout never runs stale code)
 *
 * esbuild bundles our code and the pure-JS dependencies into a few ES modules (code split
 * between entry points): one file to parse instead of hundreds to resolve. The native
 * hnswlib-node addon stays external. Type checking is `npm run typecheck`'s job, not this.
 * Paths (corpus/, prompts/, data/, .index/) are relative to the working directory, as npm
 * scripts run from the package root.
 */
import { readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = path.join(ROOT, "src");
const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".built");
const ENTRIES = ["ask", "start", "ingest", "eval"];

async function build() {
  const { build: esbuild } = await import("esbuild");
  // Chunk names carry content hashes: start clean so old chunks do not pile up.
  rmSync(DIST, { recursive: true, force: true });
  await esbuild({
    entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, path.join(SRC, "cli", `${name}.ts`)])),
    outdir: DIST,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["hnswlib-node"],
    chunkNames: "chunks/[name]-[hash]",
    sourcemap: "linked",
    logLevel: "warning",
    // Bundled CommonJS dependencies call require() for Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** Newest modification time of any file under a folder (ms). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function builtAt() {
  try {
    return statSync(STAMP).mtimeMs;
  } catch {
    return 0;
  }
}

const [command, name, ...rest] = process.argv.slice(2);
if (command === "build") {
  await build();
} else if (command === "run" && ENTRIES.includes(name ?? "")) {
  if (newest(SRC) > builtAt()) {
    process.stderr.write("compiling src/ into dist/ (sources changed since the last build)…\n");
    await build();
  }
  // The entry point reads its own arguments from process.argv.slice(2).
  process.argv = [process.argv[0] ?? "node", path.join(DIST, `${name}.js`), ...rest];
  await import(pathToFileURL(path.join(DIST, `${name}.js`)).href);
} else {
  process.stderr.write(`usage: node scripts/dist.mjs build | run <${ENTRIES.join("|")}> [args…]\n`);
  process.exitCode = 2;
}
