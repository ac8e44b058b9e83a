// The item iterator of a PagePromise (`for await (const item of listSomething(...))`) is hand-written
// for speed; these pin down the generator-like behaviour it has to keep.
import { createMuxClient } from "@mux/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listKeys } from "./test-support/ops.js";
import { json, serveKeys, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const client = () => createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0, logLevel: "off" });


describe("iterating the items of a list", () => {
  it("a break stops it: no request for the following pages, and next() is done afterwards", async () => {
    serveKeys(server, 10);
    const promise = listKeys(client(), { limit: 3 });
    const ids: string[] = [];
    for await (const item of promise) {
      ids.push(item.id);
      if (ids.length === 4) break;
    }
    expect(ids).toEqual(["key-0", "key-1", "key-2", "key-3"]);
    expect(server.seen).toHaveLength(2);
    const iterator = promise[Symbol.asyncIterator]();
    expect(await iterator.return?.()).toEqual({ done: true, value: undefined });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(server.seen).toHaveLength(2);
  });

  it("next() calls made without waiting come back in order, across pages", async () => {
    serveKeys(server, 5);
    const iterator = listKeys(client(), { limit: 2 })[Symbol.asyncIterator]();
    const results = await Promise.all(Array.from({ length: 7 }, () => iterator.next()));
    expect(results.map((r) => (r.done ? "done" : r.value.id))).toEqual(["key-0", "key-1", "key-2", "key-3", "key-4", "done", "done"]);
    expect(server.seen).toHaveLength(3);
  });

  it("after an error the iterator is done", async () => {
    server.handle((_req, res) => json(res, 500, { error: { type: "boom", messages: ["No"] } }));
    const iterator = listKeys(client())[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toMatchObject({ status: 500 });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });
});
