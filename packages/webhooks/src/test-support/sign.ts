// An independent signer for the tests (node:crypto, not the WebCrypto code under test).
import { createHmac } from "node:crypto";

export const SECRET = "whsec-test-3f9a1c0e7b2d4a6f";
export const OTHER_SECRET = "whsec-other-8d2e5b1a9c3f7e04";

/** Unix seconds now. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Hex HMAC-SHA256 of "<t>.<body>". */
export function hmacHex(secret: string, timestamp: number | string, body: string | Uint8Array): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");
}

/** A mux-signature header value with one v1 entry per secret. */
export function signatureHeader(body: string | Uint8Array, secrets: string | string[] = SECRET, timestamp = nowSeconds()): string {
  const list = Array.isArray(secrets) ? secrets : [secrets];
  return [`t=${timestamp}`, ...list.map((s) => `v1=${hmacHex(s, timestamp, body)}`)].join(",");
}

/** A webhook event body shaped like Mux's. */
export function eventBody(type = "video.asset.ready", extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type,
    id: "4b3f2c1d-0000-4000-8000-000000000001",
    created_at: "2026-01-01T00:00:00.000000Z",
    object: { type: "asset", id: "asset-1" },
    environment: { name: "Production", id: "env-1" },
    data: { id: "asset-1", status: "ready", playback_ids: [{ id: "pb-1", policy: "public" }] },
    attempts: [],
    accessor: null,
    accessor_source: null,
    request_id: null,
    ...extra,
  });
}
