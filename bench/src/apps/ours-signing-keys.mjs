// App: list every signing key with our modular packages.
import { createMuxClient } from "@mux/core";
import { listSigningKeys } from "@mux/signing-keys";

export async function main() {
  const client = createMuxClient();
  const ids = [];
  for await (const key of listSigningKeys(client, { limit: 100 })) ids.push(key.id);
  return ids;
}
