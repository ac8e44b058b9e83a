import { Mux } from "./generated/mux.js";

export { Mux } from "./generated/mux.js";
export type { MuxOptions } from "./mux-base.js";
export * from "./generated/tree.js";
export { Webhooks } from "./webhooks.js";
export default Mux;

export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidArgumentError,
  InvalidKeyError,
  InvalidResponseError,
  MissingCredentialsError,
  MuxError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TokenVerificationError,
  type TokenVerificationReason,
  UnprocessableEntityError,
  WaitError,
  type WaitReason,
  WebhookVerificationError,
} from "@mux/errors";
export type {
  APIPromise,
  ClientOptions,
  Logger,
  LogLevel,
  Page,
  PageParams,
  PagePromise,
  RequestOptions,
} from "@mux/core";
export {
  type CreatedSigningKey,
  type FailedDeletion,
  type RotateSigningKeysOptions,
  type RotateSigningKeysResult,
  type RotationStage,
  type SigningKey,
  type SigningKeyListParams,
  SigningKeyRotationError,
  SigningKeys,
} from "@mux/signing-keys";
export {
  type CheckTokenHealthOptions,
  hasPermission,
  missingPermissions,
  type TokenHealth,
  type TokenHealthFailure,
  type TokenHealthReport,
  Utilities,
  type Whoami,
  type Whoami as UtilityWhoamiResponse,
} from "@mux/utilities";
export type {
  Expiration,
  Jwt,
  JwtCredentials,
  JwtKey,
  JwtParams,
  JwtSignDrmLicenseOptions,
  JwtSignMultipleOptions,
  JwtSignOptions,
  MuxTokenClaims,
  PlaybackTokenType,
  TokenNameByType,
  Tokens,
  TokensFor,
  ViewerCountsTokenType,
} from "@mux/jwt";
export type {
  BaseWebhookEvent,
  UnknownWebhookEvent,
  WebhookBody,
  WebhookEvent,
  WebhookHeaders,
  WebhookHeaderValue,
  WebhookSecret,
  WebhookVerificationReason,
} from "@mux/webhooks";
