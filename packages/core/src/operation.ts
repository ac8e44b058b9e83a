import { InvalidArgumentError, InvalidResponseError } from "@mux/errors";
import { APIPromiseImpl, type APIPromise, type RawResult, type ResponseWish } from "./api-promise.js";
import { execute, type SendInit } from "./call-api.js";
import { DEFAULT_BASE_URL, type MuxClient } from "./client.js";
import { pathParam } from "./path-param.js";
import type { RequestOptions } from "./request-options.js";
import { unwrapData } from "./unwrap.js";

/** The HTTP methods Mux's operations use. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * What a call resolves with: `data` is the body's `data` field (most operations), `body` the whole
 * JSON body, `none` is `undefined` (deletes and other answers without content), `text` the body as
 * a string, `binary` the `Response` itself with its body unread (images, playlists, renditions).
 */
export type ResultKind = "data" | "body" | "none" | "text" | "binary";

/** The facts generated code passes for one operation. */
export interface Operation {
  /** HTTP method. */
  method: HttpMethod;
  /** Path template with `{NAME}` placeholders, as in the spec. */
  path: string;
  /** Origin the operation lives on when it is not the API's (for example `https://image.mux.com`). */
  server?: string;
}

/** The parts of one request: path values by placeholder name, the query and the JSON body. */
export interface OperationInput {
  /** Values for the path's `{NAME}` placeholders. */
  path?: Record<string, unknown>;
  /** Query parameters; `undefined` values are left out. */
  query?: unknown;
  /** The JSON body. */
  body?: unknown;
}

/** `ASSET_ID` -> `assetId`: the argument name a placeholder has in generated functions. */
export function argumentName(placeholder: string): string {
  return placeholder.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Checks every path value (rejecting "", ".", ".." and non-strings) under its argument name. */
function pathValues(values: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (!values) return undefined;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) out[name] = pathParam(argumentName(name), value);
  return out;
}

/** The query without `undefined` values; `undefined` when nothing is left. Rejects non-objects. */
export function queryValues(query: unknown): Record<string, unknown> | undefined {
  if (query === undefined || query === null) return undefined;
  if (typeof query !== "object" || Array.isArray(query)) {
    throw new InvalidArgumentError("query", "query must be an object of query parameters.");
  }
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    out ??= {};
    out[key] = value;
  }
  return out;
}

function checkBody(body: unknown): void {
  if (body === undefined || body === null) return;
  if (typeof body !== "object" || Array.isArray(body)) {
    throw new InvalidArgumentError("body", "body must be an object of the operation's fields.");
  }
}

/**
 * Sends one operation through openapi-fetch with the call's retrying fetch. An operation on
 * another origin (the playback hosts) goes there only while the client uses Mux's own API origin,
 * as the official SDK does, and never carries the API credentials.
 */
export function sendOperation(
  client: MuxClient,
  operation: Operation,
  input: OperationInput,
  init: SendInit,
  parseAs: "json" | "text" | "stream",
): Promise<{ data?: unknown; error?: unknown; response: Response }> {
  const path = pathValues(input.path);
  const query = queryValues(input.query);
  checkBody(input.body);
  const foreign = operation.server !== undefined && client.baseURL === DEFAULT_BASE_URL;
  const params: { path?: Record<string, string>; query?: Record<string, unknown> } = {};
  if (path) params.path = path;
  if (query) params.query = query;
  const request: Record<string, unknown> = { ...init, params, parseAs };
  if (input.body !== undefined && input.body !== null) request.body = input.body;
  if (foreign) {
    request.baseUrl = operation.server;
    request.headers = { ...init.headers, authorization: null };
  }
  // The generated functions are typed from `paths`; the request itself is built from the template.
  const api = client.api as unknown as {
    request(method: string, url: string, init: unknown): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  };
  return api.request(operation.method.toLowerCase(), operation.path, request);
}

function wholeBody(body: unknown): unknown {
  if (body === undefined) throw new InvalidResponseError(undefined, body, "The response has no body.", undefined);
  return body;
}

function text(body: unknown): string {
  if (typeof body !== "string") throw new InvalidResponseError(undefined, body, "The response has no text body.", undefined);
  return body;
}

const nothing = (): undefined => undefined;

const SELECT: Record<Exclude<ResultKind, "binary">, (body: unknown) => unknown> = {
  data: unwrapData as (body: unknown) => unknown,
  body: wholeBody,
  none: nothing,
  text,
};

/**
 * Calls one operation and resolves with its result (see {@link ResultKind}). Bad input (a path
 * value that is empty, `.` or `..`, a query or body that is not an object) rejects with
 * `InvalidArgumentError` before any request; API and transport failures reject with the
 * matching `@mux/errors` class. This is what every generated operation function calls.
 */
export function callOperation<T>(
  client: MuxClient,
  operation: Operation,
  result: ResultKind,
  input: OperationInput,
  options?: RequestOptions,
): APIPromise<T> {
  const wish: ResponseWish = { keepUnread: false };
  const parseAs = result === "text" ? "text" : result === "binary" ? "stream" : "json";
  const select = result === "binary" ? nothing : SELECT[result];
  const raw = (async (): Promise<RawResult<T>> => {
    const done = await execute<unknown, unknown>(
      client,
      options,
      (_api, init) => sendOperation(client, operation, input, init, parseAs),
      select,
      wish,
    );
    return result === "binary" ? { ...done, data: done.response as T } : (done as RawResult<T>);
  })();
  return new APIPromiseImpl(raw, wish);
}
