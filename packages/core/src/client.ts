import { InvalidArgumentError, MissingCredentialsError } from "@mux/errors";
import createClient, { type Client } from "openapi-fetch";
import { basicAuthorization, bearerAuthorization } from "./auth.js";
import { clientHeaders } from "./default-headers.js";
import { readEnv } from "./env.js";
import type { paths } from "./generated/index.js";
import { Log, type Logger, type LogLevel, resolveLogLevel } from "./logger.js";
import { checkHeaders, checkRetries, checkTimeout } from "./request-options.js";
import { serializeQuery } from "./query.js";
import { rawClient } from "./raw-client.js";
import { type FetchLike, RUNTIME, type Runtime } from "./runtime.js";

/** Options for `createMuxClient` from `@mux/core`; names follow the official `@mux/mux-node` SDK. */
export interface ClientOptions {
  /** Access token id. Default: `MUX_TOKEN_ID`. `null` disables the environment fallback. */
  tokenId?: string | null | undefined;
  /** Access token secret. Default: `MUX_TOKEN_SECRET`. `null` disables the environment fallback. */
  tokenSecret?: string | null | undefined;
  /** Bearer token used instead of the id/secret pair. Default: `MUX_AUTHORIZATION_TOKEN`. */
  authorizationToken?: string | null | undefined;
  /** API origin. Default: `MUX_BASE_URL`, then `https://api.mux.com`. */
  baseURL?: string | undefined;
  /** Per-attempt timeout in milliseconds. Default 60 000; `0` disables it. */
  timeout?: number | undefined;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /** Longest Retry-After the client will wait, in ms. Default 60 000; longer requests throw at once. */
  maxRetryDelay?: number | undefined;
  /**
   * The fetch implementation. Default: `globalThis.fetch`, looked up at call time. Operations are
   * sent as `fetch(url, init)`; calls through `client.api` as `fetch(request, { signal })`.
   */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request (a request's own headers win). */
  defaultHeaders?: Record<string, string> | undefined;
  /** Log level. Default: `MUX_LOG`, then `"warn"`. */
  logLevel?: LogLevel | undefined;
  /** Log sink. Default: `console`. */
  logger?: Logger | undefined;
}

/**
 * A configured Mux API client. Credentials are held only inside openapi-fetch's
 * closure (its base headers): they are not properties and never show up in
 * `JSON.stringify` or `util.inspect` output.
 */
export interface MuxClient {
  /** The openapi-fetch client, with auth, default headers, retries and timeouts applied. */
  readonly api: Client<paths>;
  /** The API origin requests go to. */
  readonly baseURL: string;
  /** Default per-attempt timeout in ms. */
  readonly timeout: number;
  /** Default number of retries. */
  readonly maxRetries: number;
}

/** Default API origin. */
export const DEFAULT_BASE_URL = "https://api.mux.com";
/** Default per-attempt timeout, in ms. */
export const DEFAULT_TIMEOUT = 60_000;
/** Default retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 2;
/** Default cap on a server-requested retry delay, in ms. */
export const DEFAULT_MAX_RETRY_DELAY = 60_000;

function pick(option: string | null | undefined, envName: string): string | undefined {
  if (option === null) return undefined;
  if (option !== undefined) {
    if (typeof option !== "string") throw new InvalidArgumentError(envName, `${envName} must be a string.`);
    // Like the environment: stray whitespace (a pasted newline) is not part of a credential.
    return option.trim() === "" ? undefined : option.trim();
  }
  return readEnv(envName);
}

function resolveAuthorization(options: ClientOptions): string {
  const explicitPair = typeof options.tokenId === "string" || typeof options.tokenSecret === "string";
  const bearer = pick(options.authorizationToken, "MUX_AUTHORIZATION_TOKEN");
  if (bearer !== undefined && /[^\x21-\x7E]/.test(bearer)) {
    // Never echo the token: the Headers API would put it in its TypeError message.
    throw new InvalidArgumentError(
      "authorizationToken",
      "authorizationToken contains whitespace, control or non-ASCII characters and cannot be sent in an Authorization header.",
    );
  }
  if (typeof options.authorizationToken === "string" && bearer) return bearerAuthorization(bearer);
  const tokenId = pick(options.tokenId, "MUX_TOKEN_ID");
  const tokenSecret = pick(options.tokenSecret, "MUX_TOKEN_SECRET");
  if (tokenId && tokenSecret) return basicAuthorization(tokenId, tokenSecret);
  if (bearer && !explicitPair) return bearerAuthorization(bearer);
  if (tokenId && !tokenSecret) {
    throw new MissingCredentialsError(
      "A Mux token id was found but no token secret. Pass `tokenSecret` to createMuxClient() or set MUX_TOKEN_SECRET " +
        "(or use `authorizationToken` / MUX_AUTHORIZATION_TOKEN instead).",
    );
  }
  if (tokenSecret && !tokenId) {
    throw new MissingCredentialsError(
      "A Mux token secret was found but no token id. Pass `tokenId` to createMuxClient() or set MUX_TOKEN_ID " +
        "(or use `authorizationToken` / MUX_AUTHORIZATION_TOKEN instead).",
    );
  }
  throw new MissingCredentialsError();
}

function resolveBaseURL(option: string | undefined): string {
  const raw = option ?? readEnv("MUX_BASE_URL") ?? DEFAULT_BASE_URL;
  let protocol: string | undefined;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // not a URL: rejected below
  }
  if (protocol !== "http:" && protocol !== "https:") {
    throw new InvalidArgumentError("baseURL", "baseURL must be an absolute http(s) URL.");
  }
  return raw.replace(/\/+$/, "");
}

