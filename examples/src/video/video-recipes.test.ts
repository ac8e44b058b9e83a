// The video recipes against the fake Mux API. Operations without a stateful fake answer a
// schema-valid sample; where a recipe waits for a lifecycle, the test says what Mux answers next
// with typed overrides (`muxResponse` is checked against the spec at compile time).
import { muxPath, muxResponse } from "@mux/testing";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { useFakeMux } from "../test-support/fake-mux.js";

const { mock, output, server } = useFakeMux();
const sent = (operation: string) => mock.requests.filter((r) => r.operationId === operation);

describe("asset-from-url", () => {
  it("creates the asset from the URL and waits until it is ready", async () => {
    let checks = 0;
    server.use(
      http.get(muxPath("get-asset"), ({ params }) => {
        const ready = ++checks >= 3;
        return muxResponse("get-asset", 200, {
          data: {
            id: String(params.ASSET_ID),
            created_at: "1767225600",
            status: ready ? "ready" : "preparing",
            progress: ready ? { state: "completed", progress: 100 } : { state: "transcoding", progress: 50 },
            encoding_tier: "baseline",
            master_access: "none",
            max_resolution_tier: "1080p",
            duration: 12.5,
            playback_ids: [{ id: "public-playback-id", policy: "public" }],
          },
        });
      }),
    );
    const { assetFromUrl } = await import("./asset-from-url.js");
    const { playbackId } = await assetFromUrl("https://example.com/video.mp4", { intervalMs: 1 });
    expect(playbackId).toBe("public-playback-id");
    expect(checks).toBe(3);
    expect(sent("create-asset")[0]?.body).toMatchObject({ inputs: [{ url: "https://example.com/video.mp4" }], playback_policies: ["public"] });
    expect(output()).toContain("Watch it at https://stream.mux.com/public-playback-id.m3u8");
  });
});

describe("direct-upload", () => {
  it("PUTs the file to the upload URL and finds the asset it became", async () => {
    const received: number[] = [];
    let checks = 0;
    server.use(
      http.post(muxPath("create-direct-upload"), () =>
        muxResponse("create-direct-upload", 201, {
          data: { id: "upload-1", url: "https://storage.example.com/upload-1", status: "waiting", timeout: 3600, cors_origin: "*" },
        }),
      ),
      http.put("https://storage.example.com/upload-1", async ({ request }) => {
        received.push((await request.arrayBuffer()).byteLength);
        return new HttpResponse(null, { status: 200 });
      }),
      http.get(muxPath("get-direct-upload"), () =>
        muxResponse("get-direct-upload", 200, {
          data: {
            id: "upload-1",
            cors_origin: "*",
            timeout: 3600,
            ...(++checks < 2 ? { status: "waiting" } : { status: "asset_created", asset_id: "asset-9" }),
          },
        }),
      ),
    );
    const { directUpload } = await import("./direct-upload.js");
    const { assetId } = await directUpload(new Uint8Array(1024), { intervalMs: 1 });
    expect(assetId).toBe("asset-9");
    expect(received).toEqual([1024]);
    expect(output()).toContain("Upload upload-1 became asset asset-9");
  });
});

describe("live-stream", () => {
  it("creates a stream with a public playback ID, prints the encoder settings, then ends it", async () => {
    const { startLiveStream, endLiveStream } = await import("./live-stream.js");
    const { stream, playbackId } = await startLiveStream();
    expect(stream.id).toEqual(expect.any(String));
    expect(playbackId).toEqual(expect.any(String));
    expect(output()).toContain(`Encoder stream key: ${stream.stream_key}`);
    expect(output()).toContain(`Player URL: https://stream.mux.com/${playbackId}.m3u8`);
    await endLiveStream(stream.id);
    expect(sent("signal-live-stream-complete")).toHaveLength(1);
    expect(sent("delete-live-stream")[0]?.path).toBe(`/video/v1/live-streams/${encodeURIComponent(stream.id)}`);
  });
});

describe("signed-playback", () => {
  it("signs playback and thumbnail tokens with a key the API created, verifiable with its public key", async () => {
    const { signedPlayback } = await import("./signed-playback.js");
    const result = await signedPlayback("asset-1");
    expect(sent("create-asset-playback-id")[0]?.body).toEqual({ policy: "signed" });
    const publicKey = await mock.publicKeyFor(result.signingKeyId);
    for (const [token, aud] of [
      [result.playbackToken, "v"],
      [result.thumbnailToken, "t"],
    ] as const) {
      const [header, payload, signature] = token.split(".");
      const valid = await crypto.subtle.verify(
        "RSASSA-PKCS1-v1_5",
        publicKey,
        Buffer.from(signature!, "base64url"),
        new TextEncoder().encode(`${header}.${payload}`),
      );
      expect(valid).toBe(true);
      expect(JSON.parse(Buffer.from(payload!, "base64url").toString())).toMatchObject({ sub: result.playbackId, aud });
    }
    expect(result.thumbnailUrl).toMatch(/^https:\/\/image\.mux\.com\/[^/]+\/thumbnail\.jpg\?token=/);
  });
});

describe("data-metric", () => {
  it("reads the overall value and the breakdown by country", async () => {
    server.use(
      http.get(muxPath("get-overall-values"), () =>
        muxResponse("get-overall-values", 200, {
          data: { value: 812, total_views: 1200, total_watch_time: 1, global_value: 700 },
          timeframe: [1, 2],
          total_row_count: null,
        }),
      ),
    );
    const { startupTimeReport } = await import("./data-metric.js");
    const report = await startupTimeReport();
    expect(report.overall.value).toBe(812);
    expect(output()).toContain("Video startup time (median): 812 ms over 1200 views");
    expect(sent("list-breakdown-values")[0]?.query).toMatchObject({ group_by: "country", limit: "5" });
  });
});
