// Receiving Mux webhooks with plain node:http and the umbrella client (`mux.webhooks.unwrap`).
import { createServer, type IncomingMessage, type Server } from "node:http";
import Mux, { WebhookVerificationError } from "@mux/mux-node";
import { handleEvent } from "./handle-event.js";

const MAX_BODY = 1024 * 1024; // Mux events are small; refuse anything huge before reading it all.

/** The raw body bytes, or undefined when it is larger than MAX_BODY. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A server answering POST /webhooks/mux. The secret comes from `webhookSecret` or MUX_WEBHOOK_SECRET. */
export function createWebhookServer(mux: Mux = new Mux()): Server {
  return createServer(async (req, res) => {
    if (req.method !== "POST" || req.url !== "/webhooks/mux") {
      res.writeHead(404).end();
      return;
    }
    const body = await readBody(req);
    if (body === undefined) {
      res.writeHead(413).end();
      return;
    }
    try {
      // The raw Buffer and Node's headers object, exactly as received.
      const event = await mux.webhooks.unwrap(body, req.headers);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ received: event.id, action: handleEvent(event) }));
    } catch (error) {
      // No secret configured, or a bug, is our fault (500); a failed check means a request we must not trust (400).
      const reason = error instanceof WebhookVerificationError ? error.reason : "internal_error";
      const status = reason === "missing_secret" || reason === "internal_error" ? 500 : 400;
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: reason }));
    }
  });
}
