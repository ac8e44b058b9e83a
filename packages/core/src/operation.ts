import { InvalidArgumentError, InvalidResponseError } from "@mux/errors";
import { APIPromiseImpl, type APIPromise, type RawResult, type ResponseWish } from "./api-promise.js";
import { execute, goneAfterRetry, type SendInit } from "./call-api.js";
import { DEFAULT_BASE_URL, type MuxClient } from "./client.js";
import { pathParam } from "./path-param.js";
import type { RequestOptions } from "./request-options.js";
import { unwrapData } from "./unwrap.js";

/** The HTTP methods Mux's operations use. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * How a call reads its answer and what it resolves with. Generated code passes one of the readers
 * below by name, so an app's bundle keeps only the readers its operations use.
 */
export interface ResultReader {
  /** How the body is read: parsed JSON, text, or left unread (a stream). */
  readonly parseAs: "json" | "text" | "stream";
  /** Turns the read body (or the response itself) into the result; throws `InvalidResponseError` when it cannot. */
  readonly select: (body: unknown, response: Response) => unknown;
  /**
   * Decides a 404 answered to a retried DELETE (set on `readNothing` only).
   * @internal
   */
  readonly gone?: typeof goneAfterRetry;
}

/** The facts generated code passes for one operation. */
export interface Operation {
  /** HTTP method. */
  method: HttpMethod;
  /** Path template with `{NAME}` placeholders, as in the spec. */
  path: string;
  /**
   * For an operation on another origin than the API's (the playback hosts): sends it there
   * ({@link onOrigin}). Generated code passes it only for those operations.
   */
  origin?: ((request: Record<string, unknown>, client: MuxClient) => void) | undefined;
}

/**
 * The parts of one request, each a function that checks its value and returns it when the request
 * is made (so bad input rejects the call instead of throwing). Generated code builds them with
 * {@link pathOf}, {@link queryOf} and {@link bodyOf}, and passes only the parts its operation has:
 * an app's bundle then keeps only the checks its operations need.
 */
export interface OperationInput {
  /** The values of the path's `{NAME}` placeholders, named after them ({@link pathOf}). */
  path?: ((template: string) => Record<string, string>) | undefined;
  /** The query; `undefined` values are left out ({@link queryOf}). */
  query?: (() => unknown) | undefined;
  /** The JSON body ({@link bodyOf}). */
  body?: (() => unknown) | undefined;
}

/** `ASSET_ID` -> `assetId`: the argument name a placeholder has in generated functions. */
export function argumentName(placeholder: string): string {
  return placeholder.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Path values for a request: by placeholder name, or (as generated code passes them) in the order
 * the placeholders appear in the path. When the request is made, each is checked (rejecting "",
 * ".", ".." and non-strings) under its argument name.
 */
export function pathOf(values: Record<string, unknown> | readonly unknown[]): NonNullable<OperationInput["path"]> {
  return (template) => {
    const named = Array.isArray(values)
      ? (template.match(/[^{}]+(?=\})/g) ?? []).map((name, i) => [name, values[i]] as const)
      : Object.entries(values);
    const out: Record<string, string> = {};
    for (const [name, value] of named) out[name] = pathParam(argumentName(name), value);
    return out;
  };
}

/**
 * Rejects a query or body that is neither absent nor a plain object. Undefined (and null) query
 * values need no filtering: openapi-fetch's query serializer leaves them out.
 */
function checkObject(value: unknown, name: "query" | "body", message: string): unknown {
  if (value !== undefined && value !== null && (typeof value !== "object" || Array.isArray(value))) {
    throw new InvalidArgumentError(name, message);
  }
  return value ?? undefined;
}

/** A query for a request, checked to be an object (or absent) when the request is made. */
export function queryOf(query: unknown): NonNullable<OperationInput["query"]> {
  return () => checkObject(query, "query", "query must be an object of query parameters.");
}

