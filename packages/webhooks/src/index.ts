export { type WebhookVerificationReason, WebhookVerificationError } from "@mux/errors";
export type { BaseWebhookEvent, WebhookEvent } from "./event.js";
export type { VerifyWebhookOptions, WebhookBody, WebhookHeaders, WebhookHeaderValue, WebhookSecret } from "./types.js";
export { unwrapWebhook } from "./unwrap-webhook.js";
export { verifyWebhookSignature } from "./verify-webhook-signature.js";
