import { createAsset } from "@mux/assets";
import { createMuxClient } from "@mux/core";
import { createWebhookSignature, DEFAULT_TOKEN, deliverWebhook } from "@mux/testing";
import { knownWebhookEventTypes, unwrapWebhook, type WebhookEvent } from "@mux/webhooks";
import { bypass } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReceiver } from "../test-support/receiver.js";
import { useMock } from "../test-support/use-mock.js";

const { mock } = useMock();
const SECRET = "whsec-build-test-secret";
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

describe("mock.webhooks.build", () => {
  it("builds video.asset.ready for an asset the mock holds, signs it and delivers it over HTTP", async () => {
    const client = createMuxClient({ ...DEFAULT_TOKEN, baseURL: mock.baseURL, maxRetries: 0 });
    const asset = await createAsset(client, { inputs: [{ url: "https://example.com/a.mp4" }], playback_policies: ["public"] });
    const event = mock.webhooks.build("video.asset.ready", { objectId: asset.id, data: { status: "ready" } });
    expect(event).toMatchObject({ type: "video.asset.ready", object: { type: "asset", id: asset.id }, data: { id: asset.id, status: "ready" } });
    expect(event.data.playback_ids?.[0]?.policy).toBe("public");

    // A real receiver on this machine: msw lets the request through (bypass) instead of refusing it.
    const delivery = await deliverWebhook(receiver.url, event, { secret: SECRET, fetch: (input, init) => fetch(bypass(new Request(input, init))) });
    expect(delivery.status).toBe(200);
    const received = receiver.received.at(-1)!;
    const unwrapped: WebhookEvent = await unwrapWebhook(received.body, received.headers, SECRET);
    if (unwrapped.type !== "video.asset.ready") throw new Error(`unexpected ${unwrapped.type}`);
    expect(unwrapped.data.id).toBe(asset.id);
    await expect(unwrapWebhook(received.body, received.headers, "another-secret")).rejects.toMatchObject({ reason: "no_matching_signature" });
  });

  it("builds every event type the spec describes with sampled data, and the signature verifies", async () => {
    for (const type of knownWebhookEventTypes) {
      const event = mock.webhooks.build(type);
      expect(event.type).toBe(type);
      expect(event.data).toBeTypeOf("object");
      const body = JSON.stringify(event);
      const signature = await createWebhookSignature(body, SECRET);
      await expect(unwrapWebhook(body, { "mux-signature": signature }, SECRET)).resolves.toMatchObject({ type, id: event.id });
    }
    expect(knownWebhookEventTypes.length).toBeGreaterThanOrEqual(117);
  });

  it("fires a built event to listeners like the mock's own events", async () => {
    const seen: string[] = [];
    mock.webhooks.on("video.live_stream.idle", (event) => void seen.push(event.data.id));
    mock.webhooks.fire("video.live_stream.idle", { objectId: "ls-1", data: { id: "ls-1" } });
    await mock.webhooks.settled();
    expect(seen).toEqual(["ls-1"]);
  });

  it("refuses a type the spec does not describe", () => {
    expect(() => mock.webhooks.build("video.asset.melted" as never)).toThrow(/not an event type the spec describes/);
  });
});
