// App: create one asset through our umbrella package (drop-in for the official SDK).
import Mux from "@mux/mux-node";

export async function main(url) {
  const mux = new Mux();
  return mux.video.assets.create({ inputs: [{ url }], playback_policies: ["public"] });
}
