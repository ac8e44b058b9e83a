// What `mux.webhooks` loads on its first call (see webhooks.ts): only the verification code of
// @mux/webhooks, not its webhook-endpoint operations.
export { unwrapWebhook, verifyWebhookSignature } from "@mux/webhooks/verify";
