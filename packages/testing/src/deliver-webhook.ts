import { createWebhookSignature, type WebhookPayload, type WebhookSignatureOptions } from "./webhook-signature.js";

/** Where {@link deliverWebhook} sends the event: a URL, or a fetch-style handler called directly. */
export type WebhookTarget = string | URL | ((request: Request) => Response | Promise<Response>);

/** Options of {@link deliverWebhook}. */
export interface DeliverWebhookOptions extends WebhookSignatureOptions {
  /** The endpoint's signing secret, or several (one `v1` entry each). */
  secret: string | readonly string[];
  /** Extra request headers, applied last: `{ "mux-signature": "..." }` replaces the signature. */
  headers?: Record<string, string>;
  /** The fetch used for URL targets. Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** The request URL a handler target sees. Default `http://localhost/webhooks/mux`. */
  url?: string;
}

/**
 * Sends `event` the way Mux delivers webhooks: a `POST` with a JSON body and a valid
 * `mux-signature` header. `event` is serialised with `JSON.stringify` unless it is already the
 * body (a string or bytes, sent as is). Resolves with the receiver's `Response`.
 *
 * @param target - a URL to POST to, or a handler `(request: Request) => Response` to call.
 *
 * @example
 * const response = await deliverWebhook("http://127.0.0.1:3000/webhooks/mux", { type: "video.asset.ready", ... }, { secret });
 * const direct = await deliverWebhook(app.fetch, event, { secret });
 */
export async function deliverWebhook(target: WebhookTarget, event: unknown, options: DeliverWebhookOptions): Promise<Response> {
  if (typeof options !== "object" || options === null) throw new TypeError("deliverWebhook: options must be an object with the endpoint's signing secret, such as { secret }.");
  const body: WebhookPayload =
    typeof event === "string" || event instanceof Uint8Array || event instanceof ArrayBuffer ? event : JSON.stringify(event);
  if (typeof body !== "string" && typeof body !== "object") throw new TypeError("event must be JSON-serialisable, or the body as a string or bytes.");
  const signature = await createWebhookSignature(body, options.secret, options);
  const init: RequestInit = {
    method: "POST",
    body: body as BodyInit,
    headers: { "content-type": "application/json", "mux-signature": signature, ...options.headers },
  };
  if (typeof target === "function") return target(new Request(options.url ?? "http://localhost/webhooks/mux", init));
  if (typeof target !== "string" && !(target instanceof URL)) throw new TypeError("target must be a URL or a (request: Request) => Response handler.");
  return (options.fetch ?? fetch)(target, init);
}
