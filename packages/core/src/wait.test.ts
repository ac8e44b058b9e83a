import { APIUserAbortError } from "@mux/errors";
import { describe, expect, it } from "vitest";
import { wait } from "./wait.js";

describe("wait", () => {
  it("resolves after the delay", async () => {
    const started = Date.now();
    await expect(wait(20)).resolves.toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it("rejects with APIUserAbortError when the signal aborts, before or during the wait", async () => {
    await expect(wait(10, AbortSignal.abort("stop"))).rejects.toBeInstanceOf(APIUserAbortError);
    const controller = new AbortController();
    const waiting = wait(60_000, controller.signal);
    controller.abort("stop");
    await expect(waiting).rejects.toMatchObject({ name: "APIUserAbortError", cause: "stop" });
  });

  it("rejects bad input with InvalidArgumentError, and leaves no timer that fails later", async () => {
    for (const ms of [-1, Number.NaN, "5", null]) {
      await expect(wait(ms as number)).rejects.toMatchObject({ name: "InvalidArgumentError", argument: "ms" });
    }
    for (const signal of ["x", {}, 5]) {
      await expect(wait(1, signal as unknown as AbortSignal)).rejects.toMatchObject({ name: "InvalidArgumentError", argument: "signal" });
    }
    // Before the fix, a timer was already set and threw from its callback ("removeEventListener is
    // not a function"), an uncaught error that vitest reports; give such a timer time to fire.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
