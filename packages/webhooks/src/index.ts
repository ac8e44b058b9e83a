export { type WebhookVerificationReason, WebhookVerificationError } from "@mux/errors";
export type { BaseWebhookEvent, UnknownWebhookEvent, WebhookEvent } from "./event.js";
export * from "./generated/events.js";
export type { VerifyWebhookOptions, WebhookBody, WebhookHeaders, WebhookHeaderValue, WebhookSecret } from "./types.js";
export { unwrapWebhook } from "./unwrap-webhook.js";
export { verifyWebhookSignature } from "./verify-webhook-signature.js";
// The webhook-endpoint operations (system.webhooks), generated from the spec.
export * from "./generated/index.js";
