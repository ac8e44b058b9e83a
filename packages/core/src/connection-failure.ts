// Turns the error a failed fetch rejected with into a sentence a user can act on: which request
// (method and URL, without credentials or query string), what went wrong (the system error code
// from the cause chain), and what to check. Kept small: it is in every app's bundle.

/** Words for the commonest codes; any other code is shown as it is. */
const CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "DNS lookup failed",
  EAI_AGAIN: "DNS lookup failed",
};

/**
 * Finds the first value `pick` returns for an error, its `cause` chain or AggregateError members
 * (depth first, at most 8 levels).
 */
export function find<T>(error: unknown, pick: (e: Record<string, unknown>) => T | undefined, depth = 0): T | undefined {
  if (depth > 8 || typeof error !== "object" || error === null) return undefined;
  const e = error as Record<string, unknown>;
  const own = pick(e);
  if (own !== undefined) return own;
  for (const inner of Array.isArray(e.errors) ? e.errors : []) {
    const found = find(inner, pick, depth + 1);
    if (found !== undefined) return found;
  }
  return find(e.cause, pick, depth + 1);
}

/** The first system error code (`ECONNREFUSED`, `ENOTFOUND`...) in an error's cause chain. */
export function errorCode(error: unknown): string | undefined {
  return find(error, (e) => (typeof e.code === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(e.code) ? e.code : undefined));
}

/**
 * True when msw refused the request: no handler matched and `onUnhandledRequest` is `"error"`.
 * msw rejects fetch with an error whose message starts with `[MSW]` (an InternalError, or a
 * TypeError wrapping it, depending on the version and interceptor).
 */
export function isMswRefusal(error: unknown): boolean {
  return find(error, (e) => (String(e.message).startsWith("[MSW]") || undefined)) === true;
}

/** The message of the APIConnectionError for a request whose fetch rejected with `error`. */
export function connectionFailureMessage(method: string, url: string, error: unknown, attempts: number): string {
  // Origin and path only: user-info and the query string may hold secrets.
  let request = `${method} <unparseable url>`;
  try {
    const parsed = new URL(url);
    request = `${method} ${parsed.origin}${parsed.pathname}`;
  } catch {}
  if (isMswRefusal(error)) {
    return `msw refused ${request}: no handler matched (onUnhandledRequest: "error"), so it is not retried. Add a handler, or use one base URL for the client and the handlers (baseURL or MUX_BASE_URL).`;
  }
  const code = errorCode(error);
  const what = code ? `${CODES[code] ?? "failed"} (${code})` : "see error.cause";
  return `Could not reach ${request}${attempts > 1 ? ` (${attempts} attempts)` : ""}: ${what}. Check baseURL / MUX_BASE_URL and the network.`;
}
