import { MuxError, WaitError } from "@mux/errors";
import { describe, expect, it } from "vitest";

describe("WaitError", () => {
  it("is a MuxError that names itself and carries the reason, the time waited and the last answer", () => {
    const last = { id: "a1", status: "errored" };
    const err = new WaitError("failed", "Asset a1 errored.", 1500, last);
    expect(err).toBeInstanceOf(MuxError);
    expect(err.name).toBe("WaitError");
    expect(String(err)).toBe("WaitError: Asset a1 errored.");
    expect(err).toMatchObject({ reason: "failed", waitedMs: 1500 });
    expect(err.last).toBe(last);
    expect(WaitError.kind).toBe("WaitError");
  });

  it("serialises to name, message, reason and time waited (the last answer stays on the object)", () => {
    const cause = new Error("inner");
    const err = new WaitError("timed_out", "Not ready in time.", 60_000, { id: "a1" }, { cause });
    expect(err.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(err))).toEqual({ name: "WaitError", message: "Not ready in time.", reason: "timed_out", waitedMs: 60_000 });
  });

  it("is not an instance of unrelated error classes", () => {
    expect(new MuxError("x")).not.toBeInstanceOf(WaitError);
  });
});
