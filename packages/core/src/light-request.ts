/** A request as its URL and fetch init, which `execute` has openapi-fetch build instead of a `Request`. */
export interface RequestParts extends RequestInit {
  /** The full URL, query included. */
  readonly url: string;
  /** The HTTP method. */
  readonly method: string;
}

/**
 * The request openapi-fetch builds for calls made through `execute` (every generated operation):
 * its URL and fetch init as they are, instead of a `Request`. A `Request` is built, copied for
 * every attempt that may be retried (its body can be read once) and then parsed again by
 * `fetch`; this goes to `fetch(url, init)` unchanged, and one JSON string body serves every
 * attempt. openapi-fetch calls it with `new`; it returns a plain object. Not used while
 * openapi-fetch middleware is registered on `client.api`: middleware is promised a real `Request`.
 */
// biome-ignore lint/complexity/useArrowFunction: openapi-fetch calls it with `new`, which an arrow function refuses.
export const LightRequest = function (url: string, init: RequestInit): RequestParts {
  return { ...init, url } as RequestParts;
} as unknown as new (url: string, init: RequestInit) => RequestParts;
