// App: verify a Mux webhook through our umbrella package.
import Mux from "@mux/mux-node";

export async function main(body, headers, secret) {
  const mux = new Mux({ tokenId: "unused", tokenSecret: "unused" });
  return mux.webhooks.verifySignature(body, headers, secret);
}
