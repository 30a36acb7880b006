/**
 * Fault figures of the `ask` command in fresh processes (what `npm run ask` runs: the compiled
 * bundle), on the project corpus with indexes in a scratch folder: a model that hangs, errors or
 * mixes invented claims with real ones (a small OpenAI-compatible server on 127.0.0.1,
 * test/llm/openai-server.ts), index files with bytes flipped, and kills during the index save.
 */
import { watch } from "node:fs";
import { cp, mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { type AskRun, flipBytes, ROOT, runAsk, temporariesBeside } from "../../../test/fault/cli-runs.js";
import { answerJson, FABRICATED_QUOTE, INVENTED, passageNumberOf } from "../../../test/llm/fixtures.js";
import { type ChatReply, type ChatRequest, startFakeOpenAiServer } from "../../../test/llm/openai-server.js";

const CORPUS_DIR = path.join(ROOT, "corpus");
export const EN_QUESTION = "What did Lavrov say about the return of refugees?";
export const AR_QUESTION = "ماذا قال لافروف عن عودة اللاجئين؟";
/** The CLI's model budget and its stated bound (`ANSWER_BUDGET_MS` default 10 s; target ≤ 12 s). */
export const ASK_BOUND_MS = 12_000;

const offline = (indexDir: string): Record<string, string> => ({
  CORPUS_DIR,
  INDEX_DIR: indexDir,
  LLM_PROVIDER: "none",
  EMBEDDINGS_PROVIDER: "local",
  LOG_LEVEL: "info",
});

/** A crash: killed by a signal (SIGSEGV, SIGABRT…) or an exit code other than 0. */
const crashed = (run: AskRun) => run.signal !== null || run.code !== 0;

/**
 * The model's answer built from the first passage it was sent: two claims citing the passage's
 * first eight words (a real quote), one invented claim citing a fabricated quote.
 */
function mixedAnswer(req: ChatRequest): string {
  const first = req.prompt.match(/<passage n="\d+" paragraph="\d+">\n([\s\S]*?)\n<\/passage>/)?.[1] ?? "";
  const real = first.split(/\s+/).slice(0, 8).join(" ");
  const n = passageNumberOf(req.prompt, real) ?? 1;
  const english = req.prompt.includes("Write the answer in English");
  const text = english
    ? "Lavrov spoke about the return of refugees [1]. He also announced that ALL RUSSIAN TROOPS WILL LEAVE SYRIA [2]. The ministers discussed it [1]."
    : "تحدث لافروف عن عودة اللاجئين [1]. وأعلن انسحاب جميع القوات الروسية من سوريا [2]. وبحث الوزيران ذلك [1].";
  return answerJson(text, [
    { n: 1, passage: n, quote: real, translation: english ? "as quoted" : "" },
    {
      n: 2,
      passage: n,
      quote: FABRICATED_QUOTE,
      translation: english ? "all Russian troops leave Syria" : "",
    },
  ]);
}

function scenario(req: ChatRequest): ChatReply {
  if (req.task === "translate") return { kind: "text", text: "لافروف عودة اللاجئين" };
  if (req.task === "condense") return { kind: "text", text: EN_QUESTION };
  if (req.model === "hang") return { kind: "hang" };
  if (req.model === "error500") return { kind: "status", status: 500 };
  return { kind: "text", text: mixedAnswer(req) };
}

export interface AskModelRun {
  readonly model: "hang" | "error500" | "mixed";
  readonly question: "en" | "ar";
  readonly json: boolean;
  readonly ms: number;
  readonly exit: string;
  /** `answerer` of the printed answer (`extractive` = the offline answer), or "–" without --json. */
  readonly answerer: string;
  readonly invented: number;
  readonly fabricatedQuotes: number;
}

const exitOf = (run: AskRun) => (run.signal !== null ? run.signal : String(run.code));
const count = (text: string, what: RegExp | string) =>
  typeof what === "string" ? text.split(what).length - 1 : (text.match(new RegExp(what, "g")) ?? []).length;

/** `npm run ask` against a model that hangs, errors or invents, with default budget and timeouts. */
export async function measureAskWithModel(scratch: string): Promise<AskModelRun[]> {
  const server = await startFakeOpenAiServer(scenario);
  const indexDir = path.join(scratch, "ask-model-index");
  try {
    // Build the index first, so the runs below time the answer, not the build.
    await runAsk({ args: [AR_QUESTION], env: offline(indexDir) });
    const runs: AskModelRun[] = [];
    const cases: Array<Pick<AskModelRun, "model" | "question" | "json">> = [
      { model: "hang", question: "en", json: true },
      { model: "hang", question: "ar", json: false },
      { model: "error500", question: "en", json: true },
      { model: "mixed", question: "en", json: true },
      { model: "mixed", question: "en", json: false },
      { model: "mixed", question: "ar", json: true },
      { model: "mixed", question: "ar", json: false },
    ];
    for (const c of cases) {
      const run = await runAsk({
        args: [c.question === "en" ? EN_QUESTION : AR_QUESTION, ...(c.json ? ["--json"] : [])],
        env: {
          ...offline(indexDir),
          LLM_PROVIDER: "openai",
          LLM_BASE_URL: server.baseUrl,
          LLM_MODEL: c.model,
          LOG_LEVEL: "warn",
        },
      });
      let answerer = "–";
      if (c.json) {
        try {
          answerer = String((JSON.parse(run.stdout) as { answerer?: unknown }).answerer);
        } catch {
          answerer = "unparsable";
        }
      }
      runs.push({
        ...c,
        ms: run.ms,
        exit: exitOf(run),
        answerer,
        invented: count(run.stdout, INVENTED),
        fabricatedQuotes: count(run.stdout, FABRICATED_QUOTE),
      });
    }
    return runs;
  } finally {
    await server.close();
    await rm(indexDir, { recursive: true, force: true });
  }
}

export interface FlipRun {
  readonly file: string;
  /** First start on the damaged index: rebuilt? exit, and did it answer? */
  readonly rebuilt: boolean;
  readonly exit: string;
  readonly answered: boolean;
  /** Second start: loaded the repaired index (no rebuild loop)? */
  readonly nextExit: string;
  readonly nextLoaded: boolean;
  readonly crashes: number;
}

/** Each file of a good index, in turn, with 64 bytes inverted (same size); two starts on it. */
export async function measureFlippedIndex(scratch: string): Promise<FlipRun[]> {
  const pristine = path.join(scratch, "flip-pristine");
  const built = await runAsk({ args: [AR_QUESTION], env: offline(pristine) });
  if (crashed(built)) throw new Error(`could not build the index:\n${built.stderr}`);
  const runs: FlipRun[] = [];
  for (const file of (await readdir(pristine)).sort()) {
    const dir = path.join(scratch, `flip-${file}`);
    await cp(pristine, dir, { recursive: true });
    await flipBytes(path.join(dir, file));
    const first = await runAsk({ args: [AR_QUESTION], env: offline(dir) });
    const next = await runAsk({ args: [AR_QUESTION], env: offline(dir) });
    runs.push({
      file,
      rebuilt: /building the index/.test(first.stderr),
      exit: exitOf(first),
      answered: first.code === 0 && first.stdout.includes("لافروف"),
      nextExit: exitOf(next),
      nextLoaded: next.stderr.includes("index loaded from") && !next.stderr.includes("building the index"),
      crashes: [first, next].filter(crashed).length,
    });
    await rm(dir, { recursive: true, force: true });
  }
  await rm(pristine, { recursive: true, force: true });
  return runs;
}

export interface KillDuringSaveRun {
  /** When the SIGKILL was sent: `delayMs` after the save's temp folder appeared (fresh build), or
   * after the previous index was moved aside (rebuild over a damaged index). */
  readonly moment: "temp folder created" | "old index moved aside";
  readonly delayMs: number;
  /** `SIGKILL` when the kill landed before the process finished on its own. */
  readonly killedExit: string;
  /** Temp folders beside the index right after the kill, and after the next start. */
  readonly leftAfterKill: number;
  readonly leftAfterNextStart: number;
  readonly nextExit: string;
  readonly nextAnswered: boolean;
}

/** Settles `delayMs` after a folder named `<base>.<kind>-…` appears in `parent` (inotify via fs.watch). */
function whenAppears(
  parent: string,
  prefix: string,
  delayMs: number,
): { fired: Promise<void>; close: () => void } {
  const watcher = watch(parent);
  const fired = new Promise<void>((resolve) => {
    watcher.on("change", (_event, name) => {
      if (!String(name).startsWith(prefix)) return;
      watcher.close();
      if (delayMs <= 0) resolve();
      else setTimeout(resolve, delayMs);
    });
  });
  return { fired, close: () => watcher.close() };
}

const KILL_POINTS: ReadonlyArray<Pick<KillDuringSaveRun, "moment" | "delayMs">> = [
  { moment: "temp folder created", delayMs: 0 },
  { moment: "temp folder created", delayMs: 2 },
  { moment: "temp folder created", delayMs: 8 },
  { moment: "old index moved aside", delayMs: 0 },
];

/** `ask` saving an index, SIGKILLed inside the save; then `ask` again on the same folder. */
export async function measureKillDuringSave(scratch: string): Promise<KillDuringSaveRun[]> {
  const runs: KillDuringSaveRun[] = [];
  const pristine = path.join(scratch, "kill-pristine");
  await runAsk({ args: [AR_QUESTION], env: offline(pristine) });
  for (const [n, point] of KILL_POINTS.entries()) {
    const parent = path.join(scratch, `kill-${n}`);
    await mkdir(parent, { recursive: true });
    const dir = path.join(parent, "index");
    const rebuild = point.moment === "old index moved aside";
    if (rebuild) {
      // A damaged index: the save replaces it, moving the old one aside first.
      await cp(pristine, dir, { recursive: true });
      await flipBytes(path.join(dir, "hnswlib.index"));
    }
    const trigger = whenAppears(parent, `index.${rebuild ? "old" : "tmp"}-`, point.delayMs);
    const killed = await runAsk({ args: [AR_QUESTION], env: offline(dir), killOn: trigger.fired });
    trigger.close();
    const leftAfterKill = (await temporariesBeside(dir)).length;
    const next = await runAsk({ args: [AR_QUESTION], env: offline(dir) });
    runs.push({
      ...point,
      killedExit: exitOf(killed),
      leftAfterKill,
      leftAfterNextStart: (await temporariesBeside(dir)).length,
      nextExit: exitOf(next),
      nextAnswered: next.code === 0 && next.stdout.includes("لافروف"),
    });
    await rm(parent, { recursive: true, force: true });
  }
  await rm(pristine, { recursive: true, force: true });
  return runs;
}
