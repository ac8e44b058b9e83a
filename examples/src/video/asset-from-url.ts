// Create an asset from a video URL, wait until it is ready, and print its playback URL. Written
// with the modular packages: the app carries these two operations and the waiter, nothing else.
import { createAsset, waitForAssetReady } from "@mux/assets";
import { createMuxClient } from "@mux/core";

const client = createMuxClient(); // MUX_TOKEN_ID and MUX_TOKEN_SECRET

export async function assetFromUrl(url: string, options?: { intervalMs?: number }) {
  const asset = await createAsset(client, {
    inputs: [{ url }],
    playback_policies: ["public"],
    video_quality: "basic",
  });
  console.log(`Created asset ${asset.id} (${asset.status})`);

  // Looks every 2 s by default; rejects with WaitError if the asset errors or takes over 15 minutes.
  const ready = await waitForAssetReady(client, asset.id, options);
  const playbackId = ready.playback_ids?.find((p) => p.policy === "public")?.id;
  console.log(`Asset ${ready.id} is ready: ${ready.duration ?? "?"} s`);
  console.log(`Watch it at https://stream.mux.com/${playbackId}.m3u8`);
  return { asset: ready, playbackId };
}
