// App: sign a playback token with the official SDK.
import Mux from "official-mux-node";

export async function main(playbackId, keyId, keySecret) {
  const mux = new Mux({ tokenId: "unused", tokenSecret: "unused" });
  return mux.jwt.signPlaybackId(playbackId, { keyId, keySecret });
}