/**
 * Creates a client. Throws `MissingCredentialsError` (before any request) when
 * neither `tokenId`+`tokenSecret` nor `authorizationToken` is available from the
 * options or the environment, and `InvalidArgumentError` for malformed options.
 */
export function createMuxClient(options: ClientOptions = {}): MuxClient {
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options", "options must be an object.");
  const authorization = resolveAuthorization(options);
  const baseURL = resolveBaseURL(options.baseURL);
  const timeout = checkTimeout("timeout", options.timeout, DEFAULT_TIMEOUT);
  const maxRetries = checkRetries("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES);
  const maxRetryDelay = checkTimeout("maxRetryDelay", options.maxRetryDelay, DEFAULT_MAX_RETRY_DELAY);
  const { level, badEnv } = resolveLogLevel(options.logLevel, readEnv("MUX_LOG"));
  const log = new Log(level, options.logger ?? console);
  if (badEnv) log.write(2, 'MUX_LOG must be one of "off", "error", "warn", "info" or "debug"; using "warn".');

  const userFetch = options.fetch;
  if (userFetch !== undefined && typeof userFetch !== "function") {
    throw new InvalidArgumentError("fetch", "fetch must be a function.");
  }
  // The global fetch is looked up at call time (msw and test doubles replace it). A request built
  // by `execute` goes as `fetch(url, init)`, a Request from `client.api` as `fetch(request, { signal })`.
  const baseFetch: FetchLike = (input, signal) =>
    input instanceof Request
      ? (userFetch ?? globalThis.fetch)(input, signal && { signal })
      : (userFetch ?? globalThis.fetch)(input.url, { ...input, signal });

  checkHeaders("defaultHeaders", options.defaultHeaders);
  const inner = createClient<paths>({
    baseUrl: baseURL,
    headers: clientHeaders(authorization, options.defaultHeaders),
    querySerializer: serializeQuery,
  });
  const middleware = { used: false };
  const runtime: Runtime = Object.freeze({ fetch: baseFetch, timeout, maxRetries, maxRetryDelay, log, inner, middleware });
  const api = rawClient(inner, runtime);

  const client = { api, baseURL, timeout, maxRetries };
  // Both non-enumerable (and read-only): the runtime stays out of JSON and inspection.
  Object.defineProperties(client, { [RUNTIME]: { value: runtime }, toJSON: { value: () => ({ baseURL, timeout, maxRetries }) } });
  return Object.freeze(client);
}

/** The runtime of a client made by createMuxClient (any installed copy). */
export function runtimeOf(client: MuxClient): Runtime {
  const runtime = (client as unknown as Record<symbol, Runtime | undefined> | null | undefined)?.[RUNTIME];
  if (!runtime) throw new InvalidArgumentError("client", "client must be created with createMuxClient().");
  return runtime;
}
