import type {
  Jwt,
  JwtCredentials,
  JwtSignDrmLicenseOptions,
  JwtSignMultipleOptions,
  JwtSignOptions,
  PlaybackTokenType,
  Tokens,
  ViewerCountsTokenType,
} from "@mux/jwt";

/**
 * `mux.jwt`: the token signers of `@mux/jwt`'s `Jwt`, whose code (key import, claims, caches) is
 * loaded the first time one of them is called, so `import Mux from "@mux/mux-node"` does not pay
 * for it. Each method resolves exactly as `Jwt`'s does; a failure to load rejects the call.
 */
export class LazyJwt {
  readonly #defaults: JwtCredentials;
  #jwt: Promise<Jwt> | undefined;

  constructor(defaults: JwtCredentials) {
    this.#defaults = defaults;
  }

  #load(): Promise<Jwt> {
    // A failed load is not kept: the next call tries again.
    this.#jwt ??= import("./jwt.js").then(
      ({ Jwt }) => new Jwt(this.#defaults),
      (error: unknown) => {
        this.#jwt = undefined;
        throw error;
      },
    );
    return this.#jwt;
  }

  /** Same as `Jwt.signPlaybackId` from `@mux/jwt`, with this client's default key. */
  signPlaybackId(playbackId: string, options?: JwtSignOptions<PlaybackTokenType>): Promise<string>;
  signPlaybackId(playbackId: string, options: JwtSignMultipleOptions<PlaybackTokenType>): Promise<Tokens>;
  signPlaybackId(
    playbackId: string,
    options?: JwtSignOptions<PlaybackTokenType> | JwtSignMultipleOptions<PlaybackTokenType>,
  ): Promise<string | Tokens> {
    return this.#load().then((jwt) => jwt.signPlaybackId(playbackId, options as JwtSignOptions<PlaybackTokenType>));
  }

  /** Same as `Jwt.signViewerCounts` from `@mux/jwt`, with this client's default key. */
  signViewerCounts(id: string, options?: JwtSignOptions<ViewerCountsTokenType>): Promise<string> {
    return this.#load().then((jwt) => jwt.signViewerCounts(id, options));
  }

  /** Same as `Jwt.signDrmLicense` from `@mux/jwt`, with this client's default key. */
  signDrmLicense(playbackId: string, options?: JwtSignDrmLicenseOptions): Promise<string> {
    return this.#load().then((jwt) => jwt.signDrmLicense(playbackId, options));
  }
}
