/**
 * The `ask` command in a fresh process, and the index-file damage done to it, shared by the
 * fault tests (test/fault/index-faults.test.ts asserts) and `npm run bench` (reports):
 * `runAsk` spawns what `npm run ask` runs (the compiled bundle, `node scripts/dist.mjs run ask`)
 * and times it; `flipBytes` damages a file the way hnswlib cannot detect itself; a save leaves
 * `<dir>.tmp-…` / `<dir>.old-…` folders while it runs, `temporariesBeside` finds them.
 */
import { spawn } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface AskRun {
  /** Exit code, or null when ended by a signal. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** From spawn to exit. */
  readonly ms: number;
}

/**
 * `npm run ask -- <args>` without npm's own start-up, with `env` added to this process's
 * environment. `killWhen` sees stderr as it grows and SIGKILLs the process when it says so.
 * Killed after `timeoutMs` in any case.
 */
export function runAsk(options: {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly killWhen?: (stderr: string) => boolean;
  /** SIGKILL the process when this settles (e.g. when a watched file appears). */
  readonly killOn?: Promise<unknown>;
  readonly timeoutMs?: number;
}): Promise<AskRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/dist.mjs", "run", "ask", ...options.args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  void options.killOn?.then(kill, kill);
  child.stdout.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
  });
  child.stderr.setEncoding("utf8").on("data", (c: string) => {
    stderr += c;
    if (options.killWhen?.(stderr)) kill();
  });
  const timer = setTimeout(kill, options.timeoutMs ?? 60_000);
  return new Promise((resolve) =>
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    }),
  );
}

/**
 * Invert bytes inside the file, keeping its size: the damage hnswlib cannot detect itself
 * (it crashed the process with SIGSEGV before the manifest carried checksums).
 */
export async function flipBytes(file: string): Promise<void> {
  const bytes = await readFile(file);
  for (let i = 0; i < 64; i++) {
    const at = Math.floor(((i + 1) * bytes.length) / 66);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  }
  await writeFile(file, bytes);
}

/** Folders a save leaves beside `dir` while it runs (`<dir>.tmp-…`, `<dir>.old-…`). */
export async function temporariesBeside(dir: string): Promise<string[]> {
  const base = path.basename(dir);
  return (await readdir(path.dirname(dir))).filter(
    (n) => n.startsWith(`${base}.tmp-`) || n.startsWith(`${base}.old-`),
  );
}

/** The last progress line before the index is saved: a kill here lands during the save or just after. */
export const BEFORE_SAVE = /embedded \d+\/\d+ chunks/;
