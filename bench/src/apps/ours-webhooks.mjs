// App: verify a Mux webhook with our webhooks package (no HTTP client at all).
import { verifyWebhookSignature } from "@mux/webhooks";

export async function main(body, headers, secret) {
  return verifyWebhookSignature(body, headers, secret);
}
