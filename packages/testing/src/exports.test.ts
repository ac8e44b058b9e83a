import * as testing from "@mux/testing";
import * as node from "@mux/testing/node";
import { expect, it } from "vitest";

it("exports exactly the documented runtime API from @mux/testing", () => {
  expect(Object.keys(testing).sort()).toEqual([
    "ALL_PERMISSIONS",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMINGS",
    "DEFAULT_TOKEN",
    "createMuxHandlers",
    "createMuxMock",
    "createWebhookSignature",
    "defaultResponse",
    "deliverWebhook",
    "muxPath",
    "muxResponse",
  ]);
  expect(Object.keys(node)).toEqual(["startMockMuxServer", "useMuxMock"]);
});

it("freezes the shared constants", () => {
  expect(Object.isFrozen(testing.DEFAULT_TOKEN)).toBe(true);
  expect(Object.isFrozen(testing.ALL_PERMISSIONS)).toBe(true);
  expect(Object.isFrozen(testing.DEFAULT_TIMINGS)).toBe(true);
});
