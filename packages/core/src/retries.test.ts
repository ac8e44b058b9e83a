import { createServer } from "node:net";
import { callApi, createMuxClient, type MuxClient, unwrapData } from "@mux/core";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ConflictError,
  InternalServerError,
  RateLimitError,
} from "@mux/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backoffMs, isConnectionRefused } from "./retry-policy.js";
import { createKey, deleteKey, getKey, key } from "./test-support/ops.js";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const client = (extra: Parameters<typeof createMuxClient>[0] = {}): MuxClient =>
  createMuxClient({ ...TOKEN, baseURL: server.url, logLevel: "off", ...extra });

/** Fails `failures` times with `status` (asking for an immediate retry), then succeeds. */
function failThenSucceed(failures: number, status: number, headers: Record<string, string> = { "retry-after-ms": "0" }) {
  let n = 0;
  server.handle((req, res) => {
    n++;
    if (n <= failures) return json(res, status, { error: { type: "x", messages: ["fail"] } }, headers);
    if (req.method === "DELETE") {
      res.writeHead(204);
      return res.end();
    }
    return json(res, req.method === "POST" ? 201 : 200, { data: key("k") });
  });
}

const call = (c: MuxClient, method: string) =>
  method === "GET" ? getKey(c, "k") : method === "DELETE" ? deleteKey(c, "k") : createKey(c);

describe("retry counts per method and status", () => {
  const table: Array<[string, number, number]> = [
    // method, status, attempts made with maxRetries 2 when every attempt fails
    ["GET", 408, 3],
    ["GET", 409, 3],
    ["GET", 429, 3],
    ["GET", 500, 3],
    ["GET", 503, 3],
    ["GET", 400, 1],
    ["GET", 404, 1],
    ["GET", 422, 1],
    ["DELETE", 500, 3],
    ["DELETE", 409, 3],
    ["POST", 429, 3],
    ["POST", 500, 1],
    ["POST", 503, 1],
    ["POST", 408, 1],
    ["POST", 409, 1],
  ];
  it.each(table)("%s %i -> %i attempt(s)", async (method, status, attempts) => {
    failThenSucceed(99, status);
    await expect(call(client(), method)).rejects.toMatchObject({ status });
    expect(server.seen).toHaveLength(attempts);
    expect(server.seen.every((s) => s.method === method)).toBe(true);
  });

  it("succeeds after transient failures and resends the request body", async () => {
    failThenSucceed(2, 429);
    await expect(createKey(client())).resolves.toEqual(key("k"));
    expect(server.seen).toHaveLength(3);
    failThenSucceed(1, 500);
    await expect(getKey(client(), "k")).resolves.toEqual(key("k"));
    expect(server.seen).toHaveLength(2);
    failThenSucceed(1, 429);
    const withBody = callApi(
      client(),
      undefined,
      (api, init) => api.POST("/system/v1/signing-keys", { ...init, body: { note: "hello" } as never }),
      unwrapData,
    );
    await expect(withBody).resolves.toEqual(key("k"));
    expect(server.seen.map((s) => s.body)).toEqual(['{"note":"hello"}', '{"note":"hello"}']);
  });

  it("honours maxRetries from the client and the request", async () => {
    failThenSucceed(99, 500);
    await expect(getKey(client({ maxRetries: 0 }), "k")).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
    failThenSucceed(99, 500);
    await expect(getKey(client(), "k", { maxRetries: 4 })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(5);
  });

  it("x-should-retry: true retries a POST; false stops a GET", async () => {
    failThenSucceed(1, 500, { "x-should-retry": "true", "retry-after-ms": "0" });
    await expect(createKey(client())).resolves.toEqual(key("k"));
    expect(server.seen).toHaveLength(2);
    failThenSucceed(5, 503, { "x-should-retry": "false", "retry-after-ms": "0" });
    await expect(getKey(client(), "k")).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
    failThenSucceed(5, 429, { "x-should-retry": "false", "retry-after-ms": "0" });
    await expect(createKey(client())).rejects.toBeInstanceOf(RateLimitError);
    expect(server.seen).toHaveLength(1);
  });
});

describe("delays", () => {
  it("backoff is min(0.5 * 2^n, 8) s with up to 25 % jitter", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffMs(n, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffMs(0, () => 1)).toBe(375);
    for (let i = 0; i < 50; i++) {
      const d = backoffMs(2);
      expect(d).toBeGreaterThanOrEqual(1500);
      expect(d).toBeLessThanOrEqual(2000);
    }
  });

  it("uses the backoff when no Retry-After is given", async () => {
    failThenSucceed(1, 503, {});
    const started = Date.now();
    await getKey(client(), "k");
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it.each([
    ["retry-after-ms", { "retry-after-ms": "300" }, 300],
    ["Retry-After seconds", { "retry-after": "1" }, 1000],
    ["Retry-After date", { "retry-after": "DATE+2" }, 1000],
  ])("honours %s", async (_name, headers, min) => {
    const resolved = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v === "DATE+2" ? new Date(Date.now() + 2000).toUTCString() : v]),
    );
    failThenSucceed(1, 429, resolved);
    const started = Date.now();
    await getKey(client(), "k");
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(min - 20);
    expect(elapsed).toBeLessThan(min + 1500);
    expect(server.seen).toHaveLength(2);
  });

  it("throws RateLimitError at once when Retry-After exceeds the cap", async () => {
    failThenSucceed(5, 429, { "retry-after": "120" });
    const started = Date.now();
    const err = (await getKey(client(), "k").catch((e: unknown) => e)) as RateLimitError;
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.retryAfterMs).toBe(120_000);
    expect(server.seen).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(500);

    failThenSucceed(5, 429, { "retry-after-ms": "400" });
    const capped = (await getKey(client({ maxRetryDelay: 100 }), "k").catch((e: unknown) => e)) as RateLimitError;
    expect(capped.retryAfterMs).toBe(400);
    expect(server.seen).toHaveLength(1);
  });
});

