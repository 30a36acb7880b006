/**
 * Lexicon coverage diagnostic: for each English question of a cross-lingual set, the share of
 * its planned content words (dictionary words, not names or numbers) with at least one Arabic
 * form whose light stem occurs in the gold document. Retrieval can only use a word it can
 * match, so this measures a lexicon without running retrieval:
 *
 *   npx tsx scripts/lexicon-coverage.ts [--corpus DIR] [--lexicon FILE] [--list out.tsv]
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildPipeline } from "../src/app/composition.js";
import { configFromEnvironment } from "../src/app/env.js";
import { createLogger } from "../src/core/logger.js";
import { loadCorpus } from "../src/corpus/loader.js";
import { parseQuestions } from "../src/eval/metrics.js";
import { analyzeArabic } from "../src/text/arabic-analyzer.js";
import { Lexicon } from "../src/translate/lexicon.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dir = arg("corpus") ?? "/work/shared/eval/xquad-dev";
  const documents = await loadCorpus(path.join(dir, "corpus.jsonl"));
  const lexiconPath = arg("lexicon");
  const lexicon = lexiconPath === undefined ? undefined : await Lexicon.load(lexiconPath);
  const pipeline = await buildPipeline({
    config: configFromEnvironment(),
    logger: createLogger({ level: "error" }),
    documents,
    indexDirectory: null,
    ...(lexicon === undefined ? {} : { lexicon }),
  });
  const stems = new Map<string, Set<string>>();
  for (const doc of documents) stems.set(doc.id, new Set(analyzeArabic(doc.text).map((t) => `l:${t.light}`)));
  const qaFile = path.join(dir, "qa.jsonl");
  const questions = parseQuestions(await readFile(qaFile, "utf8"), qaFile).filter((q) => q.lang === "en");
  let words = 0;
  let found = 0;
  const rows: string[] = [];
  for (const q of questions) {
    const inDoc = stems.get(q.gold_doc ?? "") ?? new Set<string>();
    for (const w of pipeline.qa.planner.plan(q.question, "en").words) {
      if (w.via !== "dictionary" && w.via !== "mixed") continue;
      words += 1;
      const hit = w.group.alternatives.some((a) => inDoc.has(a.term));
      if (hit) found += 1;
      rows.push(`${hit ? 1 : 0}\t${w.surface}\t${w.forms.map((f) => f.arabic).join(" ")}`);
    }
  }
  console.log(
    `dictionary words ${words}, matched in the gold document ${found} (${((100 * found) / words).toFixed(1)} %)`,
  );
  const out = arg("list");
  if (out !== undefined) await writeFile(out, `${rows.join("\n")}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
