/**
 * Compiled entry points, so commands start in a fraction of a second instead of compiling
 * TypeScript at every run:
 *
 *   node scripts/dist.mjs build            bundle src/cli/*.ts into dist/ (run by `npm ci`
 *                                          through `prepare`, and by `npm run build`)
 *   node scripts/dist.mjs ensure           build only if src/ changed since the last build (tests)
 *   node scripts/dist.mjs run <cmd> [args]  run dist/<cmd>.js, rebuilding first if any file
 *                                          under src/ is newer than the build (so an edit
 *                                          or a checkout never runs stale code)
 *
 * esbuild bundles each entry point with our code and the pure-JS dependencies into one
 * CommonJS file: one file to read instead of hundreds to resolve. Parsing that file is then
 * most of a start (Node 20 has no compile cache for ES modules), so `run` compiles it through
 * `vm.Script` with V8's code cache, kept beside the bundle (`dist/<cmd>.cjs.cache`, written
 * at exit by the first run, and again whenever V8 rejects it). The native hnswlib-node addon
 * stays external. Type checking is `npm run typecheck`'s job, not this.
 * Paths (corpus/, prompts/, data/, .index/) are relative to the working directory, as npm
 * scripts run from the package root.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = path.join(ROOT, "src");
const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".built");
const ENTRIES = ["ask", "start", "ingest", "eval"];

/**
 * hnswlib-node is a native addon (found through `bindings`, relative to its own files), so it
 * stays outside the bundle. LangChain loads it with `import()`, which a `vm.Script` could only
 * run through an experimental loader: a small bundled shim `require`s it instead, and the
 * bundler turns those `import()`s into plain calls to the shim.
 */
const nativeAddonByRequire = {
  name: "native-addon-by-require",
  setup(build) {
    build.onResolve({ filter: /^hnswlib-node$/ }, () => ({ path: "hnswlib-node", namespace: "native-addon" }));
    build.onLoad({ filter: /.*/, namespace: "native-addon" }, () => ({
      contents: 'module.exports = require("hnswlib-node/lib/index.js");',
      loader: "js",
    }));
    build.onResolve({ filter: /^hnswlib-node\/lib\/index\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

async function build() {
  const { build: esbuild } = await import("esbuild");
  // Chunk names carry content hashes: start clean so old chunks do not pile up.
  rmSync(DIST, { recursive: true, force: true });
  await esbuild({
    entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, path.join(SRC, "cli", `${name}.ts`)])),
    outdir: DIST,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [nativeAddonByRequire],
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

async function ensureBuilt() {
  if (newest(SRC) > builtAt()) {
    process.stderr.write("compiling src/ into dist/ (sources changed since the last build)…\n");
    await build();
  }
}

/** Run a CommonJS bundle as `require` would, compiled with (and refreshing) V8's code cache. */
function runCached(file) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, "utf8")), {
    filename: file,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // At exit the cache also holds every function compiled during the run, not just the top level.
    process.once("exit", () => {
      try {
        const temp = `${cacheFile}.${process.pid}`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        // A read-only dist/ only costs the cache.
      }
    });
  }
  const module = { exports: {}, filename: file, id: file, loaded: false };
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
}

const [command, name, ...rest] = process.argv.slice(2);
if (command === "build") {
  await build();
} else if (command === "ensure") {
  await ensureBuilt();
} else if (command === "run" && ENTRIES.includes(name ?? "")) {
  await ensureBuilt();
  const file = path.join(DIST, `${name}.cjs`);
  // The entry point reads its own arguments from process.argv.slice(2).
  process.argv = [process.argv[0] ?? "node", file, ...rest];
  runCached(file);
} else {
  process.stderr.write(`usage: node scripts/dist.mjs build | ensure | run <${ENTRIES.join("|")}> [args…]\n`);
  process.exitCode = 2;
}
