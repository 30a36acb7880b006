/**
 * Split a Markdown/text corpus file into YAML front matter and body.
 *
 * The body is returned exactly as it is in the file (only a leading BOM of the file is
 * dropped), because quotes are slices of it: nothing here trims, re-encodes or normalises.
 */
import { parse, YAMLError } from "yaml";
import { CorpusError } from "../core/errors.js";

export interface FrontMatter {
  /** Parsed front matter mapping, or `undefined` when the file has no front matter. */
  readonly data: Readonly<Record<string, unknown>> | undefined;
  /** Everything after the closing delimiter line, byte for byte. */
  readonly body: string;
}

/** A delimiter line: `---` (or `...` to close), optionally followed by spaces/tabs. */
const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

interface Line {
  readonly text: string;
  /** Offset just after the line's line break (or the end of the content). */
  readonly next: number;
}

function readLine(content: string, from: number): Line {
  const nl = content.indexOf("\n", from);
  const stop = nl === -1 ? content.length : nl;
  const text = content.slice(from, stop).replace(/\r$/, "");
  return { text, next: nl === -1 ? content.length : nl + 1 };
}

function describeYamlError(error: unknown): string {
  if (error instanceof YAMLError) {
    const first = error.message.split("\n")[0] ?? error.message;
    const reason = first.replace(/ at line \d+, column \d+:?$/, "");
    const pos = error.linePos?.[0];
    // +1: the front matter starts on the file's second line (after `---`).
    return pos ? `${reason} (file line ${pos.line + 1}, column ${pos.col})` : reason;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Split `content` (already decoded) into front matter and body. A file has front matter when
 * its first line is `---`; the front matter ends at the next `---` (or `...`) line.
 * Throws `CorpusError(file, …)` when the front matter is unterminated, is not valid YAML,
 * or is not a mapping.
 */
export function splitFrontMatter(content: string, file: string): FrontMatter {
  const text = content.startsWith("\ufeff") ? content.slice(1) : content;
  const first = readLine(text, 0);
  if (!OPEN.test(first.text)) return { data: undefined, body: text };

  let pos = first.next;
  while (pos < text.length) {
    const line = readLine(text, pos);
    if (CLOSE.test(line.text)) {
      const yamlSource = text.slice(first.next, pos);
      let parsed: unknown;
      try {
        parsed = parse(yamlSource);
      } catch (error) {
        throw new CorpusError(file, `invalid YAML front matter: ${describeYamlError(error)}`, {
          cause: error,
        });
      }
      if (parsed === null || parsed === undefined) return { data: {}, body: text.slice(line.next) };
      if (typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new CorpusError(file, "front matter must be a YAML mapping of `key: value` lines");
      }
      return { data: parsed as Record<string, unknown>, body: text.slice(line.next) };
    }
    pos = line.next;
  }
  throw new CorpusError(file, "front matter opened with `---` on the first line is never closed by `---`");
}
