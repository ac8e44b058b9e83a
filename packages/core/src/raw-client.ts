import type { Client } from "openapi-fetch";
import type { paths } from "./generated/index.js";
import { createRetryingFetch } from "./retrying-fetch.js";
import type { Runtime } from "./runtime.js";

type Call = (...args: unknown[]) => Promise<unknown>;

/**
 * The client's `api`: openapi-fetch's client, each of whose calls gets its own retrying fetch.
 * The final attempt's timeout and signal listener stay armed until openapi-fetch has read the
 * body, then are released. A call that brings its own `fetch` (as `callApi` does) goes
 * straight through.
 */
export function rawClient(inner: Client<paths>, runtime: Runtime): Client<paths> {
  const api: Record<string, unknown> = { ...inner };
  const wrap =
    (call: Call, at: number): Call =>
    (...args) => {
      const init = args[at] as { fetch?: unknown } | undefined;
      if (init?.fetch) return call(...args);
      let release: (() => void) | undefined;
      args[at] = {
        ...init,
        fetch: createRetryingFetch(runtime, undefined, (_response, _method, _retries, done) => {
          release = done;
        }),
      };
      return call(...args).finally(() => release?.());
    };
  for (const method of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const) {
    api[method] = wrap(inner[method] as Call, 1);
  }
  api.request = wrap(inner.request as Call, 2);
  // Middleware is promised a real Request: from now on, `execute` builds one (see LightRequest).
  api.use = (...middleware: Parameters<Client<paths>["use"]>) => {
    if (runtime.middleware) runtime.middleware.used = true;
    inner.use(...middleware);
  };
  return api as unknown as Client<paths>;
}
