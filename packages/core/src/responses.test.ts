import { createMuxClient } from "@mux/core";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "@mux/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey, deleteKey, getKey, key } from "./test-support/ops.js";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const client = () => createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0 });

describe("status -> error class over HTTP", () => {
  const cases = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ] as const;
  it.each(cases)("%i", async (status, ctor) => {
    server.handle((_req, res) =>
      json(res, status, { error: { type: "some_type", messages: ["Something went wrong"] } }, { "x-request-id": "req-42" }),
    );
    const err = await getKey(client(), "k1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ctor);
    const apiError = err as APIError;
    expect(apiError.status).toBe(status);
    expect(apiError.message).toBe(`${status} some_type: Something went wrong.`);
    expect(apiError.type).toBe("some_type");
    expect(apiError.requestId).toBe("req-42");
    expect(apiError.headers?.get("x-request-id")).toBe("req-42");
  });

  it("reads the rate-limit body and Retry-After", async () => {
    server.handle((_req, res) => json(res, 429, { errors: ["Rate limit exceeded"] }, { "retry-after": "7" }));
    const err = (await getKey(client(), "k1").catch((e: unknown) => e)) as RateLimitError;
    expect(err.message).toBe("429 Too Many Requests: Rate limit exceeded.");
    expect(err.retryAfterMs).toBe(7000);
  });

  it("describes an HTML error page", async () => {
    server.handle((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>");
    });
    const err = await getKey(client(), "k1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InternalServerError);
    expect((err as Error).message).toBe('502 Bad Gateway: The server answered with an HTML page ("502 Bad Gateway") instead of JSON.');
  });

  it("describes an empty error body", async () => {
    server.handle((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    const err = await getKey(client(), "k1").catch((e: unknown) => e);
    expect((err as Error).message).toBe("500 Internal Server Error: The server sent no response body.");
  });
});

describe("2xx handling", () => {
  it("unwraps JSON", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k1") }));
    await expect(getKey(client(), "k1")).resolves.toEqual(key("k1"));
  });

  it("204 gives undefined", async () => {
    server.handle((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    await expect(deleteKey(client(), "k1")).resolves.toBeUndefined();
    expect(server.seen[0]?.method).toBe("DELETE");
  });

  it.each([
    ["truncated JSON", "application/json", '{"data": {"id": "k'],
    ["an HTML page", "text/html", "<html><body>hi</body></html>"],
    ["an empty body", "application/json", ""],
    ["JSON without data", "application/json", '{"nope": 1}'],
  ])("a 200 with %s is an InvalidResponseError", async (_name, type, body) => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": type, "x-request-id": "rid" });
      res.end(body);
    });
    const err = (await getKey(client(), "k1").catch((e: unknown) => e)) as InvalidResponseError;
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err.status).toBe(200);
    expect(err.requestId).toBe("rid");
    expect(err.message).toMatch(/^200 OK: The response (body|has)/);
  });
});

describe("withResponse / asResponse", () => {
  it("withResponse gives data, response and request id", async () => {
    server.handle((_req, res) => json(res, 201, { data: key("new") }, { "x-request-id": "r-9" }));
    const { data, response, requestId } = await createKey(client()).withResponse();
    expect(data).toEqual(key("new"));
    expect(response.status).toBe(201);
    expect(requestId).toBe("r-9");
  });

  it("asResponse gives an unread Response", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k1") }, { "x-request-id": "r-1" }));
    const response = await getKey(client(), "k1").asResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r-1");
    await expect(response.json()).resolves.toEqual({ data: key("k1") });
  });

  it("asResponse rejects with the API error", async () => {
    server.handle((_req, res) => json(res, 404, { error: { type: "not_found", messages: ["Nope"] } }));
    await expect(getKey(client(), "k1").asResponse()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the promise works with then/catch/finally and Promise.all", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k1") }));
    const p = getKey(client(), "k1");
    expect(p).toBeInstanceOf(Promise);
    let finallyRan = false;
    const [a, b] = await Promise.all([p.then((k) => k.id), p.finally(() => (finallyRan = true))]);
    expect(a).toBe("k1");
    expect(b.id).toBe("k1");
    expect(finallyRan).toBe(true);
  });
});

describe("validation", () => {
  it.each(["", ".", "..", "\uD800"])("rejects path parameter %j without sending", async (bad) => {
    server.handle((_req, res) => json(res, 200, { data: key("x") }));
    const promise = getKey(client(), bad);
    const err = await promise.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as InvalidArgumentError).argument).toBe("signingKeyId");
    expect(server.seen).toHaveLength(0);
  });

  it("rejects non-string ids", async () => {
    const err = await getKey(client(), 42 as unknown as string).catch((e: unknown) => e);
    expect((err as InvalidArgumentError).argument).toBe("signingKeyId");
  });

  it("rejects bad per-request options asynchronously", async () => {
    const p = getKey(client(), "k", { maxRetries: -1 });
    await expect(p).rejects.toMatchObject({ argument: "maxRetries" });
    await expect(getKey(client(), "k", { timeout: Number.NaN })).rejects.toMatchObject({ argument: "timeout" });
  });

  it("sends per-request headers", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    await getKey(client(), "k", { headers: { "x-extra": "1" } });
    expect(server.seen[0]?.headers["x-extra"]).toBe("1");
  });
});
