import type { SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { MuxMock, MuxMockOptions } from "../create-mux-mock.js";
import { useMuxMock } from "../node/use-mux-mock.js";
import { specValidator } from "./spec-validator.js";

/**
 * A mock behind msw for one test file ({@link useMuxMock}), where every answer the mock gives an
 * operation is checked against the spec's schema for that operation and status.
 */
export function useMock(options: MuxMockOptions = {}): { mock: MuxMock; server: SetupServer } {
  const { mock, server } = useMuxMock({ beforeAll, afterEach, afterAll }, options);
  const spec = specValidator();
  const problems: string[] = [];
  server.events.on("response:mocked", async ({ response }) => {
    const requestId = response.headers.get("x-request-id");
    const entry = mock.requests.find((r) => r.requestId === requestId);
    if (!entry || !response.headers.get("content-type")?.includes("application/json")) return;
    const errors = spec.errors(entry.operationId, response.status, await response.clone().json());
    if (errors && errors.length > 0) problems.push(`${entry.operationId} ${response.status}: ${errors.join("; ")}`);
  });
  afterEach(() => {
    const found = problems.splice(0);
    expect(found, "answers that break the spec's schemas").toEqual([]);
  });
  return { mock, server };
}
