import type {
  JwtCredentials,
  JwtSignMultipleOptions,
  JwtSignOptions,
  PlaybackTokenType,
  Tokens,
  TokensFor,
  TokenTypeEntry,
} from "./types.js";
import { keySourceFor } from "./key-source.js";
import { signPlaybackTokens } from "./tokens.js";

/**
 * Signs a token for a playback id with a signed playback policy.
 *
 * With `type` a single type (default `"video"`), resolves to the token. With `type` a list of
 * types or `[type, params]` pairs, resolves to an object keyed by Mux Player attribute
 * (`playback-token`, `thumbnail-token`, `gif-token`, `storyboard-token`, `stats-token`,
 * `drm-token`), typed with exactly the attributes asked for. `keyId` / `keySecret` fall back to
 * `MUX_SIGNING_KEY` / `MUX_PRIVATE_KEY`.
 *
 * @example
 * const token = await signPlaybackId(playbackId, { keyId, keySecret, expiration: "6h" });
 */
export function signPlaybackId(playbackId: string, options?: JwtSignOptions<PlaybackTokenType>): Promise<string>;
export function signPlaybackId<const E extends readonly TokenTypeEntry<PlaybackTokenType>[]>(
  playbackId: string,
  options: JwtSignMultipleOptions<PlaybackTokenType, E>,
): Promise<TokensFor<E>>;
export function signPlaybackId(
  playbackId: string,
  options?: JwtSignOptions<PlaybackTokenType> | JwtSignMultipleOptions<PlaybackTokenType>,
): Promise<string | Tokens> {
  return signPlaybackIdWith(undefined, playbackId, options);
}

/** signPlaybackId with client defaults for the key (used by {@link Jwt}). */
export async function signPlaybackIdWith(
  defaults: JwtCredentials | undefined,
  playbackId: string,
  options: JwtSignOptions<PlaybackTokenType> | JwtSignMultipleOptions<PlaybackTokenType> | undefined,
): Promise<string | Tokens> {
  return signPlaybackTokens(keySourceFor(options, defaults), playbackId, options);
}
