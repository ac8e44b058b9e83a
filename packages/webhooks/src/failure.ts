// The one place this package constructs errors, so the rest does not depend on constructor details.
import { InvalidArgumentError, WebhookVerificationError, type WebhookVerificationReason } from "@mux/errors";

/** A WebhookVerificationError. The message must never contain the secret; callers pass fixed text only. */
export function failure(reason: WebhookVerificationReason, message: string, cause?: unknown): WebhookVerificationError {
  return new WebhookVerificationError(reason, message, cause === undefined ? undefined : { cause });
}

/** An InvalidArgumentError for a bad option (a programming mistake, not a bad webhook). */
export function invalidOption(argument: string, message: string): InvalidArgumentError {
  return new InvalidArgumentError(argument, message);
}
