import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native hnswlib and the Bot API emulator are happier in forked processes.
    pool: "forks",
    // Vitest's default (cores − 1) runs one file at a time on two cores, while most suites spend
    // their time waiting on sockets, child processes and timers: overlap them.
    maxWorkers: Math.max(2, availableParallelism()),
    // A worker keeps the modules it imported from one test file to the next instead of importing
    // the app again for each (the suite has no module mocks, stubbed globals or fake timers that
    // could leak between files): on 2 cores that was ~100 s of CPU of a 4-minute run.
    isolate: false,
  },
});
