import { signDrmLicenseWith } from "./sign-drm-license.js";
import { signPlaybackIdWith } from "./sign-playback-id.js";
import { signViewerCountsWith } from "./sign-viewer-counts.js";
import type {
  JwtCredentials,
  JwtSignDrmLicenseOptions,
  JwtSignMultipleOptions,
  JwtSignOptions,
  PlaybackTokenType,
  Tokens,
  TokensFor,
  TokenTypeEntry,
  ViewerCountsTokenType,
} from "./types.js";

/**
 * The token signers with default credentials, as `mux.jwt` on the umbrella client.
 * The key id and key come from each call's options, then these defaults (the client's
 * `jwtSigningKey` / `jwtPrivateKey`), then `MUX_SIGNING_KEY` / `MUX_PRIVATE_KEY`.
 * The defaults live in a private field: they are not enumerable and not shown by inspection.
 *
 * @example
 * const jwt = new Jwt({ keyId: process.env.KEY_ID, keySecret: process.env.KEY });
 * const token = await jwt.signPlaybackId(playbackId);
 */
export class Jwt {
  readonly #defaults: JwtCredentials;

  constructor(defaults?: JwtCredentials) {
    this.#defaults = { keyId: defaults?.keyId, keySecret: defaults?.keySecret };
  }

  /**
   * Signs one playback token (type `"video"` unless `type` says otherwise).
   * Same as `signPlaybackId` from `@mux/jwt`, with this object's default key.
   */
  signPlaybackId(playbackId: string, options?: JwtSignOptions<PlaybackTokenType>): Promise<string>;
  /**
   * Signs one token per entry of `type`, keyed by Mux Player attribute (`playback-token`...).
   * Same as `signPlaybackId` from `@mux/jwt`, with this object's default key.
   */
  signPlaybackId<const E extends readonly TokenTypeEntry<PlaybackTokenType>[]>(
    playbackId: string,
    options: JwtSignMultipleOptions<PlaybackTokenType, E>,
  ): Promise<TokensFor<E>>;
  signPlaybackId(
    playbackId: string,
    options?: JwtSignOptions<PlaybackTokenType> | JwtSignMultipleOptions<PlaybackTokenType>,
  ): Promise<string | Tokens> {
    return signPlaybackIdWith(this.#defaults, playbackId, options);
  }

  /**
   * Signs a token for the viewer-count API; `type` says what kind of id `id` is.
   * Same as `signViewerCounts` from `@mux/jwt`, with this object's default key.
   */
  signViewerCounts(id: string, options?: JwtSignOptions<ViewerCountsTokenType>): Promise<string> {
    return signViewerCountsWith(this.#defaults, id, options);
  }

  /**
   * Signs a DRM license token for a playback id.
   * Same as `signDrmLicense` from `@mux/jwt`, with this object's default key.
   */
  signDrmLicense(playbackId: string, options?: JwtSignDrmLicenseOptions): Promise<string> {
    return signDrmLicenseWith(this.#defaults, playbackId, options);
  }
}
