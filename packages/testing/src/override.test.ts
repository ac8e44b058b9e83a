import { muxResponse } from "@mux/testing";
import { describe, expect, it } from "vitest";
import { call } from "./test-support/http.js";
import { useMock } from "./test-support/use-mock.js";

const { mock } = useMock();

describe("mock.override", () => {
  it("answers one operation with a typed body, after the pipeline's auth and log", async () => {
    mock.override("get-asset", ({ params }) => ({ data: { id: params.ASSET_ID, status: "ready", created_at: "1767225600", encoding_tier: "smart", max_resolution_tier: "1080p", progress: { state: "completed", progress: 100 }, master_access: "none", mp4_support: "none", normalize_audio: false } }));
    const answer = await call("https://api.mux.com/video/v1/assets/any-id");
    expect(answer).toMatchObject({ status: 200, body: { data: { id: "any-id", status: "ready" } } });
    expect(mock.requests.at(-1)).toMatchObject({ operationId: "get-asset", status: 200 });
    expect((await call("https://api.mux.com/video/v1/assets/any-id", { headers: { authorization: "Basic bm9wZTpub3Bl" } })).status).toBe(401);
  });

  it("reads the typed body, can answer any Response, falls through on undefined, and can be limited", async () => {
    mock.override("create-asset", ({ body }) => (body?.passthrough === "boom" ? muxResponse("create-asset", 400, { error: { type: "invalid_parameters", messages: ["boom"] } }) : undefined));
    const handle = mock.override("list-assets", () => ({ data: [] }), { times: 1 });
    const boom = await call("https://api.mux.com/video/v1/assets", { method: "POST", body: JSON.stringify({ inputs: [{ url: "https://x.example/v.mp4" }], passthrough: "boom" }) });
    expect(boom).toMatchObject({ status: 400, body: { error: { messages: ["boom"] } } });
    const fine = await call("https://api.mux.com/video/v1/assets", { method: "POST", body: JSON.stringify({ inputs: [{ url: "https://x.example/v.mp4" }] }) });
    expect(fine.status).toBe(201);
    expect(((await call("https://api.mux.com/video/v1/assets")).body as { data: unknown[] }).data).toEqual([]);
    expect(((await call("https://api.mux.com/video/v1/assets")).body as { data: unknown[] }).data).toHaveLength(1);
    handle.remove();
    expect(() => mock.override("get-asset", () => undefined, { times: 0 })).toThrow(TypeError);
  });

  it("answers 204 operations with no body, and is gone after reset", async () => {
    mock.override("delete-asset", () => null);
    expect((await call("https://api.mux.com/video/v1/assets/whatever", { method: "DELETE" })).status).toBe(204);
    mock.reset();
    expect((await call("https://api.mux.com/video/v1/assets/whatever", { method: "DELETE" })).status).toBe(404);
  });
});
