/**
 * Reads how long the server asked the client to wait, in milliseconds, from
 * `retry-after-ms`, or `Retry-After` as seconds or as an HTTP date.
 * Returns `undefined` when no usable value is present, or `headers` is not a `Headers`.
 */
export function parseRetryAfterMs(headers: Headers | undefined | null, now: number = Date.now()): number | undefined {
  // Not a Headers (absent, or something else): nothing to read.
  if (typeof headers?.get !== "function") return undefined;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "") {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get("retry-after");
  if (after === null || after.trim() === "") return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(after);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
