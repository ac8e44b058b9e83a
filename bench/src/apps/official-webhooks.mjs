// App: verify a Mux webhook with the official SDK.
import Mux from "official-mux-node";

export async function main(body, headers, secret) {
  const mux = new Mux({ tokenId: "unused", tokenSecret: "unused" });
  return mux.webhooks.verifySignature(body, headers, secret);
}
