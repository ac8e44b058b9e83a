import { invalidArgument } from "./errors.js";
import { importPublicKey } from "./import-public-key.js";
import type { MuxTokenClaims } from "./types.js";

/** Extra checks for {@link verifyMuxToken}. */
export interface VerifyMuxTokenOptions {
  /** Expected `aud` (e.g. `"v"`), or a list of accepted values. */
  audience?: string | string[];
  /** Expected `sub` (the playback id or other id). */
  subject?: string;
  /** Expected `kid` claim (the signing key id). */
  keyId?: string;
  /** Seconds (or a duration like `"30s"`) of clock skew tolerated for `exp`. */
  clockTolerance?: number | string;
  /** The time to check `exp` against; default now. */
  currentDate?: Date;
}

/**
 * Checks an RS256 Mux token against a signing key's public key and returns its claims.
 * Use it in tests, or to find out why a player rejects a token.
 *
 * `publicKey` is a CryptoKey, an SPKI (`BEGIN PUBLIC KEY`) or PKCS#1 (`BEGIN RSA PUBLIC KEY`)
 * PEM, or base64 of one. A bad key rejects with InvalidKeyError (argument `"publicKey"`);
 * a token that fails a check rejects with InvalidArgumentError (argument `"token"`) whose
 * message says which check failed.
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
    throw invalidArgument("token", "token must be a non-empty string (a compact JWT).");
  }
  const key = await importPublicKey(publicKey);
  // jose is loaded here, on first use: importing @mux/jwt to sign tokens does not load it.
  const { jwtVerify } = await import("jose/jwt/verify");
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
    const reason = error instanceof Error ? error.message : "it could not be verified";
    throw invalidArgument("token", `The token did not verify: ${reason}`, error);
  }
  if (typeof payload.sub !== "string" || typeof payload.aud !== "string") {
    throw invalidArgument("token", 'The token did not verify: "sub" and "aud" must be strings.');
  }
  if (options?.keyId !== undefined && payload.kid !== options.keyId) {
    throw invalidArgument("token", 'The token did not verify: unexpected "kid" claim value.');
  }
  return payload as MuxTokenClaims;
}
