// The umbrella against @mux/testing's stateful fake: the official SDK's calls for an upload-to-ready
// flow and a live stream, with webhooks verified by `mux.webhooks.unwrap`.
import Mux from "@mux/mux-node";
import { DEFAULT_TOKEN } from "@mux/testing";
import { useMuxMock } from "@mux/testing/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { startWebhookReceiver } from "./test-support/webhook-receiver.js";


const { mock } = useMuxMock({ beforeAll, afterEach, afterAll });

it("uploads a file, is told by a signed webhook that the asset is ready, and signs its playback", async () => {
  const receiver = await startWebhookReceiver();
  try {
    const mux = new Mux({ ...DEFAULT_TOKEN });
    const endpoint = await mux.system.webhooks.create({ address: receiver.url });
    const webhooks = new Mux({ ...DEFAULT_TOKEN, webhookSecret: endpoint.signing_secret ?? "" }).webhooks;
    const upload = await mux.video.uploads.create({ cors_origin: "*", new_asset_settings: { playback_policies: ["signed"] } });
    await fetch(upload.url ?? "", { method: "PUT", body: new Uint8Array(512) });
    await mock.clock.advance(2_000);

    const events = await Promise.all(receiver.received.map((r) => webhooks.unwrap(r.body, r.headers)));
    const ready = events.find((e) => e.type === "video.asset.ready");
    if (ready?.type !== "video.asset.ready") throw new Error("no video.asset.ready");
    expect(ready.data).toMatchObject({ status: "ready", upload_id: upload.id, playback_ids: [{ policy: "signed" }] });
    const asset = await mux.video.assets.retrieve(ready.data.id);
    const playbackId = await mux.video.assets.createPlaybackId(asset.id ?? "", { policy: "signed" });
    expect(await mux.video.playbackIds.retrieve(playbackId.id ?? "")).toMatchObject({ object: { type: "asset", id: asset.id } });

    expect((await mux.system.webhooks.update(endpoint.id, { enabled: false })).enabled).toBe(false);
    await mux.video.assets.delete(asset.id ?? "");
    await mock.webhooks.settled();
    expect(receiver.received.at(-1)?.body).not.toContain("video.asset.deleted");
    await mux.system.webhooks.delete(endpoint.id);
    expect((await mux.system.webhooks.list()).data).toEqual([]);
  } finally {
    await receiver.close();
  }
});

it("runs a live stream through the umbrella: broadcast, complete, recorded asset", async () => {
  const mux = new Mux({ ...DEFAULT_TOKEN });
  const stream = await mux.video.liveStreams.create({ new_asset_settings: { playback_policies: ["public"] } });
  const idle = mock.webhooks.waitFor("video.asset.live_stream_completed");
  mock.liveStreams.connect(stream.id ?? "");
  await mock.clock.advance(1_000);
  expect((await mux.video.liveStreams.retrieve(stream.id ?? "")).status).toBe("active");
  await mock.clock.advance(59_000);
  await mux.video.liveStreams.complete(stream.id ?? "");
  await mock.webhooks.settled();
  expect((await idle).data).toMatchObject({ live_stream_id: stream.id, is_live: false, duration: 59 });
});

it("the root README's upload-to-ready test passes as written", async () => {
  const mux = new Mux({ ...DEFAULT_TOKEN });
  const ready = mock.webhooks.waitFor("video.asset.ready");
  const upload = await mux.video.uploads.create({ cors_origin: "*", new_asset_settings: { playback_policies: ["public"] } });
  await fetch(String(upload.url), { method: "PUT", body: new Uint8Array(1024) }); // the fake serves the upload URL
  await mock.clock.advance(2_000); // assets are ready 2 s after the file arrives
  const { data } = await ready;
  expect(await mux.video.assets.retrieve(data.id)).toMatchObject({ status: "ready", upload_id: upload.id });
});
