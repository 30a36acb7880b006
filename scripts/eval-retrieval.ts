/**
 * Retrieval-only evaluation, faster than `npm run eval` (no answer composition): builds the
 * production pipeline once over a corpus and reports document R@1, R@5 and MRR per language.
 *
 *   npx tsx scripts/eval-retrieval.ts --corpus /work/shared/eval/xquad-dev \
 *     --qa /work/shared/eval/xquad-dev/qa.jsonl [--lang en] [--lexicon data/lexicon/en-ar.tsv.gz]
 *     [--misses out.jsonl]
 *
 * For comparing lexicon variants; the figures match `npm run eval`'s R@k, MRR and hit@1 columns.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildPipeline } from "../src/app/composition.js";
import { configFromEnvironment } from "../src/app/env.js";
import { createLogger } from "../src/core/logger.js";
import { loadCorpus } from "../src/corpus/loader.js";
import { parseQuestions, rankedDocIds } from "../src/eval/metrics.js";
import { Lexicon } from "../src/translate/lexicon.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const corpusArg = arg("corpus") ?? "/work/shared/eval/xquad-dev";
  const qaFile = arg("qa") ?? path.join(corpusArg, "qa.jsonl");
  const onlyLang = arg("lang");
  const jsonl = path.join(corpusArg, "corpus.jsonl");
  const corpusFile = await stat(jsonl).then(
    () => jsonl,
    () => corpusArg,
  );
  const config = configFromEnvironment();
  const logger = createLogger({ level: "error" });
  const lexiconPath = arg("lexicon");
  const started = Date.now();
  const lexicon = lexiconPath === undefined ? undefined : await Lexicon.load(lexiconPath);
  const pipeline = await buildPipeline({
    config,
    logger,
    documents: await loadCorpus(corpusFile),
    indexDirectory: null,
    ...(lexicon === undefined ? {} : { lexicon }),
  });
  const questions = parseQuestions(await readFile(qaFile, "utf8"), qaFile).filter(
    (q) => q.out_of_scope !== true && (onlyLang === undefined || q.lang === onlyLang),
  );
  const hits = new Map<string, number[]>();
  const ranks = new Map<string, number[]>();
  const misses: string[] = [];
  for (const q of questions) {
    const retrieval = await pipeline.qa.retrieve(q.question);
    const gold = (q.gold_quote ?? []).filter((g) => g.length > 0);
    if (gold.length > 0) {
      const first = retrieval.results[0]?.chunk.text ?? "";
      hits.set(q.lang, [...(hits.get(q.lang) ?? []), gold.some((g) => first.includes(g)) ? 1 : 0]);
    }
    if (q.gold_doc === undefined) continue;
    const docs = rankedDocIds(retrieval.results);
    const rank = docs.indexOf(q.gold_doc ?? "") + 1;
    const list = ranks.get(q.lang) ?? [];
    list.push(rank);
    ranks.set(q.lang, list);
    if (rank !== 1)
      misses.push(
        JSON.stringify({ id: q.id, lang: q.lang, rank, question: q.question, top: docs.slice(0, 3) }),
      );
  }
  const fmt = (x: number): string => x.toFixed(3);
  for (const [lang, list] of ranks) {
    const n = list.length;
    const r1 = list.filter((r) => r === 1).length / n;
    const r5 = list.filter((r) => r >= 1 && r <= 5).length / n;
    const mrr = list.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / n;
    console.log(`${lang}\tn=${n}\tR@1 ${fmt(r1)}\tR@5 ${fmt(r5)}\tMRR ${fmt(mrr)}`);
  }
  for (const [lang, list] of hits) {
    console.log(
      `${lang}\tn=${list.length}\tchunk hit@1 ${fmt(list.reduce((a, b) => a + b, 0) / list.length)}`,
    );
  }
  console.log(`time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const out = arg("misses");
  if (out !== undefined) await writeFile(out, `${misses.join("\n")}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
