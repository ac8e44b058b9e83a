// The video lifecycles of @mux/testing's stateful fake, driven through the resource packages as an
// app would call them, with every webhook they fire received over HTTP and verified with @mux/webhooks.
import { createAsset, createAssetPlaybackId, deleteAsset, listAssets, retrieveAsset, updateAsset, updateAssetMasterAccess, updateAssetMP4Support } from "@mux/assets";
import { NotFoundError } from "@mux/errors";
import {
  completeLiveStream,
  createLiveStream,
  createLiveStreamSimulcastTarget,
  disableLiveStream,
  enableLiveStream,
  resetLiveStreamStreamKey,
  retrieveLiveStream,
} from "@mux/live-streams";
import { useMuxMock } from "@mux/testing/node";
import { cancelUpload, createUpload, retrieveUpload } from "@mux/uploads";
import { createWebhook, unwrapWebhook, type WebhookEvent } from "@mux/webhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWebhookReceiver } from "./test-support/webhook-receiver.js";


const { mock, client: clientOf } = useMuxMock({ beforeAll, afterEach, afterAll });
const client = clientOf();
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret = "";

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(() => {
  receiver.received.length = 0;
});
afterAll(async () => {
  await receiver.close();
});

/** Registers the receiver as a webhook endpoint through the API, keeping its signing secret. */
async function subscribe(): Promise<void> {
  const endpoint = await createWebhook(client, { address: receiver.url });
  secret = endpoint.signing_secret ?? "";
}

/** Every event the receiver got, each verified (signature, timestamp) and parsed by @mux/webhooks. */
async function verifiedEvents(): Promise<WebhookEvent[]> {
  return Promise.all(receiver.received.map((r) => unwrapWebhook(r.body, r.headers, secret)));
}

