// A user's msw test must not depend on the shell: with MUX_BASE_URL exported, a client and a mock
// made without `baseURL` still meet, because both follow the same rule.
import { createMuxClient } from "@mux/core";
import { InvalidArgumentError } from "@mux/errors";
import { createMuxMock, DEFAULT_TOKEN, muxPath, muxResponse } from "@mux/testing";
import { http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllEnvs();
});
afterAll(() => server.close());

it("with MUX_BASE_URL set, createMuxMock() and createMuxClient(DEFAULT_TOKEN) agree on it", async () => {
  vi.stubEnv("MUX_BASE_URL", "https://mux-staging.example.test/");
  const mock = createMuxMock();
  server.resetHandlers(...mock.handlers);
  const client = createMuxClient(DEFAULT_TOKEN);
  expect(mock.baseURL).toBe("https://mux-staging.example.test");
  expect(client.baseURL).toBe("https://mux-staging.example.test");
  const { data, response } = await client.api.GET("/system/v1/whoami");
  expect(response.status).toBe(200);
  expect(data?.data.access_token_name).toBe("mux-testing");
  expect(mock.requests.map((r) => r.operationId)).toEqual(["get-whoami"]);
});

it("without MUX_BASE_URL both use https://api.mux.com, and an explicit baseURL wins over the variable", () => {
  vi.stubEnv("MUX_BASE_URL", "");
  expect(createMuxMock().baseURL).toBe("https://api.mux.com");
  expect(muxPath("get-whoami")).toBe("https://api.mux.com/system/v1/whoami");
  vi.stubEnv("MUX_BASE_URL", "http://127.0.0.1:4010");
  expect(createMuxMock({ baseURL: "https://api.mux.com" }).baseURL).toBe("https://api.mux.com");
  expect(muxPath("get-whoami", "https://api.mux.com")).toBe("https://api.mux.com/system/v1/whoami");
});

it("muxPath follows MUX_BASE_URL too, so a one-off override lands where the client calls", async () => {
  vi.stubEnv("MUX_BASE_URL", "http://127.0.0.1:4010");
  const mock = createMuxMock();
  server.resetHandlers(
    http.get(muxPath("get-whoami"), () => muxResponse("get-whoami", 503, { error: { type: "unavailable", messages: ["down"] } })),
    ...mock.handlers,
  );
  const client = createMuxClient({ ...DEFAULT_TOKEN, maxRetries: 0 });
  const { response } = await client.api.GET("/system/v1/whoami");
  expect(response.status).toBe(503);
});

it("a malformed MUX_BASE_URL is an InvalidArgumentError that names the variable", () => {
  vi.stubEnv("MUX_BASE_URL", "api.mux.com");
  expect(() => createMuxMock()).toThrow(InvalidArgumentError);
  expect(() => createMuxMock()).toThrow(/MUX_BASE_URL must be an absolute http\(s\) URL/);
});
