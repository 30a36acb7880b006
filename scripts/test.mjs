#!/usr/bin/env node
// `npm test`: lint first (two seconds, fails fast), then the type check and the test suite side
// by side. Type checking is one single-threaded process of ~25 s; vitest's workers share the
// other core, so running them together saves most of that time. The type checker's output is
// printed after the suite's, so the two never interleave. Exit status: the first failure's.
import { spawn } from "node:child_process";

function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (capture) {
      child.stdout.on("data", (d) => {
        output += d;
      });
      child.stderr.on("data", (d) => {
        output += d;
      });
    }
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const bin = (name) => `node_modules/.bin/${name}`;

const lint = await run(bin("biome"), ["check", "."]);
if (lint.code !== 0) process.exit(lint.code);

const typecheck = run(bin("tsc"), ["--noEmit"], { capture: true });
const suite = await run(bin("vitest"), ["run", ...process.argv.slice(2)]);
const types = await typecheck;
if (types.output.trim().length > 0) process.stdout.write(`\n${types.output}`);
console.log(`\ntype check: ${types.code === 0 ? "passed" : "FAILED"}`);
process.exit(suite.code !== 0 ? suite.code : types.code);
