import { keySourceFor } from "./key-source.js";
import { signDrmLicenseToken, signPlaybackTokens, signViewerCountsToken } from "./tokens.js";
import type {
  JwtCredentials,
  JwtTokenOptions,
  PlaybackTokenType,
  TokensFor,
  TokenTypeEntry,
  ViewerCountsTokenType,
} from "./types.js";

/** Options of a {@link JwtSigner} call: like the sign functions, without the key. */
export interface JwtSignerOptions<T extends string> extends JwtTokenOptions {
  /** The token type; defaults to `"video"`. */
  type?: T | undefined;
}

/** Options of a {@link JwtSigner} call that signs several playback tokens at once; `E` is the list as written. */
export interface JwtSignerMultipleOptions<T extends string, E extends readonly TokenTypeEntry<T>[] = readonly TokenTypeEntry<T>[]>
  extends JwtTokenOptions {
  /** The tokens to sign; one per type. */
  type: E;
}

/** Signs Mux tokens with one key, imported once. */
export interface JwtSigner {
  /** The signing key id put in every token's `kid` claim. */
  readonly keyId: string;
  /**
   * Signs one playback token (type `"video"` unless `type` says otherwise).
   * Same as `signPlaybackId` from `@mux/jwt`, with this signer's key.
   */
  signPlaybackId(playbackId: string, options?: JwtSignerOptions<PlaybackTokenType>): Promise<string>;
  /**
   * Signs one token per entry of `type`, keyed by Mux Player attribute (`playback-token`...).
   * Same as `signPlaybackId` from `@mux/jwt`, with this signer's key.
   */
  signPlaybackId<const E extends readonly TokenTypeEntry<PlaybackTokenType>[]>(
    playbackId: string,
    options: JwtSignerMultipleOptions<PlaybackTokenType, E>,
  ): Promise<TokensFor<E>>;
  /**
   * Signs a token for the viewer-count API; `type` says what kind of id `id` is.
   * Same as `signViewerCounts` from `@mux/jwt`, with this signer's key.
   */
  signViewerCounts(id: string, options?: JwtSignerOptions<ViewerCountsTokenType>): Promise<string>;
  /**
   * Signs a DRM license token for a playback id.
   * Same as `signDrmLicense` from `@mux/jwt`, with this signer's key.
   */
  signDrmLicense(playbackId: string, options?: JwtTokenOptions): Promise<string>;
}

/**
 * A signer bound to one signing key. The key is imported as soon as the signer is created
 * and reused by every call. `keyId` / `keySecret` fall back to `MUX_SIGNING_KEY` /
 * `MUX_PRIVATE_KEY`; a missing one throws MissingCredentialsError right away, a key that
 * cannot be imported rejects each sign call with InvalidKeyError.
 *
 * @example
 * const signer = createJwtSigner({ keyId, keySecret });
 * const token = await signer.signPlaybackId(playbackId, { expiration: "1h" });
 */
export function createJwtSigner(credentials?: JwtCredentials): JwtSigner {
  const resolved = keySourceFor(credentials);
  const imported = resolved.key();
  // Surface import failures through the sign calls, not as an unhandled rejection.
  imported.catch(() => {});
  const source = { keyId: resolved.keyId, key: () => imported };
  // keyId / keySecret in a call's options are ignored: the signer's key is used.
  const signer = {
    keyId: resolved.keyId,
    signPlaybackId: (playbackId: string, options?: JwtSignerOptions<PlaybackTokenType> | JwtSignerMultipleOptions<PlaybackTokenType>) =>
      signPlaybackTokens(source, playbackId, options),
    signViewerCounts: (id: string, options?: JwtSignerOptions<ViewerCountsTokenType>) =>
      signViewerCountsToken(source, id, options),
    signDrmLicense: (playbackId: string, options?: JwtTokenOptions) =>
      signDrmLicenseToken(source, playbackId, options),
  };
  return Object.freeze(signer) as JwtSigner;
}
