import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("no pending timers", () => {
  it("a process exits by itself right after a batch of calls", async () => {
    const script = fileURLToPath(new URL("./test-support/timers-child.mjs", import.meta.url));
    const started = Date.now();
    const child = spawn(process.execPath, [script], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const kill = setTimeout(() => {
        child.kill("SIGKILL");
        resolve(null);
      }, 10_000);
      child.on("exit", (c) => {
        clearTimeout(kill);
        resolve(c);
      });
    });
    expect(err).toBe("");
    expect(code).toBe(0);
    // 20 ok + slow(no timeout) + slow(long signal) fulfilled, + the abort helper; flaky, timeout, abort rejected.
    const exitedAt = Date.now();
    const report = JSON.parse(out) as { fulfilled: number; rejected: number; doneAt: number };
    expect(report).toMatchObject({ fulfilled: 23, rejected: 3 });
    // The 30 s client timeout, retry waits and the caller's 50 s signal must not keep it alive.
    expect(exitedAt - report.doneAt).toBeLessThan(1_000);
    expect(exitedAt - started).toBeLessThan(8_000);
  }, 15_000);
});
