// Each recipe runs as a real HTTP server; the tests send it signed, tampered, unsigned and stale
// webhooks the way Mux would (createWebhookSignature / deliverWebhook from @mux/testing).
import Mux from "@mux/mux-node";
import { createWebhookSignature, deliverWebhook } from "@mux/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fetchServer, type Listening, listen } from "../test-support/serve.js";

const SECRET = "examples-webhook-secret";
const EVENT = {
  type: "video.asset.ready",
  id: "evt-42",
  created_at: "2026-01-01T00:00:00Z",
  object: { type: "asset", id: "asset-7" },
  environment: { name: "Production", id: "env-1" },
  data: { id: "asset-7", status: "ready" },
};

const env = process.env;
afterEach(() => {
  process.env = env;
});

const receivers: Record<string, () => Promise<Listening>> = {
  "node:http (mux.webhooks)": async () => {
    const { createWebhookServer } = await import("./node-http.js");
    return listen(createWebhookServer(new Mux({ webhookSecret: SECRET })));
  },
  Express: async () => {
    const { createExpressApp } = await import("./express.js");
    const app = createExpressApp(SECRET);
    const { createServer } = await import("node:http");
    return listen(createServer(app));
  },
  "Next.js route handler": async () => {
    const { POST } = await import("./next-route.js");
    // A route handler reads the secret from the environment when it runs.
    return listen(
      fetchServer(async (request) => {
        process.env = { ...env, MUX_WEBHOOK_SECRET: SECRET };
        return POST(request);
      }),
    );
  },
  "Hono (Workers fetch handler)": async () => {
    const { default: app } = await import("./hono.js");
    return listen(fetchServer((request) => app.fetch(request, { MUX_WEBHOOK_SECRET: SECRET })));
  },
};

for (const [name, start] of Object.entries(receivers)) {
  describe(`${name} receiver`, () => {
    let server: Listening;
    let url: string;
    beforeAll(async () => {
      server = await start();
      url = `${server.url}${name.startsWith("Next") ? "/api/webhooks/mux" : "/webhooks/mux"}`;
    });
    afterAll(() => server.close());

    it("handles a signed event", async () => {
      const response = await deliverWebhook(url, EVENT, { secret: SECRET });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: "evt-42", action: "asset asset-7 is ready to play" });
    });

    it("acknowledges an event type it does not know", async () => {
      const response = await deliverWebhook(url, { ...EVENT, type: "video.something.new" }, { secret: SECRET });
      expect(await response.json()).toEqual({ received: "evt-42", action: "ignored video.something.new" });
    });

    it("refuses a tampered body", async () => {
      const original = JSON.stringify(EVENT);
      const signature = await createWebhookSignature(original, SECRET);
      const tampered = original.replace("asset-7", "asset-8");
      const response = await fetch(url, { method: "POST", body: tampered, headers: { "content-type": "application/json", "mux-signature": signature } });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "no_matching_signature" });
    });

    it("refuses another secret, no signature, and a replay from an hour ago", async () => {
      const wrong = await deliverWebhook(url, EVENT, { secret: "not-the-secret" });
      expect([wrong.status, await wrong.json()]).toEqual([400, { error: "no_matching_signature" }]);
      const unsigned = await fetch(url, { method: "POST", body: JSON.stringify(EVENT), headers: { "content-type": "application/json" } });
      expect([unsigned.status, await unsigned.json()]).toEqual([400, { error: "missing_header" }]);
      const stale = await deliverWebhook(url, EVENT, { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 3600 });
      expect([stale.status, await stale.json()]).toEqual([400, { error: "timestamp_too_old" }]);
    });
  });
}

describe("configuration mistakes", () => {
  it("a missing secret is a 500, not a silent 400", async () => {
    process.env = { ...env };
    delete process.env.MUX_WEBHOOK_SECRET;
    const { POST } = await import("./next-route.js");
    const response = await deliverWebhook(POST, EVENT, { secret: SECRET });
    expect([response.status, await response.json()]).toEqual([500, { error: "missing_secret" }]);
  });

  it("Express: a JSON parser in front of the webhook route would break verification, so the route reads raw bytes", async () => {
    const { createExpressApp } = await import("./express.js");
    const { createServer } = await import("node:http");
    const server = await listen(createServer(createExpressApp(SECRET)));
    try {
      // Another content type never reaches express.raw(): the body is missing, a typed invalid_body.
      const response = await deliverWebhook(`${server.url}/webhooks/mux`, EVENT, { secret: SECRET, headers: { "content-type": "text/plain" } });
      expect([response.status, await response.json()]).toEqual([400, { error: "invalid_body" }]);
    } finally {
      await server.close();
    }
  });
});
