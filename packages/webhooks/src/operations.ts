/**
 * The webhook-endpoint operations alone (`createWebhook`, `listWebhooks`, ... and the
 * `WebhookEndpoints` class): what the main entry exports besides verification, generated from
 * the spec. For code that must not carry the verification code, such as the umbrella, which
 * loads `@mux/webhooks/verify` only when `mux.webhooks` is first used.
 *
 * @module
 */
export * from "./generated/index.js";
