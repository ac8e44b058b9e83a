import type { ClientOptions, MuxClient } from "@mux/core";
import {
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
  UnprocessableEntityError,
  WaitError,
  WebhookVerificationError,
} from "@mux/errors";
import type { Jwt, JwtKey } from "@mux/jwt";
import { lazyMuxClient } from "./lazy-client.js";
import { lazyJwt } from "./lazy-jwt.js";
import { Webhooks, webhookSecretFromEnv } from "./webhooks.js";

/** Options of `Mux`: every `@mux/core` client option, plus the default JWT signing key and webhook secret. */
export interface MuxOptions extends ClientOptions {
  /** Signing key id for `mux.jwt`. Default: `MUX_SIGNING_KEY`. */
  jwtSigningKey?: string | null | undefined;
  /** Signing key private key for `mux.jwt` (base64 PEM, PEM or CryptoKey). Default: `MUX_PRIVATE_KEY`. */
  jwtPrivateKey?: JwtKey | null | undefined;
  /** Signing secret for `mux.webhooks` (or a list while rotating). Default: `MUX_WEBHOOK_SECRET`; `null` disables that fallback. */
  webhookSecret?: string | readonly string[] | null | undefined;
}

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * What every `Mux` client has besides the API's resources: the options, the error classes as
 * statics, `mux.jwt`, and secret-free `toJSON` / `util.inspect` output. The generated `Mux` class
 * (src/generated/mux.ts) extends it with `video`, `data`, `system` and `robots`.
 *
 * The constructor does not check credentials: the API client is created on the first API
 * call, which rejects with `MissingCredentialsError` when neither `tokenId` + `tokenSecret`
 * nor `authorizationToken` (options or `MUX_TOKEN_ID` / `MUX_TOKEN_SECRET` /
 * `MUX_AUTHORIZATION_TOKEN`) is available. So `new Mux()` works for signing tokens only.
 * Options and secrets live in private fields: inspecting or serialising the client shows none.
 */
export class MuxBase {
  /** Base class of every error the client throws. */
  static MuxError = MuxError;
  /** Bad input caught before any request. */
  static InvalidArgumentError = InvalidArgumentError;
  /** A JWT key that is not a usable RSA private key. */
  static InvalidKeyError = InvalidKeyError;
  /** No API credentials, or no JWT signing key. */
  static MissingCredentialsError = MissingCredentialsError;
  /** Any error answer from the API. */
  static APIError = APIError;
  /** 400. */
  static BadRequestError = BadRequestError;
  /** 401. */
  static AuthenticationError = AuthenticationError;
  /** 403. */
  static PermissionDeniedError = PermissionDeniedError;
  /** 404. */
  static NotFoundError = NotFoundError;
  /** 409. */
  static ConflictError = ConflictError;
  /** 422. */
  static UnprocessableEntityError = UnprocessableEntityError;
  /** 429. */
  static RateLimitError = RateLimitError;
  /** 5xx. */
  static InternalServerError = InternalServerError;
  /** The request never got an answer. */
  static APIConnectionError = APIConnectionError;
  /** The request timed out. */
  static APIConnectionTimeoutError = APIConnectionTimeoutError;
  /** The caller aborted the request. */
  static APIUserAbortError = APIUserAbortError;
  /** A 2xx answer that is not what the operation promises. */
  static InvalidResponseError = InvalidResponseError;
  /** A webhook that failed verification. */
  static WebhookVerificationError = WebhookVerificationError;
  /** A token that failed `verifyMuxToken`; `reason` says which check. */
  static TokenVerificationError = TokenVerificationError;
  /** A waiter (`waitForAssetReady` of `@mux/assets`) that gave up. */
  static WaitError = WaitError;

  readonly #options: ClientOptions;
  readonly #jwtDefaults: { keyId: string | null | undefined; keySecret: JwtKey | null | undefined };
  #client: MuxClient | undefined;
  #jwt: Jwt | undefined;
  readonly #webhookSecret: MuxOptions["webhookSecret"];
  #webhooks: Webhooks | undefined;

  constructor(options: MuxOptions = {}) {
    const { jwtSigningKey, jwtPrivateKey, webhookSecret, ...clientOptions } = options ?? {};
    this.#options = clientOptions;
    this.#jwtDefaults = { keyId: jwtSigningKey, keySecret: jwtPrivateKey };
    this.#webhookSecret = webhookSecret === undefined ? webhookSecretFromEnv() : webhookSecret;
  }

  /** The API client shared by every resource; it reads credentials on the first request. */
  protected get apiClient(): MuxClient {
    this.#client ??= lazyMuxClient(this.#options);
    return this.#client;
  }

  /**
   * Token signing (`signPlaybackId`, `signViewerCounts`, `signDrmLicense`) with this client's
   * `jwtSigningKey` / `jwtPrivateKey`, then `MUX_SIGNING_KEY` / `MUX_PRIVATE_KEY`, as defaults.
   */
  get jwt(): Jwt {
    this.#jwt ??= lazyJwt(this.#jwtDefaults);
    return this.#jwt;
  }

  /** Webhook checks (`unwrap`, `verifySignature`) with this client's `webhookSecret`, then `MUX_WEBHOOK_SECRET`, as default secret. */
  get webhooks(): Webhooks {
    this.#webhooks ??= new Webhooks(this.#webhookSecret);
    return this.#webhooks;
  }

  /** A secret-free summary for `JSON.stringify`. */
  toJSON(): { name: "Mux" } {
    return { name: "Mux" };
  }

  /** A secret-free summary for `util.inspect` / `console.log`. */
  [inspectSymbol](): string {
    return "Mux { video, data, system, robots, jwt, webhooks }";
  }
}
