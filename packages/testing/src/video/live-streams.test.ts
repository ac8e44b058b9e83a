import { describe, expect, it } from "vitest";
import { call } from "../test-support/http.js";
import { useMock } from "../test-support/use-mock.js";

const API = "https://api.mux.com";
const { mock } = useMock();
type Data<T = Record<string, unknown>> = { data: T };
type StreamBody = Data<{ id: string; status: string; stream_key: string; active_asset_id?: string; recent_asset_ids: string[]; playback_ids: { id: string }[] }>;
const json = (method: string, body?: unknown): RequestInit => ({ method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

async function createStream(body: unknown = { playback_policies: ["public"], new_asset_settings: { playback_policies: ["public"] }, reconnect_window: 30 }) {
  const created = await call(`${API}/video/v1/live-streams`, json("POST", body));
  expect(created.status).toBe(201);
  return (created.body as StreamBody).data;
}
const types = () => mock.webhooks.events.map((e) => e.type);

describe("live streams", () => {
  it("broadcasts: connected -> active (recording a new asset) -> disconnected -> idle after the reconnect window; the asset completes", async () => {
    const stream = await createStream();
    expect(stream).toMatchObject({ status: "idle", recent_asset_ids: [], playback_ids: [{ policy: "public" }] });
    mock.liveStreams.broadcast(stream.id, 60_000);
    await mock.clock.advance(1_000);
    const live = ((await call(`${API}/video/v1/live-streams/${stream.id}`)).body as StreamBody).data;
    expect(live.status).toBe("active");
    const assetId = live.active_asset_id ?? "";
    expect(live.recent_asset_ids).toEqual([assetId]);
    expect(mock.assets.get(assetId)).toMatchObject({ status: "preparing", is_live: true, live_stream_id: stream.id });
    await mock.clock.advance(1_000);
    expect(mock.assets.get(assetId)).toMatchObject({ status: "ready", is_live: true });

    await mock.clock.advance(59_000);
    expect(mock.liveStreams.get(stream.id)?.status).toBe("active"); // disconnected, inside the 30 s reconnect window
    await mock.clock.advance(30_000);
    expect(mock.liveStreams.get(stream.id)).toMatchObject({ status: "idle" });
    expect(mock.liveStreams.get(stream.id)?.active_asset_id).toBeUndefined();
    expect(mock.assets.get(assetId)).toMatchObject({ status: "ready", is_live: false, duration: 90 });
    expect(types()).toEqual([
      "video.live_stream.created",
      "video.live_stream.connected",
      "video.asset.created",
      "video.live_stream.recording",
      "video.live_stream.active",
      "video.asset.ready",
      "video.live_stream.disconnected",
      "video.live_stream.idle",
      "video.asset.live_stream_completed",
    ]);
    const assets = (await call(`${API}/video/v1/assets?live_stream_id=${stream.id}`)).body as Data<{ id: string }[]>;
    expect(assets.data.map((a) => a.id)).toEqual([assetId]);
  });

  it("complete ends a broadcast now; a reconnect within the window keeps the same asset", async () => {
    const stream = await createStream();
    mock.liveStreams.connect(stream.id);
    await mock.clock.advance(1_000);
    mock.liveStreams.disconnect(stream.id);
    await mock.clock.advance(10_000);
    mock.liveStreams.connect(stream.id);
    await mock.clock.advance(60_000);
    expect(mock.liveStreams.get(stream.id)?.status).toBe("active");
    expect((await call(`${API}/video/v1/live-streams/${stream.id}/complete`, json("PUT"))).status).toBe(200);
    expect(mock.liveStreams.get(stream.id)).toMatchObject({ status: "idle", recent_asset_ids: [expect.any(String)] });
    await mock.webhooks.settled();
    expect(types().filter((t) => t === "video.asset.live_stream_completed")).toHaveLength(1);
  });

  it("enables, disables (refusing the encoder), resets the stream key, updates and deletes", async () => {
    const stream = await createStream();
    expect((await call(`${API}/video/v1/live-streams/${stream.id}/disable`, json("PUT"))).body).toEqual({ data: {} });
    expect(mock.liveStreams.get(stream.id)?.status).toBe("disabled");
    expect(() => mock.liveStreams.connect(stream.id)).toThrow(/disabled/);
    await call(`${API}/video/v1/live-streams/${stream.id}/enable`, json("PUT"));
    expect(mock.liveStreams.get(stream.id)?.status).toBe("idle");
    const reset = await call(`${API}/video/v1/live-streams/${stream.id}/reset-stream-key`, json("POST"));
    expect(reset.status).toBe(201);
    expect((reset.body as StreamBody).data.stream_key).not.toBe(stream.stream_key);
    const updated = await call(`${API}/video/v1/live-streams/${stream.id}`, json("PATCH", { latency_mode: "low", reconnect_window: 0 }));
    expect(updated).toMatchObject({ status: 200, body: { data: { latency_mode: "low", reconnect_window: 0 } } });
    expect((await call(`${API}/video/v1/live-streams/${stream.id}`, json("PATCH", { reconnect_window: 99_999 }))).status).toBe(400);
    expect((await call(`${API}/video/v1/live-streams/${stream.id}`, json("DELETE"))).status).toBe(204);
    expect((await call(`${API}/video/v1/live-streams/${stream.id}/enable`, json("PUT"))).status).toBe(404);
    await mock.webhooks.settled();
    expect(types()).toEqual(["video.live_stream.created", "video.live_stream.disabled", "video.live_stream.enabled", "video.live_stream.updated", "video.live_stream.deleted"]);
  });

  it("manages playback IDs and simulcast targets, which broadcast with the stream", async () => {
    const stream = await createStream({});
    const playbackId = (await call(`${API}/video/v1/live-streams/${stream.id}/playback-ids`, json("POST", { policy: "signed" }))).body as Data<{ id: string }>;
    expect((await call(`${API}/video/v1/live-streams/${stream.id}/playback-ids/${playbackId.data.id}`)).body).toEqual({ data: { id: playbackId.data.id, policy: "signed" } });
    expect((await call(`${API}/video/v1/playback-ids/${playbackId.data.id}`)).body).toMatchObject({ data: { object: { type: "live_stream", id: stream.id } } });
    expect((await call(`${API}/video/v1/live-streams/${stream.id}/playback-ids/${playbackId.data.id}`, json("DELETE"))).status).toBe(204);

    const target = await call(`${API}/video/v1/live-streams/${stream.id}/simulcast-targets`, json("POST", { url: "rtmp://live.example.com/app", stream_key: "abc" }));
    expect(target).toMatchObject({ status: 201, body: { data: { url: "rtmp://live.example.com/app", status: "idle" } } });
    const targetId = (target.body as Data<{ id: string }>).data.id;
    expect((await call(`${API}/video/v1/live-streams/${stream.id}/simulcast-targets`, json("POST", { url: "ftp://nope" }))).status).toBe(400);
    mock.liveStreams.broadcast(stream.id, 1_000);
    await mock.clock.advance(1_000);
    expect((await call(`${API}/video/v1/live-streams/${stream.id}/simulcast-targets/${targetId}`)).body).toMatchObject({ data: { status: "broadcasting" } });
    await mock.clock.runAll();
    expect(mock.liveStreams.get(stream.id)?.simulcast_targets?.[0]?.status).toBe("idle");
    expect(mock.liveStreams.get(stream.id)?.recent_asset_ids).toEqual([]); // no new_asset_settings: nothing recorded
    expect((await call(`${API}/video/v1/live-streams/${stream.id}/simulcast-targets/${targetId}`, json("DELETE"))).status).toBe(204);
    expect(types()).toEqual(expect.arrayContaining(["video.live_stream.simulcast_target.created", "video.live_stream.simulcast_target.broadcasting", "video.live_stream.simulcast_target.idle", "video.live_stream.simulcast_target.deleted"]));
  });
});
