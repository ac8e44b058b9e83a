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
} from "@mux/errors";
import { Jwt, type JwtKey } from "@mux/jwt";
import { lazyMuxClient } from "./lazy-client.js";
import { System } from "./system.js";

/** Options of {@link Mux}: every `@mux/core` client option, plus the default JWT signing key. */
export interface MuxOptions extends ClientOptions {
  /** Signing key id for `mux.jwt`. Default: `MUX_SIGNING_KEY`. */
  jwtSigningKey?: string | null | undefined;
  /** Signing key private key for `mux.jwt` (base64 PEM, PEM or CryptoKey). Default: `MUX_PRIVATE_KEY`. */
  jwtPrivateKey?: JwtKey | null | undefined;
}

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * The Mux API client with the official SDK's shape: `mux.system.signingKeys`,
 * `mux.system.utilities` and `mux.jwt`, each built the first time it is touched.
 *
 * The constructor does not check credentials: the API client is created on the first API
 * call, which rejects with `MissingCredentialsError` when neither `tokenId` + `tokenSecret`
 * nor `authorizationToken` (options or `MUX_TOKEN_ID` / `MUX_TOKEN_SECRET` /
 * `MUX_AUTHORIZATION_TOKEN`) is available. So `new Mux()` works for signing tokens only.
 * Options and secrets live in private fields: inspecting or serialising the client shows none.
 *
 * @example
 * import Mux from "@mux/mux-node";
 * const mux = new Mux({ tokenId: process.env.MUX_TOKEN_ID, tokenSecret: process.env.MUX_TOKEN_SECRET });
 * const key = await mux.system.signingKeys.create();
 */
export class Mux {
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
  /** A token that failed `verifyMuxToken`; `reason` says which check. */
  static TokenVerificationError = TokenVerificationError;

  readonly #options: ClientOptions;
  readonly #jwtDefaults: { keyId: string | null | undefined; keySecret: JwtKey | null | undefined };
  #client: MuxClient | undefined;
  #system: System | undefined;
  #jwt: Jwt | undefined;

  constructor(options: MuxOptions = {}) {
    const { jwtSigningKey, jwtPrivateKey, ...clientOptions } = options ?? {};
    this.#options = clientOptions;
    this.#jwtDefaults = { keyId: jwtSigningKey, keySecret: jwtPrivateKey };
  }

  /** The API client shared by every resource; created on the first request. */
  get #api(): MuxClient {
    this.#client ??= lazyMuxClient(this.#options);
    return this.#client;
  }

  /** The System area: `signingKeys` and `utilities`. */
  get system(): System {
    this.#system ??= new System(this.#api);
    return this.#system;
  }

  /**
   * Token signing (`signPlaybackId`, `signViewerCounts`, `signDrmLicense`) with this client's
   * `jwtSigningKey` / `jwtPrivateKey`, then `MUX_SIGNING_KEY` / `MUX_PRIVATE_KEY`, as defaults.
   */
  get jwt(): Jwt {
    this.#jwt ??= new Jwt(this.#jwtDefaults);
    return this.#jwt;
  }

  /** A secret-free summary for `JSON.stringify`. */
  toJSON(): { name: "Mux" } {
    return { name: "Mux" };
  }

  /** A secret-free summary for `util.inspect` / `console.log`. */
  [inspectSymbol](): string {
    return "Mux { system, jwt }";
  }
}
