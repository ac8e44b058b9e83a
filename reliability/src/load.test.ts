/**
 * Load: a child process makes 1,000 concurrent calls against the local mock server with
 * ~10 % injected faults. Every call must settle with the right result, with no unhandled
 * rejection; the child must exit on its own right after (no leaked socket or timer) with
 * code 0, and its heap (after GC) must be back near where it started.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const CHILD = fileURLToPath(new URL("./support/load-child.mjs", import.meta.url));
const HARD_TIMEOUT_MS = 90_000;

it("1,000 concurrent calls with ~10 % faults: right results, clean exit, flat memory", async () => {
  const child = spawn(process.execPath, ["--expose-gc", CHILD], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  let killed = false;
  const hard = setTimeout(() => {
    killed = true;
    child.kill("SIGKILL");
  }, HARD_TIMEOUT_MS);
  const { code, signal, exitedAt } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; exitedAt: number }>((resolve) =>
    child.on("exit", (c, s) => resolve({ code: c, signal: s, exitedAt: Date.now() })),
  );
  clearTimeout(hard);

  expect(killed, `child did not exit by itself; stdout=${stdout} stderr=${stderr}`).toBe(false);
  expect(signal).toBeNull();
  expect(code, stderr).toBe(0);
  const result = JSON.parse(stdout.trim().split("\n").at(-1)!);

  expect(result.wrong).toEqual([]);
  expect(result.unhandled).toEqual([]);
  expect(result.tally).toEqual({
    ok: 900,
    InternalServerError: 40,
    NotFoundError: 30,
    APIConnectionError: 20,
    InvalidArgumentError: 10,
  });
  // ~10 % of what reached the server was faulted: 50 retried 503s, 40 x 2 500s, 20 x 2 resets.
  expect(result.faulted).toBe(50 + 80 + 40);
  expect(result.faulted / result.requests).toBeGreaterThan(0.08);
  expect(result.faulted / result.requests).toBeLessThan(0.2);
  // Exited right after its last line: nothing kept the event loop alive.
  expect(exitedAt - result.doneAt).toBeLessThan(5_000);
  // Memory back near its start (after GC): well under 1 KB retained per call.
  expect(result.heapAfter - result.heapBefore).toBeLessThan(8 * 1024 * 1024);
}, 120_000);
