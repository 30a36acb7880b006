/**
 * Build the cross-corpus out-of-scope set `eval/xquad-on-article.jsonl`: XQuAD questions (about
 * Wikipedia articles: Super Bowl 50, the Normans, oxygen …) asked of the TASS article, which
 * answers none of them, so every one is `out_of_scope: true` and the right answer refuses.
 *
 *   npx tsx scripts/build-cross-oos.ts
 *   npx tsx scripts/build-cross-oos.ts --in ../shared/eval/xquad-dev/qa.jsonl --out eval/xquad-on-article.jsonl --per-lang 100
 *
 * The sample is deterministic and needs no seed: question groups (the same XQuAD question in
 * Arabic and English share the id after `ar-`/`en-`) are ordered by the SHA-256 of that id; the
 * first `per-lang` groups give their Arabic question, the next `per-lang` their English one, so
 * no question appears in both languages and the sample spreads over all articles.
 * XQuAD is CC BY-SA 4.0 (see eval/NOTICE): the output carries each question's XQuAD id.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "../src/cli/run.js";
import type { Lang } from "../src/core/types.js";

interface XquadQuestion {
  readonly id: string;
  readonly lang: Lang;
  readonly question: string;
}

export interface CrossOosQuestion {
  readonly id: string;
  readonly lang: Lang;
  readonly question: string;
  readonly out_of_scope: true;
  readonly kind: "oos";
  readonly xquad_id: string;
}

const groupOf = (id: string) => id.replace(/^(ar|en)-/, "");
const hashOf = (s: string) => createHash("sha256").update(s).digest("hex");

/** The sample described above; pure, so the same input always gives the same file. */
export function sampleCrossOos(questions: readonly XquadQuestion[], perLang: number): CrossOosQuestion[] {
  const groups = new Map<string, Partial<Record<Lang, XquadQuestion>>>();
  for (const q of questions) {
    const group = groups.get(groupOf(q.id)) ?? {};
    group[q.lang] = q;
    groups.set(groupOf(q.id), group);
  }
  const complete = [...groups.entries()]
    .filter(([, g]) => g.ar !== undefined && g.en !== undefined)
    .sort(([a], [b]) => (hashOf(a) < hashOf(b) ? -1 : hashOf(a) > hashOf(b) ? 1 : 0));
  if (complete.length < 2 * perLang)
    throw new Error(`need ${2 * perLang} questions present in both languages, found ${complete.length}`);
  const pick = (lang: Lang, from: number) =>
    complete.slice(from, from + perLang).map(([, g]): CrossOosQuestion => {
      const q = g[lang] as XquadQuestion;
      return {
        id: `xoos-${q.id}`,
        lang,
        question: q.question,
        out_of_scope: true,
        kind: "oos",
        xquad_id: q.id,
      };
    });
  return [...pick("ar", 0), ...pick("en", perLang)];
}

function main(): void {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const args = parseArgs(process.argv.slice(2), { values: ["in", "out", "per-lang"] });
  // shared/ sits beside the main checkout (../shared) or beside the worktrees' folder (../../shared).
  const input =
    args.values.in ??
    ["..", "../.."]
      .map((up) => path.resolve(root, up, "shared/eval/xquad-dev/qa.jsonl"))
      .find((candidate) => existsSync(candidate)) ??
    path.resolve(root, "../shared/eval/xquad-dev/qa.jsonl");
  const output = args.values.out ?? path.join(root, "eval/xquad-on-article.jsonl");
  const perLang = Number(args.values["per-lang"] ?? "100");
  if (!Number.isInteger(perLang) || perLang < 1) throw new Error("--per-lang needs a positive integer");
  const questions = readFileSync(input, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as XquadQuestion);
  const sample = sampleCrossOos(questions, perLang);
  writeFileSync(output, `${sample.map((q) => JSON.stringify(q)).join("\n")}\n`);
  process.stdout.write(`wrote ${output}: ${sample.length} questions (${perLang} ar + ${perLang} en)\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
