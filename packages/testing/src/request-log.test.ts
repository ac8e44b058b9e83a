import { inspect } from "node:util";
import { createMuxMock, DEFAULT_TOKEN, type LoggedRequest } from "@mux/testing";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { basic } from "./test-support/http.js";

const mock = createMuxMock({ tokens: [DEFAULT_TOKEN, { authorizationToken: "very-secret-bearer" }] });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

it("logs each request in arrival order with credentials redacted", async () => {
  const header = basic();
  await fetch("https://api.mux.com/system/v1/signing-keys?limit=5&page=2", { headers: { authorization: header, "x-trace": "t1" } });
  await fetch("https://api.mux.com/system/v1/whoami", { headers: { authorization: "Bearer very-secret-bearer", cookie: "session=abc" } });
  await fetch("https://api.mux.com/system/v1/whoami", { headers: { authorization: basic("someone", "guess") } });

  const [list, bearer, denied] = mock.requests as [LoggedRequest, LoggedRequest, LoggedRequest];
  expect(list).toMatchObject({
    operationId: "list-signing-keys",
    method: "GET",
    path: "/system/v1/signing-keys",
    query: { limit: "5", page: "2" },
    status: 200,
    faulted: false,
    networkError: false,
    auth: { scheme: "basic", tokenId: DEFAULT_TOKEN.tokenId, authenticated: true },
  });
  expect(list.headers.authorization).toBe("Basic [redacted]");
  expect(list.headers["x-trace"]).toBe("t1");
  expect(list.requestId).toMatch(/^\w+$/);
  expect(bearer).toMatchObject({ operationId: "get-whoami", status: 200, auth: { scheme: "bearer", tokenId: undefined } });
  expect(bearer.headers).toMatchObject({ authorization: "Bearer [redacted]", cookie: "[redacted]" });
  expect(denied).toMatchObject({ status: 401, auth: { scheme: "basic", tokenId: undefined, authenticated: false } });

  const dumped = JSON.stringify(mock.requests) + inspect(mock.requests, { depth: 10 });
  for (const secret of [DEFAULT_TOKEN.tokenSecret, header.slice(6), "very-secret-bearer", "session=abc", "guess"]) {
    expect(dumped).not.toContain(secret);
  }
});

it("keeps the request body: parsed JSON, else text", async () => {
  mock.reset();
  const authorization = basic();
  await fetch("https://api.mux.com/video/v1/assets", { method: "POST", headers: { authorization }, body: '{"inputs":[{"url":"u"}]}' });
  await fetch("https://api.mux.com/video/v1/assets", { method: "POST", headers: { authorization }, body: "not json" });
  await fetch("https://api.mux.com/system/v1/whoami", { headers: { authorization } });
  expect(mock.requests.map((r) => r.body)).toEqual([{ inputs: [{ url: "u" }] }, "not json", undefined]);
});
