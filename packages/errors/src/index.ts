export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ConnectionErrorOptions,
  type ErrorHeadersInit,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./api-error.js";
export {
  InvalidArgumentError,
  InvalidKeyError,
  MISSING_API_CREDENTIALS_MESSAGE,
  MissingCredentialsError,
  MuxError,
  type MuxErrorOptions,
} from "./mux-error.js";
export { parseRetryAfterMs } from "./retry-after.js";
export { TokenVerificationError, type TokenVerificationReason } from "./token-verification-error.js";
export { type WebhookVerificationReason, WebhookVerificationError } from "./webhook-verification-error.js";
export { type WaitReason, WaitError } from "./wait-error.js";
