// Regressions found by the reliability suite (reliability/src/fault-matrix.test.ts).
import { createMuxClient } from "@mux/core";
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, InvalidResponseError } from "@mux/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey, deleteKey, getKey, listKeys } from "./test-support/ops.js";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const client = () => createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0, logLevel: "off" });

describe("a 204 where JSON is expected", () => {
  const no204 = () =>
    server.handle((_req, res) => {
      res.writeHead(204, { "x-request-id": "rid-204" });
      res.end();
    });

  it("is an InvalidResponseError for a single resource (it used to resolve undefined)", async () => {
    no204();
    const err = (await getKey(client(), "k1").catch((e: unknown) => e)) as InvalidResponseError;
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(err.status).toBe(204);
    expect(err.requestId).toBe("rid-204");
    expect(err.message).toMatch(/no body/);
  });

  it("is an InvalidResponseError for create", async () => {
    no204();
    await expect(createKey(client())).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("is an InvalidResponseError for a list (it used to reject with a TypeError)", async () => {
    no204();
    await expect(listKeys(client())).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("still resolves undefined for an operation that returns nothing", async () => {
    no204();
    await expect(deleteKey(client(), "k1")).resolves.toBeUndefined();
  });
});

it("an empty 200 resolves for an operation that returns nothing", async () => {
  server.handle((_req, res) => {
    res.writeHead(200, { "content-length": "0" });
    res.end();
  });
  await expect(deleteKey(client(), "k1")).resolves.toBeUndefined();
});

it("a JSON 200 where nothing is expected resolves undefined", async () => {
  server.handle((_req, res) => json(res, 200, { data: { id: "k1" } }));
  await expect(deleteKey(client(), "k1")).resolves.toBeUndefined();
});

it("a connection reset in the middle of the body is an APIConnectionError (it used to be a plain MuxError)", async () => {
  server.handle((_req, res) => {
    const body = '{"data":{"id":"k1","created_at":"1700000000"}}';
    res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
    res.write(body.slice(0, 10), () => setTimeout(() => res.socket?.destroy(), 5));
  });
  const err = (await getKey(client(), "k1").catch((e: unknown) => e)) as APIConnectionError;
  expect(err).toBeInstanceOf(APIConnectionError);
  expect(err.constructor.name).toBe("APIConnectionError");
  expect(err.message).toMatch(/body/);
  expect(err.cause).toBeInstanceOf(TypeError);
});

describe("the timeout covers the body, not only the headers", () => {
  it("a body that stalls after the headers is an APIConnectionTimeoutError (it used to hang forever)", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"data":');
    });
    const started = performance.now();
    const err = await getKey(createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0, timeout: 300, logLevel: "off" }), "k1").catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("a caller abort while the body stalls is an APIUserAbortError", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"data":');
    });
    const controller = new AbortController();
    const call = getKey(createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0, timeout: 0, logLevel: "off" }), "k1", {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("a body that arrives in slow pieces within the timeout still succeeds", async () => {
    server.handle((_req, res) => {
      const body = JSON.stringify({ data: { id: "k1", created_at: "1" } });
      res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
      res.write(body.slice(0, 5));
      setTimeout(() => res.end(body.slice(5)), 100);
    });
    await expect(getKey(createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0, timeout: 2_000, logLevel: "off" }), "k1")).resolves.toEqual({
      id: "k1",
      created_at: "1",
    });
  });
});
