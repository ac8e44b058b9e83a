import { APIConnectionError } from "@mux/errors";
import { useMuxMock } from "@mux/testing/node";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

// Registered with vitest's own hooks, as a user's test file does.
const { mock, server, client } = useMuxMock({ beforeAll, afterEach, afterAll }, { identity: { environment_name: "Test" } });

describe("useMuxMock with vitest's hooks", () => {
  it("answers the client it makes, over msw, as the mock", async () => {
    const mux = client({ maxRetries: 0 });
    const created = await mux.api.POST("/system/v1/signing-keys");
    expect(created.response.status).toBe(201);
    expect(mock.signingKeys.get(created.data?.data.id ?? "")).toBeDefined();
    const whoami = await mux.api.GET("/system/v1/whoami");
    expect(whoami.data?.data.environment_name).toBe("Test");
    server.use(http.get(`${mock.baseURL}/system/v1/whoami`, () => HttpResponse.json({ error: { type: "x", messages: ["down"] } }, { status: 503 })));
    expect((await mux.api.GET("/system/v1/whoami")).response.status).toBe(503);
  });

  it("starts the next test with an empty mock and without the handlers a test added", async () => {
    expect(mock.signingKeys.size).toBe(0);
    expect(mock.requests).toEqual([]);
    expect((await client().api.GET("/system/v1/whoami")).response.status).toBe(200);
  });

  it("fails a request no handler answers, saying that msw refused it", async () => {
    const elsewhere = client({ baseURL: "https://elsewhere.mux.test", maxRetries: 0 });
    const failure = await elsewhere.api.GET("/system/v1/whoami").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(APIConnectionError);
    expect(String((failure as Error).message)).toMatch(/msw/i);
  });
});
