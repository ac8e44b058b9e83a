// Regression found by the reliability suite: under msw a retried call never settled, because
// discarding the failed response awaited a body cancel() that msw never resolves.
import { createMuxClient } from "@mux/core";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, it } from "vitest";

let attempts = 0;
const server = setupServer(
  http.get("https://api.mux.com/system/v1/whoami", () =>
    attempts++ === 0 ? HttpResponse.json({ error: { type: "unavailable" } }, { status: 503 }) : HttpResponse.json({ data: { ok: true } }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

it("a call retried after a 503 settles under msw", async () => {
  const client = createMuxClient({ tokenId: "a", tokenSecret: "b", maxRetries: 1, logLevel: "off" });
  const { data, response } = await client.api.GET("/system/v1/whoami");
  expect(response.status).toBe(200);
  expect(data).toEqual({ data: { ok: true } });
  expect(attempts).toBe(2);
}, 10_000);
