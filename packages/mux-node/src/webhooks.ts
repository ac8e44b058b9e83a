import { WebhookVerificationError } from "@mux/errors";
import type { WebhookBody, WebhookEvent, WebhookHeaders, WebhookSecret } from "@mux/webhooks";
import { loadOnce } from "./load-once.js";

const MISSING_SECRET =
  "No webhook signing secret: pass it to this method, set it on the client with new Mux({ webhookSecret }), " +
  "or set the MUX_WEBHOOK_SECRET environment variable.";

/** `MUX_WEBHOOK_SECRET`, trimmed; `undefined` when unset, blank, or there is no environment (Workers, browsers). */
export function webhookSecretFromEnv(): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.MUX_WEBHOOK_SECRET;
  return value?.trim() || undefined;
}

/** True when there is a secret to pass on (lists are checked by `@mux/webhooks`). */
function present(secret: WebhookSecret | null | undefined): secret is WebhookSecret {
  return secret !== undefined && secret !== null && secret !== "";
}

/**
 * The verification code, loaded on the first check: an app that never receives a webhook neither
 * loads nor, with a code-splitting bundler, ships it.
 */
const verification = /* @__PURE__ */ loadOnce(() => import("./webhook-verification.js"));

function missingSecret(): Promise<never> {
  return Promise.reject(new WebhookVerificationError("missing_secret", MISSING_SECRET));
}

/**
 * `mux.webhooks`: the official SDK's `unwrap` and `verifySignature`, backed by `@mux/webhooks`
 * (whose verification code is loaded on the first call, see `verification`). The secret comes from the call, else the client's
 * `webhookSecret`, else `MUX_WEBHOOK_SECRET` (read when the client was created); passing `null`
 * explicitly means "no secret", as in the official SDK.
 *
 * Beyond the official SDK it also takes bodies as `Buffer` / `Uint8Array` / `ArrayBuffer`,
 * refuses timestamps more than 300 s in the future, and fails with a typed
 * `WebhookVerificationError` whose `reason` names the failed check.
 */
export class Webhooks {
  readonly #secret: WebhookSecret | null | undefined;

  /** @param secret - the default secret (the client's `webhookSecret`, or the environment's). */
  constructor(secret?: WebhookSecret | null) {
    this.#secret = secret;
  }

  /**
   * Verifies the webhook (see {@link Webhooks.verifySignature}) and returns its parsed event.
   *
   * @example
   * const event = await mux.webhooks.unwrap(await request.text(), request.headers);
   */
  unwrap(body: WebhookBody, headers: WebhookHeaders | null | undefined, secret: WebhookSecret | null | undefined = this.#secret): Promise<WebhookEvent> {
    if (!present(secret)) return missingSecret();
    return verification().then(({ unwrapWebhook }) => unwrapWebhook(body, headers as WebhookHeaders, secret));
  }

  /**
   * Resolves when the `mux-signature` header holds a signature of `body` under the secret and was
   * made within the last (or next) 300 s; rejects with `WebhookVerificationError` otherwise.
   */
  verifySignature(
    body: WebhookBody,
    headers: WebhookHeaders | null | undefined,
    secret: WebhookSecret | null | undefined = this.#secret,
  ): Promise<void> {
    if (!present(secret)) return missingSecret();
    return verification().then(({ verifyWebhookSignature }) => verifyWebhookSignature(body, headers as WebhookHeaders, secret));
  }
}
