// A Next.js App Router route handler (app/api/webhooks/mux/route.ts): a plain
// (Request) => Response function, so it also runs on Bun, Deno and Workers as is.
import { unwrapWebhook, WebhookVerificationError } from "@mux/webhooks";
import { handleEvent } from "./handle-event.js";

/** POST /api/webhooks/mux. The secret comes from MUX_WEBHOOK_SECRET. */
export async function POST(request: Request): Promise<Response> {
  try {
    // arrayBuffer() keeps the exact bytes; request.text() works too for UTF-8 bodies.
    const event = await unwrapWebhook(await request.arrayBuffer(), request.headers, process.env.MUX_WEBHOOK_SECRET ?? "");
    return Response.json({ received: event.id, action: handleEvent(event) });
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    return Response.json({ error: error.reason }, { status: error.reason === "missing_secret" ? 500 : 400 });
  }
}
