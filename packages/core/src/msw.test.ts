import { createMuxClient } from "@mux/core";
import { APIConnectionTimeoutError, NotFoundError } from "@mux/errors";
import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getKey, key, listKeys } from "./test-support/ops.js";

const BASE = "https://api.mux.test";
const server = setupServer(
  http.get(`${BASE}/system/v1/signing-keys/:id`, ({ params, request }) => {
    if (!request.headers.get("authorization")?.startsWith("Basic ")) return new HttpResponse(null, { status: 401 });
    if (params.id === "missing") {
      return HttpResponse.json({ error: { type: "not_found", messages: ["No such key"] } }, { status: 404 });
    }
    return HttpResponse.json({ data: key(String(params.id)) });
  }),
  http.get(`${BASE}/system/v1/signing-keys`, () => HttpResponse.json({ data: [key("a"), key("b")] })),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("works with msw (as @mux/testing uses it)", () => {
  // Created before any handler runs: the global fetch is looked up at call time.
  const client = createMuxClient({ tokenId: "id", tokenSecret: "secret", baseURL: BASE });

  it("unwraps data and maps errors", async () => {
    await expect(getKey(client, "k1")).resolves.toEqual(key("k1"));
    await expect(getKey(client, "missing")).rejects.toBeInstanceOf(NotFoundError);
    const items: string[] = [];
    for await (const k of listKeys(client)) items.push(k.id);
    expect(items).toEqual(["a", "b"]);
  });

  it("times out a slow handler", async () => {
    server.use(
      http.get(`${BASE}/system/v1/signing-keys/:id`, async () => {
        await delay(500);
        return HttpResponse.json({ data: key("late") });
      }),
    );
    await expect(getKey(client, "k", { timeout: 30, maxRetries: 0 })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });
});
