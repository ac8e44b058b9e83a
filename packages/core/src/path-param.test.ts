import { createMuxClient, pathParam } from "@mux/core";
import { InvalidArgumentError } from "@mux/errors";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getKey, key } from "./test-support/ops.js";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  server.handle((req, res) => json(res, 200, { data: key(req.url) }));
});
afterAll(() => server.close());

const PREFIX = "/system/v1/signing-keys/";

describe("pathParam", () => {
  it("accepts ordinary ids and rejects empty, dot segments and non-strings", () => {
    expect(pathParam("id", "abc")).toBe("abc");
    expect(pathParam("id", "...")).toBe("...");
    for (const bad of ["", ".", "..", 1, null, undefined, {}]) {
      expect(() => pathParam("signingKeyId", bad)).toThrow(InvalidArgumentError);
    }
  });

  it("known tricky ids stay inside their segment", async () => {
    const client = createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0 });
    for (const id of ["../whoami", "a/b", "x?y#z", "%2e%2e", "%2F", "..%2f..", " ", "\\..\\", "é🎬", "a;b=c"]) {
      const got = await getKey(client, id);
      // The server echoes the raw request target it received.
      expect(got.id.startsWith(PREFIX)).toBe(true);
      const segment = got.id.slice(PREFIX.length);
      expect(segment).not.toMatch(/[/?#]/);
      expect(decodeURIComponent(segment)).toBe(id);
    }
  });

  it("property: no generated id leaves its path segment", async () => {
    const client = createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0, timeout: 5000 });
    const pieces = fc.constantFrom("/", "\\", ".", "..", "?", "#", "%", "%2e", "%2F", "&", "=", ";", " ", ":", "@", "~", "é", "😀");
    const id = fc
      .array(fc.oneof(pieces, fc.string({ unit: "grapheme", maxLength: 4 })), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.join(""))
      .filter((s) => s !== "" && s !== "." && s !== "..");
    await fc.assert(
      fc.asyncProperty(id, async (value) => {
        const got = await getKey(client, value);
        expect(got.id.startsWith(PREFIX)).toBe(true);
        const rest = got.id.slice(PREFIX.length);
        expect(rest).not.toMatch(/[/?#]/);
        expect(decodeURIComponent(rest)).toBe(value);
        // And the URL a WHATWG parser sees has exactly one more segment than the prefix.
        expect(new URL(got.id, "http://x").pathname.split("/")).toHaveLength(5);
      }),
      { numRuns: 300 },
    );
  });
});
