import { inspect } from "node:util";
import { unwrapWebhook, verifyWebhookSignature } from "@mux/webhooks";
import { describe, expect, it } from "vitest";
import { eventBody, nowSeconds, OTHER_SECRET, SECRET, signatureHeader } from "./test-support/sign.js";

function views(value: unknown): string {
  return [String(value), JSON.stringify(value), inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true })].join("\n");
}

describe("the secret never appears in an error", () => {
  const body = eventBody();
  const t = nowSeconds();
  const cases: Record<string, () => Promise<unknown>> = {
    missing_header: () => verifyWebhookSignature(body, {}, SECRET),
    malformed_header: () => verifyWebhookSignature(body, { "mux-signature": "t=x,v1=1" }, SECRET),
    no_matching_signature: () => verifyWebhookSignature(body, { "mux-signature": signatureHeader(body, OTHER_SECRET) }, [SECRET, OTHER_SECRET.slice(1)]),
    timestamp_too_old: () => verifyWebhookSignature(body, { "mux-signature": signatureHeader(body, SECRET, t - 1000) }, SECRET),
    timestamp_in_future: () => verifyWebhookSignature(body, { "mux-signature": signatureHeader(body, SECRET, t + 1000) }, SECRET),
    invalid_body: () => verifyWebhookSignature({ secret: SECRET } as never, { "mux-signature": signatureHeader(body) }, SECRET),
    "invalid_body (unwrap)": () => unwrapWebhook("[1]", { "mux-signature": signatureHeader("[1]") }, SECRET),
    missing_secret: () => verifyWebhookSignature(body, { "mux-signature": signatureHeader(body) }, [SECRET, 5] as never),
    "bad option": () => verifyWebhookSignature(body, { "mux-signature": signatureHeader(body) }, SECRET, { tolerance: -1 }),
  };
  for (const [name, run] of Object.entries(cases)) {
    it(name, async () => {
      const error = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(Error);
      if (!name.includes(" ")) expect((error as { reason: string }).reason).toBe(name);
      const text = views(error);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(OTHER_SECRET.slice(1));
      expect(text).not.toContain(Buffer.from(SECRET).toString("base64"));
    });
  }
});
