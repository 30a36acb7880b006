/**
 * Bot ready time: a fresh `npm start` process (`node scripts/dist.mjs run start`, what the npm
 * script runs, minus npm) with TELEGRAM_BOT_TOKEN set and TELEGRAM_API_ROOT at an instant fake
 * Bot API on 127.0.0.1, INDEX_DIR at a prebuilt index. Timed from spawn to the bot's first
 * `getUpdates` (it has loaded the index, connected, registered its menu and replayed its
 * ledger: from then on it takes questions). The child is then stopped with SIGTERM; the
 * manifest's `builtAt` is checked unchanged (the index was loaded, not rebuilt).
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

export interface BotReadyRun {
  /** Spawn → first `getUpdates` request received. */
  readonly readyMs: number;
  /** Spawn → `getMe` received (configuration, corpus and index loaded). */
  readonly connectedMs: number;
}

export interface BotReadyOptions {
  readonly repoRoot: string;
  readonly corpusPath: string;
  readonly indexDirectory: string;
  readonly timeoutMs: number;
}

// A token of the shape the configuration accepts (<digits>:<35 characters>); the fake API takes any.
const TOKEN = `123456:${"r".repeat(35)}`;

interface FakeApi {
  readonly url: string;
  readonly server: Server;
  /** performance.now() of the first call of each method. */
  readonly firstCall: Map<string, number>;
  readonly firstGetUpdates: Promise<void>;
}

/** Answers every Bot API method at once; `getUpdates` holds briefly and returns nothing. */
async function startFakeApi(): Promise<FakeApi> {
  const firstCall = new Map<string, number>();
  let onGetUpdates = () => {};
  const firstGetUpdates = new Promise<void>((resolve) => {
    onGetUpdates = resolve;
  });
  const server = createServer((req, res) => {
    const method = (req.url ?? "").split("/").at(-1) ?? "";
    if (!firstCall.has(method)) firstCall.set(method, performance.now());
    req.resume();
    req.on("end", () => {
      const reply = (result: unknown) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ ok: true, result }));
      };
      if (method === "getMe")
        return reply({
          id: 1,
          is_bot: true,
          first_name: "Ready",
          username: "ready_bot",
          can_join_groups: true,
        });
      if (method === "getUpdates") {
        onGetUpdates();
        return void setTimeout(() => reply([]), 50);
      }
      reply(true);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, firstCall, firstGetUpdates };
}

async function builtAt(indexDirectory: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(indexDirectory, "manifest.json"), "utf8")) as {
    builtAt?: unknown;
  };
  return String(manifest.builtAt);
}

export async function botReadyOnce(options: BotReadyOptions): Promise<BotReadyRun> {
  const before = await builtAt(options.indexDirectory);
  const api = await startFakeApi();
  const ledgerDir = await mkdtemp(path.join(tmpdir(), "bench-ready-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CORPUS_DIR: options.corpusPath,
    INDEX_DIR: options.indexDirectory,
    LLM_PROVIDER: "none",
    EMBEDDINGS_PROVIDER: "local",
    LOG_LEVEL: "error",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.url,
    BOT_LEDGER_PATH: path.join(ledgerDir, "ledger.jsonl"),
  };
  // To profile the child: BENCH_CHILD_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_CHILD_NODE_ARGS ?? "").split(" ").filter((a) => a !== "");
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, "scripts/dist.mjs", "run", "start"], {
    cwd: options.repoRoot,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  let timer: NodeJS.Timeout | undefined;
  try {
    const outcome = await Promise.race([
      api.firstGetUpdates.then(() => "ready" as const),
      exited.then(() => "exited" as const),
      new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), options.timeoutMs);
      }),
    ]);
    if (outcome !== "ready")
      throw new Error(`the bot did not start polling (${outcome}): ${stderr.slice(-2000)}`);
    const readyAt = api.firstCall.get("getUpdates") ?? Number.NaN;
    const connectedAt = api.firstCall.get("getMe") ?? Number.NaN;
    if ((await builtAt(options.indexDirectory)) !== before)
      throw new Error("the bot rebuilt the index instead of loading it");
    return { readyMs: readyAt - startedAt, connectedMs: connectedAt - startedAt };
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null) child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(killer);
    api.server.closeAllConnections();
    await new Promise((resolve) => api.server.close(resolve));
    await rm(ledgerDir, { recursive: true, force: true });
  }
}
