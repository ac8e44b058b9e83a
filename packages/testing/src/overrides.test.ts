import { createMuxMock, muxPath, muxResponse } from "@mux/testing";
import { http } from "msw";
import { setupServer } from "msw/node";
import { format } from "node:util";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { call } from "./test-support/http.js";

const mock = createMuxMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it("lets a test override one operation with server.use and typed responses", async () => {
  expect(muxPath("get-signing-key")).toBe("https://api.mux.com/system/v1/signing-keys/:SIGNING_KEY_ID");
  expect(muxPath("get-whoami", "http://127.0.0.1:9999/")).toBe("http://127.0.0.1:9999/system/v1/whoami");
  server.use(
    http.get(muxPath("get-signing-key"), ({ params }) =>
      muxResponse("get-signing-key", 200, { data: { id: String(params.SIGNING_KEY_ID), created_at: "42" } }, {
        headers: { "x-request-id": "override" },
      }),
    ),
  );
  const response = await call("https://api.mux.com/system/v1/signing-keys/anything");
  expect(response).toMatchObject({ status: 200, body: { data: { id: "anything", created_at: "42" } } });
  expect(response.headers.get("x-request-id")).toBe("override");
  server.resetHandlers();
  expect((await call("https://api.mux.com/system/v1/signing-keys/anything")).status).toBe(404);
});

it("builds bodiless and error responses", async () => {
  const deleted = muxResponse("delete-signing-key", 204, null);
  expect(deleted.status).toBe(204);
  expect(await deleted.text()).toBe("");
  const failed = muxResponse("get-whoami", 503, { error: { type: "unavailable", messages: ["down"] } });
  expect(failed.status).toBe(503);
  expect(failed.headers.get("content-type")).toBe("application/json");
  expect(await failed.json()).toEqual({ error: { type: "unavailable", messages: ["down"] } });
});

it("rejects requests no handler knows, as onUnhandledRequest error demands", async () => {
  // msw reports the refusal on console.error; it is the expected outcome here, so the test
  // reads the report instead of letting it reach the terminal.
  const printed: string[] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    printed.push(format(...args));
  });
  try {
    await expect(fetch("https://api.mux.com/video/v1/no-such-resource")).rejects.toThrow(/\[MSW\]/);
  } finally {
    spy.mockRestore();
  }
  expect(printed.join("\n")).toContain("GET https://api.mux.com/video/v1/no-such-resource");
});
