/**
 * Fuzz test of the question pipeline: the real offline `QaService` (in-memory index of the
 * project corpus) asked seeded random Unicode strings — Arabic, Latin, emoji, control and
 * bidi characters, HTML-looking text, very long inputs — raw, as the bot would pass them after
 * `checkQuestion`, in quote mode and as follow-ups. Nothing may throw; every quote and passage
 * shown must be the corpus's exact text at its offsets; a "not covered" answer quotes nothing;
 * the Telegram rendering of every answer must be valid and within the limit.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildPipeline, type Pipeline } from "../../src/app/composition.js";
import { loadConfig } from "../../src/app/config.js";
import { checkQuestion } from "../../src/bot/input.js";
import type { Answer, AskOptions, CorpusDocument } from "../../src/core/types.js";
import { renderAnswer, renderSourcesDetail } from "../../src/render/telegram/answer.js";
import { captureLogger } from "../helpers/logger.js";
import { int, randomLength, randomText, seeded } from "./random-text.js";
import { parseTelegramHtml, TELEGRAM_LIMIT } from "./telegram-html.js";

const CASES = 300;

let pipeline: Pipeline;
const log = captureLogger();

beforeAll(async () => {
  pipeline = await buildPipeline({ config: loadConfig({}), logger: log.logger, indexDirectory: null });
});

function expectSound(answer: Answer, documents: readonly CorpusDocument[], label: string): void {
  expect(["ar", "en"], label).toContain(answer.lang);
  expect(["answer", "quotes", "not_covered"], label).toContain(answer.kind);
  // A refusal quotes nothing; an uncovered answer ("the article does not quote X") may offer
  // who did speak on it, at low confidence.
  if (!answer.covered && (answer.kind !== "answer" || answer.confidence !== "low")) {
    expect(answer.quotes, label).toEqual([]);
    expect(answer.passages, label).toEqual([]);
  }
  for (const item of [...answer.quotes, ...answer.passages]) {
    const doc = documents.find((d) => d.id === item.doc);
    expect(doc, `${label}: document ${item.doc}`).toBeDefined();
    expect(doc?.text.slice(item.start, item.end), `${label}: verbatim`).toBe(item.text);
    expect(item.text.trim().length, `${label}: not empty`).toBeGreaterThan(0);
    const paragraph = doc?.paragraphs.find((p) => p.number === item.paragraph);
    expect(paragraph, `${label}: paragraph ${item.paragraph}`).toBeDefined();
    expect(
      item.start >= (paragraph?.start ?? 0) && item.end <= (paragraph?.end ?? 0),
      `${label}: inside its paragraph`,
    ).toBe(true);
  }
  const messages = [...renderAnswer(answer).messages, ...renderSourcesDetail(answer)];
  for (const html of messages) {
    expect(parseTelegramHtml(html).problems, label).toEqual([]);
    expect(html.length, label).toBeLessThanOrEqual(TELEGRAM_LIMIT);
  }
}

describe("question pipeline fuzz", () => {
  it(`${CASES} random questions: no exception, quotes verbatim, renderings valid`, async () => {
    const random = seeded(0xa5a5);
    const documents = pipeline.documents;
    let previous: string | undefined;
    let covered = 0;
    let long = 0;
    for (let c = 0; c < CASES; c++) {
      const raw = randomText(random, randomLength(random, 20_000));
      if (raw.length > 4000) long++;
      const roll = random();
      const options: AskOptions =
        roll < 0.2
          ? { wantQuotes: true }
          : roll < 0.4 && previous !== undefined
            ? { history: [{ question: previous }] }
            : {};
      const label = `case ${c} (${raw.length} chars, ${JSON.stringify(options).slice(0, 40)})`;
      const answer = await pipeline.qa.ask(raw, options);
      expectSound(answer, documents, `${label} raw`);
      if (answer.covered) covered++;
      const checked = checkQuestion(raw);
      if (checked.kind === "ok") {
        const viaBot = await pipeline.answerer.ask(checked.text, options);
        expectSound(viaBot, documents, `${label} via checkQuestion`);
      }
      previous = raw.slice(0, 300);
    }
    // The run reached both outcomes and long inputs, not only refusals of noise.
    expect(covered).toBeGreaterThan(5);
    expect(long).toBeGreaterThan(3);
    expect(log.lines.filter((l) => l.startsWith("ERROR"))).toEqual([]);
  }, 120_000);

  it("questions made of real article words mixed with noise are answered with verbatim quotes", async () => {
    const random = seeded(0x5eed);
    const words = (pipeline.documents[0]?.text ?? "").split(/\s+/).filter((w) => w.length > 3);
    let covered = 0;
    for (let c = 0; c < 60; c++) {
      const parts = Array.from({ length: 3 + int(random, 6) }, () =>
        random() < 0.7 ? (words[int(random, words.length)] ?? "") : randomText(random, 1 + int(random, 6)),
      );
      const answer = await pipeline.qa.ask(parts.join(" "), random() < 0.3 ? { wantQuotes: true } : {});
      expectSound(answer, pipeline.documents, `mixed case ${c}`);
      if (answer.covered) covered++;
    }
    expect(covered).toBeGreaterThan(20);
  });
});
