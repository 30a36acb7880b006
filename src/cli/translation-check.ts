import { readFile } from "node:fs/promises";
import path from "node:path";
import { configFromEnvironment } from "../app/env.js";
import { AppError } from "../core/errors.js";
import type { CorpusDocument } from "../core/types.js";
import { loadCorpus } from "../corpus/loader.js";
import {
  checkTranslation,
  listTranslationFiles,
  parseTranslationFile,
  type TranslationCheck,
  translationDirectory,
} from "../corpus/translation.js";
import { translationUnits, unitsNotAligned } from "../translate/units.js";
import { parseArgs, runCli } from "./run.js";

/**
 * `npm run translation:check [-- --corpus <dir>]`: check every aligned translation beside
 * the corpus (default CORPUS_DIR) against its document and print coverage per paragraph
 * (with a note where the Arabic and the English have different numbers of quotation marks,
 * for review: what is quoted in the Arabic stays quoted in the English), every problem found (not just the first, as loading does), clauses of the project's
 * segmenter that do not fall on segment boundaries, and the documents without one. Exits
 * non-zero when any file has a problem.
 */

function report(doc: CorpusDocument, file: string, check: TranslationCheck, segments: number): string[] {
  const relative = path.relative(process.cwd(), file);
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
  const lines = [`${doc.id}: ${shown} (${segments} segments)`];
  for (const p of check.paragraphs) {
    const mark = p.covered === p.visible && p.segments > 0 ? "ok" : "INCOMPLETE";
    lines.push(
      `  ¶${String(p.paragraph).padEnd(3)} ${String(p.segments).padStart(2)} segment(s)  ` +
        `${p.covered}/${p.visible} visible characters covered  ${mark}` +
        (p.marks.ar === p.marks.en
          ? ""
          : `  (note: ${p.marks.ar} quotation mark(s) in the Arabic, ${p.marks.en} in the English)`),
    );
  }
  for (const problem of check.problems) lines.push(`  PROBLEM ${problem}`);
  return lines;
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ["corpus"] });
  const corpusDir = args.values.corpus ?? configFromEnvironment().corpusDir;
  const documents = await loadCorpus(corpusDir);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const translated = new Set<string>();
  const out: string[] = [];
  let failed = 0;
  const dir = await translationDirectory(corpusDir);
  for (const file of await listTranslationFiles(dir)) {
    let parsed: ReturnType<typeof parseTranslationFile>;
    try {
      parsed = parseTranslationFile(await readFile(file, "utf8"), file);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      out.push(`PROBLEM ${error.message}`);
      failed++;
      continue;
    }
    const doc = byId.get(parsed.doc);
    if (doc === undefined) {
      // A corpus file checked alone: its directory's other translations are not about it.
      if (dir !== corpusDir) continue;
      out.push(`PROBLEM ${file}: translation of unknown document "${parsed.doc}"`);
      failed++;
      continue;
    }
    translated.add(doc.id);
    const check = checkTranslation(doc, parsed);
    out.push(...report(doc, file, check, parsed.segments.length));
    const loose = unitsNotAligned(translationUnits(doc), parsed.segments);
    out.push(
      loose.length === 0
        ? "  every clause of the segmenter is a union of whole segments"
        : `  note: ${loose.length} clause(s) of the segmenter cut a segment (their quotes get a wider translation): ` +
            loose.map((u) => `¶${u.paragraph} [${u.start}, ${u.end})`).join(", "),
    );
    if (check.problems.length > 0) failed++;
  }
  const missing = documents.filter((d) => !translated.has(d.id)).map((d) => d.id);
  out.push(
    `${translated.size} of ${documents.length} document(s) translated` +
      (missing.length > 0 ? `; without a translation: ${missing.join(", ")}` : ""),
  );
  out.push(failed === 0 ? "alignment OK" : `alignment FAILED in ${failed} file(s)`);
  process.stdout.write(`${out.join("\n")}\n`);
  if (failed > 0) process.exitCode = 1;
});
