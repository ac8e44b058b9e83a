// App: create one asset with the official SDK.
import Mux from "official-mux-node";

export async function main(url) {
  const mux = new Mux();
  return mux.video.assets.create({ inputs: [{ url }], playback_policies: ["public"] });
}
