import {
  bodyOf,
  callOperation,
  createMuxClient,
  listOperation,
  onOrigin,
  pathOf,
  queryOf,
  readBody,
  readData,
  readNothing,
  readResponse,
  readText,
} from "@mux/core";
import { InvalidArgumentError, InvalidResponseError, NotFoundError } from "@mux/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, startServer, type TestServer, TOKEN } from "./test-support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const client = () => createMuxClient({ ...TOKEN, baseURL: server.url, maxRetries: 0 });
const urls = () => server.seen.map((s) => s.url);

describe("callOperation", () => {
  it("fills and encodes path values, sends the query and the JSON body, and unwraps data", async () => {
    server.handle((_req, res) => json(res, 201, { data: { id: "pb-1", policy: "signed" } }));
    const result = await callOperation<{ id: string }>(
      client(),
      { method: "POST", path: "/video/v1/assets/{ASSET_ID}/playback-ids" },
      readData,
      { path: pathOf({ ASSET_ID: "a/b c" }), body: bodyOf({ policy: "signed" }) },
    );
    expect(result).toEqual({ id: "pb-1", policy: "signed" });
    expect(server.seen[0]).toMatchObject({ method: "POST", url: "/video/v1/assets/a%2Fb%20c/playback-ids", body: '{"policy":"signed"}' });
  });

  it("takes path values in the order of the path's placeholders, checked under their argument names", async () => {
    server.handle((_req, res) => json(res, 200, { data: { id: "t" } }));
    const op = { method: "GET", path: "/video/v1/assets/{ASSET_ID}/tracks/{TRACK_ID}" } as const;
    expect(await callOperation(client(), op, readData, { path: pathOf(["a/b", "t 1"]) })).toEqual({ id: "t" });
    expect(server.seen[0]?.url).toBe("/video/v1/assets/a%2Fb/tracks/t%201");
    await expect(callOperation(client(), op, readData, { path: pathOf(["a", ""]) })).rejects.toMatchObject({ argument: "trackId" });
    await expect(callOperation(client(), op, readData, { path: pathOf(["a"]) })).rejects.toMatchObject({ argument: "trackId" });
    expect(server.seen).toHaveLength(1);
  });

  it("resolves the whole body, nothing, text or the Response as the operation says", async () => {
    server.handle((req, res) => {
      if (req.url.startsWith("/body")) return json(res, 200, { data: [1], total_row_count: 1 });
      if (req.url.startsWith("/none")) return json(res, 200, { data: {} });
      if (req.url.startsWith("/gone")) {
        res.statusCode = 204;
        return res.end();
      }
      res.writeHead(200, { "content-type": req.url.startsWith("/text") ? "text/vtt" : "image/png" });
      res.end(req.url.startsWith("/text") ? "WEBVTT\n" : Buffer.from([1, 2, 3]));
    });
    const c = client();
    expect(await callOperation(c, { method: "GET", path: "/body" }, readBody, {})).toEqual({ data: [1], total_row_count: 1 });
    expect(await callOperation(c, { method: "PUT", path: "/none" }, readNothing, {})).toBeUndefined();
    expect(await callOperation(c, { method: "DELETE", path: "/gone" }, readNothing, {})).toBeUndefined();
    expect(await callOperation(c, { method: "GET", path: "/text" }, readText, {})).toBe("WEBVTT\n");
    const response = await callOperation<Response>(c, { method: "GET", path: "/image" }, readResponse, {});
    expect(response).toBeInstanceOf(Response);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it("leaves undefined query values out and rejects a query or body that is not an object, before sending", async () => {
    server.handle((_req, res) => json(res, 200, { data: {} }));
    await callOperation(client(), { method: "GET", path: "/q" }, readData, { query: queryOf({ a: 1, b: undefined, c: ["x", "y"] }) });
    expect(urls()).toEqual(["/q?a=1&c%5B%5D=x&c%5B%5D=y"]);
    server.handle((_req, res) => json(res, 200, { data: {} }));
    await expect(callOperation(client(), { method: "GET", path: "/q" }, readData, { query: queryOf("a=1") })).rejects.toMatchObject({ argument: "query" });
    await expect(callOperation(client(), { method: "POST", path: "/q" }, readData, { body: bodyOf([1]) })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(
      callOperation(client(), { method: "GET", path: "/x/{ASSET_ID}" }, readData, { path: pathOf({ ASSET_ID: ".." }) }),
    ).rejects.toMatchObject({ argument: "assetId" });
    expect(urls()).toEqual([]);
  });

  it("rejects a missing or foreign client with InvalidArgumentError, in calls and in lists", async () => {
    for (const notAClient of [undefined, null, {}, "client"]) {
      await expect(callOperation(notAClient as never, { method: "GET", path: "/q" }, readData, {})).rejects.toMatchObject({
        name: "InvalidArgumentError",
        argument: "client",
        message: "client must be created with createMuxClient().",
      });
      await expect(listOperation(notAClient as never, { method: "GET", path: "/q" }, {}, undefined, undefined)).rejects.toMatchObject({
        argument: "client",
      });
    }
    expect(urls()).toEqual([]);
  });

  it("maps an error answer to its class and a missing data field to InvalidResponseError", async () => {
    server.handle((req, res) =>
      req.url === "/missing" ? json(res, 404, { error: { type: "not_found", messages: ["no"] } }) : json(res, 200, { nodata: 1 }),
    );
    await expect(callOperation(client(), { method: "GET", path: "/missing" }, readData, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(callOperation(client(), { method: "GET", path: "/odd" }, readData, {})).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("sends an operation with its own origin to the client's base URL when that is not Mux's, with credentials", async () => {
    server.handle((_req, res) => json(res, 200, { data: {} }));
    await callOperation(client(), { method: "GET", path: "/{PLAYBACK_ID}/storyboard.json", origin: onOrigin("https://image.mux.com") }, readBody, {
      path: pathOf({ PLAYBACK_ID: "pb" }),
    });
    expect(server.seen[0]?.url).toBe("/pb/storyboard.json");
  });

  it("sends an operation with its own origin there without the API credentials when the client uses Mux's origin", async () => {
    const seen: Request[] = [];
    const mux = createMuxClient({
      ...TOKEN,
      maxRetries: 0,
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        seen.push(new Request(input, init));
        return new Response("WEBVTT\n", { status: 200, headers: { "content-type": "text/vtt" } });
      },
    });
    await callOperation(mux, { method: "GET", path: "/{PLAYBACK_ID}/storyboard.vtt", origin: onOrigin("https://image.mux.com") }, readText, {
      path: pathOf({ PLAYBACK_ID: "pb" }),
    });
    expect(seen[0]?.url).toBe("https://image.mux.com/pb/storyboard.vtt");
    expect(seen[0]?.headers.get("authorization")).toBeNull();
  });
});

describe("listOperation", () => {
  const items = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: `i-${from + i}` }));

  it("reads on while a page is as long as the operation's own default page size", async () => {
    server.handle((req, res) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page") ?? "1");
      json(res, 200, { data: page === 1 ? items(0, 10) : items(10, 4) });
    });
    const ids: string[] = [];
    for await (const item of listOperation<{ id: string }>(client(), { method: "GET", path: "/v" }, { pageSize: 10 }, undefined, undefined)) {
      ids.push(item.id);
    }
    expect(ids).toHaveLength(14);
    expect(urls()).toEqual(["/v", "/v?page=2"]);
  });

  it("follows next_cursor on cursor lists, keeps the answer's other fields on the page, and stops without a cursor", async () => {
    server.handle((req, res) => {
      const cursor = new URL(req.url, "http://x").searchParams.get("cursor");
      json(res, 200, cursor ? { data: items(2, 1), next_cursor: null } : { data: items(0, 2), next_cursor: "c2" });
    });
    const first = await listOperation<{ id: string }>(client(), { method: "GET", path: "/assets" }, { pageSize: 25, cursor: true }, undefined, { limit: 2 });
    expect(first.next_cursor).toBe("c2");
    expect(first.hasNextPage()).toBe(true);
    const ids: string[] = [];
    for await (const page of first.iterPages()) ids.push(...page.data.map((i) => i.id));
    expect(ids).toEqual(["i-0", "i-1", "i-2"]);
    expect(urls()).toEqual(["/assets?limit=2", "/assets?limit=2&cursor=c2"]);
  });

  it("reads until an empty page when the spec states no page size", async () => {
    server.handle((req, res) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page") ?? "1");
      json(res, 200, { data: page < 3 ? items(page, 1) : [] });
    });
    let count = 0;
    for await (const _ of listOperation(client(), { method: "GET", path: "/d/{ID}/runs" }, {}, pathOf({ ID: "d1" }), null)) count++;
    expect(count).toBe(2);
    expect(urls()).toEqual(["/d/d1/runs", "/d/d1/runs?page=2", "/d/d1/runs?page=3"]);
  });

  it("never lets an answer's fields replace the page's methods", async () => {
    server.handle((_req, res) => json(res, 200, { data: items(0, 1), hasNextPage: true, getNextPage: 1 }));
    const page = await listOperation(client(), { method: "GET", path: "/odd" }, { pageSize: 25 }, undefined, undefined);
    expect(page.hasNextPage()).toBe(false);
  });
});
