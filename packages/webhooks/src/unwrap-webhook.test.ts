import { unwrapWebhook, WebhookVerificationError } from "@mux/webhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventBody, SECRET, signatureHeader } from "./test-support/sign.js";
import { post, startServer, type TestServer } from "./test-support/server.js";

// A receiver over real HTTP that unwraps the raw body and answers with the event or the failure.
let server: TestServer;
beforeAll(async () => {
  server = await startServer(async (body, headers) => {
    try {
      return { status: 200, body: await unwrapWebhook(body, headers, SECRET) };
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      return { status: 400, body: { reason: error.reason, message: error.message } };
    }
  });
});
afterAll(() => server.close());

const deliver = (body: string) => post(server.url, body, { "mux-signature": signatureHeader(body) });

describe("unwrapWebhook", () => {
  it("returns the parsed event with every field Mux sent", async () => {
    const body = eventBody("video.live_stream.active", { extra_field: { nested: [1, 2] } });
    expect(await deliver(body)).toEqual({ status: 200, body: JSON.parse(body) });
  });

  it("unwraps event types it does not know", async () => {
    const body = JSON.stringify({ type: "video.brand_new.thing", id: "e1", created_at: "2030-01-01T00:00:00Z", data: null });
    expect(await deliver(body)).toEqual({ status: 200, body: JSON.parse(body) });
  });

  it("refuses a genuine body that is not a JSON event object", async () => {
    for (const body of ["not json", "[]", "null", "42", '"video.asset.ready"', '{"id":"no type"}', '{"type":7}', ""]) {
      const reply = await deliver(body);
      expect(reply.status, body).toBe(400);
      expect(reply.body).toMatchObject({ reason: "invalid_body" });
      expect((reply.body as { message: string }).message).toContain("signed correctly");
    }
  });

  it("verifies before parsing: a tampered body is a signature failure, even when it is not JSON", async () => {
    const body = eventBody();
    const reply = await post(server.url, "not json", { "mux-signature": signatureHeader(body) });
    expect(reply).toEqual({ status: 400, body: expect.objectContaining({ reason: "no_matching_signature" }) });
  });
});
