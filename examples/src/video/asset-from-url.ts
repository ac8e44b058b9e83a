// Create an asset from a video URL, wait until it is ready, and print its playback URL.
import Mux from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

/** Polls the asset every `intervalMs` until it is ready (or errored), at most `attempts` times. */
export async function waitForReady(assetId: string, { intervalMs = 2_000, attempts = 60 } = {}) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const asset = await mux.video.assets.retrieve(assetId);
    if (asset.status === "ready") return asset;
    if (asset.status === "errored") throw new Error(`Asset ${assetId} failed: ${JSON.stringify(asset.errors)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Asset ${assetId} was not ready after ${attempts} checks.`);
}

export async function assetFromUrl(url: string, options?: { intervalMs?: number }) {
  const asset = await mux.video.assets.create({
    inputs: [{ url }],
    playback_policies: ["public"],
    video_quality: "basic",
  });
  console.log(`Created asset ${asset.id} (${asset.status})`);

  const ready = await waitForReady(asset.id, options);
  const playbackId = ready.playback_ids?.find((p) => p.policy === "public")?.id;
  console.log(`Asset ${ready.id} is ready: ${ready.duration ?? "?"} s`);
  console.log(`Watch it at https://stream.mux.com/${playbackId}.m3u8`);
  return { asset: ready, playbackId };
}
