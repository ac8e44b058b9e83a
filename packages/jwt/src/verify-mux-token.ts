import { jwtVerify } from "jose/jwt/verify";
import { verificationFailed } from "./errors.js";
import { importPublicKey } from "./import-public-key.js";
import type { MuxTokenClaims } from "./types.js";
import { verificationReason } from "./verification-reason.js";

/** Extra checks for {@link verifyMuxToken}. */
export interface VerifyMuxTokenOptions {
  /** Expected `aud` (e.g. `"v"`), or a list of accepted values. */
  audience?: string | string[] | undefined;
  /** Expected `sub` (the playback id or other id). */
  subject?: string | undefined;
  /** Expected `kid` claim (the signing key id). */
  keyId?: string | undefined;
  /** Seconds (or a duration like `"30s"`) of clock skew tolerated for `exp`. */
  clockTolerance?: number | string | undefined;
  /** The time to check `exp` against; default now. */
  currentDate?: Date | undefined;
}

/**
 * Checks an RS256 Mux token against a signing key's public key and returns its claims.
 * Use it in tests, or to find out why a player rejects a token.
 *
 * `publicKey` is a CryptoKey, an SPKI (`BEGIN PUBLIC KEY`) or PKCS#1 (`BEGIN RSA PUBLIC KEY`)
 * PEM, or base64 of one. A bad key rejects with InvalidKeyError (argument `"publicKey"`);
 * a token that fails a check rejects with TokenVerificationError (an InvalidArgumentError,
 * argument `"token"`) whose `reason` says which check failed (`expired`, `bad_signature`,
 * `wrong_audience`...) and whose message says it in words.
 *
 * @example
 * const claims = await verifyMuxToken(token, publicKeyPem, { audience: "v" });
 */
export async function verifyMuxToken(
  token: string,
  publicKey: CryptoKey | string,
  options?: VerifyMuxTokenOptions,
): Promise<MuxTokenClaims> {
  if (typeof token !== "string" || token.trim() === "") {
    throw verificationFailed("malformed", "The token did not verify (malformed): token must be a non-empty string (a compact JWT).");
  }
  const key = await importPublicKey(publicKey);
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token.trim(), key, {
      algorithms: ["RS256"],
      requiredClaims: ["sub", "aud", "exp"],
      ...(options?.audience === undefined ? {} : { audience: options.audience }),
      ...(options?.subject === undefined ? {} : { subject: options.subject }),
      ...(options?.clockTolerance === undefined ? {} : { clockTolerance: options.clockTolerance }),
      ...(options?.currentDate === undefined ? {} : { currentDate: options.currentDate }),
    }));
  } catch (error) {
    const reason = verificationReason(error);
    const detail = error instanceof Error ? error.message : "it could not be verified";
    throw verificationFailed(reason, `The token did not verify (${reason}): ${detail}`, error);
  }
  if (typeof payload.sub !== "string" || typeof payload.aud !== "string") {
    throw verificationFailed("malformed", 'The token did not verify (malformed): "sub" and "aud" must be strings.');
  }
  if (options?.keyId !== undefined && payload.kid !== options.keyId) {
    throw verificationFailed("wrong_key_id", 'The token did not verify (wrong_key_id): unexpected "kid" claim value.');
  }
  return payload as MuxTokenClaims;
}
