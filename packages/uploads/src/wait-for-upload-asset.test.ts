import { createMuxClient } from "@mux/core";
import { APIUserAbortError, InvalidArgumentError, NotFoundError, WaitError } from "@mux/errors";
import { UPLOAD_WAIT_DEFAULTS, waitForUploadAsset } from "@mux/uploads";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

/** How each upload of this file answers: the states it goes through in turn (the last one repeats). */
const lifecycles: Record<string, Array<Record<string, unknown>>> = {
  u1: [{ status: "waiting" }, { status: "waiting" }, { status: "asset_created", asset_id: "a1" }],
  cancelled: [{ status: "waiting" }, { status: "cancelled" }],
  broken: [{ status: "errored", error: { type: "invalid_input", message: "The file is not a video." } }],
  idle: [{ status: "waiting" }],
};
const looks = new Map<string, number>();
const server = setupServer(
  http.get("https://api.mux.com/video/v1/uploads/:id", ({ params, request }) => {
    const id = String(params.id);
    const states = lifecycles[id];
    if (!states) return HttpResponse.json({ error: { type: "not_found", messages: ["Upload not found"] } }, { status: 404 });
    const n = looks.get(id) ?? 0;
    looks.set(id, n + 1);
    const state = states[Math.min(n, states.length - 1)];
    return HttpResponse.json({ data: { id, cors_origin: "*", timeout: 3600, ...state, traced: request.headers.get("x-trace") } });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => looks.clear());
afterAll(() => server.close());

const client = createMuxClient({ tokenId: "id", tokenSecret: "secret", maxRetries: 0 });

describe("waitForUploadAsset", () => {
  it("looks at the upload until it has made its asset and resolves with it, passing the request options on", async () => {
    const upload = await waitForUploadAsset(client, "u1", { intervalMs: 5, requestOptions: { headers: { "x-trace": "t1" } } });
    expect(upload).toMatchObject({ id: "u1", status: "asset_created", asset_id: "a1", traced: "t1" });
    expect(looks.get("u1")).toBe(3);
  });

  it("rejects with WaitError failed when the upload ends without an asset, saying how and why", async () => {
    const cancelled = (await waitForUploadAsset(client, "cancelled", { intervalMs: 5 }).catch((e: unknown) => e)) as WaitError;
    expect(cancelled).toBeInstanceOf(WaitError);
    expect(cancelled).toMatchObject({ reason: "failed", message: "Upload cancelled ended as cancelled without an asset." });
    expect(cancelled.last).toMatchObject({ status: "cancelled" });
    await expect(waitForUploadAsset(client, "broken")).rejects.toMatchObject({
      reason: "failed",
      message: "Upload broken ended as errored without an asset: The file is not a video.",
    });
  });

  it("gives up with WaitError timed_out while the upload still waits for its file", async () => {
    const error = (await waitForUploadAsset(client, "idle", { intervalMs: 10, timeoutMs: 40 }).catch((e: unknown) => e)) as WaitError;
    expect(error).toBeInstanceOf(WaitError);
    expect(error.reason).toBe("timed_out");
    expect(error.message).toMatch(/^Gave up waiting for upload idle to make its asset after \d+ ms \(still waiting\)\.$/);
  });

  it("stops with APIUserAbortError when the signal aborts", async () => {
    const controller = new AbortController();
    const pending = waitForUploadAsset(client, "idle", { intervalMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(looks.get("idle")).toBe(1);
  });

  it("passes on the API's error for an upload that does not exist, and rejects bad input before any request", async () => {
    await expect(waitForUploadAsset(client, "missing", { intervalMs: 5 })).rejects.toBeInstanceOf(NotFoundError);
    looks.clear();
    await expect(waitForUploadAsset(client, "..")).rejects.toMatchObject({ constructor: InvalidArgumentError, argument: "uploadId" });
    await expect(waitForUploadAsset(client, "u1", { intervalMs: -5 })).rejects.toMatchObject({ constructor: InvalidArgumentError, argument: "intervalMs" });
    expect(looks.size).toBe(0);
  });

  it("waits 2 s between looks and at most an hour by default", () => {
    expect(UPLOAD_WAIT_DEFAULTS).toEqual({ intervalMs: 2_000, timeoutMs: 3_600_000 });
  });
});
