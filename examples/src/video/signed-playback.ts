// Signed playback: give an asset a signed playback ID, then sign playback and thumbnail tokens
// with a signing key, and print the URLs a player and an <img> use.
import Mux from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

export async function signedPlayback(assetId: string) {
  const playbackId = await mux.video.assets.createPlaybackId(assetId, { policy: "signed" });

  // A signing key is made once and stored; the private key is only in the answer to create.
  const key = await mux.system.signingKeys.create();
  const credentials = { keyId: key.id, keySecret: key.private_key };

  const playbackToken = await mux.jwt.signPlaybackId(playbackId.id, { ...credentials, expiration: "7d" });
  const thumbnailToken = await mux.jwt.signPlaybackId(playbackId.id, {
    ...credentials,
    type: "thumbnail",
    params: { time: "5", width: "640" },
  });

  const playbackUrl = `https://stream.mux.com/${playbackId.id}.m3u8?token=${playbackToken}`;
  const thumbnailUrl = `https://image.mux.com/${playbackId.id}/thumbnail.jpg?token=${thumbnailToken}`;
  console.log(`Playback URL: ${playbackUrl}`);
  console.log(`Thumbnail URL: ${thumbnailUrl}`);
  return { playbackId: playbackId.id, signingKeyId: key.id, playbackToken, thumbnailToken, playbackUrl, thumbnailUrl };
}
