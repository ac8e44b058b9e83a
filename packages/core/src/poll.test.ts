import { APIUserAbortError, InvalidArgumentError, WaitError } from "@mux/errors";
import { describe, expect, it } from "vitest";
import { poll, type PollResult } from "./poll.js";
import { wait } from "./wait.js";

const DEFAULTS = { intervalMs: 5, timeoutMs: 1_000 };

/** A check that answers the given results in turn (the last one again once they run out), counting calls. */
function checks<T>(...results: PollResult<T>[]) {
  let calls = 0;
  const check = async () => results[Math.min(calls++, results.length - 1)]!;
  return { check, calls: () => calls };
}

describe("wait", () => {
  it("resolves after the delay, and rejects with APIUserAbortError when the signal aborts first or already has", async () => {
    const started = Date.now();
    await wait(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    const controller = new AbortController();
    const pending = wait(60_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await expect(wait(0, controller.signal)).rejects.toBeInstanceOf(APIUserAbortError);
  });
});

describe("poll", () => {
  it("checks until done and resolves with the value, waiting between checks", async () => {
    const { check, calls } = checks<string>({ status: "waiting", value: 1 }, { status: "waiting", value: 2 }, { status: "done", value: "ok" });
    const started = Date.now();
    await expect(poll("the thing", check, { intervalMs: 10 }, DEFAULTS)).resolves.toBe("ok");
    expect(calls()).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it("rejects with WaitError failed, carrying the check's message and value", async () => {
    const last = { id: "a", status: "errored" };
    const { check } = checks({ status: "waiting", value: 1 }, { status: "failed", value: last, message: "Asset a errored." });
    const error = await poll("asset a to be ready", check, undefined, DEFAULTS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitError);
    expect(error).toMatchObject({ reason: "failed", message: "Asset a errored.", last });
  });

  it("gives up with WaitError timed_out after a last check at the deadline, naming the state it saw", async () => {
    const { check, calls } = checks({ status: "waiting", value: { status: "preparing" }, state: "preparing" });
    const error = (await poll("asset a to be ready", check, { intervalMs: 20, timeoutMs: 50 }, DEFAULTS).catch((e: unknown) => e)) as WaitError;
    expect(error).toBeInstanceOf(WaitError);
    expect(error.reason).toBe("timed_out");
    expect(error.waitedMs).toBeGreaterThanOrEqual(50);
    expect(error.message).toMatch(/^Gave up waiting for asset a to be ready after \d+ ms \(still preparing\)\.$/);
    expect(error.last).toEqual({ status: "preparing" });
    expect(calls()).toBeGreaterThanOrEqual(3);
    expect(calls()).toBeLessThanOrEqual(5);
  });

  it("stops with APIUserAbortError when the signal aborts between checks", async () => {
    const { check, calls } = checks({ status: "waiting", value: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(poll("x", check, { signal: controller.signal, intervalMs: 10 }, DEFAULTS)).rejects.toBeInstanceOf(APIUserAbortError);
    const seen = calls();
    await wait(30);
    expect(calls()).toBe(seen);
  });

  it("passes on what a check throws", async () => {
    const boom = new Error("404");
    await expect(poll("x", () => Promise.reject(boom), undefined, DEFAULTS)).rejects.toBe(boom);
  });

  it("rejects bad options with InvalidArgumentError naming the option, before any check", async () => {
    const { check, calls } = checks({ status: "done", value: 1 });
    for (const [options, argument] of [
      [{ intervalMs: -1 }, "intervalMs"],
      [{ intervalMs: Number.NaN }, "intervalMs"],
      [{ timeoutMs: 0 }, "timeoutMs"],
      [{ timeoutMs: "5" }, "timeoutMs"],
      [{ signal: {} }, "signal"],
      ["fast", "options"],
    ] as const) {
      await expect(poll("x", check, options as never, DEFAULTS)).rejects.toMatchObject({ constructor: InvalidArgumentError, argument });
    }
    expect(calls()).toBe(0);
    // Explicit undefined means "not given".
    await expect(poll("x", check, { intervalMs: undefined, timeoutMs: undefined, signal: undefined }, DEFAULTS)).resolves.toBe(1);
  });
});
