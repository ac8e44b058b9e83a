// A request msw refuses (no handler, onUnhandledRequest "error") is a mistake in the test setup,
// not a network blip: it must fail at once with a message that says so, never be retried.
import { format } from "node:util";
import { createMuxClient } from "@mux/core";
import { APIConnectionError } from "@mux/errors";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createKey, getKey } from "./test-support/ops.js";
import { TOKEN } from "./test-support/server.js";

const server = setupServer();
const unhandled: string[] = [];
server.events.on("request:unhandled", ({ request }) => {
  unhandled.push(`${request.method} ${request.url}`);
});
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

/** Runs `body` with msw's expected console report captured instead of printed. */
async function capturingConsoleError<T>(body: () => Promise<T>): Promise<{ result: T; printed: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    lines.push(format(...args));
  });
  try {
    return { result: await body(), printed: lines.join("\n") };
  } finally {
    spy.mockRestore();
  }
}

it.each([
  ["GET", (c: ReturnType<typeof createMuxClient>) => getKey(c, "k1"), "https://api.mux.com/system/v1/signing-keys/k1"],
  ["POST", (c: ReturnType<typeof createMuxClient>) => createKey(c), "https://api.mux.com/system/v1/signing-keys"],
])("a %s msw refuses is not retried and says what happened", async (method, call, url) => {
  unhandled.length = 0;
  const client = createMuxClient({ ...TOKEN, baseURL: "https://api.mux.com", maxRetries: 2, logLevel: "off" });
  const { result: err, printed } = await capturingConsoleError(() => call(client).catch((e: unknown) => e));
  expect(err).toBeInstanceOf(APIConnectionError);
  expect(unhandled).toEqual([`${method} ${url}`]);
  const message = (err as Error).message;
  expect(message).toContain(`msw refused ${method} ${url}`);
  expect(message).toContain("no handler matched");
  expect(message).toContain("not retried");
  expect(message).toContain("MUX_BASE_URL");
  // msw's own report was printed once, for the one attempt.
  expect(printed.match(/intercepted a request without a matching request handler/g)).toHaveLength(1);
});
