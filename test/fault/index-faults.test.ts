/**
 * Index faults through the real offline pipeline (`buildPipeline` + `QaService`), in temp
 * folders only (never the repository's `.index/`):
 * - a corrupt, truncated or foreign index file is rebuilt, the reason is logged, answers are
 *   verbatim, and the next start loads the repaired index (no rebuild loop);
 * - a changed corpus is never served from the old index, even when the edit keeps every
 *   chunk's offsets: the answer quotes the new text, never the old;
 * - an index location that cannot be written serves from memory with a warning, start after
 *   start, without failing; a mistyped INDEX_DIR (a folder holding other files, or a file) is
 *   left untouched;
 * - the same, as a user meets it: the `ask` command in a fresh process exits 0 and answers.
 */
import { spawn } from "node:child_process";
import { constants } from "node:fs";
import {
  access,
  chmod,
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import type { Answer, CorpusDocument } from "../../src/core/types.js";
import { renderAnswer } from "../../src/render/telegram/answer.js";
import { htmlToPlainText } from "../../src/render/telegram/html.js";
import { Lexicon } from "../../src/translate/lexicon.js";
import { CORPUS_FILE } from "../bot/fakes.js";
import { captureLogger } from "../bot/harness.js";
import { type AskRun, BEFORE_SAVE, flipBytes, ROOT, runAsk, temporariesBeside } from "./cli-runs.js";

/** The article answers this in one place, with the resolution number in the quote. */
const QUESTION = "ما هو قرار مجلس الأمن الذي تستند إليه التسوية في سوريا؟";
const OLD = "2254";
/** Same length as OLD: the edit keeps every offset, so only the corpus hash can tell. */
const NEW = "7391";

let scratch: string;
let corpusDir: string;
/** A good index of the article, copied for each case. */
let pristine: string;
let lexicon: Lexicon;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "index-faults-"));
  lexicon = await Lexicon.load(path.join(ROOT, loadConfig({}).lexiconPath));
  corpusDir = path.join(scratch, "corpus");
  await mkdir(corpusDir);
  await copyFile(CORPUS_FILE, path.join(corpusDir, path.basename(CORPUS_FILE)));
  pristine = path.join(scratch, "pristine");
  const first = await start(pristine);
  expect(first.opened).toMatchObject({ status: "built", saved: true });
});

afterAll(async () => {
  if (scratch !== undefined) {
    await chmod(scratch, 0o700).catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
  }
});

async function start(indexDir: string, corpus = corpusDir) {
  const log = captureLogger();
  const config = loadConfig({ CORPUS_DIR: corpus, INDEX_DIR: indexDir, LLM_PROVIDER: "none" });
  const pipeline = await buildPipeline({ config, logger: log.logger, lexicon });
  return { ...pipeline, lines: log.lines };
}

/** Every quote and passage is the served corpus's exact text at its offsets. */
function expectVerbatim(answer: Answer, documents: readonly CorpusDocument[]): void {
  for (const item of [...answer.quotes, ...answer.passages]) {
    const doc = documents.find((d) => d.id === item.doc);
    expect(doc, `document ${item.doc}`).toBeDefined();
    expect(doc?.text.slice(item.start, item.end)).toBe(item.text);
  }
}

async function askCovered(pipeline: Awaited<ReturnType<typeof start>>): Promise<Answer> {
  const answer = await pipeline.qa.ask(QUESTION);
  expect(answer.covered).toBe(true);
  expect(answer.quotes.length).toBeGreaterThan(0);
  expectVerbatim(answer, pipeline.documents);
  return answer;
}

const quoted = (answer: Answer) => answer.quotes.map((q) => q.text).join("\n");

async function copyOfPristine(name: string): Promise<string> {
  const dir = path.join(scratch, name);
  await cp(pristine, dir, { recursive: true });
  return dir;
}

async function rewriteJson(file: string, change: (value: unknown) => unknown): Promise<void> {
  await writeFile(file, JSON.stringify(change(JSON.parse(await readFile(file, "utf8")))));
}

interface Corruption {
  readonly name: string;
  readonly reason: RegExp;
  readonly apply: (dir: string) => Promise<void>;
}

