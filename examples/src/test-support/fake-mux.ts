import { DEFAULT_TOKEN, type MuxMock } from "@mux/testing";
import { useMuxMock } from "@mux/testing/node";
import type { SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";

/**
 * Points the examples (which build `new Mux()` from MUX_TOKEN_ID / MUX_TOKEN_SECRET at import)
 * at an msw fake of https://api.mux.com, and captures console output. Import the example
 * modules dynamically, after calling this.
 */
export function useFakeMux(): { mock: MuxMock; server: SetupServer; output: () => string; errors: () => string } {
  for (const name of ["MUX_BASE_URL", "MUX_AUTHORIZATION_TOKEN", "MUX_SIGNING_KEY", "MUX_PRIVATE_KEY", "MUX_LOG"]) {
    delete process.env[name];
  }
  process.env.MUX_TOKEN_ID = DEFAULT_TOKEN.tokenId;
  process.env.MUX_TOKEN_SECRET = DEFAULT_TOKEN.tokenSecret;
  process.env.PROPAGATION_MS = "0";

  const { mock, server } = useMuxMock(
    { beforeAll, afterEach, afterAll },
    { identity: { environment_name: "Staging", organization_name: "Acme Video" } },
  );
  let log: string[] = [];
  let err: string[] = [];
  const text = (args: unknown[]) => args.map((a) => (typeof a === "string" ? a : String(a))).join(" ");

  beforeEach(() => {
    log = [];
    err = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void log.push(text(args)));
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void err.push(text(args)));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return { mock, server, output: () => log.join("\n"), errors: () => err.join("\n") };
}
