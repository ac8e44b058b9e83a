// Receiving Mux webhooks with Express: the route reads the raw body (express.raw), because the
// signature covers the exact bytes; a JSON parser would hand over a re-built object instead.
import { unwrapWebhook, WebhookVerificationError } from "@mux/webhooks";
import express, { type Express } from "express";
import { handleEvent } from "./handle-event.js";

/** An Express app with POST /webhooks/mux; other routes may still use express.json(). */
export function createExpressApp(secret: string): Express {
  const app = express();

  app.post("/webhooks/mux", express.raw({ type: "application/json", limit: "1mb" }), async (req, res) => {
    try {
      // req.body is a Buffer here (or undefined for another content type: an invalid_body failure).
      const event = await unwrapWebhook(req.body, req.headers, secret);
      res.json({ received: event.id, action: handleEvent(event) });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      res.status(error.reason === "missing_secret" ? 500 : 400).json({ error: error.reason });
    }
  });

  // Registered after the webhook route, so it never consumes the webhook's body.
  app.use(express.json());
  return app;
}
