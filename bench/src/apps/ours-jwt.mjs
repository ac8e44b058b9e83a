// App: sign a playback token with our JWT package (no HTTP client at all).
import { signPlaybackId } from "@mux/jwt";

export async function main(playbackId, keyId, keySecret) {
  return signPlaybackId(playbackId, { keyId, keySecret });
}
