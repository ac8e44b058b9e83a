#!/usr/bin/env node
// `pnpm test`: the generate check, build, typecheck, lint and every test through turbo, with its
// output passed through untouched, then one closing line: `N passed, N failed` (vitest's counts
// over every package, plus any failed task no failed test accounts for). Exits with turbo's code.
// Extra arguments go to turbo (`pnpm test --filter @mux/core`).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { summaryLine, TestCounter } from "./test-run/count.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const localTurbo = join(root, "node_modules", ".bin", "turbo");
const turbo = existsSync(localTurbo) ? localTurbo : "turbo";
const args = [
  "run",
  "generate:check",
  "build",
  "typecheck",
  "lint",
  "test",
  "--continue",
  "--concurrency=2",
  // Output goes through a pipe: keep the colours when the terminal has them.
  ...(process.stdout.isTTY ? ["--color"] : []),
  ...process.argv.slice(2),
];

const counter = new TestCounter();
const child = spawn(turbo, args, { cwd: root, stdio: ["inherit", "pipe", "pipe"] });
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => child.kill(signal));

/** Passes a stream through line by line and counts as it goes. @param {import("node:stream").Readable} from @param {NodeJS.WriteStream} to */
function relay(from, to) {
  const lines = createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on("line", (line) => {
    to.write(`${line}\n`);
    counter.add(line);
  });
  return new Promise((done) => lines.on("close", done));
}

const relayed = Promise.all([relay(child.stdout, process.stdout), relay(child.stderr, process.stderr)]);
const exitCode = await new Promise((done) => {
  child.on("error", (error) => {
    process.stderr.write(`could not start turbo: ${error.message}\n`);
    done(1);
  });
  child.on("close", (code, signal) => done(code ?? (signal ? 1 : 0)));
});
await relayed;
const totals = counter.totals(Number(exitCode));
if (totals.failedTasks.length > 0) console.log(`\nFailed tasks: ${totals.failedTasks.join(", ")}`);
console.log(`\n${summaryLine(totals)}`);
process.exitCode = Number(exitCode);
