import { readFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../core/errors.js";

/**
 * The model's prompts live in `prompts/`, one file each, so they can be reviewed and tuned
 * without touching code. They are loaded and checked once at start: a missing file, an empty
 * file, a missing placeholder or an unknown one stops the start with a `PROMPT_INVALID`
 * error naming the file. Placeholders are `{{name}}`; values are inserted in one pass, so a
 * value that itself contains `{{…}}` (a user's question) is never expanded.
 */

export type PromptName = "system" | "answer" | "translateQuery" | "condense";

interface PromptSpec {
  readonly file: string;
  readonly required: readonly string[];
}

export const PROMPT_SPECS: Readonly<Record<PromptName, PromptSpec>> = {
  system: { file: "system.md", required: [] },
  answer: { file: "answer.md", required: ["passages", "question", "language"] },
  translateQuery: { file: "translate-query.md", required: ["question"] },
  condense: { file: "condense.md", required: ["history", "question"] },
};

export interface PromptTemplate {
  readonly name: PromptName;
  /** Path the template was read from (for messages). */
  readonly file: string;
  readonly text: string;
  readonly placeholders: readonly string[];
}

export type Prompts = Readonly<Record<PromptName, PromptTemplate>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/** Check one template's text against its spec; throws `PROMPT_INVALID` naming `file`. */
export function parsePrompt(name: PromptName, file: string, text: string): PromptTemplate {
  const spec = PROMPT_SPECS[name];
  const body = text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
  if (body.length === 0)
    throw new AppError("PROMPT_INVALID", `Prompt ${file} is empty; restore it from the repository.`);
  const found = placeholdersOf(body);
  const missing = spec.required.filter((p) => !found.includes(p));
  if (missing.length > 0) {
    throw new AppError(
      "PROMPT_INVALID",
      `Prompt ${file} lacks the placeholder${missing.length > 1 ? "s" : ""} ${missing.map((p) => `{{${p}}}`).join(", ")}; ` +
        `it must contain ${spec.required.map((p) => `{{${p}}}`).join(", ")}.`,
    );
  }
  const unknown = found.filter((p) => !spec.required.includes(p));
  if (unknown.length > 0) {
    const allowed = spec.required.length === 0 ? "none" : spec.required.map((p) => `{{${p}}}`).join(", ");
    throw new AppError(
      "PROMPT_INVALID",
      `Prompt ${file} uses the unknown placeholder${unknown.length > 1 ? "s" : ""} ${unknown.map((p) => `{{${p}}}`).join(", ")} (allowed: ${allowed}).`,
    );
  }
  return { name, file, text: body, placeholders: found };
}

/** Read and check every prompt in `directory`. */
export async function loadPrompts(directory: string): Promise<Prompts> {
  const entries = await Promise.all(
    (Object.keys(PROMPT_SPECS) as PromptName[]).map(async (name) => {
      const file = path.join(directory, PROMPT_SPECS[name].file);
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        throw new AppError(
          "PROMPT_INVALID",
          `Cannot read prompt ${file} (${(error as NodeJS.ErrnoException).code ?? "error"}); ` +
            "PROMPTS_DIR must point at a directory with system.md, answer.md, translate-query.md and condense.md.",
          { cause: error },
        );
      }
      return [name, parsePrompt(name, file, text)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<PromptName, PromptTemplate>;
}

/** Fill a template in one pass; every placeholder of the template must be given. */
export function fillPrompt(template: PromptTemplate, values: Readonly<Record<string, string>>): string {
  return template.text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new AppError("PROMPT_INVALID", `Prompt ${template.file}: no value for {{${name}}}`);
    return value;
  });
}

/** The fixed wording of a template (placeholders removed), for leak detection. */
export function staticTextOf(template: PromptTemplate): string {
  return template.text.replace(PLACEHOLDER, " ");
}
