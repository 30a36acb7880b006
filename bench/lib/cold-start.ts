/**
 * Cold start: a fresh process (`node scripts/dist.mjs run ask --json "…"`, what `npm run ask`
 * runs, minus npm: the compiled bundle with its code cache) with INDEX_DIR pointing at a prebuilt index, timed from spawn to the answer
 * on stdout and to exit; peak RSS from `/usr/bin/time -v` when available, else from the child's
 * own `process.resourceUsage().maxRSS` (reported by a preloaded module). The manifest's
 * `builtAt` is compared before and after, so a run that silently rebuilt the index is caught.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface ColdStartRun {
  readonly firstAnswerMs: number;
  readonly exitMs: number;
  readonly peakRssMb: number;
  readonly rssSource: "/usr/bin/time -v" | "process.resourceUsage";
  readonly covered: boolean;
}

export interface ColdStartOptions {
  readonly repoRoot: string;
  readonly corpusPath: string;
  readonly indexDirectory: string;
  readonly question: string;
  readonly timeoutMs: number;
}

const TIME = "/usr/bin/time";

async function builtAt(indexDirectory: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(indexDirectory, "manifest.json"), "utf8")) as {
    builtAt?: unknown;
  };
  return String(manifest.builtAt);
}

export async function coldStartOnce(options: ColdStartOptions): Promise<ColdStartRun> {
  const before = await builtAt(options.indexDirectory);
  const useTime = existsSync(TIME);
  const command = [
    "env",
    `CORPUS_DIR=${options.corpusPath}`,
    `INDEX_DIR=${options.indexDirectory}`,
    "LLM_PROVIDER=none",
    "EMBEDDINGS_PROVIDER=local",
    "LOG_LEVEL=error",
    process.execPath,
    // Without /usr/bin/time the child reports its own peak RSS (a TypeScript preload: tsx).
    ...(useTime ? [] : ["--import", "tsx", "--import", "./bench/lib/rss-reporter.ts"]),
    "scripts/dist.mjs",
    "run",
    "ask",
    "--json",
    options.question,
  ];
  const [file, ...args] = useTime ? [TIME, "-v", ...command] : command;
  const startedAt = performance.now();
  const child = spawn(file ?? "env", args, { cwd: options.repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let firstAnswerMs = Number.NaN;
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    if (Number.isNaN(firstAnswerMs)) firstAnswerMs = performance.now() - startedAt;
    stdout += chunk;
  });
  child.stderr.on("data", (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once("close", (c) => resolve(c)));
  clearTimeout(timer);
  const exitMs = performance.now() - startedAt;
  if (code !== 0) throw new Error(`the cold-start child exited with ${code}: ${stderr.slice(-2000)}`);
  const answer = JSON.parse(stdout) as { covered?: unknown };
  if ((await builtAt(options.indexDirectory)) !== before)
    throw new Error("the cold-start child rebuilt the index instead of loading it");
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const fromChild = /BENCH-MAXRSS-KB (\d+)/.exec(stderr)?.[1];
  const kb = Number(fromTime ?? fromChild ?? Number.NaN);
  return {
    firstAnswerMs,
    exitMs,
    peakRssMb: kb / 1024,
    rssSource: fromTime !== undefined ? "/usr/bin/time -v" : "process.resourceUsage",
    covered: answer.covered === true,
  };
}
