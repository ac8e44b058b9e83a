import { InvalidArgumentError } from "@mux/errors";
import { DEFAULT_BASE_URL, normaliseBaseURL } from "./routes.js";

/** `MUX_BASE_URL` where an environment exists (Node, Bun, Deno); blank counts as unset. */
function envBaseURL(): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.MUX_BASE_URL;
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

/**
 * Where a mock answers: the `baseURL` option, else `MUX_BASE_URL`, else `https://api.mux.com`.
 * It is the rule `createMuxClient` follows, so a client and a mock made without `baseURL` agree
 * whatever the shell exports. Normalised: no trailing slash, query or fragment.
 */
export function resolveMockBaseURL(option?: string): string {
  const fromEnv = option === undefined ? envBaseURL() : undefined;
  const raw = option ?? fromEnv ?? DEFAULT_BASE_URL;
  const source = option !== undefined ? "baseURL" : fromEnv !== undefined ? "MUX_BASE_URL" : "baseURL";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidArgumentError(source, `${source} must be an absolute http(s) URL such as https://api.mux.com; fix or unset it.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InvalidArgumentError(source, `${source} must be an absolute http(s) URL such as https://api.mux.com; fix or unset it.`);
  }
  return normaliseBaseURL(raw);
}
