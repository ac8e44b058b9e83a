import { type ClientOptions, createMuxClient, type MuxClient } from "@mux/core";
import { createMuxMock, DEFAULT_TOKEN, type MuxMock, type MuxMockOptions } from "@mux/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

export interface FakeMux {
  mock: MuxMock;
  server: ReturnType<typeof setupServer>;
  /** A client with every permission, no retries. */
  client: MuxClient;
  clientWith(options: ClientOptions): MuxClient;
}

/** Registers an msw server over a fresh fake Mux for the current test file. */
export function useFakeMux(options?: MuxMockOptions): FakeMux {
  const mock = createMuxMock(options);
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  afterAll(() => server.close());
  const clientWith = (extra: ClientOptions) => createMuxClient({ ...DEFAULT_TOKEN, maxRetries: 0, ...extra });
  return { mock, server, client: clientWith({}), clientWith };
}
