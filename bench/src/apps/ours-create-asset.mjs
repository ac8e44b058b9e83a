// App: create one asset with our modular packages.
import { createMuxClient } from "@mux/core";
import { createAsset } from "@mux/assets";

export async function main(url) {
  const client = createMuxClient();
  return createAsset(client, { inputs: [{ url }], playback_policies: ["public"] });
}