const CORRUPTIONS: readonly Corruption[] = [
  {
    name: "vector file overwritten with noise",
    reason: /index files are corrupt/,
    apply: async (dir) => {
      const file = path.join(dir, "hnswlib.index");
      const size = (await stat(file)).size;
      const noise = Buffer.alloc(size);
      for (let i = 0; i < size; i++) noise[i] = (i * 7919 + 13) & 0xff;
      await writeFile(file, noise);
    },
  },
  {
    name: "vector file truncated to half",
    reason: /index files are corrupt/,
    apply: async (dir) => {
      const file = path.join(dir, "hnswlib.index");
      await truncate(file, Math.floor((await stat(file)).size / 2));
    },
  },
  {
    name: "vector file empty",
    reason: /index files are corrupt/,
    apply: (dir) => truncate(path.join(dir, "hnswlib.index"), 0),
  },
  {
    name: "postings truncated",
    reason: /index files are corrupt/,
    apply: async (dir) => {
      const file = path.join(dir, "postings.bin");
      await truncate(file, Math.floor((await stat(file)).size / 2));
    },
  },
  {
    name: "vector file with bytes flipped, same size",
    reason: /hnswlib\.index does not match its checksum/,
    apply: (dir) => flipBytes(path.join(dir, "hnswlib.index")),
  },
  {
    name: "postings with bytes flipped, same size",
    reason: /postings\.bin does not match its checksum/,
    apply: (dir) => flipBytes(path.join(dir, "postings.bin")),
  },
  {
    name: "manifest listing no postings",
    reason: /manifest lists no postings\.bin/,
    apply: (dir) => rewriteJson(path.join(dir, "manifest.json"), (m) => ({ ...(m as object), files: {} })),
  },
  {
    name: "manifest truncated",
    reason: /manifest is unreadable or corrupt/,
    apply: async (dir) => truncate(path.join(dir, "manifest.json"), 20),
  },
  {
    name: "manifest of another corpus",
    reason: /corpus changed/,
    apply: (dir) =>
      rewriteJson(path.join(dir, "manifest.json"), (m) => ({ ...(m as object), corpusHash: "0".repeat(64) })),
  },
  {
    name: "manifest missing (an interrupted save)",
    reason: /no index in .* yet/,
    apply: (dir) => rm(path.join(dir, "manifest.json")),
  },
];

describe("a damaged index", () => {
  it.each(CORRUPTIONS)(
    "$name: rebuilt with the reason logged, answers verbatim, the next start loads the repaired index",
    async ({ name, reason, apply }) => {
      const dir = await copyOfPristine(name.replace(/\W+/g, "-"));
      await apply(dir);
      const repaired = await start(dir);
      expect(repaired.opened.status).toBe("built");
      expect(repaired.opened.reason).toMatch(reason);
      expect(repaired.opened.saved).toBe(true);
      expect(
        repaired.lines.some((l) => l.startsWith(`INFO building the index: ${repaired.opened.reason}`)),
      ).toBe(true);
      const answer = await askCovered(repaired);
      expect(quoted(answer)).toContain(OLD);

      const next = await start(dir);
      expect(next.opened.status).toBe("loaded");
      expect((await askCovered(next)).quotes).toEqual(answer.quotes);
    },
  );
});

describe("a changed corpus", () => {
  it("is never answered from the old index: an edit that keeps every offset is rebuilt and quoted", async () => {
    const corpus = path.join(scratch, "corpus-edited");
    await cp(corpusDir, corpus, { recursive: true });
    const indexDir = path.join(scratch, "index-edited");
    const before = await start(indexDir, corpus);
    expect(quoted(await askCovered(before))).toContain(OLD);

    const file = path.join(corpus, path.basename(CORPUS_FILE));
    const text = await readFile(file, "utf8");
    expect(text.split(OLD)).toHaveLength(2);
    await writeFile(file, text.replace(OLD, NEW));

    const after = await start(indexDir, corpus);
    expect(after.opened.status).toBe("built");
    expect(after.opened.reason).toMatch(/corpus changed/);
    // Same chunk boundaries as before: only the manifest's corpus hash told the index apart.
    expect(after.opened.index.chunks.map((c) => [c.id, c.start, c.end])).toEqual(
      before.opened.index.chunks.map((c) => [c.id, c.start, c.end]),
    );
    const answer = await askCovered(after);
    expect(quoted(answer)).toContain(NEW);
    const shown = [...answer.quotes, ...answer.passages].map((q) => q.text).join("\n");
    expect(shown).not.toContain(OLD);
    const rendered = renderAnswer(answer).messages.map(htmlToPlainText).join("\n");
    expect(rendered).toContain(NEW);
    expect(rendered).not.toContain(OLD);

    const again = await start(indexDir, corpus);
    expect(again.opened.status).toBe("loaded");
    expect(quoted(await askCovered(again))).toContain(NEW);
  });
});

/** Can this process create a file in `dir`? (As root, a 0555 folder is still writable.) */
async function canWrite(dir: string): Promise<boolean> {
  const probe = path.join(dir, ".probe");
  try {
    await writeFile(probe, "x");
    await rm(probe);
    return true;
  } catch {
    return false;
  }
}

async function readOnlyFolder(): Promise<{ dir: string; effective: boolean }> {
  const dir = path.join(scratch, "read-only");
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o555);
  return { dir, effective: !(await canWrite(dir)) };
}

