import { describe, expect, it } from "vitest";
// The source modules, not the built package: the cache is module state.
import { verifyWebhookSignature } from "./verify-webhook-signature.js";
import { cachedHmacKey } from "./hmac-key.js";
import { eventBody, signatureHeader } from "./test-support/sign.js";

describe("imported keys are cached per secret, and the cache is bounded", () => {
  it("keeps a used secret's key and drops the oldest beyond 32 secrets", async () => {
    const body = eventBody();
    const secrets = Array.from({ length: 40 }, (_, i) => `cache-test-secret-${i}`);
    for (const secret of secrets) await verifyWebhookSignature(body, { "mux-signature": signatureHeader(body, secret) }, secret);
    const kept = secrets.filter((s) => cachedHmacKey(s) !== undefined);
    expect(kept.length).toBeLessThanOrEqual(32);
    expect(kept).toContain(secrets[39]);
    expect(kept).not.toContain(secrets[0]);
    // A dropped secret still verifies (it is imported again).
    await expect(verifyWebhookSignature(body, { "mux-signature": signatureHeader(body, secrets[0]) }, secrets[0]!)).resolves.toBeUndefined();
    expect(cachedHmacKey(secrets[0]!)).toBeDefined();
  });
});
