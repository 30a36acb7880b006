/**
 * The bot's replies as a reader sees them: every kind of reply, rendered from the bot's actual
 * HTML into a page imitating a Telegram bubble, laid out by headless Chromium in both
 * direction regimes Telegram apps use (see `browser/bubble.ts`). From each character's box on
 * screen the test checks the visual order a reader needs: dates read as dates, the agency and
 * the date stay together, `[n]` stays with its paragraph number, commands stay whole, and
 * guillemets pair around what they quote. PNG snapshots go to test-results/render/ (not
 * committed) for a person to look at.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bubble, type Glyph, measure, pageHtml, REGIMES, type Regime } from "./browser/bubble.js";
import { type ReplyCase, replyCases } from "./browser/cases.js";
import { type Browser, launchChromium } from "./browser/chromium.js";
import { guillemetProblems, type Laid, lay, occurrences, readingProblem } from "./browser/order.js";

const SNAPSHOTS = join(import.meta.dirname, "../../test-results/render");

const EN_DATE =
  /(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/g;
const AR_DATE =
  /(?:ال[\u0621-\u064a]+ )?\d{1,2} [\u0621-\u064a]+\/[\u0621-\u064a]+(?: [\u0621-\u064a]+)? \d{4}/g;
const SOURCE_AND_DATE = [
  /TASS, (?:\w+day )?\d{1,2} \w+ \d{4}(?:, ¶\d+)?/g,
  /تاس، (?:ال\S+ )?\d{1,2} \S+ \d{4}(?:، الفقرة \d+)?/g,
];
const COMMAND = /\/(?:start|help|quote|sources|lang|ask)(?:@\w+)?/g;
const MARKER = /\[\d+\]/g;

/** Every problem a reader would meet in one laid-out message. */
function readingProblems(laid: Laid, phrases: ReplyCase["phrases"]): string[] {
  const problems: string[] = [];
  const check = (at: number, length: number, dir: "ltr" | "rtl", what: string) => {
    const problem = readingProblem(laid, at, length, dir);
    if (problem !== undefined) problems.push(`${what} «${laid.text.slice(at, at + length)}»: ${problem}`);
  };
  for (const m of laid.text.matchAll(EN_DATE)) check(m.index, m[0].length, "ltr", "date");
  for (const m of laid.text.matchAll(AR_DATE)) check(m.index, m[0].length, "rtl", "date");
  for (const re of SOURCE_AND_DATE)
    for (const m of laid.text.matchAll(re))
      check(m.index, m[0].length, /تاس/.test(m[0]) ? "rtl" : "ltr", "source and date");
  for (const m of laid.text.matchAll(COMMAND)) check(m.index, m[0].length, "ltr", "command");
  for (const m of laid.text.matchAll(MARKER))
    check(m.index, m[0].length, laid.paragraphDir[m.index] ?? "ltr", "marker");
  for (const [phrase, dir] of phrases)
    for (const at of occurrences(laid, phrase)) check(at, phrase.length, dir, "phrase");
  problems.push(...guillemetProblems(laid));
  return problems;
}

let browser: Browser;
let cases: ReplyCase[];
/** Glyphs of every bubble: `${case}-${message}-${regime}`. */
let laidOut: Record<string, Glyph[]>;

const bubbleId = (c: ReplyCase, message: number, regime: Regime) => `${c.id}-${message}-${regime}`;
const buttonId = (c: ReplyCase, k: number) => `${c.id}-button-${k}`;

beforeAll(async () => {
  cases = await replyCases();
  browser = await launchChromium();
  const bubbles: Bubble[] = cases.flatMap((c) => [
    ...REGIMES.flatMap((regime) =>
      c.messages.map((html, i) => ({ id: bubbleId(c, i, regime), html, regime, group: c.id })),
    ),
    ...(c.buttons ?? []).map((html, k) => ({
      id: buttonId(c, k),
      html,
      regime: "per-line" as const,
      group: c.id,
      button: true,
    })),
  ]);
  // The scrambled line, unmarked and unisolated, as the checker's own control.
  bubbles.push({
    id: "control",
    html: "According to TASS / تاس, 2021-02-03, the article says [1]:",
    regime: "per-line",
    group: "control",
  });
  await browser.page.setContent(pageHtml(bubbles));
  laidOut = await measure(
    browser.page,
    bubbles.map((b) => b.id),
  );
  rmSync(SNAPSHOTS, { recursive: true, force: true });
  mkdirSync(SNAPSHOTS, { recursive: true });
  // One picture per reply, both regimes side by side (left: per line; right: per message).
  for (const group of new Set(bubbles.map((b) => b.group)))
    await browser.page.locator(`#group-${group}`).screenshot({ path: join(SNAPSHOTS, `${group}.png`) });
});

afterAll(async () => {
  await browser?.close();
});

describe("replies laid out by a browser read right", () => {
  it("the checker catches the scrambled source line of the issue (date reversed after an Arabic word)", () => {
    const laid = lay(laidOut.control ?? [], "per-line");
    const at = laid.text.indexOf("2021-02-03");
    expect(readingProblem(laid, at, "2021-02-03".length, "ltr")).toMatch(
      /does not read left to right|should be/,
    );
  });

  it("every reply kind is rendered, with Arabic glyphs on screen", () => {
    expect(cases.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "answer-en",
        "answer-ar",
        "quotes-en",
        "quotes-ar",
        "sources-en",
        "sources-ar",
      ]),
    );
    expect(cases.map((c) => c.id)).toEqual(
      expect.arrayContaining(["refusal-en", "refusal-ar", "start-en", "start-ar"]),
    );
    const arabic = (
      laidOut[bubbleId(cases.find((c) => c.id === "sources-ar") as ReplyCase, 0, "per-line")] ?? []
    ).filter((g) => /\p{Script=Arabic}/u.test(g.ch));
    expect(arabic.length).toBeGreaterThan(100);
    expect(arabic.every((g) => g.right - g.left >= 0 && Number.isFinite(g.left))).toBe(true);
  });

  it("example-question buttons read as questions in their own language", () => {
    const problems: string[] = [];
    let buttons = 0;
    for (const c of cases)
      for (const [k, text] of (c.buttons ?? []).entries()) {
        buttons++;
        const laid = lay(laidOut[buttonId(c, k)] ?? [], "per-line");
        expect(laid.text).toBe(text);
        const dir = /\p{Script=Arabic}/u.test(text) ? "rtl" : "ltr";
        const problem = readingProblem(laid, 0, text.length, dir);
        if (problem !== undefined) problems.push(`${c.id} button «${text}»: ${problem}`);
      }
    expect(buttons).toBeGreaterThanOrEqual(10);
    expect(problems).toEqual([]);
  });

  for (const regime of REGIMES) {
    it(`${regime}: dates, sources, markers, commands and quotes read in order in every reply`, () => {
      const problems: string[] = [];
      for (const c of cases) {
        const seen = new Set<string>();
        c.messages.forEach((_, i) => {
          const laid = lay(laidOut[bubbleId(c, i, regime)] ?? [], regime);
          for (const p of readingProblems(laid, c.phrases)) problems.push(`${c.id}#${i}: ${p}`);
          for (const [phrase] of c.phrases) if (laid.text.includes(phrase)) seen.add(phrase);
        });
        // Each expected phrase is really there (so its check was not skipped).
        for (const [phrase] of c.phrases)
          if (!seen.has(phrase)) problems.push(`${c.id}: missing «${phrase}»`);
      }
      expect(problems).toEqual([]);
    });
  }
});
