import { createMuxClient, type Page } from "@mux/core";
import { InvalidArgumentError, MuxError } from "@mux/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listKeys } from "./test-support/ops.js";
import { json, serveKeys, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const client = () => createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0 });


const queries = () => server.seen.map((s) => new URL(s.url, "http://x").search);

describe("paginate", () => {
  it("awaiting gives the first page; no page/limit sent by default", async () => {
    serveKeys(server, 30);
    const page = await listKeys(client());
    expect(page.data).toHaveLength(25);
    expect(page.hasNextPage()).toBe(true);
    expect(queries()).toEqual([""]);
    const second = await page.getNextPage();
    expect(second.data.map((k) => k.id)).toEqual(["key-25", "key-26", "key-27", "key-28", "key-29"]);
    expect(second.hasNextPage()).toBe(false);
    expect(queries()).toEqual(["", "?page=2"]);
    await expect(second.getNextPage()).rejects.toBeInstanceOf(MuxError);
  });

  it("for await yields every item across pages and stops after a short page", async () => {
    serveKeys(server, 7);
    const ids: string[] = [];
    for await (const item of listKeys(client(), { limit: 3 })) ids.push(item.id);
    expect(ids).toEqual(Array.from({ length: 7 }, (_, i) => `key-${i}`));
    expect(queries()).toEqual(["?limit=3", "?limit=3&page=2", "?limit=3&page=3"]);
  });

  it("stops on an empty page", async () => {
    serveKeys(server, 6);
    const ids: string[] = [];
    for await (const item of listKeys(client(), { limit: 3 })) ids.push(item.id);
    expect(ids).toHaveLength(6);
    expect(queries()).toEqual(["?limit=3", "?limit=3&page=2", "?limit=3&page=3"]);
  });

  it("an empty first page makes one request", async () => {
    serveKeys(server, 0);
    const items: unknown[] = [];
    for await (const item of listKeys(client())) items.push(item);
    expect(items).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it("starts from a given page and iterates pages", async () => {
    serveKeys(server, 10);
    const first = await listKeys(client(), { page: 2, limit: 4 });
    const pages: Page<{ id: string }>[] = [];
    for await (const page of first.iterPages()) pages.push(page);
    expect(pages.map((p) => p.data.length)).toEqual([4, 2]);
    expect(queries()).toEqual(["?page=2&limit=4", "?page=3&limit=4"]);
  });

  it("withResponse works on a page promise", async () => {
    serveKeys(server, 1);
    const { data, response } = await listKeys(client()).withResponse();
    expect(data.data).toHaveLength(1);
    expect(response.status).toBe(200);
  });

  it.each([
    [{ page: 0 }, "page"],
    [{ page: 1.5 }, "page"],
    [{ limit: -1 }, "limit"],
    [{ limit: Number.NaN }, "limit"],
    [{ limit: "10" as unknown as number }, "limit"],
  ])("rejects %j without sending", async (query, argument) => {
    serveKeys(server, 1);
    const err = await listKeys(client(), query).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as InvalidArgumentError).argument).toBe(argument);
    expect(server.seen).toHaveLength(0);
  });

  it("a list body without a data array is an InvalidResponseError", async () => {
    server.handle((_req, res) => json(res, 200, { data: "nope" }));
    await expect(listKeys(client())).rejects.toMatchObject({ name: "InvalidResponseError", status: 200 });
  });

  it("errors while iterating reject the loop", async () => {
    server.handle((_req, res) => json(res, 403, { error: { type: "forbidden", messages: ["No"] } }));
    const run = async () => {
      for await (const _ of listKeys(client())) {
        // never reached
      }
    };
    await expect(run()).rejects.toMatchObject({ status: 403, message: "403 forbidden: No." });
  });
});
