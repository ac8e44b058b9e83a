// App: list every signing key with the official SDK.
import Mux from "official-mux-node";

export async function main() {
  const mux = new Mux();
  const ids = [];
  for await (const key of mux.system.signingKeys.list({ limit: 100 })) ids.push(key.id);
  return ids;
}
