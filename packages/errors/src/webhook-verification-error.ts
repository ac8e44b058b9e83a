import { MuxError, type MuxErrorOptions } from "./mux-error.js";

/**
 * Why a webhook failed verification:
 * - `missing_secret`: no usable signing secret was given or configured;
 * - `missing_header`: the request has no `mux-signature` header;
 * - `malformed_header`: the header is not `t=<unix seconds>,v1=<hex signature>`;
 * - `no_matching_signature`: no `v1` signature matches the body for any given secret;
 * - `timestamp_too_old`: signed longer ago than the tolerance allows (a possible replay);
 * - `timestamp_in_future`: signed further ahead than the tolerance allows (clock skew or forgery);
 * - `invalid_body`: the body is not raw text or bytes, or (when unwrapping) not a JSON event.
 */
export type WebhookVerificationReason =
  | "missing_secret"
  | "missing_header"
  | "malformed_header"
  | "no_matching_signature"
  | "timestamp_too_old"
  | "timestamp_in_future"
  | "invalid_body";

/**
 * A webhook could not be verified (or, when unwrapping, parsed), so it must not be trusted.
 * `reason` says which check failed; the message says what to do about it. Neither ever
 * contains the signing secret.
 */
export class WebhookVerificationError extends MuxError {
  static override readonly kind: string = "WebhookVerificationError";

  /** Which check failed. */
  declare readonly reason: WebhookVerificationReason;

  /**
   * @param reason - which check failed.
   * @param message - a sentence saying what went wrong and what to do; never include the secret.
   */
  constructor(reason: WebhookVerificationReason, message?: string, options?: MuxErrorOptions) {
    super(message ?? `The webhook failed verification (${reason}).`, options);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}
