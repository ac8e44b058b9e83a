import { WebhookVerificationError as FromErrors } from "@mux/errors";
import * as webhooks from "@mux/webhooks";
import { type BaseWebhookEvent, unwrapWebhook, type WebhookEvent, type WebhookHeaders, WebhookVerificationError } from "@mux/webhooks";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("@mux/webhooks exports", () => {
  it("exports exactly the documented runtime values", () => {
    expect(Object.keys(webhooks).sort()).toEqual(["WebhookVerificationError", "unwrapWebhook", "verifyWebhookSignature"]);
    expect(WebhookVerificationError).toBe(FromErrors);
  });

  it("types unwrap's result as the event union by default, or as the caller's own union", () => {
    expectTypeOf<WebhookEvent>().toEqualTypeOf<BaseWebhookEvent>();
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
