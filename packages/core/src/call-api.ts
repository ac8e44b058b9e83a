import { APIConnectionError, APIError, APIUserAbortError, InvalidResponseError, MuxError } from "@mux/errors";
import type { Client } from "openapi-fetch";
import { APIPromiseImpl, type APIPromise, type RawResult, type ResponseWish } from "./api-promise.js";
import { type MuxClient, runtimeOf } from "./client.js";
import type { paths } from "./generated/index.js";
import { checkRequestOptions, type RequestOptions } from "./request-options.js";
import { LightRequest, type RequestParts } from "./light-request.js";
import { loggableUrl } from "./logger.js";
import { createRetryingFetch } from "./retrying-fetch.js";
import type { Runtime } from "./runtime.js";

/** What a leaf spreads into its openapi-fetch call: `api.GET(path, { ...init, params })`. */
export interface SendInit {
  /** Per-call fetch carrying the call's timeout, retries and signal. */
  fetch: (input: Request | RequestParts) => Promise<Response>;
  /**
   * What openapi-fetch builds the request with: a constructor of its parts, or (undefined)
   * openapi-fetch's own `Request`.
   */
  Request?: (new (url: string, init: RequestInit) => RequestParts) | undefined;
  /** Per-call headers from RequestOptions. */
  headers?: Record<string, string>;
}

/** The shape openapi-fetch resolves with. */
export interface SendResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** Sends one operation through openapi-fetch. */
export type Send<D> = (api: Client<paths>, init: SendInit) => Promise<SendResult<D>>;

function describeBody(response: Response): string {
  const type = response.headers.get("content-type");
  return type ? ` (content-type ${type.split(";")[0]})` : "";
}

/** Maps anything thrown while sending to a MuxError. */
function toMuxError(error: unknown, last: Response | undefined, signal: AbortSignal | undefined): MuxError {
  if (error instanceof MuxError) return error;
  // The caller aborted while the body was being read.
  if (signal?.aborted) return new APIUserAbortError({ cause: signal.reason });
  if (error instanceof SyntaxError && last) {
    return new InvalidResponseError(
      last.status,
      undefined,
      `The response body is not valid JSON${describeBody(last)}.`,
      last.headers,
      { cause: error },
    );
  }
  if (last && error instanceof TypeError) {
    // The response arrived but its body could not be read to the end (connection reset, "terminated").
    return new APIConnectionError({
      message: `Connection error: the connection failed while the response body (status ${last.status}) was being read.`,
      cause: error,
    });
  }
  const text = error instanceof Error ? error.message : String(error);
  return new MuxError(`The request could not be made: ${text}`, { cause: error });
}

/**
 * A DELETE that had to be retried and then found nothing: an earlier attempt reached the server
 * and removed the resource, but its answer was lost (a 5xx after acting, a reset, a timeout).
 * What the caller asked for holds, so the call succeeds instead of throwing NotFoundError.
 * Returns undefined (so the 404 is thrown) when the operation promises a body. Passed to
 * `execute` by the calls that may be a DELETE (lists never are, so their bundles leave it out).
 */
export function goneAfterRetry<D, T>(runtime: Runtime, response: Response, select: (data: D, response: Response) => T): { data: T } | undefined {
  let data: T;
  try {
    data = select(undefined as D, response);
  } catch {
    return undefined;
  }
  if (runtime.log.level >= 3) {
    runtime.log.write(3, `DELETE ${loggableUrl(response.url)} answered 404 on a retry: an earlier attempt already deleted it.`);
  }
  return { data };
}

/**
 * Executes a call and maps its outcome: the single place responses become results or errors.
 * `select` makes the result of the body (and, for answers such as images, of the response itself).
 * `gone` decides a 404 answered to a retried DELETE ({@link goneAfterRetry}).
 */
export async function execute<D, T>(
  client: MuxClient,
  options: RequestOptions | undefined,
  send: Send<D>,
  select: (data: D, response: Response) => T,
  wish?: ResponseWish,
  gone?: typeof goneAfterRetry,
): Promise<RawResult<T>> {
  const runtime = runtimeOf(client);
  checkRequestOptions(options);
  let last: Response | undefined;
  let unread: Response | undefined;
  let retriedDelete = false;
  // The final attempt's timer and signal listener stay armed until send() has read the body.
  let release: (() => void) | undefined;
  // `headers` may be present and undefined: openapi-fetch skips undefined header sets.
  const init = {
    fetch: createRetryingFetch(runtime, options, (response, method, retries, done) => {
      last = response;
      release = done;
      retriedDelete = method === "DELETE" && retries > 0;
      if (wish?.keepUnread && response.body) unread = response.clone();
    }),
    headers: options?.headers,
    Request: runtime.middleware?.used ? undefined : LightRequest,
  } as SendInit;

  let result: SendResult<D>;
  try {
    // init.fetch is this call's own, so openapi-fetch's client is used without client.api's wrapper.
    result = await send(runtime.inner ?? client.api, init);
  } catch (error) {
    throw toMuxError(error, last, options?.signal);
  } finally {
    release?.();
  }
  const { response } = result;
  if (!response.ok) {
    if (response.status === 404 && retriedDelete && gone) {
      const done = gone(runtime, response, select);
      if (done) return { data: done.data, response, unread };
    }
    throw APIError.generate(response.status, result.error, undefined, response.headers);
  }
  let data: T;
  try {
    data = select(result.data as D, response);
  } catch (error) {
    // No body (204, 205, or an empty 2xx): an operation that returns nothing accepts that (its
    // `select` takes `undefined`); one that promises JSON gets an InvalidResponseError.
    if (result.data === undefined) {
      throw new InvalidResponseError(
        response.status,
        undefined,
        `The response has no body, but this operation returns JSON${describeBody(response)}.`,
        response.headers,
        { cause: error },
      );
    }
    if (error instanceof InvalidResponseError && error.status === undefined) {
      throw new InvalidResponseError(response.status, error.error, error.message, response.headers, { cause: error.cause });
    }
    throw error instanceof MuxError ? error : new InvalidResponseError(response.status, result.data, undefined, response.headers, { cause: error });
  }
  return { data, response, unread };
}

/**
 * Runs one operation through openapi-fetch and turns the outcome into `T` or a
 * thrown `@mux/errors` error: non-2xx -> `APIError.generate`, 204 (or an empty 2xx) -> `select(undefined)`,
 * which operations that return nothing accept and JSON operations turn into `InvalidResponseError`,
 * a 2xx without the expected JSON -> `InvalidResponseError`, transport failures ->
 * `APIConnectionError` / `APIConnectionTimeoutError` / `APIUserAbortError`.
 * Errors thrown inside `send` (e.g. from `pathParam`) reject the promise.
 */
export function callApi<D, T>(
  client: MuxClient,
  options: RequestOptions | undefined,
  send: (api: Client<paths>, init: SendInit) => Promise<{ data?: D; error?: unknown; response: Response }>,
  select: (data: D) => T,
): APIPromise<T> {
  const wish: ResponseWish = { keepUnread: false };
  return new APIPromiseImpl(execute(client, options, send, select, wish, goneAfterRetry), wish);
}