describe("timeouts and abort", () => {
  const slow = (ms: number) =>
    server.handle((_req, res) => {
      const t = setTimeout(() => json(res, 200, { data: key("k") }), ms);
      res.on("close", () => clearTimeout(t));
    });

  it("GET times out per attempt and is retried", async () => {
    slow(300);
    const err = await getKey(client({ timeout: 50, maxRetries: 1 }), "k").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(server.seen).toHaveLength(2);
  });

  it("POST that times out is not retried", async () => {
    slow(300);
    const err = await createKey(client({ timeout: 50 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.seen).toHaveLength(1);
  });

  it("a per-request timeout overrides the client's", async () => {
    slow(200);
    await expect(getKey(client({ timeout: 10 }), "k", { timeout: 2000 })).resolves.toEqual(key("k"));
    await expect(getKey(client(), "k", { timeout: 20, maxRetries: 0 })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it("caller abort gives APIUserAbortError and no retry", async () => {
    slow(500);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const err = await getKey(client(), "k", { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIUserAbortError);
    expect(server.seen).toHaveLength(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    slow(10);
    const err = await getKey(client(), "k", { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIUserAbortError);
    expect(server.seen).toHaveLength(0);
  });

  it("abort during a retry wait stops at once", async () => {
    failThenSucceed(5, 503, { "retry-after": "10" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const err = await getKey(client(), "k", { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.seen).toHaveLength(1);
  });

  it("timeout and caller signal together: whichever comes first wins", async () => {
    slow(400);
    const controller = new AbortController();
    const timedOut = await getKey(client({ maxRetries: 0 }), "k", { timeout: 30, signal: controller.signal }).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(APIConnectionTimeoutError);
    expect(timedOut).not.toBeInstanceOf(APIUserAbortError);
    setTimeout(() => controller.abort(), 30);
    const aborted = await getKey(client(), "k", { timeout: 2000, signal: controller.signal }).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(APIUserAbortError);
  });
});

describe("connection errors", () => {
  async function closedPort(): Promise<string> {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
    const port = (s.address() as { port: number }).port;
    await new Promise<void>((r) => s.close(() => r()));
    return `http://127.0.0.1:${port}`;
  }

  it("refused connections are APIConnectionError, retried for GET and for POST", async () => {
    const baseURL = await closedPort();
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const c = createMuxClient({ ...TOKEN, baseURL, fetch: counting, maxRetries: 1, logLevel: "off" });
    const err = await getKey(c, "k").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(isConnectionRefused((err as Error).cause)).toBe(true);
    expect(calls).toBe(2);
    calls = 0;
    await expect(createKey(c)).rejects.toBeInstanceOf(APIConnectionError);
    expect(calls).toBe(2);
  });

  it("a POST whose connection drops after sending is not retried", async () => {
    server.handle((_req, res) => res.socket?.destroy());
    const err = await createKey(client()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(server.seen).toHaveLength(1);
    server.handle((_req, res) => res.socket?.destroy());
    await expect(getKey(client(), "k")).rejects.toBeInstanceOf(APIConnectionError);
    expect(server.seen).toHaveLength(3);
  });

  it("ConflictError is retried for GET only", async () => {
    failThenSucceed(99, 409);
    await expect(createKey(client())).rejects.toBeInstanceOf(ConflictError);
    expect(server.seen).toHaveLength(1);
  });
});
