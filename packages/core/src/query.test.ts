import { createMuxClient, listOperation } from "@mux/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeQuery } from "./query.js";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

describe("serializeQuery", () => {
  it("writes arrays with brackets, nested objects by key, and leaves out undefined and null", () => {
    expect(serializeQuery({ timeframe: ["7:days"], filters: ["country:US", "os:iOS"], limit: 5, a: undefined, b: null })).toBe(
      "timeframe%5B%5D=7%3Adays&filters%5B%5D=country%3AUS&filters%5B%5D=os%3AiOS&limit=5",
    );
    expect(serializeQuery({ meta: { external_id: "x y" }, flag: false })).toBe("meta%5Bexternal_id%5D=x%20y&flag=false");
    expect(serializeQuery({})).toBe("");
  });
});

describe("on the wire", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it("sends array query values as name[] and keeps them on every page", async () => {
    server.handle((req, res) => {
      const page = new URL(req.url, "http://x").searchParams.get("page");
      json(res, 200, { data: page ? [] : [{ id: 1 }] });
    });
    const client = createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0 });
    for await (const _ of listOperation(client, { method: "GET", path: "/data/v1/video-views" }, { pageSize: 1 }, undefined, {
      timeframe: ["24:hours"],
      filters: ["country:US"],
    })) {
      // walk every page
    }
    const queries = server.seen.map((s) => [...new URL(s.url, "http://x").searchParams.entries()]);
    expect(queries[0]).toEqual([
      ["timeframe[]", "24:hours"],
      ["filters[]", "country:US"],
    ]);
    expect(queries[1]).toEqual([
      ["timeframe[]", "24:hours"],
      ["filters[]", "country:US"],
      ["page", "2"],
    ]);
  });
});
