import { readFile, writeFile } from "node:fs/promises";
import { evaluationPipeline } from "../app/composition.js";
import { redactSecrets } from "../app/config.js";
import { configFromEnvironment } from "../app/env.js";
import { AppError } from "../core/errors.js";
import { createLogger } from "../core/logger.js";
import {
  type EvalReport,
  judge,
  type KindMetrics,
  type LangMetrics,
  parseQuestions,
} from "../eval/metrics.js";
import { runEvaluation } from "../eval/run-eval.js";
import { parseArgs, runCli } from "./run.js";

/**
 * `npm run eval -- --corpus <dir|corpus.jsonl> --qa <questions.jsonl> [--json out.json] [--details out.jsonl]`
 * Prints the per-language table, then accuracy / low-confidence / small-talk / not-quoted figures
 * and the per-kind table; `--details` writes one line per question (answer kind, confidence,
 * verdict, quotes with paragraph and speaker) for reading the failures.
 */
const USAGE =
  "Usage: npm run eval -- --corpus <dir or corpus.jsonl> --qa <questions.jsonl> [--json out.json] [--details out.jsonl]";

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
    `corpus: ${corpus}\nquestions: ${qaFile} (${questions.length})\ntime: ${((Date.now() - started) / 1000).toFixed(1)} s\n\n${HEADER}\n${rows.join("\n")}\n\n${formatExtra(report)}`,
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
        kind: o.question.kind,
        history: o.question.history,
        answer_kind: o.answer.kind,
        confidence: o.answer.confidence,
        right: judge(o),
        first_quote: o.answer.quotes[0]?.text,
        quotes: o.answer.quotes.map((q) => ({
          paragraph: q.paragraph,
          speaker: q.speaker?.ar,
          text: q.text,
        })),
        gold_doc: o.question.gold_doc,
        gold: o.question.gold_answer ?? o.question.gold_quote,
        out_of_scope: o.question.out_of_scope === true,
        expect: o.question.expect,
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

const f3 = (v: number | null) => (v === null ? "—" : v.toFixed(3));
const row = (cells: readonly string[], first = 14) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(first) : c.padStart(10))).join(" ");

/** Judged accuracy, low-confidence counts, the `expect` rules, then one row per kind and language. */
function formatExtra(report: EvalReport): string {
  const lines = [row(["lang", "accuracy", "low_conf", "smalltalk", "not_quoted", "en_render"])];
  for (const [lang, m] of Object.entries(report.by_lang) as [string, LangMetrics][])
    lines.push(
      row([
        lang,
        f3(m.accuracy),
        String(m.low_confidence),
        f3(m.smalltalk_ok),
        f3(m.not_quoted_ok),
        f3(m.english_rendered),
      ]),
    );
  const kinds = Object.entries(report.by_kind);
  if (kinds.length > 0) {
    lines.push("", row(["kind", "lang", "n", "right", "refused", "low_conf"]));
    for (const [kind, byLang] of kinds)
      for (const [lang, k] of Object.entries(byLang) as [string, KindMetrics][])
        lines.push(row([kind, lang, String(k.n), f3(k.right), f3(k.refused), String(k.low_confidence)]));
  }
  return `${lines.join("\n")}\n`;
}
