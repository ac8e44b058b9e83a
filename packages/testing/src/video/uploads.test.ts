import { unwrapWebhook } from "@mux/webhooks";
import { describe, expect, it } from "vitest";
import { call } from "../test-support/http.js";
import { startReceiver } from "../test-support/receiver.js";
import { useMock } from "../test-support/use-mock.js";

const API = "https://api.mux.com";
const { mock } = useMock();
type Data<T = Record<string, unknown>> = { data: T };

async function createUpload(body: unknown = { cors_origin: "https://app.example", new_asset_settings: { playback_policies: ["public"] } }) {
  const created = await call(`${API}/video/v1/uploads`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  expect(created.status).toBe(201);
  return (created.body as Data<{ id: string; url: string; status: string; timeout: number }>).data;
}

describe("direct uploads", () => {
  it("goes waiting -> asset_created -> an asset that gets ready, firing Mux's webhooks, signed, to a real endpoint", async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await call(`${API}/system/v1/webhooks`, { method: "POST", body: JSON.stringify({ address: receiver.url }) });
      const { id: endpointId, signing_secret } = (endpoint.body as Data<{ id: string; signing_secret: string }>).data;
      expect(signing_secret).toEqual(expect.any(String));

      const upload = await createUpload();
      expect(upload).toMatchObject({ status: "waiting", timeout: 3600 });
      expect(upload.url).toMatch(/^https:\/\/api\.mux\.com\/direct-uploads\/\w+\?upload_token=\w+$/);

      const put = await fetch(upload.url, { method: "PUT", body: new Uint8Array(2048) });
      expect(put.status).toBe(200);
      const afterPut = (await call(`${API}/video/v1/uploads/${upload.id}`)).body as Data<{ status: string; asset_id: string }>;
      expect(afterPut.data.status).toBe("asset_created");
      const assetId = afterPut.data.asset_id;
      expect((await call(`${API}/video/v1/assets/${assetId}`)).body).toMatchObject({ data: { status: "preparing", upload_id: upload.id } });

      await mock.clock.advance(1_999);
      expect(mock.assets.get(assetId)?.status).toBe("preparing");
      await mock.clock.advance(1);
      const ready = (await call(`${API}/video/v1/assets/${assetId}`)).body as Data<{ status: string; playback_ids: { policy: string }[]; tracks: { type: string }[]; duration: number }>;
      expect(ready.data).toMatchObject({ status: "ready", playback_ids: [{ policy: "public" }], duration: expect.any(Number) });
      expect(ready.data.tracks.map((t) => t.type)).toEqual(["video", "audio"]);

      const types = ["video.upload.created", "video.asset.created", "video.upload.asset_created", "video.asset.ready"];
      expect(mock.webhooks.events.map((e) => e.type)).toEqual(types);
      expect(mock.webhooks.deliveries.map((d) => [d.type, d.status, d.endpointId])).toEqual(types.map((t) => [t, 200, endpointId]));
      const events = await Promise.all(receiver.received.map((r) => unwrapWebhook(r.body, r.headers, mock.webhooks.secretFor(endpointId))));
      expect(events.map((e) => e.type)).toEqual(types);
      expect(events[3]).toMatchObject({ object: { type: "asset", id: assetId }, data: { id: assetId, status: "ready", upload_id: upload.id } });
      expect(JSON.stringify(mock.webhooks.deliveries)).not.toContain(signing_secret);
    } finally {
      await receiver.close();
    }
  });

  it("takes the file in Content-Range chunks as UpChunk sends it, answering 308 until the last", async () => {
    const upload = await createUpload();
    const first = await fetch(upload.url, { method: "PUT", body: new Uint8Array(100), headers: { "content-range": "bytes 0-99/150" }, redirect: "manual" });
    expect(first.status).toBe(308);
    expect(first.headers.get("range")).toBe("bytes=0-99");
    expect(mock.uploads.get(upload.id)?.status).toBe("waiting");
    const last = await fetch(upload.url, { method: "PUT", body: new Uint8Array(50), headers: { "content-range": "bytes 100-149/150" } });
    expect(last.status).toBe(200);
    expect(mock.uploads.get(upload.id)?.status).toBe("asset_created");
  });

  it("refuses a wrong token, an empty file, a second file, and answers the CORS preflight", async () => {
    const upload = await createUpload();
    expect((await fetch(upload.url.replace(/upload_token=\w+/, "upload_token=nope"), { method: "PUT", body: "x" })).status).toBe(404);
    expect((await fetch(upload.url, { method: "PUT", body: "" })).status).toBe(400);
    const preflight = await fetch(upload.url, { method: "OPTIONS" });
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect((await fetch(upload.url, { method: "PUT", body: "video" })).status).toBe(200);
    expect((await fetch(upload.url, { method: "PUT", body: "video" })).status).toBe(409);
  });

  it("cancels a waiting upload (video.upload.cancelled), not a finished one", async () => {
    const upload = await createUpload();
    const cancelled = await call(`${API}/video/v1/uploads/${upload.id}/cancel`, { method: "PUT" });
    expect(cancelled).toMatchObject({ status: 200, body: { data: { id: upload.id, status: "cancelled" } } });
    await mock.webhooks.settled();
    expect(mock.webhooks.events.map((e) => e.type)).toEqual(["video.upload.created", "video.upload.cancelled"]);
    expect((await fetch(upload.url, { method: "PUT", body: "late" })).status).toBe(409);
    const again = await call(`${API}/video/v1/uploads/${upload.id}/cancel`, { method: "PUT" });
    expect(again).toMatchObject({ status: 400, body: { error: { type: "invalid_parameters" } } });
  });

  it("times out after its timeout, makes the requested static renditions, and lists newest first", async () => {
    const stale = await createUpload({ timeout: 60, new_asset_settings: {} });
    const upload = await createUpload({ new_asset_settings: { static_renditions: [{ resolution: "highest" }, { resolution: "audio-only" }] } });
    await mock.clock.advance(60_000);
    expect(mock.uploads.get(stale.id)?.status).toBe("timed_out");
    const list = await call(`${API}/video/v1/uploads?limit=1`);
    expect((list.body as Data<{ id: string }[]>).data.map((u) => u.id)).toEqual([upload.id]);

    const assetId = mock.uploads.complete(upload.id);
    await mock.clock.runAll();
    const files = mock.assets.get(assetId)?.static_renditions;
    expect(files).toMatchObject({ status: "ready", files: [{ resolution: "highest", ext: "mp4" }, { resolution: "audio-only", ext: "m4a", name: "audio.m4a" }] });
    expect(mock.webhooks.events.map((e) => e.type)).toContain("video.asset.static_rendition.ready");
  });

  it("answers 400 for a bad body and 404 for an unknown upload", async () => {
    const bad = await call(`${API}/video/v1/uploads`, { method: "POST", body: JSON.stringify({ timeout: 5 }) });
    expect(bad).toMatchObject({ status: 400, body: { error: { type: "invalid_parameters", messages: [expect.stringContaining("timeout")] } } });
    expect((await call(`${API}/video/v1/uploads`, { method: "POST", body: "{" })).status).toBe(400);
    expect((await call(`${API}/video/v1/uploads/nope`)).status).toBe(404);
    expect((await call(`${API}/video/v1/uploads/nope/cancel`, { method: "PUT" })).status).toBe(404);
  });
});