describe("an index location that cannot be written", () => {
  async function expectServedFromMemory(indexDir: string): Promise<void> {
    for (let startNo = 1; startNo <= 2; startNo++) {
      const opened = await start(indexDir);
      expect(opened.opened, `start ${startNo}`).toMatchObject({ status: "built", saved: false });
      const warning = opened.lines.find((l) => l.startsWith("WARN could not save the index"));
      expect(warning, opened.lines.join("\n")).toContain("using it in memory only");
      expect(quoted(await askCovered(opened))).toContain(OLD);
    }
  }

  it("a path under a regular file: served from memory with a warning, start after start", async () => {
    const blocker = path.join(scratch, "blocker");
    await writeFile(blocker, "a file, not a folder");
    await expectServedFromMemory(path.join(blocker, "index"));
    expect(await readFile(blocker, "utf8")).toBe("a file, not a folder");
  });

  it("a read-only folder (chmod 555; skipped where this process can write there anyway, e.g. as root)", async (ctx) => {
    const { dir, effective } = await readOnlyFolder();
    if (!effective) ctx.skip();
    await expectServedFromMemory(path.join(dir, "index"));
    await chmod(dir, 0o755);
  });

  it("a folder holding other files is never replaced or emptied", async () => {
    const dir = path.join(scratch, "not-an-index");
    await mkdir(dir);
    await writeFile(path.join(dir, "notes.txt"), "keep me");
    await expectServedFromMemory(dir);
    expect(await readdir(dir)).toEqual(["notes.txt"]);
    expect(await readFile(path.join(dir, "notes.txt"), "utf8")).toBe("keep me");
  });

  it("a file is never replaced", async () => {
    const file = path.join(scratch, "index-file.txt");
    await writeFile(file, "not an index");
    await expectServedFromMemory(file);
    expect(await readFile(file, "utf8")).toBe("not an index");
    await expect(access(file, constants.R_OK)).resolves.toBeUndefined();
  });
});

/** `npm run ask` in a fresh process on the test corpus and `indexDir`, offline. */
function askCli(indexDir: string, killWhen?: (stderr: string) => boolean): Promise<AskRun> {
  return runAsk({
    args: [QUESTION],
    env: {
      CORPUS_DIR: corpusDir,
      INDEX_DIR: indexDir,
      LLM_PROVIDER: "none",
      EMBEDDINGS_PROVIDER: "local",
      LOG_LEVEL: "info",
    },
    killWhen,
  });
}

/** The pid of a process that has exited (a save it left behind can be cleared). */
function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  return new Promise((resolve) => child.once("exit", () => resolve(child.pid ?? 999_999)));
}

describe("a save interrupted by a kill", () => {
  it("leftover temp folders of a dead process are removed at the next start; a live process's are kept", async () => {
    const dir = path.join(scratch, "interrupted");
    const pid = await deadPid();
    const tmp = `${dir}.tmp-${pid}-1700000000000`;
    const old = `${dir}.old-${pid}-1700000000001`;
    const live = `${dir}.tmp-${process.pid}-1700000000002`;
    for (const folder of [tmp, old, live]) {
      await mkdir(folder);
      await writeFile(path.join(folder, "postings.bin"), "half written");
    }
    const started = await start(dir);
    expect(started.opened.status).toBe("built");
    expect(started.lines.some((l) => l.startsWith("INFO removed folders left by an interrupted save"))).toBe(
      true,
    );
    expect(await temporariesBeside(dir)).toEqual([path.basename(live)]);
    await rm(live, { recursive: true });
    expect((await start(dir)).opened.status).toBe("loaded");
  });

  it("kill -9 while the index is being saved: the next run answers and no temp folder is left", async () => {
    const dir = path.join(scratch, "killed-mid-save");
    const killed = await askCli(dir, (stderr) => BEFORE_SAVE.test(stderr));
    expect(killed.code).not.toBe(0);
    const next = await askCli(dir);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain(OLD);
    expect(await temporariesBeside(dir)).toEqual([]);
  });
});

describe("the ask command in a fresh process", () => {
  it("a corrupt index: the first run rebuilds and answers (exit 0), the second loads it", async () => {
    const dir = await copyOfPristine("cli-corrupt");
    await truncate(path.join(dir, "hnswlib.index"), 100);
    const first = await askCli(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/building the index: the index files are corrupt/);
    expect(first.stdout).toContain(OLD);
    const second = await askCli(dir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain("index loaded from");
    expect(second.stderr).not.toContain("building the index");
    expect(second.stdout).toContain(OLD);
  });

  it("a byte-flipped vector file (same size): rebuilt, never a crash (exit 0), then loaded", async () => {
    const dir = await copyOfPristine("cli-flipped");
    await flipBytes(path.join(dir, "hnswlib.index"));
    const first = await askCli(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(
      /building the index: the index files are corrupt \(.*hnswlib\.index does not match its checksum/,
    );
    expect(first.stdout).toContain(OLD);
    const second = await askCli(dir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain("index loaded from");
  });

  it("an unwritable location: every run answers from memory with a warning (exit 0)", async () => {
    const blocker = path.join(scratch, "cli-blocker");
    await writeFile(blocker, "x");
    for (let run = 0; run < 2; run++) {
      const result = await askCli(path.join(blocker, "index"));
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain("could not save the index");
      expect(result.stdout).toContain(OLD);
    }
  });
});
