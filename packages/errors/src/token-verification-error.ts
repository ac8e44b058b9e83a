import { InvalidArgumentError, type MuxErrorOptions } from "./mux-error.js";

/**
 * Why a token failed verification, for code that reacts to it (refresh an expired token,
 * alert on a bad signature) without reading the message:
 * - `expired`: `exp` is in the past;
 * - `not_yet_valid`: `nbf` (or `iat`) is in the future;
 * - `bad_signature`: the signature does not match this public key (another key, or a changed token);
 * - `wrong_audience`, `wrong_subject`, `wrong_key_id`: `aud`, `sub` or `kid` is not the expected one;
 * - `wrong_algorithm`: not signed with RS256;
 * - `missing_claim`: `sub`, `aud` or `exp` is absent;
 * - `malformed`: not a compact JWT, or a claim has the wrong type.
 */
export type TokenVerificationReason =
  | "expired"
  | "not_yet_valid"
  | "bad_signature"
  | "wrong_audience"
  | "wrong_subject"
  | "wrong_key_id"
  | "wrong_algorithm"
  | "missing_claim"
  | "malformed";

/**
 * A token that failed verification. `argument` is `"token"`; `reason` says which check failed.
 * It is an InvalidArgumentError, so code that caught those before keeps working.
 */
export class TokenVerificationError extends InvalidArgumentError {
  static override readonly kind: string = "TokenVerificationError";

  /** Which check failed. */
  declare readonly reason: TokenVerificationReason;

  /**
   * @param reason - which check failed.
   * @param message - a sentence describing the failure (never the token itself).
   */
  constructor(reason: TokenVerificationReason, message: string, options?: MuxErrorOptions) {
    super("token", message, options);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}
