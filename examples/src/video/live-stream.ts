// Start a live stream with a public playback ID, and print what an encoder and a player need.
import Mux from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

export async function startLiveStream() {
  const stream = await mux.video.liveStreams.create({
    playback_policies: ["public"],
    new_asset_settings: { playback_policies: ["public"] },
  });
  const playbackId = stream.playback_ids?.[0]?.id ?? (await mux.video.liveStreams.createPlaybackId(stream.id, { policy: "public" })).id;

  console.log(`Live stream ${stream.id} (${stream.status})`);
  console.log("Encoder server: rtmps://global-live.mux.com:443/app");
  console.log(`Encoder stream key: ${stream.stream_key}`);
  console.log(`Player URL: https://stream.mux.com/${playbackId}.m3u8`);
  return { stream, playbackId };
}

/** Ends the broadcast now (the recording becomes an asset), then deletes the stream. */
export async function endLiveStream(liveStreamId: string) {
  await mux.video.liveStreams.complete(liveStreamId);
  await mux.video.liveStreams.delete(liveStreamId);
  console.log(`Live stream ${liveStreamId} completed and deleted`);
}
