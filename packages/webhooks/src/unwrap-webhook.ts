import { bodyText } from "./body.js";
import type { WebhookEvent } from "./event.js";
import { failure } from "./failure.js";
import type { VerifyWebhookOptions, WebhookBody, WebhookHeaders, WebhookSecret } from "./types.js";
import { verifyWebhookSignature } from "./verify-webhook-signature.js";

function notAnEvent(cause?: unknown) {
  return failure(
    "invalid_body",
    "The webhook is signed correctly but its body is not a JSON event (an object with a string type): pass the body exactly as received.",
    cause,
  );
}

/**
 * Verifies a webhook exactly like `verifyWebhookSignature`, then parses its body into the event.
 * Event types this package does not know yet unwrap too (as the base event shape).
 *
 * Rejects with a `WebhookVerificationError`: the reasons of `verifyWebhookSignature`, or
 * `invalid_body` when a genuine body is not UTF-8 JSON describing an event (an object with a
 * string `type`).
 *
 * @typeParam Event - the event type to return; defaults to {@link WebhookEvent}.
 *
 * @example
 * const event = await unwrapWebhook(await request.text(), request.headers, secret);
 * if (event.type === "video.asset.ready") console.log(event.object?.id);
 */
export async function unwrapWebhook<Event extends { type: string } = WebhookEvent>(
  body: WebhookBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options?: VerifyWebhookOptions,
): Promise<Event> {
  await verifyWebhookSignature(body, headers, secret, options);
  const text = bodyText(body);
  if (text === undefined) throw notAnEvent();
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch (error) {
    throw notAnEvent(error);
  }
  if (typeof event !== "object" || event === null || Array.isArray(event) || typeof (event as { type?: unknown }).type !== "string") {
    throw notAnEvent();
  }
  return event as Event;
}
