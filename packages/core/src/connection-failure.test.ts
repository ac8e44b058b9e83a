// What an APIConnectionError says when the request never got an answer: the request (without
// secrets) and the system error code, over real sockets.
import { createServer } from "node:net";
import { createMuxClient } from "@mux/core";
import { APIConnectionError } from "@mux/errors";
import { expect, it } from "vitest";
import { errorCode } from "./connection-failure.js";
import { getKey, listKeys } from "./test-support/ops.js";
import { TOKEN } from "./test-support/server.js";

async function closedPort(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

it("a refused connection names the request and ECONNREFUSED, without the query string", async () => {
  const baseURL = await closedPort();
  const client = createMuxClient({ ...TOKEN, baseURL, maxRetries: 1, logLevel: "off" });
  const err = (await listKeys(client, { limit: 5, page: 2 }).catch((e: unknown) => e)) as APIConnectionError;
  expect(err).toBeInstanceOf(APIConnectionError);
  expect(err.message).toContain(`Could not reach GET ${baseURL}/system/v1/signing-keys (2 attempts): connection refused (ECONNREFUSED).`);
  expect(err.message).toContain("MUX_BASE_URL");
  expect(err.message).not.toContain("limit=");
  expect(err.message).not.toContain(TOKEN.tokenSecret);
  expect(errorCode(err.cause)).toBe("ECONNREFUSED");
});

it("a host that does not resolve names the DNS failure", async () => {
  // `.invalid` never resolves (RFC 2606); a resolver that cannot be reached says EAI_AGAIN instead.
  const client = createMuxClient({ ...TOKEN, baseURL: "http://mux-api.invalid", maxRetries: 0, logLevel: "off" });
  const err = (await getKey(client, "k1").catch((e: unknown) => e)) as APIConnectionError;
  expect(err).toBeInstanceOf(APIConnectionError);
  expect(err.message).toContain("Could not reach GET http://mux-api.invalid/system/v1/signing-keys/k1: ");
  expect(err.message).toMatch(/DNS lookup failed.*\((ENOTFOUND|EAI_AGAIN)\)/);
});

it("reads codes from nested causes and AggregateError members", () => {
  const nested = new TypeError("fetch failed", { cause: new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]) });
  expect(errorCode(nested)).toBe("ECONNREFUSED");
  expect(errorCode(new Error("no code"))).toBeUndefined();
  expect(errorCode(Object.assign(new Error("odd"), { code: "not a code; secret=1" }))).toBeUndefined();
});
