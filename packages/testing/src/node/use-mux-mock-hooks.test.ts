import { APIConnectionError, InvalidArgumentError } from "@mux/errors";
import { type MuxMockHooks, useMuxMock } from "@mux/testing/node";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";

/** Hooks that only record what is registered, so a test can run them in order itself. */
function recordingHooks() {
  const registered: Record<string, Array<() => unknown>> = { beforeAll: [], afterEach: [], afterAll: [] };
  const hooks: MuxMockHooks = {
    beforeAll: (run) => registered.beforeAll?.push(run),
    afterEach: (run) => registered.afterEach?.push(run),
    afterAll: (run) => registered.afterAll?.push(run),
  };
  return { hooks, registered };
}

describe("useMuxMock's hooks", () => {
  it("registers one of each: listen before, reset after each test, close after all", async () => {
    const { hooks, registered } = recordingHooks();
    // Nothing listens on port 9 here: once the server is closed, a request is refused for real.
    const { mock, server, client } = useMuxMock(hooks, { baseURL: "http://127.0.0.1:9" });
    expect(Object.values(registered).map((runs) => runs.length)).toEqual([1, 1, 1]);
    const mux = client({ maxRetries: 0 });

    await registered.beforeAll?.[0]?.();
    expect((await mux.api.POST("/system/v1/signing-keys")).response.status).toBe(201);
    server.use(http.get("http://127.0.0.1:9/system/v1/whoami", () => HttpResponse.json({}, { status: 418 })));
    expect((await mux.api.GET("/system/v1/whoami")).response.status).toBe(418);

    await registered.afterEach?.[0]?.();
    expect(mock.signingKeys.size).toBe(0);
    expect(mock.requests).toEqual([]);
    expect((await mux.api.GET("/system/v1/whoami")).response.status).toBe(200);

    await registered.afterAll?.[0]?.();
    await expect(mux.api.GET("/system/v1/whoami")).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("rejects hooks that are missing or not functions, naming the one", () => {
    const { hooks } = recordingHooks();
    expect(() => useMuxMock({ ...hooks, afterEach: undefined } as unknown as MuxMockHooks)).toThrow(
      expect.objectContaining({ name: "InvalidArgumentError", message: expect.stringContaining("hooks.afterEach") }),
    );
    expect(() => useMuxMock(undefined as unknown as MuxMockHooks)).toThrow(InvalidArgumentError);
    expect(() => useMuxMock(hooks, { onUnhandledRequest: "ignore" as "warn" })).toThrow(/onUnhandledRequest must be/);
  });

  it("gives clients the mock's credentials and base URL, and lets options override them", async () => {
    const { hooks, registered } = recordingHooks();
    const { client } = useMuxMock(hooks, {
      baseURL: "http://127.0.0.1:9",
      tokens: [{ tokenId: "reader", tokenSecret: "reader-secret", permissions: ["system:read"] }],
    });
    await registered.beforeAll?.[0]?.();
    try {
      expect(client().baseURL).toBe("http://127.0.0.1:9");
      // DEFAULT_TOKEN is not among this mock's tokens: 401.
      expect((await client({ maxRetries: 0 }).api.GET("/system/v1/whoami")).response.status).toBe(401);
      const reader = client({ tokenId: "reader", tokenSecret: "reader-secret", maxRetries: 0 });
      expect((await reader.api.GET("/system/v1/whoami")).data?.data.permissions).toEqual(["system:read"]);
    } finally {
      await registered.afterAll?.[0]?.();
    }
  });
});
