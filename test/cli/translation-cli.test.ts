import { spawn } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAiServer, startFakeOpenAiServer } from "../llm/openai-server.js";

/**
 * The commands a maintainer runs for a new article: `npm run ingest -- --translate` against an
 * OpenAI-compatible server (a local fake here), then `npm run translation:check`. Run as real
 * processes, so the environment, the prompt file and the printed output are what users get:
 * each as its npm script runs it (ingest from the compiled bundle, `node scripts/dist.mjs run
 * ingest`, which test/global-setup.ts keeps current; translation:check through tsx).
 */
const ROOT = path.resolve(__dirname, "../..");
const temps: string[] = [];
let server: FakeOpenAiServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** What `npm run ingest` and `npm run translation:check` run (package.json). */
const COMMANDS = {
  ingest: ["scripts/dist.mjs", "run", "ingest"],
  "translation:check": ["--import", "tsx", "src/cli/translation-check.ts"],
} as const;

function run(
  command: keyof typeof COMMANDS,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<Run> {
  const vars = Object.entries({ LLM_PROVIDER: "none", EMBEDDINGS_PROVIDER: "local", ...env }).map(
    ([k, v]) => `${k}=${v}`,
  );
  const child = spawn("env", [...vars, process.execPath, ...COMMANDS[command], ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
  });
  child.stderr.setEncoding("utf8").on("data", (c: string) => {
    stderr += c;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
  return new Promise((resolve) =>
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

async function fixtureCorpus(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "translation-cli-"));
  temps.push(dir);
  await copyFile(path.join(ROOT, "test/fixtures/corpus-basic/b-talks.md"), path.join(dir, "b-talks.md"));
  return dir;
}

describe("translating a new article from the command line", () => {
  it("ingest --translate writes the file once, and translation:check verifies it per paragraph", async () => {
    const corpus = await fixtureCorpus();
    server = await startFakeOpenAiServer((req) => {
      const ids = [...req.prompt.matchAll(/^\{"id":(\d+),"ar":/gm)].map((m) => Number(m[1]));
      const segments = ids.map((id) => ({ id, en: `English of clause ${id}.` }));
      return { kind: "text", text: JSON.stringify({ segments }) };
    });
    const env = {
      CORPUS_DIR: corpus,
      INDEX_DIR: path.join(corpus, ".index"),
      LLM_BASE_URL: server.baseUrl,
      LLM_MODEL: "fake-translator",
      LLM_PROVIDER: "openai",
    };
    const first = await run("ingest", ["--translate"], env);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("translated paragraph 4 of 4");
    const file = path.join(corpus, "fixture-talks.en.json");
    expect(first.stdout).toContain(`wrote ${file} (review it, then commit it)`);
    expect(first.stdout).toContain("translations written: 1");
    // One call for the headline and one per paragraph (the fixture has 4).
    expect(server.requests).toHaveLength(5);
    expect(JSON.parse(await readFile(file, "utf8")).translator).toMatch(/^llm:fake-translator/);

    const again = await run("ingest", ["--translate"], env);
    expect(again.stdout).toContain("translations written: 0 (every document has one)");
    expect(server.requests).toHaveLength(5);

    const check = await run("translation:check", ["--corpus", corpus], {});
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/¶1 +2 segment\(s\) +54\/54 visible characters covered +ok/);
    expect(check.stdout).toContain(`fixture-talks: ${file} (6 segments)`);
    expect(check.stdout).toContain("alignment OK");

    // A broken file: the checker lists the problem and fails.
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/"ar": "المصدر: تاس"/, '"ar": "المصدر"'));
    const broken = await run("translation:check", ["--corpus", corpus], {});
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/PROBLEM segment \d+ \[\d+, \d+\): "ar" "المصدر" differs/);
    expect(broken.stdout).toContain("alignment FAILED in 1 file(s)");
  }, 240_000);

  it("ingest --translate without a model says which variables to set", async () => {
    const corpus = await fixtureCorpus();
    const result = await run("ingest", ["--translate"], { CORPUS_DIR: corpus });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--translate needs a chat model: set LLM_BASE_URL and LLM_MODEL/);
  });
});
