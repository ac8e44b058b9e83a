// App: sign a playback token through our umbrella package.
import Mux from "@mux/mux-node";

export async function main(playbackId, keyId, keySecret) {
  const mux = new Mux({ tokenId: "unused", tokenSecret: "unused" });
  return mux.jwt.signPlaybackId(playbackId, { keyId, keySecret });
}
