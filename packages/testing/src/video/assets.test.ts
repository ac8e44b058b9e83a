import { describe, expect, it } from "vitest";
import { call } from "../test-support/http.js";
import { useMock } from "../test-support/use-mock.js";

const API = "https://api.mux.com";
const { mock } = useMock({ timings: { assetReadyMs: 3_000 } });
type Data<T = Record<string, unknown>> = { data: T };
type AssetBody = Data<{ id: string; status: string; playback_ids?: { id: string; policy: string }[]; tracks?: { id: string; type: string; status: string }[]; master?: { status: string; url?: string }; static_renditions?: { status: string; files: { name?: string }[] }; passthrough?: string }>;

const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body), headers: { "content-type": "application/json" } });

async function createAsset(body: Record<string, unknown> = { inputs: [{ url: "https://example.com/video.mp4" }], playback_policies: ["public"] }) {
  const created = await call(`${API}/video/v1/assets`, json("POST", body));
  expect(created.status).toBe(201);
  return (created.body as AssetBody).data;
}

const types = () => mock.webhooks.events.map((e) => e.type);

describe("assets", () => {
  it("from a URL: preparing, then ready once the clock passes timings.assetReadyMs, with playback IDs and tracks", async () => {
    const asset = await createAsset({ input: [{ url: "https://example.com/a.mp4" }, { url: "https://example.com/a.vtt", type: "text", text_type: "subtitles", language_code: "en" }], playback_policy: ["public", "signed"], passthrough: "mine" });
    expect(asset).toMatchObject({ status: "preparing", passthrough: "mine", playback_ids: [{ policy: "public" }, { policy: "signed" }] });
    await mock.clock.advance(2_999);
    expect(mock.assets.get(asset.id)?.status).toBe("preparing");
    await mock.clock.advance(1);
    const ready = ((await call(`${API}/video/v1/assets/${asset.id}`)).body as AssetBody).data;
    expect(ready.status).toBe("ready");
    expect(ready.tracks?.map((t) => [t.type, t.status])).toEqual([["video", "ready"], ["audio", "ready"], ["text", "ready"]]);
    expect(types()).toEqual(["video.asset.created", "video.asset.ready", "video.asset.track.ready"]);
  });

  it("creates, retrieves and deletes playback IDs, and finds their asset by playback ID", async () => {
    const asset = await createAsset();
    const created = await call(`${API}/video/v1/assets/${asset.id}/playback-ids`, json("POST", { policy: "signed" }));
    const playbackId = (created.body as Data<{ id: string; policy: string }>).data;
    expect(created.status).toBe(201);
    expect(playbackId.policy).toBe("signed");
    expect((await call(`${API}/video/v1/assets/${asset.id}/playback-ids/${playbackId.id}`)).body).toEqual({ data: playbackId });
    expect((await call(`${API}/video/v1/playback-ids/${playbackId.id}`)).body).toEqual({ data: { id: playbackId.id, policy: "signed", object: { type: "asset", id: asset.id } } });
    expect((await call(`${API}/video/v1/assets/${asset.id}/playback-ids/${playbackId.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`${API}/video/v1/assets/${asset.id}/playback-ids/${playbackId.id}`)).status).toBe(404);
    expect((await call(`${API}/video/v1/playback-ids/${playbackId.id}`)).status).toBe(404);
    expect((await call(`${API}/video/v1/assets/${asset.id}/playback-ids`, json("POST", { policy: "wide-open" }))).status).toBe(400);
  });

  it("adds, updates and deletes a text track (created -> ready -> deleted)", async () => {
    const asset = await createAsset();
    await mock.clock.runAll();
    const created = await call(`${API}/video/v1/assets/${asset.id}/tracks`, json("POST", { url: "https://example.com/fr.vtt", type: "text", text_type: "subtitles", language_code: "fr", name: "Français" }));
    expect(created).toMatchObject({ status: 201, body: { data: { type: "text", status: "preparing", language_code: "fr" } } });
    const trackId = (created.body as Data<{ id: string }>).data.id;
    await mock.clock.advance(1_000);
    expect(mock.assets.get(asset.id)?.tracks?.find((t) => t.id === trackId)?.status).toBe("ready");
    const updated = await call(`${API}/video/v1/assets/${asset.id}/tracks/${trackId}`, json("PATCH", { name: "French" }));
    expect(updated).toMatchObject({ status: 200, body: { data: { id: trackId, name: "French" } } });
    expect((await call(`${API}/video/v1/assets/${asset.id}/tracks/${trackId}`, { method: "DELETE" })).status).toBe(204);
    await mock.webhooks.settled();
    expect(types().filter((t) => t.startsWith("video.asset.track"))).toEqual(["video.asset.track.created", "video.asset.track.ready", "video.asset.track.deleted"]);
    expect((await call(`${API}/video/v1/assets/${asset.id}/tracks`, json("POST", { type: "text" }))).status).toBe(400);
  });

  it("turns on temporary master access and MP4 support, each preparing then ready", async () => {
    const asset = await createAsset();
    await mock.clock.runAll();
    const master = await call(`${API}/video/v1/assets/${asset.id}/master-access`, json("PUT", { master_access: "temporary" }));
    expect(master).toMatchObject({ status: 200, body: { data: { master_access: "temporary", master: { status: "preparing" } } } });
    const mp4 = await call(`${API}/video/v1/assets/${asset.id}/mp4-support`, json("PUT", { mp4_support: "standard" }));
    expect(mp4).toMatchObject({ status: 200, body: { data: { mp4_support: "standard", static_renditions: { status: "preparing" } } } });
    await mock.clock.runAll();
    const ready = mock.assets.get(asset.id);
    expect(ready?.master).toEqual({ status: "ready", url: expect.stringMatching(/^https:\/\/master\.mux\.com\//) });
    expect(ready?.static_renditions).toMatchObject({ status: "ready", files: [{ name: "low.mp4" }, { name: "medium.mp4" }, { name: "high.mp4" }] });
    expect(types()).toEqual(expect.arrayContaining(["video.asset.master.preparing", "video.asset.master.ready", "video.asset.static_renditions.preparing", "video.asset.static_renditions.ready"]));
    const off = await call(`${API}/video/v1/assets/${asset.id}/master-access`, json("PUT", { master_access: "none" }));
    expect((off.body as AssetBody).data.master).toBeUndefined();
  });

  it("adds and deletes a static rendition by resolution", async () => {
    const asset = await createAsset();
    await mock.clock.runAll();
    const created = await call(`${API}/video/v1/assets/${asset.id}/static-renditions`, json("POST", { resolution: "720p" }));
    expect(created).toMatchObject({ status: 201, body: { data: { resolution: "720p", name: "720p.mp4", status: "preparing" } } });
    const renditionId = (created.body as Data<{ id: string }>).data.id;
    await mock.clock.runAll();
    expect(mock.assets.get(asset.id)?.static_renditions?.status).toBe("ready");
    expect((await call(`${API}/video/v1/assets/${asset.id}/static-renditions/${renditionId}`, { method: "DELETE" })).status).toBe(204);
    expect(mock.assets.get(asset.id)?.static_renditions).toBeUndefined();
  });

  it("updates, lists (newest first, by upload), and deletes; an unknown id is a 404 everywhere", async () => {
    const first = await createAsset();
    const second = await createAsset();
    const updated = await call(`${API}/video/v1/assets/${first.id}`, json("PATCH", { passthrough: "changed" }));
    expect(updated).toMatchObject({ status: 200, body: { data: { id: first.id, passthrough: "changed" } } });
    const list = (await call(`${API}/video/v1/assets?limit=10`)).body as Data<{ id: string }[]>;
    expect(list.data.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(((await call(`${API}/video/v1/assets?upload_id=none`)).body as Data<unknown[]>).data).toEqual([]);
    expect((await call(`${API}/video/v1/assets?limit=500`)).status).toBe(400);
    expect((await call(`${API}/video/v1/assets/${first.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`${API}/video/v1/assets/${first.id}`)).status).toBe(404);
    expect((await call(`${API}/video/v1/assets/${first.id}/input-info`)).status).toBe(404);
    expect((await call(`${API}/video/v1/assets/${second.id}/input-info`)).status).toBe(200);
    await mock.clock.runAll();
    expect(types()).toEqual(["video.asset.created", "video.asset.created", "video.asset.updated", "video.asset.deleted", "video.asset.ready"]);
  });

  it("refuses an asset without a video input, and can be made to fail", async () => {
    const bad = await call(`${API}/video/v1/assets`, json("POST", { playback_policies: ["public"] }));
    expect(bad).toMatchObject({ status: 400, body: { error: { type: "invalid_parameters", messages: [expect.stringContaining("inputs")] } } });
    const asset = await createAsset();
    mock.assets.fail(asset.id, { messages: ["Invalid input"] });
    await mock.clock.runAll();
    expect(mock.assets.get(asset.id)).toMatchObject({ status: "errored", errors: { messages: ["Invalid input"] } });
    expect(types()).toEqual(["video.asset.created", "video.asset.errored"]);
  });
});
