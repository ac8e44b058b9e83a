// How callOperation and listOperation put a query on the wire: Mux's array syntax (`name[]=`), as
// the official SDK sends it.
import { callOperation, createMuxClient, listOperation, pathOf, queryOf, readData } from "@mux/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const client = () => createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0, logLevel: "off" });
const METRIC = { method: "GET", path: "/data/v1/metrics/{METRIC_ID}/overall" } as const;

function pairs(): [string, string][] {
  return [...new URL(server.seen[0]?.url ?? "/", "http://x").searchParams];
}

describe("query serialisation", () => {
  it("sends arrays as name[]=value, once per item, and everything else as name=value", async () => {
    server.handle((_req, res) => json(res, 200, { data: {} }));
    await callOperation(client(), METRIC, readData, {
      path: pathOf({ METRIC_ID: "views" }),
      query: queryOf({ filters: ["country:US", "browser:Chrome"], timeframe: ["1700000000", "1700086400"], measurement: "avg", limit: 5, skip: undefined }),
    });
    expect(pairs()).toEqual([
      ["filters[]", "country:US"],
      ["filters[]", "browser:Chrome"],
      ["timeframe[]", "1700000000"],
      ["timeframe[]", "1700086400"],
      ["measurement", "avg"],
      ["limit", "5"],
    ]);
  });

  it("leaves empty arrays out", async () => {
    server.handle((_req, res) => json(res, 200, { data: {} }));
    await callOperation(client(), METRIC, readData, { path: pathOf({ METRIC_ID: "views" }), query: queryOf({ filters: ["a:b"], timeframe: [] }) });
    expect(pairs()).toEqual([["filters[]", "a:b"]]);
  });

  it("does the same on every page of a list", async () => {
    server.handle((_req, res) => json(res, 200, { data: [{ id: "1" }] }));
    const page = await listOperation(client(), { method: "GET", path: "/data/v1/video-views" }, { pageSize: 1 }, undefined, {
      filters: ["country:US"],
      limit: 1,
    });
    await page.getNextPage();
    expect(server.seen.map((seen) => [...new URL(seen.url, "http://x").searchParams])).toEqual([
      [
        ["filters[]", "country:US"],
        ["limit", "1"],
      ],
      [
        ["filters[]", "country:US"],
        ["limit", "1"],
        ["page", "2"],
      ],
    ]);
  });
});
