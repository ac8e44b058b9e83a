import { errorType, formatApiMessage } from "./message.js";
import { type MuxErrorOptions, MuxError } from "./mux-error.js";
import { type ErrorHeadersInit, headersToObject, safeHeaders } from "./redact.js";
import { parseRetryAfterMs } from "./retry-after.js";

export type { ErrorHeadersInit };

/**
 * An error reported by (or while talking to) the Mux API.
 *
 * `headers` is a copy of the response headers with `Authorization`, cookies
 * and similar credential headers removed.
 */
export class APIError extends MuxError {
  static override readonly kind: string = "APIError";

  /** HTTP status, or `undefined` when no response was received. */
  declare readonly status: number | undefined;
  /** Response headers without credential headers. */
  declare readonly headers: Headers | undefined;
  /** The parsed response body (JSON value or text). */
  declare readonly error: unknown;
  /** Mux's `error.type`, e.g. `"not_found"`, when present. */
  declare readonly type: string | undefined;
  /** The `x-request-id` response header, when present. */
  declare readonly requestId: string | undefined;

  /**
   * @param status - HTTP status, or `undefined` without a response.
   * @param error - the parsed body (JSON value, text or `undefined`).
   * @param message - fallback text used when the body has none.
   * @param headers - response headers.
   */
  constructor(
    status: number | undefined,
    error: unknown,
    message: string | undefined,
    headers: ErrorHeadersInit | undefined,
    options?: MuxErrorOptions,
  ) {
    super(formatApiMessage(status, error, message), options);
    this.status = status;
    this.headers = safeHeaders(headers);
    this.error = error;
    this.type = errorType(error);
    this.requestId = this.headers?.get("x-request-id") ?? undefined;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      type: this.type,
      requestId: this.requestId,
      error: this.error,
      headers: headersToObject(this.headers),
    };
  }

  /**
   * Creates the subclass matching `status` (400 -> BadRequestError, ... >= 500 ->
   * InternalServerError); other statuses give a plain `APIError`.
   */
  static generate(
    status: number | undefined,
    body: unknown,
    message: string | undefined,
    headers: ErrorHeadersInit | undefined,
  ): APIError {
    if (status === undefined) return new APIConnectionError({ message });
    const byStatus: Record<number, typeof APIError> = {
      400: BadRequestError,
      401: AuthenticationError,
      403: PermissionDeniedError,
      404: NotFoundError,
      409: ConflictError,
      422: UnprocessableEntityError,
      429: RateLimitError,
    };
    const ErrorClass = byStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
    return new ErrorClass(status, body, message, headers);
  }
}

/** HTTP 400: the request was malformed. */
export class BadRequestError extends APIError {
  static override readonly kind: string = "BadRequestError";
}

/** HTTP 401: the credentials are missing or wrong. */
export class AuthenticationError extends APIError {
  static override readonly kind: string = "AuthenticationError";
}

/** HTTP 403: the token lacks a permission for this operation. */
export class PermissionDeniedError extends APIError {
  static override readonly kind: string = "PermissionDeniedError";
}

/** HTTP 404: the resource does not exist. */
export class NotFoundError extends APIError {
  static override readonly kind: string = "NotFoundError";
}

/** HTTP 409: the request conflicts with the resource's state. */
export class ConflictError extends APIError {
  static override readonly kind: string = "ConflictError";
}

/** HTTP 422: the request was well-formed but invalid. */
export class UnprocessableEntityError extends APIError {
  static override readonly kind: string = "UnprocessableEntityError";
}

/** HTTP 429: rate limited. `retryAfterMs` is the delay the server asked for, if any. */
export class RateLimitError extends APIError {
  static override readonly kind: string = "RateLimitError";

  /** Milliseconds the server asked to wait (`retry-after-ms` or `Retry-After`), when given. */
  declare retryAfterMs: number | undefined;

  constructor(
    status: number | undefined,
    error: unknown,
    message: string | undefined,
    headers: ErrorHeadersInit | undefined,
    options?: MuxErrorOptions,
  ) {
    super(status, error, message, headers, options);
    this.retryAfterMs = parseRetryAfterMs(this.headers);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}

/** HTTP 500 and above: the server failed. */
export class InternalServerError extends APIError {
  static override readonly kind: string = "InternalServerError";
}

/** Options for connection-level errors. */
export interface ConnectionErrorOptions extends MuxErrorOptions {
  /** Overrides the default message. */
  message?: string | undefined;
}

/** No usable response: DNS failure, refused or reset connection... `cause` holds the underlying error. */
export class APIConnectionError extends APIError {
  static override readonly kind: string = "APIConnectionError";

  constructor(options: ConnectionErrorOptions = {}) {
    super(undefined, undefined, options?.message ?? "Connection error: the request did not reach the Mux API.", undefined, options);
  }
}

/** The request did not complete within the configured timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static override readonly kind: string = "APIConnectionTimeoutError";

  constructor(options: ConnectionErrorOptions = {}) {
    super({ ...options, message: options?.message ?? "Request timed out." });
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class APIUserAbortError extends APIError {
  static override readonly kind: string = "APIUserAbortError";

  constructor(options: ConnectionErrorOptions = {}) {
    super(undefined, undefined, options?.message ?? "Request was aborted.", undefined, options);
  }
}

/**
 * A 2xx response whose body is not what the operation promises: truncated
 * JSON, an HTML page, or nothing where JSON was expected.
 */
export class InvalidResponseError extends APIError {
  static override readonly kind: string = "InvalidResponseError";

  constructor(
    status: number | undefined,
    body: unknown,
    message: string | undefined,
    headers: ErrorHeadersInit | undefined,
    options?: MuxErrorOptions,
  ) {
    super(status, undefined, message ?? "The response body was not the JSON this operation expects.", headers, options);
    // Keep a short excerpt of what arrived, for debugging.
    Object.defineProperty(this, "error", { value: body, enumerable: true });
  }
}
