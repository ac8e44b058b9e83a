import { type ClientOptions, createMuxClient, type MuxClient } from "@mux/core";
import { InvalidArgumentError } from "@mux/errors";
import { type SetupServer, setupServer } from "msw/node";
import { createMuxMock, type MuxMock, type MuxMockOptions } from "../create-mux-mock.js";
import { checkMockOptions } from "../mock-options.js";
import { DEFAULT_TOKEN } from "../tokens.js";

/**
 * The hooks of your test runner that {@link useMuxMock} registers with: vitest's and jest's
 * `beforeAll`, `afterEach` and `afterAll`. With node:test, pass
 * `{ beforeAll: before, afterEach, afterAll: after }`.
 */
export interface MuxMockHooks {
  /** Runs once before the file's tests. */
  beforeAll(run: () => unknown): unknown;
  /** Runs after each test. */
  afterEach(run: () => unknown): unknown;
  /** Runs once after the file's tests. */
  afterAll(run: () => unknown): unknown;
}

/** Options of {@link useMuxMock}: the mock's own, and what msw does with a request no handler answers. */
export interface UseMuxMockOptions extends MuxMockOptions {
  /**
   * A request to anything but the mock: `"error"` (default) fails it and the test with it,
   * `"warn"` lets it through with a warning, `"bypass"` lets it through silently.
   */
  onUnhandledRequest?: "error" | "warn" | "bypass" | undefined;
}

/** What {@link useMuxMock} gives a test file. */
export interface MuxMockSetup {
  /** The fake Mux: its stores, faults, clock and request log. Emptied after each test. */
  readonly mock: MuxMock;
  /** The msw server the mock's handlers run on, for `server.use(...)`; its extra handlers go after each test. */
  readonly server: SetupServer;
  /**
   * A client for this mock: `DEFAULT_TOKEN`'s credentials and the mock's base URL, with `options`
   * on top (other credentials, `maxRetries`, `timeout`...).
   */
  client(options?: ClientOptions): MuxClient;
}

const HOOKS = ["beforeAll", "afterEach", "afterAll"] as const;
const UNHANDLED = ["error", "warn", "bypass"];

/**
 * A fake Mux behind msw for one test file: starts an msw server over a new mock before the
 * file's tests, empties the mock and drops the handlers a test added after each test, and closes
 * the server after the file. Call it at the top of the file, outside any test.
 *
 * @example
 * import { useMuxMock } from "@mux/testing/node";
 * import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
 *
 * const { mock, client } = useMuxMock({ beforeAll, afterEach, afterAll });
 *
 * test("creates a key", async () => {
 *   const key = await createSigningKey(client());
 *   expect(mock.signingKeys.get(key.id)).toBeDefined();
 * });
 */
export function useMuxMock(hooks: MuxMockHooks, options?: UseMuxMockOptions): MuxMockSetup {
  for (const name of HOOKS) {
    if (typeof (hooks as unknown as Record<string, unknown> | null | undefined)?.[name] !== "function") {
      throw new InvalidArgumentError(
        "hooks",
        `hooks.${name} must be your test runner's ${name} (vitest and jest have them; with node:test pass { beforeAll: before, afterEach, afterAll: after }).`,
      );
    }
  }
  const { onUnhandledRequest = "error", ...mockOptions } = checkMockOptions(options) as UseMuxMockOptions;
  if (!UNHANDLED.includes(onUnhandledRequest)) {
    throw new InvalidArgumentError("onUnhandledRequest", 'onUnhandledRequest must be "error", "warn" or "bypass".');
  }
  const mock = createMuxMock(mockOptions);
  const server = setupServer(...mock.handlers);
  hooks.beforeAll(() => server.listen({ onUnhandledRequest }));
  hooks.afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  hooks.afterAll(() => server.close());
  return {
    mock,
    server,
    client: (clientOptions) => createMuxClient({ ...DEFAULT_TOKEN, baseURL: mock.baseURL, ...clientOptions }),
  };
}
