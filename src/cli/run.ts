import { AppError, describeError } from "../core/errors.js";

/**
 * Run a command-line entry point: print a clear one-paragraph message for known errors
 * (bad config, bad corpus, missing lexicon …) and exit non-zero, never a stack trace
 * for a problem the user can fix. `redact` removes secrets from anything printed.
 */
export function runCli(main: () => Promise<void>, redact: (text: string) => string = (t) => t): void {
  main().then(
    () => {
      // Let pending output flush; commands that keep servers open never resolve main().
    },
    (error: unknown) => {
      if (error instanceof AppError) {
        process.stderr.write(`${redact(error.message)}\n`);
      } else {
        process.stderr.write(`Unexpected error: ${redact(describeError(error))}\n`);
      }
      process.exitCode = 1;
    },
  );
}

/** Minimal flag parsing: `--name value`, `--flag`, and positional words. */
export function parseArgs(
  argv: readonly string[],
  spec: { readonly values?: readonly string[]; readonly flags?: readonly string[] },
): { values: Record<string, string>; flags: Set<string>; positional: string[] } {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      if (spec.flags?.includes(name)) {
        flags.add(name);
      } else if (spec.values?.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith("--"))
          throw new AppError("INPUT_INVALID", `--${name} needs a value`);
        values[name] = value;
      } else {
        const known = [...(spec.flags ?? []), ...(spec.values ?? [])].map((n) => `--${n}`).join(", ");
        throw new AppError("INPUT_INVALID", `unknown option --${name} (known: ${known || "none"})`);
      }
    } else {
      positional.push(arg);
    }
  }
  return { values, flags, positional };
}
