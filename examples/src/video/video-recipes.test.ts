// The video recipes against @mux/testing's stateful fake: assets get ready when the test moves the
// mock's clock, upload URLs take the PUT, live streams and Data numbers are the fake's own.
import { DEFAULT_TOKEN } from "@mux/testing";
import Mux from "@mux/mux-node";
import { describe, expect, it } from "vitest";
import { useFakeMux } from "../test-support/fake-mux.js";

const { mock, output } = useFakeMux();
const sent = (operation: string) => mock.requests.filter((r) => r.operationId === operation);

describe("asset-from-url", () => {
  it("creates the asset from the URL and waits until it is ready", async () => {
    const { assetFromUrl } = await import("./asset-from-url.js");
    const created = mock.webhooks.waitFor("video.asset.created");
    const done = assetFromUrl("https://example.com/video.mp4", { intervalMs: 1 });
    await created;
    await mock.clock.runAll(); // the asset is ready: the recipe's next poll sees it
    const { asset, playbackId } = await done;
    expect(asset.status).toBe("ready");
    expect(playbackId).toBe(asset.playback_ids?.[0]?.id);
    expect(sent("create-asset")[0]?.body).toMatchObject({ inputs: [{ url: "https://example.com/video.mp4" }], playback_policies: ["public"] });
    expect(output()).toContain(`Watch it at https://stream.mux.com/${playbackId}.m3u8`);
  });
});

describe("direct-upload", () => {
  it("PUTs the file to the upload URL and finds the asset it became", async () => {
    const { directUpload } = await import("./direct-upload.js");
    const { upload, assetId } = await directUpload(new Uint8Array(1024), { intervalMs: 1 });
    expect(mock.assets.get(assetId)).toMatchObject({ upload_id: upload.id, status: "preparing", playback_ids: [{ policy: "public" }] });
    expect(output()).toContain(`Upload ${upload.id} became asset ${assetId}`);
  });
});

describe("live-stream", () => {
  it("creates a stream with a public playback ID, prints the encoder settings, then ends it", async () => {
    const { startLiveStream, endLiveStream } = await import("./live-stream.js");
    const { stream, playbackId } = await startLiveStream();
    expect(playbackId).toBe(stream.playback_ids?.[0]?.id);
    expect(output()).toContain(`Encoder stream key: ${stream.stream_key}`);
    expect(output()).toContain(`Player URL: https://stream.mux.com/${playbackId}.m3u8`);
    await endLiveStream(stream.id ?? "");
    expect(sent("signal-live-stream-complete")).toHaveLength(1);
    expect(mock.liveStreams.size).toBe(0);
  });
});

describe("signed-playback", () => {
  it("signs playback and thumbnail tokens with a key the API created, verifiable with its public key", async () => {
    const mux = new Mux({ ...DEFAULT_TOKEN });
    const asset = await mux.video.assets.create({ inputs: [{ url: "https://example.com/video.mp4" }] });
    const { signedPlayback } = await import("./signed-playback.js");
    const result = await signedPlayback(asset.id ?? "");
    expect(mock.assets.get(asset.id ?? "")?.playback_ids).toEqual([{ id: result.playbackId, policy: "signed" }]);
    const publicKey = await mock.publicKeyFor(result.signingKeyId);
    for (const [token, aud] of [
      [result.playbackToken, "v"],
      [result.thumbnailToken, "t"],
    ] as const) {
      const [header = "", payload = "", signature = ""] = token.split(".");
      const valid = await crypto.subtle.verify("RSASSA-PKCS1-v1_5", publicKey, Buffer.from(signature, "base64url"), new TextEncoder().encode(`${header}.${payload}`));
      expect(valid).toBe(true);
      expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toMatchObject({ sub: result.playbackId, aud });
    }
    expect(result.thumbnailUrl).toMatch(/^https:\/\/image\.mux\.com\/[^/]+\/thumbnail\.jpg\?token=/);
  });
});

describe("data-metric", () => {
  it("reads the overall value and the breakdown by country", async () => {
    mock.data.set("video_startup_time", { value: 812, total_views: 1200, breakdown: [{ field: "US", value: 900, views: 700 }] });
    const { startupTimeReport } = await import("./data-metric.js");
    const report = await startupTimeReport();
    expect(report.overall?.value).toBe(812);
    expect(output()).toContain("Video startup time (median): 812 ms over 1200 views");
    expect(output()).toContain("  US: 900 ms (700 views)");
    expect(sent("list-breakdown-values")[0]?.query).toMatchObject({ group_by: "country", limit: "5" });
  });
});
