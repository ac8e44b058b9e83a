import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  MuxError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "@mux/errors";
import { describe, expect, it } from "vitest";

const muxBody = (type: string, ...messages: string[]) => ({ error: { type, messages } });

describe("APIError.generate", () => {
  const cases: Array<[number, new (...a: never[]) => APIError]> = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
    [599, InternalServerError],
  ];
  it.each(cases)("maps %i to its class", (status, ctor) => {
    const err = APIError.generate(status, muxBody("x", "m"), undefined, undefined);
    expect(err).toBeInstanceOf(ctor);
    expect(err).toBeInstanceOf(APIError);
    expect(err).toBeInstanceOf(MuxError);
    expect(err).toBeInstanceOf(Error);
    expect(err.status).toBe(status);
    expect(err.name).toBe(ctor.name);
  });

  it.each([405, 408, 410, 418, 302])("gives a plain APIError for %i", (status) => {
    const err = APIError.generate(status, undefined, undefined, undefined);
    expect(err.constructor).toBe(APIError);
    expect(err).not.toBeInstanceOf(BadRequestError);
    expect(err.name).toBe("APIError");
  });

  it("does not confuse sibling classes", () => {
    const err = APIError.generate(404, undefined, undefined, undefined);
    expect(err).not.toBeInstanceOf(RateLimitError);
    expect(err).not.toBeInstanceOf(InternalServerError);
    expect(err).not.toBeInstanceOf(APIConnectionError);
  });

  it("gives a connection error without a status", () => {
    expect(APIError.generate(undefined, undefined, "boom", undefined)).toBeInstanceOf(APIConnectionError);
  });
});

describe("messages", () => {
  it("turns the Mux error body into a sentence", () => {
    const err = APIError.generate(
      404,
      muxBody("not_found", "The requested resource either doesn't exist or you don't have access to it."),
      undefined,
      new Headers({ "x-request-id": "req-1" }),
    );
    expect(err.message).toBe(
      "404 not_found: The requested resource either doesn't exist or you don't have access to it.",
    );
    expect(err.type).toBe("not_found");
    expect(err.requestId).toBe("req-1");
    expect(err.error).toEqual(muxBody("not_found", "The requested resource either doesn't exist or you don't have access to it."));
    expect(String(err)).toBe(`NotFoundError: ${err.message}`);
  });

  it("joins several messages", () => {
    const err = APIError.generate(400, muxBody("invalid_parameters", "name is required", "limit is too big"), undefined, undefined);
    expect(err.message).toBe("400 invalid_parameters: name is required. limit is too big.");
  });

  it("reads the 429 {errors:[...]} body", () => {
    const err = APIError.generate(429, { errors: ["Rate limit exceeded"] }, undefined, undefined);
    expect(err.message).toBe("429 Too Many Requests: Rate limit exceeded.");
    expect(err.type).toBeUndefined();
  });

  it("reads {errors:[{message}]}", () => {
    const err = APIError.generate(400, { errors: [{ message: "Bad field" }] }, undefined, undefined);
    expect(err.message).toBe("400 Bad Request: Bad field.");
  });

  it("describes an HTML error page without dumping it", () => {
    const html = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${"x".repeat(5000)}</body></html>`;
    const err = APIError.generate(502, html, undefined, undefined);
    expect(err.message).toBe('502 Bad Gateway: The server answered with an HTML page ("502 Bad Gateway") instead of JSON.');
    const untitled = APIError.generate(503, "<html><body>down</body></html>", undefined, undefined);
    expect(untitled.message).toBe("503 Service Unavailable: The server answered with an HTML page instead of JSON.");
  });

  it("describes an empty body", () => {
    for (const body of [undefined, null, "", "   "]) {
      expect(APIError.generate(500, body, undefined, undefined).message).toBe(
        "500 Internal Server Error: The server sent no response body.",
      );
    }
  });

  it("uses plain text bodies, truncated", () => {
    expect(APIError.generate(401, "Unauthorized request", undefined, undefined).message).toBe(
      "401 Unauthorized: Unauthorized request.",
    );
    const long = APIError.generate(400, "y".repeat(1000), undefined, undefined).message;
    expect(long.length).toBeLessThan(340);
  });

  it("falls back to the given message, then to a generic sentence", () => {
    expect(APIError.generate(418, {}, "I am a teapot", undefined).message).toBe("418 Client Error: I am a teapot.");
    expect(APIError.generate(418, { weird: true }, undefined, undefined).message).toBe(
      "418 Client Error: The server sent a response body this client could not interpret.",
    );
    expect(APIError.generate(501, undefined, undefined, undefined).message).toBe(
      "501 Server Error: The server sent no response body.",
    );
  });

  it("connection, timeout and abort errors have sentences and keep the cause", () => {
    const cause = new Error("ECONNREFUSED");
    const conn = new APIConnectionError({ cause });
    expect(conn.message).toMatch(/^Connection error/);
    expect(conn.cause).toBe(cause);
    expect(conn.status).toBeUndefined();
    const timeout = new APIConnectionTimeoutError();
    expect(timeout).toBeInstanceOf(APIConnectionError);
    expect(timeout.message).toBe("Request timed out.");
    const abort = new APIUserAbortError();
    expect(abort).not.toBeInstanceOf(APIConnectionError);
    expect(abort.message).toBe("Request was aborted.");
  });

  it("connection, timeout and abort errors made with null options take their default sentences", () => {
    expect(new APIConnectionError(null as never).message).toMatch(/^Connection error/);
    expect(new APIConnectionTimeoutError(null as never).message).toBe("Request timed out.");
    expect(new APIUserAbortError(null as never).message).toBe("Request was aborted.");
  });

  it("InvalidResponseError keeps status and what arrived", () => {
    const err = new InvalidResponseError(200, "<html>", undefined, new Headers({ "x-request-id": "r" }));
    expect(err.message).toBe("200 OK: The response body was not the JSON this operation expects.");
    expect(err.status).toBe(200);
    expect(err.error).toBe("<html>");
    expect(err.requestId).toBe("r");
    expect(err).toBeInstanceOf(APIError);
  });
});

describe("RateLimitError.retryAfterMs", () => {
  it("reads retry-after-ms, seconds and HTTP dates", () => {
    const ms = APIError.generate(429, undefined, undefined, { "retry-after-ms": "1500" }) as RateLimitError;
    expect(ms.retryAfterMs).toBe(1500);
    const s = APIError.generate(429, undefined, undefined, { "retry-after": "120" }) as RateLimitError;
    expect(s.retryAfterMs).toBe(120_000);
    const date = new Date(Date.now() + 30_000).toUTCString();
    const d = APIError.generate(429, undefined, undefined, { "retry-after": date }) as RateLimitError;
    expect(d.retryAfterMs).toBeGreaterThan(25_000);
    expect(d.retryAfterMs).toBeLessThanOrEqual(30_000);
    const none = APIError.generate(429, undefined, undefined, undefined) as RateLimitError;
    expect(none.retryAfterMs).toBeUndefined();
  });
});
