// Receiving Mux webhooks with Hono, as deployed on Cloudflare Workers: `export default app`
// and the secret as a binding (wrangler secret put MUX_WEBHOOK_SECRET).
import { unwrapWebhook, WebhookVerificationError } from "@mux/webhooks";
import { Hono } from "hono";
import { handleEvent } from "./handle-event.js";

/** The Worker's bindings this app uses. */
export interface Bindings {
  MUX_WEBHOOK_SECRET: string;
}

export const app = new Hono<{ Bindings: Bindings }>();

app.post("/webhooks/mux", async (c) => {
  try {
    const event = await unwrapWebhook(await c.req.arrayBuffer(), c.req.raw.headers, c.env.MUX_WEBHOOK_SECRET);
    return c.json({ received: event.id, action: handleEvent(event) });
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    return c.json({ error: error.reason }, error.reason === "missing_secret" ? 500 : 400);
  }
});

export default app;
