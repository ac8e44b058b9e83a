import { checkBody, signedPayload } from "./body.js";
import { equalBytes } from "./constant-time.js";
import { failure } from "./failure.js";
import { cachedHmacKey, importHmacKey } from "./hmac-key.js";
import { nowSeconds, toleranceOf } from "./options.js";
import { parseSignatureHeader } from "./parse-signature-header.js";
import { secretList } from "./secrets.js";
import { readSignatureHeader } from "./signature-header.js";
import type { VerifyWebhookOptions, WebhookBody, WebhookHeaders, WebhookSecret } from "./types.js";

/**
 * Checks that a webhook request really comes from Mux and is fresh: its `mux-signature` header
 * (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`) must carry a signature of the exact
 * body under `secret` (or one of several secrets, while rotating), and the timestamp must lie
 * within `tolerance` seconds (default 300) of now, in either direction.
 *
 * Resolves when the webhook is genuine. Otherwise rejects with a `WebhookVerificationError`
 * whose `reason` names the failed check (a bad option rejects with `InvalidArgumentError`);
 * it never throws synchronously, and no error contains the secret.
 *
 * @param body - the raw body as received: string, `Buffer` / `Uint8Array` or `ArrayBuffer`.
 * @param headers - the request headers: `Headers`, a plain object (any case) or `[name, value]` pairs.
 * @param secret - the endpoint's signing secret, or a list of secrets while rotating.
 *
 * @example
 * const body = await request.text();
 * await verifyWebhookSignature(body, request.headers, process.env.MUX_WEBHOOK_SECRET!);
 */
export async function verifyWebhookSignature(
  body: WebhookBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options?: VerifyWebhookOptions,
): Promise<void> {
  const tolerance = toleranceOf(options);
  const secrets = secretList(secret);
  const header = readSignatureHeader(headers);
  checkBody(body);
  const { timestamp, signatures } = parseSignatureHeader(header);

  // The signature first: until it matches, the timestamp is just a claim. The usual case, one
  // secret and one signature, is a single WebCrypto verify (constant time, no result to copy).
  // Otherwise one HMAC per secret (not per signature, so a header stuffed with v1 entries costs
  // no extra hashing), each candidate compared in constant time; which one matched is no secret.
  // Inlined rather than a helper: every extra async layer costs measurable throughput.
  const payload = signedPayload(timestamp, body);
  let matched = false;
  if (secrets.length === 1 && signatures.length === 1) {
    const key = cachedHmacKey(secrets[0]!) ?? (await importHmacKey(secrets[0]!));
    matched = await crypto.subtle.verify("HMAC", key, signatures[0]!, payload);
  } else {
    for (let i = 0; i < secrets.length && !matched; i++) {
      const key = cachedHmacKey(secrets[i]!) ?? (await importHmacKey(secrets[i]!));
      const expected = new Uint8Array(await crypto.subtle.sign("HMAC", key, payload));
      for (const signature of signatures) if (equalBytes(expected, signature)) matched = true;
    }
  }
  if (!matched) {
    throw failure(
      "no_matching_signature",
      "No v1 signature matches this body: check the endpoint's signing secret, and pass the body exactly as received (not re-serialised JSON).",
    );
  }
  const age = nowSeconds(options) - timestamp;
  if (age > tolerance) {
    throw failure(
      "timestamp_too_old",
      `The webhook was signed ${age} s ago, over the ${tolerance} s tolerance: a possible replay. Check the clock, or raise tolerance for delayed deliveries.`,
    );
  }
  if (-age > tolerance) {
    throw failure(
      "timestamp_in_future",
      `The webhook was signed ${-age} s in the future, over the ${tolerance} s tolerance: check the clock.`,
    );
  }
}
