// msw app: the @mux/testing handlers inside an msw `setupServer` (no real socket), with the
// signing-keys app pointed at the default https://api.mux.com base URL.
import { DEFAULT_TOKEN, createMuxHandlers } from "@mux/testing";
import { setupServer } from "msw/node";
import { run as runSigningKeys } from "./signing-keys-app.mjs";

/** @returns {Promise<import("./check.mjs").SmokeResult>} */
export async function run() {
  const server = setupServer(...createMuxHandlers());
  server.listen({ onUnhandledRequest: "error" });
  try {
    const result = await runSigningKeys({ baseURL: "https://api.mux.com", ...DEFAULT_TOKEN });
    return { name: "msw-app", checks: result.checks.map((c) => `msw setupServer: ${c}`) };
  } finally {
    server.close();
  }
}
