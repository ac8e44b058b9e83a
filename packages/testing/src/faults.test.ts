import { createMuxMock, type FaultHandle } from "@mux/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AUTH, call } from "./test-support/http.js";

const BASE = "https://api.mux.com";
const KEYS = `${BASE}/system/v1/signing-keys`;
const WHOAMI = `${BASE}/system/v1/whoami`;
const mock = createMuxMock();
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.reset());
afterAll(() => server.close());

describe("faults.add", () => {
  it("answers with the fault's status, body and headers, once by default", async () => {
    const handle: FaultHandle = mock.faults.add({
      operation: "get-whoami",
      status: 429,
      headers: { "retry-after": "2" },
      body: { errors: ["slow down"] },
    });
    expect(handle.remaining).toBe(1);
    const first = await call(WHOAMI);
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("2");
    expect(first.body).toEqual({ errors: ["slow down"] });
    expect(handle.remaining).toBe(0);
    expect((await call(WHOAMI)).status).toBe(200);
  });

  it("makes headers when the fault fires, when given a function", async () => {
    let made = 0;
    mock.faults.add({ operation: "get-whoami", status: 429, times: 2, headers: () => ({ "retry-after": String(++made) }) });
    expect(made).toBe(0);
    expect((await call(WHOAMI)).headers.get("retry-after")).toBe("1");
    expect((await call(WHOAMI)).headers.get("retry-after")).toBe("2");
  });

  it("defaults to 500 with Mux's error body and honours times", async () => {
    mock.faults.add({ operation: "list-signing-keys", times: 2 });
    for (let i = 0; i < 2; i++) {
      const response = await call(KEYS);
      expect(response.status).toBe(500);
      expect(response.body).toEqual({ error: { type: "internal_server_error", messages: [expect.any(String)] } });
    }
    expect((await call(KEYS)).status).toBe(200);
  });

  it("matches by method and path (concrete, template or RegExp) and leaves other requests alone", async () => {
    const [key] = await mock.signingKeys.seed(1);
    mock.faults.add({ method: "delete", path: "/system/v1/signing-keys/{SIGNING_KEY_ID}", status: 503 });
    expect((await call(`${KEYS}/${key!.id}`)).status).toBe(200);
    expect((await call(`${KEYS}/${key!.id}`, { method: "DELETE" })).status).toBe(503);
    mock.faults.add({ path: `/system/v1/signing-keys/${key!.id}`, status: 502 });
    expect((await call(KEYS)).status).toBe(200);
    expect((await call(`${KEYS}/${key!.id}`)).status).toBe(502);
    mock.faults.add({ path: /whoami$/, status: 504, times: Number.POSITIVE_INFINITY });
    expect((await call(WHOAMI)).status).toBe(504);
    expect((await call(WHOAMI)).status).toBe(504);
    mock.faults.clear();
    expect((await call(WHOAMI)).status).toBe(200);
  });

  it("sends a string body as is, for clients that must reject malformed answers", async () => {
    mock.faults.add({ operation: "get-whoami", status: 200, body: '{"data": {"access_tok', headers: { "content-type": "application/json" } });
    const response = await fetch(WHOAMI, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"data": {"access_tok');
  });

  it("fails at the network level with networkError", async () => {
    mock.faults.add({ operation: "get-whoami", networkError: true });
    await expect(fetch(WHOAMI, { headers: AUTH })).rejects.toThrow(TypeError);
    expect(mock.requests.at(-1)).toMatchObject({ networkError: true, status: undefined, faulted: true });
    expect((await call(WHOAMI)).status).toBe(200);
  });

  it("delays the normal answer with delayMs alone, enough to trip a client timeout", async () => {
    mock.faults.add({ operation: "get-whoami", delayMs: 300 });
    await expect(fetch(WHOAMI, { headers: AUTH, signal: AbortSignal.timeout(50) })).rejects.toThrow();
    mock.faults.add({ operation: "get-whoami", delayMs: 100 });
    const started = performance.now();
    expect((await call(WHOAMI)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  it("performs the real change first with afterEffect, exposing unsafe retries", async () => {
    mock.faults.add({ operation: "create-signing-key", status: 500, afterEffect: true });
    const failed = await call(KEYS, { method: "POST" });
    expect(failed.status).toBe(500);
    expect(mock.signingKeys.size).toBe(1);
    const retried = await call(KEYS, { method: "POST" });
    expect(retried.status).toBe(201);
    expect(mock.signingKeys.size).toBe(2);

    const [key] = mock.signingKeys.list();
    mock.faults.add({ operation: "delete-signing-key", networkError: true, afterEffect: true });
    await expect(fetch(`${KEYS}/${key!.id}`, { method: "DELETE", headers: AUTH })).rejects.toThrow(TypeError);
    expect(mock.signingKeys.get(key!.id)).toBeUndefined();
  });

  it("can be removed before use and validates its options", async () => {
    const handle = mock.faults.add({ operation: "get-whoami", status: 500 });
    handle.remove();
    expect(handle.remaining).toBe(0);
    expect((await call(WHOAMI)).status).toBe(200);
    expect(() => mock.faults.add({ times: 0 })).toThrow(TypeError);
    expect(() => mock.faults.add({ delayMs: -1 })).toThrow(TypeError);
    expect(() => mock.faults.add({ status: 99 })).toThrow(TypeError);
  });

  it("injects faults before the credential check", async () => {
    mock.faults.add({ operation: "get-whoami", status: 503 });
    expect((await fetch(WHOAMI)).status).toBe(503);
    expect((await fetch(WHOAMI)).status).toBe(401);
  });
});
