import { z } from "zod";
import { AppError } from "../core/errors.js";

/**
 * What the model must return for an answer, and how its text is read: strictly at the end
 * (a cut-off stream is malformed, never "completed"). Reasoning models' `<think>…</think>` blocks and code fences are ignored.
 */

const positiveNumber = z.preprocess((value) => {
  if (typeof value === "string") {
    const digits = /\d+/.exec(value);
    return digits === null ? value : Number(digits[0]);
  }
  return value;
}, z.number().int().positive());

export const citationSchema = z.object({
  n: positiveNumber,
  passage: positiveNumber,
  quote: z.string(),
  translation: z.string().nullish(),
});

export type ModelCitation = z.infer<typeof citationSchema>;

/** The envelope; citations are checked one by one so one bad entry does not sink the rest. */
export const answerEnvelopeSchema = z.object({
  answer: z.string(),
  citations: z.array(z.unknown()).nullish(),
});

export interface ModelAnswer {
  readonly answer: string;
  readonly citations: readonly ModelCitation[];
  /** Citations that did not have the required shape (logged, then ignored). */
  readonly malformedCitations: number;
}

/** JSON schema sent as `response_format` / Ollama `format` (guidance; the answer is re-checked). */
export const ANSWER_JSON_SCHEMA = {
  type: "object",
  properties: {
    answer: { type: "string" },
    citations: {
      type: "array",
      items: {
        type: "object",
        properties: {
          n: { type: "integer" },
          passage: { type: "integer" },
          quote: { type: "string" },
          translation: { type: "string" },
        },
        required: ["n", "passage", "quote", "translation"],
        additionalProperties: false,
      },
    },
  },
  required: ["answer", "citations"],
  additionalProperties: false,
} as const;

/** Remove reasoning blocks (a block still open at the end hides everything after it). */
export function stripThinking(text: string): string {
  return text.replace(/<think>[\s\S]*?(<\/think>|$)/gi, "").trim();
}

function unfence(text: string): string {
  const fenced = /```(?:json|JSON)?\s*([\s\S]*?)(?:```|$)/.exec(text);
  return fenced?.[1] !== undefined && text.trimStart().startsWith("```") ? fenced[1].trim() : text;
}

export class MalformedOutputError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("OUTPUT_MALFORMED", message, options);
  }
}

/** Parse the complete model output; throws `MalformedOutputError` when it is not the expected JSON. */
export function parseAnswerOutput(raw: string): ModelAnswer {
  const text = unfence(stripThinking(raw));
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end < start) throw new MalformedOutputError("the model's reply contains no JSON object");
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    throw new MalformedOutputError(`the model's reply is not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  const envelope = answerEnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    throw new MalformedOutputError(
      `the model's JSON does not match the answer schema (${envelope.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})`,
    );
  }
  const citations: ModelCitation[] = [];
  let malformed = 0;
  for (const item of envelope.data.citations ?? []) {
    const parsed = citationSchema.safeParse(item);
    if (parsed.success) citations.push(parsed.data);
    else malformed += 1;
  }
  return { answer: envelope.data.answer, citations, malformedCitations: malformed };
}

/** Plain-text replies (query translation, condensation): the first non-empty line, unquoted. */
export function firstLine(raw: string): string {
  const text = stripThinking(raw).replace(/^```[a-z]*\s*|```\s*$/gi, "");
  const line = text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return (line ?? "")
    .replace(/^(?:arabic(?: search)? query|query|question|standalone question|السؤال)\s*[:：]\s*/i, "")
    .replace(/^["'«“”„]+|["'»”“]+$/g, "")
    .trim();
}
