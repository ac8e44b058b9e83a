// Regressions found by the reliability suite (reliability/src/secrets.test.ts, hostile-input.test.ts).
import { createMuxClient } from "@mux/core";
import { InvalidArgumentError } from "@mux/errors";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getKey } from "./test-support/ops.js";
import { json, startServer, type TestServer } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const SECRET = "s3cr3t-bearer-token-value";

function everything(error: unknown): string {
  return `${String(error)}\n${JSON.stringify(error)}\n${inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })}`;
}

describe("credentials that cannot go into a header", () => {
  it.each([
    ["a newline inside", `${SECRET.slice(0, 5)}\n${SECRET.slice(5)}`],
    ["a NUL inside", `${SECRET.slice(0, 5)}\u0000${SECRET.slice(5)}`],
    ["a non-Latin-1 character", `${SECRET}€`],
  ])("a bearer token with %s is an InvalidArgumentError that does not repeat it", (_name, token) => {
    let caught: unknown;
    try {
      createMuxClient({ authorizationToken: token, baseURL: server.url });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    expect((caught as InvalidArgumentError).argument).toBe("authorizationToken");
    expect(everything(caught)).not.toContain(SECRET.slice(5));
  });

  it("a default header value that cannot be sent is rejected up front without repeating it", () => {
    expect(() => createMuxClient({ tokenId: "a", tokenSecret: "b", defaultHeaders: { "x-api-key": `${SECRET}\nx` } })).toThrow(
      InvalidArgumentError,
    );
    try {
      createMuxClient({ tokenId: "a", tokenSecret: "b", defaultHeaders: { "x-api-key": `${SECRET}\nx` } });
    } catch (error) {
      expect(everything(error)).not.toContain(SECRET);
    }
  });

  it("a per-request header value that cannot be sent rejects without repeating it (it used to echo it)", async () => {
    server.handle((_req, res) => json(res, 200, { data: { id: "k1" } }));
    const client = createMuxClient({ tokenId: "a", tokenSecret: "b", baseURL: server.url, maxRetries: 0, logLevel: "off" });
    const error = await getKey(client, "k1", { headers: { "x-secret": `${SECRET}\r\nx` } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(everything(error)).not.toContain(SECRET);
    expect(server.seen).toHaveLength(0);
  });
});

describe("stray whitespace around credentials given as options", () => {
  it("is trimmed, like the environment's (a pasted trailing newline used to cause a 401)", async () => {
    server.handle((req, res) => json(res, 200, { data: { id: "k1", auth: req.headers.authorization } }));
    const client = createMuxClient({ tokenId: " id \n", tokenSecret: "\tsecret\n", baseURL: server.url, maxRetries: 0 });
    await getKey(client, "k1");
    expect(server.seen[0]?.headers.authorization).toBe(`Basic ${btoa("id:secret")}`);
  });

  it("a whitespace-only option counts as unset", () => {
    expect(() => createMuxClient({ tokenId: "  ", tokenSecret: "\n", authorizationToken: null, baseURL: server.url })).toThrow(
      /No Mux API credentials|token/,
    );
  });
});
