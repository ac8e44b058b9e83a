// App: ask who the token belongs to, with our modular packages.
import { createMuxClient } from "@mux/core";
import { whoami } from "@mux/utilities";

export async function main() {
  const client = createMuxClient();
  return whoami(client);
}
