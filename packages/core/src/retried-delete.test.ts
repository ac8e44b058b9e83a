// A DELETE whose first answer is lost but whose effect happened: the retry finds nothing.
import { createMuxClient } from "@mux/core";
import { InternalServerError, NotFoundError } from "@mux/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteKey, getKey } from "./test-support/ops.js";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const notFound = { error: { type: "not_found", messages: ["The requested resource either doesn't exist or you don't have access to it."] } };

/** A store of one key whose first DELETE removes the key and then answers 500, like a lost answer. */
function deletesThenFails() {
  const keys = new Set(["k1"]);
  let deletes = 0;
  server.handle((req, res) => {
    const id = decodeURIComponent(req.url.split("/").pop() ?? "");
    if (req.method === "DELETE") {
      deletes += 1;
      const existed = keys.delete(id);
      if (deletes === 1) return json(res, 500, { error: { type: "internal", messages: ["Lost answer."] } });
      return existed ? res.writeHead(204).end() : json(res, 404, notFound);
    }
    return keys.has(id) ? json(res, 200, { data: { id, created_at: "1" } }) : json(res, 404, notFound);
  });
  return { keys, deletes: () => deletes };
}

const client = (maxRetries: number) =>
  createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries, logLevel: "off", timeout: 5_000 });

describe("a retried DELETE that finds nothing", () => {
  it("succeeds: the earlier attempt deleted the resource", async () => {
    const store = deletesThenFails();
    await expect(deleteKey(client(2), "k1")).resolves.toBeUndefined();
    expect(store.deletes()).toBe(2);
    expect(store.keys.has("k1")).toBe(false);
  });

  it("logs why at info level", async () => {
    deletesThenFails();
    const lines: string[] = [];
    const logger = { error() {}, warn() {}, info: (m: string) => lines.push(m), debug() {} };
    const c = createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 2, logLevel: "info", logger });
    await deleteKey(c, "k1");
    expect(lines.some((l) => l.includes("already deleted"))).toBe(true);
  });

  it("still throws NotFoundError when the first attempt finds nothing", async () => {
    server.handle((_req, res) => json(res, 404, notFound));
    await expect(deleteKey(client(2), "missing")).rejects.toBeInstanceOf(NotFoundError);
    expect(server.seen).toHaveLength(1);
  });

  it("still throws the 500 when retries are off", async () => {
    const store = deletesThenFails();
    await expect(deleteKey(client(0), "k1")).rejects.toBeInstanceOf(InternalServerError);
    expect(store.deletes()).toBe(1);
  });

  it("applies to DELETE only: a retried GET that finds nothing is a NotFoundError", async () => {
    let gets = 0;
    server.handle((_req, res) => {
      gets += 1;
      return gets === 1 ? json(res, 503, { error: { type: "unavailable", messages: ["Try again."] } }) : json(res, 404, notFound);
    });
    await expect(getKey(client(2), "k1")).rejects.toBeInstanceOf(NotFoundError);
    expect(gets).toBe(2);
  });
});
