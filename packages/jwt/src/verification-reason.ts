import type { TokenVerificationReason } from "@mux/errors";

/** What jose's errors carry: a `code`, and for claim checks the `claim` and a `reason`. */
interface JoseErrorLike {
  code?: unknown;
  claim?: unknown;
  reason?: unknown;
}

const CLAIM_MISMATCH: Readonly<Record<string, TokenVerificationReason>> = {
  aud: "wrong_audience",
  sub: "wrong_subject",
  nbf: "not_yet_valid",
  iat: "not_yet_valid",
  exp: "expired",
};

/** Maps an error thrown by jose's `jwtVerify` to the reason a Mux token failed. */
export function verificationReason(error: unknown): TokenVerificationReason {
  const e = (typeof error === "object" && error !== null ? error : {}) as JoseErrorLike;
  switch (e.code) {
    case "ERR_JWT_EXPIRED":
      return "expired";
    case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED":
      return "bad_signature";
    case "ERR_JOSE_ALG_NOT_ALLOWED":
    case "ERR_JOSE_NOT_SUPPORTED":
      return "wrong_algorithm";
    case "ERR_JWT_CLAIM_VALIDATION_FAILED": {
      if (e.reason === "missing") return "missing_claim";
      if (e.reason === "invalid") return "malformed";
      return (typeof e.claim === "string" ? CLAIM_MISMATCH[e.claim] : undefined) ?? "malformed";
    }
    default:
      return "malformed";
  }
}
