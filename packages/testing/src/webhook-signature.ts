/** A payload to sign: the exact body text or bytes that will be sent. */
export type WebhookPayload = string | Uint8Array | ArrayBuffer;

/** Options of {@link createWebhookSignature}. */
export interface WebhookSignatureOptions {
  /** When the webhook was "sent": Unix seconds or a `Date`. Default: now. */
  timestamp?: number | Date;
}

const encoder = new TextEncoder();

/** Unix seconds for the `t=` entry; a TypeError for anything that is not a usable time. */
function unixSeconds(timestamp: number | Date | undefined): number {
  if (timestamp === undefined) return Math.floor(Date.now() / 1000);
  const seconds = timestamp instanceof Date ? Math.floor(timestamp.getTime() / 1000) : timestamp;
  if (typeof seconds !== "number" || !Number.isSafeInteger(seconds) || seconds < 0) {
    throw new TypeError("timestamp must be a whole, non-negative number of Unix seconds or a valid Date.");
  }
  return seconds;
}

function payloadBytes(payload: WebhookPayload): Uint8Array {
  if (typeof payload === "string") return encoder.encode(payload);
  if (payload instanceof Uint8Array) return payload;
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  throw new TypeError("payload must be the body to send: a string, Uint8Array or ArrayBuffer.");
}

function hex(bytes: ArrayBuffer): string {
  let out = "";
  for (const byte of new Uint8Array(bytes)) out += byte.toString(16).padStart(2, "0");
  return out;
}

/**
 * A `mux-signature` header value for `payload`, as Mux would send it:
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>">`, with one `v1` entry per secret
 * (Mux signs with the old and the new secret while one is being rotated).
 *
 * @param payload - the exact body that will be sent.
 * @param secret - the endpoint's signing secret, or several.
 *
 * @example
 * const body = JSON.stringify(event);
 * const signature = await createWebhookSignature(body, "my-secret", { timestamp: new Date() });
 * await fetch(url, { method: "POST", body, headers: { "mux-signature": signature } });
 */
export async function createWebhookSignature(
  payload: WebhookPayload,
  secret: string | readonly string[],
  options: WebhookSignatureOptions = {},
): Promise<string> {
  const secrets = typeof secret === "string" ? [secret] : secret;
  if (!Array.isArray(secrets) || secrets.length === 0 || secrets.some((s) => typeof s !== "string" || s === "")) {
    throw new TypeError("secret must be a non-empty string, or a non-empty list of them.");
  }
  const t = unixSeconds(options.timestamp);
  const body = payloadBytes(payload);
  const prefix = encoder.encode(`${t}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  const entries = [`t=${t}`];
  for (const s of secrets as readonly string[]) {
    const key = await crypto.subtle.importKey("raw", encoder.encode(s), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    entries.push(`v1=${hex(await crypto.subtle.sign("HMAC", key, signed))}`);
  }
  return entries.join(",");
}
