import { readFile, writeFile } from "node:fs/promises";
import { evaluationPipeline } from "../app/composition.js";
import { redactSecrets } from "../app/config.js";
import { configFromEnvironment } from "../app/env.js";
import { AppError } from "../core/errors.js";
import { createLogger } from "../core/logger.js";
import type { LangMetrics } from "../eval/metrics.js";
import { parseQuestions } from "../eval/metrics.js";
import { runEvaluation } from "../eval/run-eval.js";
import { parseArgs, runCli } from "./run.js";

/**
 * `npm run eval -- --corpus <dir|corpus.jsonl> --qa <questions.jsonl> [--json out.json] [--details out.jsonl]`
 */
const USAGE =
  "Usage: npm run eval -- --corpus <dir or corpus.jsonl> --qa <questions.jsonl> [--json out.json]";

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ["corpus", "qa", "json", "details"] });
  const corpus = args.values.corpus;
  const qaFile = args.values.qa;
  if (corpus === undefined || qaFile === undefined) throw new AppError("INPUT_INVALID", USAGE);
  const config = configFromEnvironment();
  const logger = createLogger({
    level: config.logLevel === "debug" ? "debug" : "warn",
    redact: (l) => redactSecrets(l, config),
  });
  let content: string;
  try {
    content = await readFile(qaFile, "utf8");
  } catch (error) {
    throw new AppError(
      "INPUT_INVALID",
      `cannot read the question set ${qaFile}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  // Throws INPUT_INVALID naming the line of a malformed entry.
  const questions = parseQuestions(content, qaFile);
  const started = Date.now();
  let lastShown = 0;
  const { report, outcomes } = await runEvaluation({
    corpus,
    questions,
    build: evaluationPipeline(config, logger),
    onProgress: (done, total) => {
      if (Date.now() - lastShown > 2000 || done === total) {
        lastShown = Date.now();
        process.stderr.write(`evaluated ${done}/${total} questions\n`);
      }
    },
  });
  const rows = Object.entries(report.by_lang).map(([lang, m]) => formatRow(lang, m as LangMetrics));
  process.stdout.write(
    `corpus: ${corpus}\nquestions: ${qaFile} (${questions.length})\ntime: ${((Date.now() - started) / 1000).toFixed(1)} s\n\n${HEADER}\n${rows.join("\n")}\n`,
  );
  if (args.values.json !== undefined) {
    await writeFile(args.values.json, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`\nwrote ${args.values.json}\n`);
  }
  if (args.values.details !== undefined) {
    const lines = outcomes.map((o) =>
      JSON.stringify({
        id: o.question.id,
        lang: o.question.lang,
        question: o.question.question,
        covered: o.answer.covered,
        top_docs: o.rankedDocs.slice(0, 3),
        first_quote: o.answer.quotes[0]?.text,
        gold_doc: o.question.gold_doc,
        gold: o.question.gold_answer ?? o.question.gold_quote,
        out_of_scope: o.question.out_of_scope === true,
      }),
    );
    await writeFile(args.values.details, `${lines.join("\n")}\n`);
  }
});

const COLUMNS = ["n", "R@1", "R@5", "MRR", "hit@1", "hit@3", "ans⊇gold", "oos_ref", "false_ref", "fidelity"];
const HEADER = ["lang", ...COLUMNS].map((c) => c.padStart(9)).join(" ");

function formatRow(lang: string, m: LangMetrics): string {
  const f = (v: number | null) => (v === null ? "—" : v.toFixed(3));
  const cells = [
    String(m.n),
    f(m.recall_at_1),
    f(m.recall_at_5),
    f(m.mrr),
    f(m.hit_at_1),
    f(m.hit_at_3),
    f(m.answer_has_gold),
    f(m.oos_refused),
    f(m.false_refusals),
    f(m.quote_fidelity),
  ];
  return [lang, ...cells].map((c) => c.padStart(9)).join(" ");
}
