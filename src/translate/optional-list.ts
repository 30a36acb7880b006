import { readFile } from "node:fs/promises";
import { AppError } from "../core/errors.js";

/**
 * The text of an optional word list built with the lexicon (`data/lexicon/*.txt`): undefined
 * when there is no such file (lexicons built before it existed have none). Any other failure
 * to read it is an `AppError` (`LEXICON_INVALID`) naming the file and keeping the cause, not a
 * silently empty list.
 */
export async function readOptionalList(file: string, what: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new AppError("LEXICON_INVALID", `Cannot read the ${what} ${file}`, { cause: error });
  }
}
