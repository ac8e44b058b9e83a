// Turns the error a failed fetch rejected with into a sentence a user can act on: which request
// (method and URL, without credentials or query string), what went wrong (the system error code
// from the cause chain), and what to check.

/** What to say about each system error code fetch implementations report. */
const CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused: nothing is listening at that address",
  ECONNRESET: "the connection was reset by the other side",
  ENOTFOUND: "DNS lookup failed: the host name does not resolve",
  EAI_AGAIN: "DNS lookup failed for now (temporary resolver failure)",
  ETIMEDOUT: "connecting timed out",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  EPIPE: "the connection closed while the request was being sent",
  UND_ERR_CONNECT_TIMEOUT: "connecting timed out",
  UND_ERR_SOCKET: "the connection closed unexpectedly",
  UND_ERR_HEADERS_TIMEOUT: "no response headers arrived in time",
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate chain is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate could not be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's TLS certificate is for another host name",
};

interface ErrorLike {
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
  message?: unknown;
}

function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === "object" && value !== null;
}

/** Walks an error, its `cause` chain and AggregateError members, depth first, at most 8 levels. */
function* chain(error: unknown, depth = 0): Generator<ErrorLike> {
  if (depth > 8 || !isErrorLike(error)) return;
  yield error;
  if (Array.isArray(error.errors)) for (const inner of error.errors) yield* chain(inner, depth + 1);
  yield* chain(error.cause, depth + 1);
}

/** The first system error code (`ECONNREFUSED`, `ENOTFOUND`...) in an error's cause chain. */
export function errorCode(error: unknown): string | undefined {
  for (const link of chain(error)) {
    if (typeof link.code === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(link.code)) return link.code;
  }
  return undefined;
}

/**
 * True when msw refused the request: no handler matched and `onUnhandledRequest` is `"error"`.
 * msw rejects fetch with an error whose message starts with `[MSW]` (an InternalError, or a
 * TypeError wrapping it, depending on the version and interceptor).
 */
export function isMswRefusal(error: unknown): boolean {
  for (const link of chain(error)) {
    if (typeof link.message === "string" && link.message.startsWith("[MSW]")) return true;
  }
  return false;
}

/** `method origin/path`, without user-info, query string or fragment (they may hold secrets). */
export function describeRequest(method: string, url: string): string {
  try {
    const parsed = new URL(url);
    return `${method} ${parsed.origin}${parsed.pathname}`;
  } catch {
    return `${method} <unparseable url>`;
  }
}

/** The message of the APIConnectionError for a request whose fetch rejected with `error`. */
export function connectionFailureMessage(method: string, url: string, error: unknown, attempts: number): string {
  const request = describeRequest(method, url);
  if (isMswRefusal(error)) {
    return (
      `msw refused ${request}: no request handler matched it and onUnhandledRequest is "error" (not retried). ` +
      "Add a handler for that URL, or make the client and the handlers agree on the base URL " +
      "(the client uses its baseURL option, then MUX_BASE_URL, then https://api.mux.com)."
    );
  }
  const code = errorCode(error);
  const what = code === undefined ? "no error code was given (see error.cause)" : `${CODES[code] ?? "the connection failed"} (${code})`;
  const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
  return `Could not reach the Mux API: ${request} failed${tries}; ${what}. Check the baseURL option / MUX_BASE_URL and the network.`;
}
