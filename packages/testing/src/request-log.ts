import type { OperationId } from "./operation.js";
import { type CredentialScheme, credentialScheme } from "./tokens.js";

/** One request the mock answered, as kept in `mock.requests`. Credentials are never stored. */
export interface LoggedRequest {
  readonly operationId: OperationId;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path after the base URL, percent-encoded as received. */
  readonly path: string;
  /** Decoded path parameters, such as `{ SIGNING_KEY_ID: "abc" }`. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters (the first value of each). */
  readonly query: Readonly<Record<string, string>>;
  /** The request body: parsed JSON, else its text; undefined when there is none. */
  body: unknown;
  /** Request headers, lower-case names; `authorization`, `proxy-authorization` and `cookie` are redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** How the request authenticated: the scheme it used and, for Basic, the token id (never a secret). */
  auth: { readonly scheme: CredentialScheme; tokenId: string | undefined; authenticated: boolean };
  /** The status answered; undefined while pending or when the answer was a network error. */
  status: number | undefined;
  /** True when a fault answered with a network error. */
  networkError: boolean;
  /** True when an injected fault changed or delayed the answer. */
  faulted: boolean;
  /** The `x-request-id` the mock answered with. */
  requestId: string | undefined;
  /** When the request arrived, in milliseconds since the Unix epoch. */
  readonly receivedAt: number;
}

const REDACTED = new Set(["authorization", "proxy-authorization", "cookie"]);

/** Copies headers with credentials replaced by a placeholder that keeps only the scheme. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (!REDACTED.has(lower)) {
      out[lower] = value;
      return;
    }
    const scheme = lower === "cookie" ? undefined : value.trim().split(/\s+/, 1)[0];
    out[lower] = scheme ? `${scheme} [redacted]` : "[redacted]";
  });
  return out;
}

/** Starts a log entry for a request as it arrives. */
export function logEntry(
  operationId: OperationId,
  request: Request,
  url: URL,
  path: string,
  params: Record<string, string>,
): LoggedRequest {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) if (!(name in query)) query[name] = value;
  return {
    operationId,
    method: request.method.toUpperCase(),
    path,
    params,
    query,
    body: undefined,
    headers: redactHeaders(request.headers),
    auth: { scheme: credentialScheme(request.headers.get("authorization")), tokenId: undefined, authenticated: false },
    status: undefined,
    networkError: false,
    faulted: false,
    requestId: undefined,
    receivedAt: Date.now(),
  };
}

/** The body of a request without consuming it: parsed JSON, else text; undefined when empty. */
export async function readBody(request: Request): Promise<unknown> {
  if (request.body === null) return undefined;
  const text = await request.clone().text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
