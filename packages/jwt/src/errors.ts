// The one place this package constructs @mux/errors instances, so the rest of the code
// does not depend on the exact constructor signatures.
import {
  InvalidArgumentError,
  InvalidKeyError,
  MissingCredentialsError,
  TokenVerificationError,
  type TokenVerificationReason,
} from "@mux/errors";

/** An InvalidArgumentError naming the offending option. */
export function invalidArgument(argument: string, message: string, cause?: unknown): InvalidArgumentError {
  return new InvalidArgumentError(argument, message, cause === undefined ? undefined : { cause });
}

/** An InvalidKeyError. The message must never contain key material; callers pass fixed text only. */
export function invalidKey(argument: string, message: string): InvalidKeyError {
  return new InvalidKeyError(argument, message);
}

/** A MissingCredentialsError naming the option and the environment variable to set. */
export function missingCredentials(message: string): MissingCredentialsError {
  return new MissingCredentialsError(message);
}

/** A TokenVerificationError (argument `"token"`) with the check that failed. */
export function verificationFailed(reason: TokenVerificationReason, message: string, cause?: unknown): TokenVerificationError {
  return new TokenVerificationError(reason, message, cause === undefined ? undefined : { cause });
}
