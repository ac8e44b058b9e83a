// App: list every signing key through our umbrella package (drop-in for the official SDK).
import Mux from "@mux/mux-node";

export async function main() {
  const mux = new Mux();
  const ids = [];
  for await (const key of mux.system.signingKeys.list({ limit: 100 })) ids.push(key.id);
  return ids;
}
