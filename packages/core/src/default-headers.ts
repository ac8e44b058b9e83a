/**
 * The headers every request of a client starts from, handed once to openapi-fetch's `headers`
 * option (merged into each request without a middleware): the Authorization header, then the
 * client's default headers, which may replace it. A request's own headers win over both.
 * The value lives only in openapi-fetch's closure: it is not reachable from the client object.
 */
export function clientHeaders(authorization: string, defaults: Record<string, string> | undefined): Record<string, string> {
  const headers: Record<string, string> = { authorization };
  for (const [name, value] of Object.entries(defaults ?? {})) {
    if (typeof value === "string") headers[name] = value;
  }
  return headers;
}
