// Small child-process helpers with hard time limits, so a hung runtime never hangs CI.
import { spawn } from "node:child_process";

/**
 * @typedef {object} RunResult
 * @property {number | null} code
 * @property {string} stdout
 * @property {string} stderr
 * @property {boolean} timedOut
 * @property {number} ms
 */

/**
 * Runs a command to completion and collects its output. Never rejects for a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string }} [options]
 * @returns {Promise<RunResult>}
 */
export function run(command, args, options = {}) {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (d) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d) => {
      stderr += d;
    });
    if (options.input !== undefined && child.stdin) child.stdin.end(options.input);
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid);
    }, options.timeoutMs ?? 120_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/**
 * Like run(), but throws with the captured output when the command fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string }} [options]
 */
export async function runOrThrow(command, args, options = {}) {
  const result = await run(command, args, options);
  if (result.code !== 0 || result.timedOut) {
    throw new Error(
      `${command} ${args.join(" ")} ${result.timedOut ? "timed out" : `exited ${result.code}`}` +
        ` (cwd ${options.cwd ?? process.cwd()})\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`,
    );
  }
  return result;
}

/** Kills a detached child and everything it started (its process group). @param {number | undefined} pid */
export function killTree(pid) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** Last lines of a long output, for error messages. @param {string} text */
export function tail(text, lines = 40) {
  const all = text.trimEnd().split("\n");
  return (all.length > lines ? ["…", ...all.slice(-lines)] : all).join("\n");
}

/**
 * Starts a long-running process and resolves once a line matching `ready` appears on stdout.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string; env?: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number }} options
 * @returns {Promise<{ match: RegExpMatchArray; stop(): void; output(): string }>}
 */
export function startUntil(command, args, options) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let out = "";
    let settled = false;
    const stop = () => killTree(child.pid);
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      stop();
      reject(new Error(`${command} did not become ready in time:\n${tail(out)}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (/** @type {string} */ d) => {
      out += d;
      const match = out.match(options.ready);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolvePromise({ match, stop, output: () => out });
      }
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    child.stderr.setEncoding("utf8").on("data", (d) => {
      out += d;
    });
    child.on("error", (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${command} exited ${code} before it was ready:\n${tail(out)}`));
    });
  });
}
