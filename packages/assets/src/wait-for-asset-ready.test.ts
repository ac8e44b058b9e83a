import { ASSET_WAIT_DEFAULTS, waitForAssetReady } from "@mux/assets";
import { createMuxClient } from "@mux/core";
import { APIUserAbortError, InvalidArgumentError, NotFoundError, WaitError } from "@mux/errors";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

/** How each asset of this file answers: a list of statuses in turn (the last one repeats). */
const lifecycles: Record<string, string[]> = {
  a1: ["preparing", "preparing", "ready"],
  bad: ["preparing", "errored"],
  slow: ["preparing"],
};
const looks = new Map<string, number>();
const server = setupServer(
  http.get("https://api.mux.com/video/v1/assets/:id", ({ params, request }) => {
    const id = String(params.id);
    const statuses = lifecycles[id];
    if (!statuses) return HttpResponse.json({ error: { type: "not_found", messages: ["Asset not found"] } }, { status: 404 });
    const n = looks.get(id) ?? 0;
    looks.set(id, n + 1);
    const status = statuses[Math.min(n, statuses.length - 1)];
    const errors = status === "errored" ? { type: "invalid_input", messages: ["The input file could not be read."] } : undefined;
    return HttpResponse.json({ data: { id, status, errors, traced: request.headers.get("x-trace") } });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => looks.clear());
afterAll(() => server.close());

const client = createMuxClient({ tokenId: "id", tokenSecret: "secret", maxRetries: 0 });

describe("waitForAssetReady", () => {
  it("looks at the asset until it is ready and resolves with it, passing the request options on", async () => {
    const asset = await waitForAssetReady(client, "a1", { intervalMs: 5, requestOptions: { headers: { "x-trace": "t1" } } });
    expect(asset).toMatchObject({ id: "a1", status: "ready", traced: "t1" });
    expect(looks.get("a1")).toBe(3);
  });

  it("rejects with WaitError failed when the asset errors, with Mux's message and the asset", async () => {
    const error = (await waitForAssetReady(client, "bad", { intervalMs: 5 }).catch((e: unknown) => e)) as WaitError;
    expect(error).toBeInstanceOf(WaitError);
    expect(error.reason).toBe("failed");
    expect(error.message).toBe("Asset bad errored: The input file could not be read.");
    expect(error.last).toMatchObject({ id: "bad", status: "errored" });
  });

  it("gives up with WaitError timed_out, saying the asset was still preparing", async () => {
    const error = (await waitForAssetReady(client, "slow", { intervalMs: 10, timeoutMs: 40 }).catch((e: unknown) => e)) as WaitError;
    expect(error).toBeInstanceOf(WaitError);
    expect(error.reason).toBe("timed_out");
    expect(error.message).toMatch(/^Gave up waiting for asset slow to be ready after \d+ ms \(still preparing\)\.$/);
    expect(looks.get("slow")).toBeGreaterThanOrEqual(3);
  });

  it("stops with APIUserAbortError when the signal aborts", async () => {
    const controller = new AbortController();
    const pending = waitForAssetReady(client, "slow", { intervalMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(looks.get("slow")).toBe(1);
  });

  it("passes on the API's error for an asset that does not exist", async () => {
    await expect(waitForAssetReady(client, "missing", { intervalMs: 5 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("rejects bad input with InvalidArgumentError before any request", async () => {
    await expect(waitForAssetReady(client, "", { intervalMs: 5 })).rejects.toMatchObject({ constructor: InvalidArgumentError, argument: "assetId" });
    await expect(waitForAssetReady(client, "a1", { timeoutMs: -1 })).rejects.toMatchObject({ constructor: InvalidArgumentError, argument: "timeoutMs" });
    expect(looks.size).toBe(0);
  });

  it("waits 2 s between looks and at most 15 minutes by default", () => {
    expect(ASSET_WAIT_DEFAULTS).toEqual({ intervalMs: 2_000, timeoutMs: 900_000 });
  });
});