describe("through the resource packages", () => {
  it("direct upload: create, PUT the file, the asset gets ready with what was asked; cancel another", async () => {
    await subscribe();
    const upload = await createUpload(client, { cors_origin: "*", new_asset_settings: { playback_policies: ["public"], static_renditions: [{ resolution: "highest" }] } });
    expect(upload.status).toBe("waiting");
    expect((await fetch(upload.url ?? "", { method: "PUT", body: new Uint8Array(1024) })).status).toBe(200);
    const done = await retrieveUpload(client, upload.id ?? "");
    expect(done).toMatchObject({ status: "asset_created", asset_id: expect.any(String) });

    await mock.clock.advance(2_000);
    const asset = await retrieveAsset(client, done.asset_id ?? "");
    expect(asset).toMatchObject({ status: "ready", upload_id: upload.id, playback_ids: [{ policy: "public" }] });
    expect(asset.tracks?.map((t) => t.type)).toEqual(["video", "audio"]);
    await mock.clock.runAll();
    expect((await retrieveAsset(client, asset.id ?? "")).static_renditions).toMatchObject({ status: "ready", files: [{ ext: "mp4" }] });

    const events = await verifiedEvents();
    expect(events.map((e) => e.type)).toEqual([
      "video.upload.created",
      "video.asset.created",
      "video.asset.static_rendition.created",
      "video.upload.asset_created",
      "video.asset.ready",
      "video.asset.static_rendition.ready",
      "video.asset.static_renditions.ready",
    ]);
    const ready = events.find((e) => e.type === "video.asset.ready");
    expect(ready?.type === "video.asset.ready" && ready.data.id).toBe(asset.id);

    const other = await createUpload(client, { new_asset_settings: {} });
    expect(await cancelUpload(client, other.id ?? "")).toMatchObject({ status: "cancelled" });
    await mock.webhooks.settled();
    expect((await verifiedEvents()).at(-1)?.type).toBe("video.upload.cancelled");
  });

  it("asset from a URL: ready with tracks, master access and MP4s, listed, updated, deleted", async () => {
    await subscribe();
    const created = await createAsset(client, { inputs: [{ url: "https://example.com/video.mp4" }], playback_policies: ["signed"] });
    expect(created.status).toBe("preparing");
    await mock.clock.advance(2_000);
    await updateAssetMasterAccess(client, created.id ?? "", { master_access: "temporary" });
    await updateAssetMP4Support(client, created.id ?? "", { mp4_support: "standard" });
    await mock.clock.runAll();
    const asset = await retrieveAsset(client, created.id ?? "");
    expect(asset).toMatchObject({ status: "ready", master: { status: "ready" }, static_renditions: { status: "ready" } });
    const playbackId = await createAssetPlaybackId(client, asset.id ?? "", { policy: "public" });
    expect((await retrieveAsset(client, asset.id ?? "")).playback_ids?.map((p) => p.policy)).toEqual(["signed", "public"]);
    expect(playbackId.policy).toBe("public");
    expect((await updateAsset(client, asset.id ?? "", { passthrough: "order-42" })).passthrough).toBe("order-42");
    const listed = [];
    for await (const item of listAssets(client)) listed.push(item.id);
    expect(listed).toEqual([asset.id]);
    await deleteAsset(client, asset.id ?? "");
    await expect(retrieveAsset(client, asset.id ?? "")).rejects.toBeInstanceOf(NotFoundError);
    await mock.webhooks.settled();
    expect((await verifiedEvents()).map((e) => e.type)).toEqual([
      "video.asset.created",
      "video.asset.ready",
      "video.asset.master.preparing",
      "video.asset.static_renditions.preparing",
      "video.asset.master.ready",
      "video.asset.static_rendition.ready", // low.mp4, medium.mp4, high.mp4
      "video.asset.static_rendition.ready",
      "video.asset.static_rendition.ready",
      "video.asset.static_renditions.ready",
      "video.asset.updated",
      "video.asset.deleted",
    ]);
  });

  it("live stream: a broadcast connects, goes active, ends idle and yields a recorded asset", async () => {
    await subscribe();
    const stream = await createLiveStream(client, { playback_policies: ["public"], new_asset_settings: { playback_policies: ["public"] }, reconnect_window: 10 });
    await createLiveStreamSimulcastTarget(client, stream.id ?? "", { url: "rtmp://live.example.com/app", stream_key: "key" });
    await disableLiveStream(client, stream.id ?? "");
    await enableLiveStream(client, stream.id ?? "");
    const rekeyed = await resetLiveStreamStreamKey(client, stream.id ?? "");
    expect(rekeyed.stream_key).not.toBe(stream.stream_key);

    mock.liveStreams.broadcast(stream.id ?? "", 30_000);
    await mock.clock.advance(2_000);
    const live = await retrieveLiveStream(client, stream.id ?? "");
    expect(live).toMatchObject({ status: "active", active_asset_id: expect.any(String) });
    expect(await retrieveAsset(client, live.active_asset_id ?? "")).toMatchObject({ status: "ready", is_live: true, live_stream_id: stream.id });
    await mock.clock.runAll();
    const recorded = await retrieveAsset(client, live.active_asset_id ?? "");
    expect(recorded).toMatchObject({ is_live: false, duration: 40 });
    expect((await retrieveLiveStream(client, stream.id ?? "")).status).toBe("idle");
    await completeLiveStream(client, stream.id ?? "");

    const types = (await verifiedEvents()).map((e) => e.type);
    expect(types).toEqual([
      "video.live_stream.created",
      "video.live_stream.simulcast_target.created",
      "video.live_stream.disabled",
      "video.live_stream.enabled",
      "video.live_stream.connected",
      "video.asset.created",
      "video.live_stream.recording",
      "video.live_stream.active",
      "video.live_stream.simulcast_target.starting",
      "video.live_stream.simulcast_target.broadcasting",
      "video.asset.ready",
      "video.live_stream.disconnected",
      "video.live_stream.idle",
      "video.live_stream.simulcast_target.idle",
      "video.asset.live_stream_completed",
    ]);
  });
});
