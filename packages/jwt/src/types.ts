/** The kinds of playback-id token Mux accepts, as `type` of `signPlaybackId` from `@mux/jwt`. */
export type PlaybackTokenType = "video" | "thumbnail" | "gif" | "storyboard" | "stats" | "drm_license";

/** The kinds of id a viewer-count token can be issued for, as `type` of `signViewerCounts` from `@mux/jwt`. */
export type ViewerCountsTokenType = "video" | "asset" | "playback" | "live_stream";

/** The attribute names Mux Player takes, used as keys when several tokens are signed at once. */
export type TokenName =
  | "playback-token"
  | "thumbnail-token"
  | "gif-token"
  | "storyboard-token"
  | "stats-token"
  | "drm-token";

/** Several tokens for one playback id, keyed by the Mux Player attribute name. */
export type Tokens = Partial<Record<TokenName, string>>;

/** The Mux Player attribute each playback-id token type is signed for. */
export interface TokenNameByType {
  video: "playback-token";
  thumbnail: "thumbnail-token";
  gif: "gif-token";
  storyboard: "storyboard-token";
  stats: "stats-token";
  drm_license: "drm-token";
}

/**
 * What `signPlaybackId` resolves to for the list of types `E`: exactly the attributes asked for,
 * each a string. For a list whose entries are not known when compiling (typed as an array rather
 * than written out), every attribute it could hold is optional.
 */
export type TokensFor<E extends readonly TokenTypeEntry<PlaybackTokenType>[]> = number extends E["length"]
  ? { [K in E[number] as TokenNameByType[(K extends readonly [infer T, unknown] ? T : K) & PlaybackTokenType]]?: string }
  : { [K in E[number] as TokenNameByType[(K extends readonly [infer T, unknown] ? T : K) & PlaybackTokenType]]: string };

/** Extra claims added to the token after `sub`, `aud`, `exp` and `kid` (for example `time`, `width`, `playback_restriction_id`). */
export type JwtParams = Record<string, unknown>;

/**
 * How long the token stays valid: a number of seconds, or a string with a unit such as
 * `"30s"`, `"15m"`, `"6h"`, `"7d"`, `"2w"` (also `"90 minutes"`, `"1 year"`).
 */
export type Expiration = number | string;

/**
 * A signing key's private key: the base64-encoded PEM Mux returns, a PEM string
 * (`BEGIN RSA PRIVATE KEY` or `BEGIN PRIVATE KEY`), or an RS256 signing `CryptoKey`.
 */
export type JwtKey = string | CryptoKey;

/** The signing key to use; each field falls back to client defaults, then `MUX_SIGNING_KEY` / `MUX_PRIVATE_KEY`. */
export interface JwtCredentials {
  /** The signing key id (`kid`). Falls back to `MUX_SIGNING_KEY`. */
  keyId?: string | null | undefined;
  /** The signing key's private key. Falls back to `MUX_PRIVATE_KEY`. */
  keySecret?: JwtKey | null | undefined;
}

/** Options shared by every token, without the key. */
export interface JwtTokenOptions {
  /** Validity from now; default 7 days. */
  expiration?: Expiration | undefined;
  /** Extra claims; `sub`, `aud`, `exp` and `kid` are reserved. */
  params?: JwtParams | undefined;
}

/** Options for one token of type `T`. */
export interface JwtSignOptions<T extends string> extends JwtCredentials, JwtTokenOptions {
  /** The token type; defaults to `"video"`. */
  type?: T | undefined;
}

/** A type name, or a `[type, params]` pair whose params merge over the shared `params`. */
export type TokenTypeEntry<T extends string> = T | readonly [T, JwtParams];

/**
 * Options for several tokens at once: `type` is a list of types or `[type, params]` pairs.
 * `E` is that list as written, which makes the result name exactly the tokens asked for.
 */
export interface JwtSignMultipleOptions<T extends string, E extends readonly TokenTypeEntry<T>[] = readonly TokenTypeEntry<T>[]>
  extends JwtCredentials,
    JwtTokenOptions {
  /** The tokens to sign; one per type. */
  type: E;
}

/** Options for a DRM license token (its `type` is always `drm_license`). */
export interface JwtSignDrmLicenseOptions extends JwtCredentials, JwtTokenOptions {}

/** The claims of a verified Mux token. */
export interface MuxTokenClaims {
  /** The playback id, asset id or live stream id the token is for. */
  sub: string;
  /** The token type (`v`, `t`, `g`, `s`, `d`, `playback_id`, `video_id`, ...). */
  aud: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
  /** The signing key id. */
  kid?: string;
  /** Any other claim from `params`. */
  [claim: string]: unknown;
}
