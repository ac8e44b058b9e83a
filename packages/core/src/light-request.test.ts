import { bodyOf, callOperation, createMuxClient, pathOf, readData } from "@mux/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getKey, key } from "./test-support/ops.js";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

// Records what the global fetch is called with, then sends it for real.
const realFetch = globalThis.fetch;
let inputs: unknown[] = [];
beforeAll(() => {
  globalThis.fetch = (input, init) => {
    inputs.push(input);
    return realFetch(input, init);
  };
});
afterAll(() => {
  globalThis.fetch = realFetch;
});
afterEach(() => {
  inputs = [];
});

const PUT = { method: "PUT", path: "/video/v1/uploads/{UPLOAD_ID}/cancel" } as const;

describe("requests built without a Request copy", () => {
  it("an operation goes to the global fetch as a URL and init, with its headers and body", async () => {
    server.handle((_req, res) => json(res, 200, { data: { id: "u" } }));
    const client = createMuxClient({ ...TOKEN, baseURL: server.url, logLevel: "off" });
    await expect(callOperation(client, PUT, readData, { path: pathOf(["u"]), body: bodyOf({ note: "hi" }) })).resolves.toEqual({ id: "u" });
    expect(inputs).toEqual([`${server.url}/video/v1/uploads/u/cancel`]);
    const [seen] = server.seen;
    expect(seen?.method).toBe("PUT");
    expect(seen?.body).toBe('{"note":"hi"}');
    expect(seen?.headers["content-type"]).toBe("application/json");
    expect(seen?.headers.authorization).toMatch(/^Basic /);
  });

  it("every retry of an idempotent request carries the same body", async () => {
    let n = 0;
    server.handle((_req, res) => (++n < 3 ? json(res, 503, {}, { "retry-after-ms": "0" }) : json(res, 200, { data: { id: "u" } })));
    const client = createMuxClient({ ...TOKEN, baseURL: server.url, logLevel: "off" });
    await expect(callOperation(client, PUT, readData, { path: pathOf(["u"]), body: bodyOf({ note: "again" }) })).resolves.toEqual({ id: "u" });
    expect(server.seen.map((s) => s.body)).toEqual(Array(3).fill('{"note":"again"}'));
  });

  it("a fetch of the user's own is called as fetch(url, init), like the global one", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    const got: Array<[unknown, RequestInit | undefined]> = [];
    const client = createMuxClient({
      ...TOKEN,
      baseURL: server.url,
      fetch: (input, init) => {
        got.push([input, init]);
        return realFetch(input, init);
      },
    });
    await expect(getKey(client, "k")).resolves.toEqual(key("k"));
    expect(got).toHaveLength(1);
    expect(got[0]?.[0]).toBe(`${server.url}/system/v1/signing-keys/k`);
    expect(new Headers(got[0]?.[1]?.headers).get("authorization")).toMatch(/^Basic /);
    expect(got[0]?.[1]?.signal).toBeInstanceOf(AbortSignal);
  });

  it("once middleware is registered on client.api, it is given real Requests", async () => {
    server.handle((_req, res) => json(res, 200, { data: key("k") }));
    const client = createMuxClient({ ...TOKEN, baseURL: server.url, logLevel: "off" });
    const given: unknown[] = [];
    client.api.use({
      onRequest: ({ request }) => {
        given.push(request);
        const copy = request.clone();
        copy.headers.set("x-traced", "yes");
        return copy;
      },
    });
    await expect(getKey(client, "k")).resolves.toEqual(key("k"));
    expect(given[0]).toBeInstanceOf(Request);
    expect(server.seen[0]?.headers["x-traced"]).toBe("yes");
  });
});
