import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { WIDE_LEXICON_PATH } from "../src/app/composition.js";
import { DEFAULT_LEXICON_PATH } from "../src/app/config.js";
import { ArabicNameDetector } from "../src/translate/arabic-names.js";
import { Lexicon } from "../src/translate/lexicon.js";

/**
 * Once per test run:
 * - make sure the compiled bundle (`dist/`) matches `src/`, since tests that run the CLI as a
 *   user does spawn `node scripts/dist.mjs run ask` (what `npm run ask` runs), not tsx;
 * - build the lexicons' caches (the packed dictionary and its Arabic reverse index, under
 *   node_modules/.cache as the app keeps them) if they are missing, as on a fresh CI machine:
 *   otherwise every test file that builds a pipeline would build them at the same time.
 */
export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  execFileSync(process.execPath, ["scripts/dist.mjs", "ensure"], { cwd: root, stdio: "inherit" });
  const cacheDirectory = path.join(root, "node_modules", ".cache", "talks-qa-bot");
  for (const file of [DEFAULT_LEXICON_PATH, WIDE_LEXICON_PATH]) {
    const lexicon = await Lexicon.load(path.resolve(root, file), { cacheDirectory });
    new ArabicNameDetector(lexicon, { cacheDirectory }).isKnownWord("كتاب");
  }
}
