/**
 * Preloaded into the cold-start child (`node --import tsx --import ./bench/lib/rss-reporter.ts
 * src/cli/ask.ts …`): on exit it reports the process's peak resident set size on stderr, for
 * machines without `/usr/bin/time -v`.
 */
process.on("exit", () => {
  process.stderr.write(`BENCH-MAXRSS-KB ${process.resourceUsage().maxRSS}\n`);
});
