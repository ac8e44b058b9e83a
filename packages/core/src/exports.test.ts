import * as core from "@mux/core";
import { type OperationId as IndexedOperationId, operationIndex } from "@mux/core/operations";
import {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY,
  DEFAULT_PAGE_LIMIT,
  DEFAULT_TIMEOUT,
  callApi,
  createMuxClient,
  paginate,
  pathParam,
  poll,
  unwrapData,
  wait,
} from "@mux/core";
import type {
  APIPromise,
  ClientOptions,
  components,
  Logger,
  LogLevel,
  MuxClient,
  OperationId,
  operations,
  Page,
  PageParams,
  PagePromise,
  PageSend,
  paths,
  PollOptions,
  PollResult,
  RequestOptions,
  SendInit,
  SendResult,
} from "@mux/core";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("public exports of @mux/core", () => {
  it("exposes exactly the runtime values", () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        "DEFAULT_BASE_URL",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_MAX_RETRY_DELAY",
        "DEFAULT_PAGE_LIMIT",
        "DEFAULT_TIMEOUT",
        "argumentName",
        "bodyOf",
        "callApi",
        "callOperation",
        "createMuxClient",
        "listOperation",
        "onOrigin",
        "paginate",
        "pathOf",
        "pathParam",
        "poll",
        "queryOf",
        "readBody",
        "readData",
        "readNothing",
        "readResponse",
        "readText",
        "unwrapData",
        "wait",
      ].sort(),
    );
    for (const fn of [callApi, createMuxClient, paginate, pathParam, poll, unwrapData, wait]) expect(typeof fn).toBe("function");
    expect(DEFAULT_BASE_URL).toBe("https://api.mux.com");
    expect(DEFAULT_TIMEOUT).toBe(60_000);
    expect(DEFAULT_MAX_RETRIES).toBe(2);
    expect(DEFAULT_MAX_RETRY_DELAY).toBe(60_000);
    expect(DEFAULT_PAGE_LIMIT).toBe(25);
    expect(core).not.toHaveProperty("operationIndex");
  });

  it("offers the operation table at @mux/core/operations", () => {
    expect(operationIndex["get-whoami"]).toEqual({ method: "GET", path: "/system/v1/whoami" });
    expect(operationIndex["get-playback-animated"]).toMatchObject({ server: "https://image.mux.com" });
    expect(Object.keys(operationIndex).length).toBeGreaterThanOrEqual(171);
    expectTypeOf<IndexedOperationId>().toEqualTypeOf<OperationId>();
  });

  it("exposes the types", () => {
    expectTypeOf<MuxClient["baseURL"]>().toEqualTypeOf<string>();
    expectTypeOf<ClientOptions["logLevel"]>().toEqualTypeOf<LogLevel | undefined>();
    expectTypeOf<Logger["debug"]>().toBeFunction();
    expectTypeOf<RequestOptions["signal"]>().toEqualTypeOf<AbortSignal | undefined>();
    expectTypeOf<APIPromise<number>>().toMatchTypeOf<Promise<number>>();
    expectTypeOf<PagePromise<number>>().toMatchTypeOf<AsyncIterable<number>>();
    expectTypeOf<Page<number>["data"]>().toEqualTypeOf<number[]>();
    expectTypeOf<PageParams>().toEqualTypeOf<{ page?: number | undefined; limit?: number | undefined; cursor?: string | undefined }>();
    expectTypeOf<SendInit["fetch"]>().toBeFunction();
    expectTypeOf<SendResult<number>["response"]>().toEqualTypeOf<Response>();
    expectTypeOf<PageSend<number, PageParams>>().toBeFunction();
    expectTypeOf<components["schemas"]["SigningKey"]>().toHaveProperty("id");
    expectTypeOf<paths>().toHaveProperty("/system/v1/signing-keys");
    expectTypeOf<operations>().toHaveProperty("get-whoami");
    expectTypeOf<OperationId>().toExtend<string>();
    expectTypeOf<PollOptions["timeoutMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<{ status: "done"; value: number }>().toExtend<PollResult<number>>();
  });
});
