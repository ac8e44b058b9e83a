import { failure } from "./failure.js";

const encoder = new TextEncoder();

/** The body's bytes, without copying; `undefined` for a string or for anything that is not bytes. */
function bytesOf(body: unknown): Uint8Array | undefined {
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  try {
    if (body instanceof ArrayBuffer) return new Uint8Array(body);
  } catch {
    // An object whose prototype cannot be read (a hostile Proxy) is not a body.
  }
  return undefined;
}

/** Names what was passed instead of a body, for the error message (never its content). */
function describe(body: unknown): string {
  if (body === null) return "null";
  if (typeof body !== "object") return typeof body;
  return Array.isArray(body) ? "an array" : "an object";
}

/** An `invalid_body` failure unless `body` is a string or bytes. */
export function checkBody(body: unknown): void {
  if (typeof body === "string" || bytesOf(body) !== undefined) return;
  throw failure(
    "invalid_body",
    `The webhook body must be the raw request body (string, Buffer, Uint8Array or ArrayBuffer), not ${describe(body)}: read it before any JSON parser.`,
  );
}

/** The bytes Mux signs: `<timestamp>.` followed by the body's bytes (a string body as UTF-8). Call after {@link checkBody}. */
export function signedPayload(timestamp: number, body: unknown): Uint8Array<ArrayBuffer> {
  if (typeof body === "string") return encoder.encode(`${timestamp}.${body}`);
  const bytes = bytesOf(body) as Uint8Array;
  const prefix = encoder.encode(`${timestamp}.`);
  const payload = new Uint8Array(prefix.length + bytes.length);
  payload.set(prefix);
  payload.set(bytes, prefix.length);
  return payload;
}

/** The body as text: a string as is, bytes decoded as UTF-8; `undefined` for bytes that are not UTF-8. Call after {@link checkBody}. */
export function bodyText(body: unknown): string | undefined {
  if (typeof body === "string") return body;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytesOf(body));
  } catch {
    return undefined;
  }
}
