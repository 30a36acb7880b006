import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Once per test run: make sure the compiled bundle (`dist/`) matches `src/`, since tests that
 * run the CLI as a user does spawn `node scripts/dist.mjs run ask` (what `npm run ask` runs), not tsx.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  execFileSync(process.execPath, ["scripts/dist.mjs", "ensure"], { cwd: root, stdio: "inherit" });
}
