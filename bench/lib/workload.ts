/**
 * The query workload: question texts of the shared evaluation sets, used only to MEASURE
 * (never to tune). Every corpus size gets the same questions, so latencies are comparable:
 * all questions of talks-qa.dev (about the article) plus a seeded sample of xquad-dev's
 * Arabic and English questions.
 */
import { readFile } from "node:fs/promises";
import type { Lang } from "../../src/core/types.js";
import { mulberry32, shuffled } from "./prng.js";

export interface WorkloadQuestion {
  readonly id: string;
  readonly set: "talks-qa" | "xquad";
  readonly lang: Lang;
  readonly question: string;
  readonly goldDoc?: string;
  readonly outOfScope?: boolean;
}

interface RawQuestion {
  readonly id?: unknown;
  readonly lang?: unknown;
  readonly question?: unknown;
  readonly gold_doc?: unknown;
  readonly out_of_scope?: unknown;
}

export async function readQuestions(file: string, set: WorkloadQuestion["set"]): Promise<WorkloadQuestion[]> {
  const lines = (await readFile(file, "utf8")).split("\n").filter((l) => l.trim() !== "");
  return lines.map((line, i) => {
    const raw = JSON.parse(line) as RawQuestion;
    if (typeof raw.question !== "string" || (raw.lang !== "ar" && raw.lang !== "en"))
      throw new Error(`${file}:${i + 1}: expected {"lang":"ar"|"en","question":…}`);
    return {
      id: typeof raw.id === "string" ? raw.id : `${set}-${i + 1}`,
      set,
      lang: raw.lang,
      question: raw.question,
      ...(typeof raw.gold_doc === "string" ? { goldDoc: raw.gold_doc } : {}),
      ...(raw.out_of_scope === true ? { outOfScope: true } : {}),
    };
  });
}

export interface WorkloadOptions {
  readonly talksFile: string;
  readonly xquadFile: string;
  /** xquad questions sampled per language. */
  readonly perLanguage: number;
  readonly seed: number;
}

export async function buildWorkload(options: WorkloadOptions): Promise<WorkloadQuestion[]> {
  const talks = await readQuestions(options.talksFile, "talks-qa");
  const xquad = await readQuestions(options.xquadFile, "xquad");
  const random = mulberry32(options.seed);
  const sample = (lang: Lang) =>
    shuffled(
      random,
      xquad.filter((q) => q.lang === lang),
    ).slice(0, options.perLanguage);
  return [...talks, ...sample("ar"), ...sample("en")];
}
