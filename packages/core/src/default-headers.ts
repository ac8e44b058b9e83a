import type { Middleware } from "openapi-fetch";

/**
 * openapi-fetch middleware that adds the client's default headers, unless the
 * request already sets them. Entries are computed once, not merged per request.
 */
export function defaultHeadersMiddleware(headers: Record<string, string> | undefined): Middleware | undefined {
  const entries = Object.entries(headers ?? {}).filter(([, value]) => typeof value === "string");
  if (entries.length === 0) return undefined;
  return {
    onRequest({ request }) {
      for (const [name, value] of entries) {
        if (!request.headers.has(name)) request.headers.set(name, value);
      }
      return request;
    },
  };
}