/** A JSON body for a request, checked to be an object (or absent) when the request is made. */
export function bodyOf(body: unknown): NonNullable<OperationInput["body"]> {
  return () => checkObject(body, "body", "body must be an object of the operation's fields.");
}

/**
 * Sends one operation through openapi-fetch with the call's retrying fetch. Each part of `input`
 * is checked as it is read ({@link pathOf}, {@link queryOf}, {@link bodyOf}); an operation on its
 * own origin is redirected by its `origin` ({@link onOrigin}).
 */
export function sendOperation(
  api: unknown,
  client: MuxClient,
  operation: Operation,
  input: OperationInput,
  init: SendInit,
  parseAs: "json" | "text" | "stream",
): Promise<{ data?: unknown; error?: unknown; response: Response }> {
  const request: Record<string, unknown> = {
    ...init,
    params: { path: input.path?.(operation.path), query: input.query?.() },
    parseAs,
    body: input.body?.(),
  };
  operation.origin?.(request, client);
  // The generated functions are typed from `paths`; the request itself is built from the template.
  return (api as Record<HttpMethod, (url: string, init: unknown) => ReturnType<typeof sendOperation>>)[operation.method](operation.path, request);
}

/**
 * For operations on their own origin (for example `https://image.mux.com`): sends them there only
 * while the client uses Mux's own API origin, as the official SDK does, and never with the API
 * credentials. With another base URL (a proxy, a fake) they go to that base URL, credentials and all.
 */
export function onOrigin(origin: string): NonNullable<Operation["origin"]> {
  return (request, client) => {
    if (client.baseURL !== DEFAULT_BASE_URL) return;
    request.baseUrl = origin;
    request.headers = { ...(request.headers as Record<string, string> | undefined), authorization: null };
  };
}

const nothing = (): undefined => undefined;

/** Resolves with the body's `data` field (most operations). */
export const readData: ResultReader = { parseAs: "json", select: unwrapData as (body: unknown) => unknown };

/** Resolves with the whole JSON body (lists without pages, Data answers with `meta` or `timeframe`). */
export const readBody: ResultReader = {
  parseAs: "json",
  select: (body) => {
    if (body === undefined) throw new InvalidResponseError(undefined, body, "The response has no body.", undefined);
    return body;
  },
};

/**
 * Resolves with `undefined` (deletes and other answers without content). A DELETE that had to be
 * retried and then finds nothing succeeds: an earlier attempt removed it.
 */
export const readNothing: ResultReader = { parseAs: "json", select: nothing, gone: goneAfterRetry };

/** Resolves with the body as a string (WebVTT, transcripts). */
export const readText: ResultReader = {
  parseAs: "text",
  select: (body) => {
    if (typeof body !== "string") throw new InvalidResponseError(undefined, body, "The response has no text body.", undefined);
    return body;
  },
};

/** Resolves with the `Response` itself, its body unread (images, playlists, renditions). */
export const readResponse: ResultReader = { parseAs: "stream", select: (_body, response) => response };

/**
 * Calls one operation and resolves with what `reader` makes of the answer ({@link readData},
 * {@link readBody}, {@link readNothing}, {@link readText} or {@link readResponse}). Bad input (a path
 * value that is empty, `.` or `..`, a query or body that is not an object: see {@link pathOf},
 * {@link queryOf} and {@link bodyOf}) rejects with
 * `InvalidArgumentError` before any request; API and transport failures reject with the
 * matching `@mux/errors` class. This is what every generated operation function calls.
 */
export function callOperation<T>(
  client: MuxClient,
  operation: Operation,
  reader: ResultReader,
  input: OperationInput,
  options?: RequestOptions,
): APIPromise<T> {
  const wish: ResponseWish = { keepUnread: false };
  const raw = execute<unknown, unknown>(
    client,
    options,
    (api, init) => sendOperation(api, client, operation, input, init, reader.parseAs),
    reader.select,
    wish,
    reader.gone,
  );
  return new APIPromiseImpl(raw as Promise<RawResult<T>>, wish);
}
