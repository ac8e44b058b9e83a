import { createMuxMock, type MuxMock, type MuxMockOptions } from "../create-mux-mock.js";
import { setupServer, type SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { specValidator } from "./spec-validator.js";

/**
 * A mock behind msw for one test file, reset after each test, where every answer the mock gives
 * an operation is checked against the spec's schema for that operation and status.
 */
export function useMock(options: MuxMockOptions = {}): { mock: MuxMock; server: SetupServer } {
  const mock = createMuxMock(options);
  const server = setupServer(...mock.handlers);
  const spec = specValidator();
  const problems: string[] = [];
  server.events.on("response:mocked", async ({ response }) => {
    const requestId = response.headers.get("x-request-id");
    const entry = mock.requests.find((r) => r.requestId === requestId);
    if (!entry || !response.headers.get("content-type")?.includes("application/json")) return;
    const errors = spec.errors(entry.operationId, response.status, await response.clone().json());
    if (errors && errors.length > 0) problems.push(`${entry.operationId} ${response.status}: ${errors.join("; ")}`);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
    const found = problems.splice(0);
    expect(found, "answers that break the spec's schemas").toEqual([]);
  });
  afterAll(() => server.close());
  return { mock, server };
}
