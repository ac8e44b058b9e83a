// `client.api` (the raw openapi-fetch client) gets the same timeout coverage as callApi: the
// attempt stays armed until openapi-fetch has read the body.
import { createMuxClient } from "@mux/core";
import { APIConnectionTimeoutError } from "@mux/errors";
import { afterAll, beforeAll, expect, it } from "vitest";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

it("a body that stalls after the headers times out on client.api too", async () => {
  server.handle((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    res.write('{"data":');
  });
  const client = createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0, timeout: 200, logLevel: "off" });
  const started = performance.now();
  await expect(client.api.GET("/system/v1/whoami")).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  expect(performance.now() - started).toBeGreaterThanOrEqual(190);
});

it("client.api.request and a call's own fetch still work", async () => {
  server.handle((_req, res) => json(res, 200, { data: { id: "w" } }));
  const client = createMuxClient({ ...TOKEN, baseURL: server.url, logLevel: "off" });
  const viaRequest = await client.api.request("get", "/system/v1/whoami");
  expect(viaRequest.response.status).toBe(200);
  let used = 0;
  const own = await client.api.GET("/system/v1/whoami", {
    fetch: (input: Request) => {
      used++;
      return fetch(input);
    },
  });
  expect(own.response.status).toBe(200);
  expect(used).toBe(1);
  expect(server.seen.every((s) => s.headers.authorization?.startsWith("Basic "))).toBe(true);
});

it("header precedence: credentials, then default headers, then the request's own headers", async () => {
  server.handle((_req, res) => json(res, 200, { data: { id: "w" } }));
  const client = createMuxClient({ ...TOKEN, baseURL: server.url, logLevel: "off", defaultHeaders: { "X-App": "demo" } });
  await client.api.GET("/system/v1/whoami", { headers: { "x-app": "request", authorization: "Bearer per-call" } });
  expect(server.seen[0]?.headers["x-app"]).toBe("request");
  expect(server.seen[0]?.headers.authorization).toBe("Bearer per-call");
  const replaced = createMuxClient({ ...TOKEN, baseURL: server.url, logLevel: "off", defaultHeaders: { Authorization: "Bearer default" } });
  await replaced.api.GET("/system/v1/whoami");
  expect(server.seen[1]?.headers.authorization).toBe("Bearer default");
});
