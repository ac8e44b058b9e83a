/** Header names whose values are credentials and must never be kept on an error. */
const SENSITIVE = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);

/**
 * Headers accepted by the {@link APIError} constructors: a `Headers` object, a plain record, or a
 * list of name/value pairs. Credential headers are dropped before the error keeps them.
 */
export type ErrorHeadersInit = Headers | Record<string, string> | ReadonlyArray<readonly [string, string]>;

/** Copies headers into a fresh `Headers`, leaving out every credential-bearing header. */
export function safeHeaders(input: ErrorHeadersInit | undefined | null): Headers | undefined {
  if (input === undefined || input === null) return undefined;
  const out = new Headers();
  const entries: Iterable<readonly [string, string]> =
    typeof (input as Headers).forEach === "function" && typeof (input as Headers).get === "function"
      ? (input as Headers).entries()
      : Array.isArray(input)
        ? (input as ReadonlyArray<readonly [string, string]>)
        : Object.entries(input as Record<string, string>);
  for (const [name, value] of entries) {
    if (!SENSITIVE.has(name.toLowerCase())) out.append(name, value);
  }
  return out;
}

/** Plain-object view of headers for JSON output. */
export function headersToObject(headers: Headers | undefined): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}
