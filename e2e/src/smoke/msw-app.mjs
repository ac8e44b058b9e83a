// msw app: the @mux/testing handlers inside an msw `setupServer` (no real socket), with the
// signing-keys app pointed at https://api.mux.com. Both sides name the base URL, so the app works
// whatever MUX_BASE_URL says (the runtime matrix sets it for the other apps).
import { DEFAULT_TOKEN, createMuxHandlers } from "@mux/testing";
import { setupServer } from "msw/node";
import { run as runSigningKeys } from "./signing-keys-app.mjs";

/** @returns {Promise<import("./check.mjs").SmokeResult>} */
export async function run() {
  const baseURL = "https://api.mux.com";
  const server = setupServer(...createMuxHandlers({ baseURL }));
  server.listen({ onUnhandledRequest: "error" });
  try {
    const result = await runSigningKeys({ baseURL, ...DEFAULT_TOKEN });
    return { name: "msw-app", checks: result.checks.map((c) => `msw setupServer: ${c}`) };
  } finally {
    server.close();
  }
}
