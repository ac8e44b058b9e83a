/**
 * Webhook verification on its own: `unwrapWebhook` and `verifyWebhookSignature`, the same
 * functions the package's main entry exports, without its webhook-endpoint operations. For code
 * that loads verification on demand with `import("@mux/webhooks/verify")`: with a code-splitting
 * bundler the verification code then lands in the lazily loaded chunk only.
 *
 * @module
 */
export { type WebhookVerificationReason, WebhookVerificationError } from "@mux/errors";
export type { BaseWebhookEvent, UnknownWebhookEvent, WebhookEvent } from "./event.js";
export type { VerifyWebhookOptions, WebhookBody, WebhookHeaders, WebhookHeaderValue, WebhookSecret } from "./types.js";
export { unwrapWebhook } from "./unwrap-webhook.js";
export { verifyWebhookSignature } from "./verify-webhook-signature.js";
