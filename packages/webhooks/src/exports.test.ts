import { WebhookVerificationError as FromErrors } from "@mux/errors";
import * as webhooks from "@mux/webhooks";
import * as operationsEntry from "@mux/webhooks/operations";
import * as verifyEntry from "@mux/webhooks/verify";
import {
  type BaseWebhookEvent,
  type KnownWebhookEvent,
  type UnknownWebhookEvent,
  unwrapWebhook,
  type WebhookEvent,
  type WebhookHeaders,
  WebhookVerificationError,
} from "@mux/webhooks";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("@mux/webhooks exports", () => {
  it("exports exactly the documented runtime values", () => {
    expect(Object.keys(webhooks).sort()).toEqual([
      "WebhookEndpoints",
      "WebhookVerificationError",
      "createWebhook",
      "deleteWebhook",
      "knownWebhookEventTypes",
      "listWebhooks",
      "retrieveWebhook",
      "unwrapWebhook",
      "updateWebhook",
      "verifyWebhookSignature",
    ]);
    expect(webhooks.knownWebhookEventTypes).toContain("video.asset.ready");
    expect(webhooks.knownWebhookEventTypes.length).toBeGreaterThanOrEqual(117);
    expect(WebhookVerificationError).toBe(FromErrors);
  });

  it("offers verification alone at @mux/webhooks/verify, as the same functions", () => {
    expect(Object.keys(verifyEntry).sort()).toEqual(["WebhookVerificationError", "unwrapWebhook", "verifyWebhookSignature"]);
    expect(verifyEntry.unwrapWebhook).toBe(webhooks.unwrapWebhook);
    expect(verifyEntry.verifyWebhookSignature).toBe(webhooks.verifyWebhookSignature);
    expect(verifyEntry.WebhookVerificationError).toBe(FromErrors);
  });

  it("offers the webhook-endpoint operations alone at @mux/webhooks/operations, as the same functions", () => {
    const names = Object.keys(operationsEntry).sort();
    expect(names).toEqual(["WebhookEndpoints", "createWebhook", "deleteWebhook", "listWebhooks", "retrieveWebhook", "updateWebhook"]);
    expect(operationsEntry.WebhookEndpoints).toBe(webhooks.WebhookEndpoints);
    expect(operationsEntry.createWebhook).toBe(webhooks.createWebhook);
    expect(operationsEntry.deleteWebhook).toBe(webhooks.deleteWebhook);
    expect(operationsEntry.listWebhooks).toBe(webhooks.listWebhooks);
    expect(operationsEntry.retrieveWebhook).toBe(webhooks.retrieveWebhook);
    expect(operationsEntry.updateWebhook).toBe(webhooks.updateWebhook);
  });

  it("types unwrap's result as the event union by default, or as the caller's own union", () => {
    expectTypeOf<WebhookEvent>().toEqualTypeOf<KnownWebhookEvent | UnknownWebhookEvent>();
    const plain = () => unwrapWebhook("", {}, "s");
    expectTypeOf(plain).returns.toEqualTypeOf<Promise<WebhookEvent>>();
    type Ready = BaseWebhookEvent & { type: "video.asset.ready"; data: { id: string; status: "ready" } };
    type Other = BaseWebhookEvent & { type: "video.upload.created"; data: { id: string; url: string } };
    const typed = async () => {
      const event = await unwrapWebhook<Ready | Other>("", {}, "s");
      if (event.type === "video.asset.ready") expectTypeOf(event.data.status).toEqualTypeOf<"ready">();
      else expectTypeOf(event.data.url).toEqualTypeOf<string>();
    };
    expect(typeof typed).toBe("function");
  });

  it("narrows data by type for the generated events, and keeps unknown types", () => {
    const handle = (event: WebhookEvent): string => {
      switch (event.type) {
        case "video.asset.ready":
          expectTypeOf(event.data.id).toEqualTypeOf<string>();
          return event.data.id;
        case "video.upload.asset_created":
          expectTypeOf(event.data).toHaveProperty("asset_id");
          return "upload";
        default:
          return event.type;
      }
    };
    expect(typeof handle).toBe("function");
  });

  it("accepts the header shapes servers hand out", () => {
    expectTypeOf<Headers>().toExtend<WebhookHeaders>();
    expectTypeOf<import("node:http").IncomingHttpHeaders>().toExtend<WebhookHeaders>();
    expectTypeOf<Array<[string, string]>>().toExtend<WebhookHeaders>();
    // Rows typed as plain string arrays (what the official SDK's HeadersLike allows) type-check too.
    const rows: string[][] = [["mux-signature", "t=1,v1=00"]];
    const asHeaders: WebhookHeaders = rows;
    expect(asHeaders).toBe(rows);
  });
});
