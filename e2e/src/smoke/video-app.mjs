// Video app: the generated resource packages a video app reaches for first (assets, uploads,
// live streams, playback, Data metrics), each imported on its own, against a Mux-compatible server.
import { createAsset, createAssetPlaybackId, listAssets } from "@mux/assets";
import { createMuxClient } from "@mux/core";
import { getMetricTimeseries } from "@mux/data-metrics";
import { createLiveStream, enableLiveStream } from "@mux/live-streams";
import { getStoryboardVtt } from "@mux/playback";
import { createUpload } from "@mux/uploads";
import { check, equal, rejects } from "./check.mjs";

/**
 * @param {{ baseURL: string; tokenId: string; tokenSecret: string }} env
 * @returns {Promise<import("./check.mjs").SmokeResult>}
 */
export async function run(env) {
  const checks = [];
  const client = createMuxClient({ baseURL: env.baseURL, tokenId: env.tokenId, tokenSecret: env.tokenSecret, maxRetries: 0 });

  const asset = await createAsset(client, { inputs: [{ url: "https://example.com/video.mp4" }], playback_policies: ["public"] });
  check(typeof asset.id === "string" && asset.id.length > 0, "created asset has an id");
  const playbackId = await createAssetPlaybackId(client, asset.id, { policy: "signed" });
  check(typeof playbackId.id === "string", "playback id has an id");
  const page = await listAssets(client, { limit: 5 });
  check(Array.isArray(page.data), "asset list has data");
  checks.push("@mux/assets create, create playback ID, list");

  const upload = await createUpload(client, { cors_origin: "*", new_asset_settings: { playback_policies: ["public"] } });
  check(typeof upload.url === "string" && upload.url.length > 0, "upload has a URL");
  checks.push("@mux/uploads create");

  const stream = await createLiveStream(client, { playback_policies: ["public"] });
  check(typeof stream.id === "string", "live stream has an id");
  equal(await enableLiveStream(client, stream.id), undefined, "enable resolves undefined");
  checks.push("@mux/live-streams create, enable");

  const storyboard = await getStoryboardVtt(client, "playback-id");
  check(typeof storyboard === "string", "storyboard VTT is text");
  checks.push("@mux/playback storyboard VTT as text");

  const series = await getMetricTimeseries(client, "video_startup_time", { timeframe: ["7:days"] });
  check(Array.isArray(series.data), "timeseries has data");
  checks.push("@mux/data-metrics timeseries");

  const bad = await rejects(() => createAssetPlaybackId(client, "..", { policy: "public" }), "a '..' asset id");
  equal(/** @type {Error} */ (bad).name, "InvalidArgumentError", "error name for a bad id");
  checks.push("a bad path value is refused before any request");
  return { name: "video-app", checks };
}
