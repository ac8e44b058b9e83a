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
  keyId?: string | null;
  /** The signing key's private key. Falls back to `MUX_PRIVATE_KEY`. */
  keySecret?: JwtKey | null;
}

/** Options shared by every token, without the key. */
export interface JwtTokenOptions {
  /** Validity from now; default 7 days. */
  expiration?: Expiration;
  /** Extra claims; `sub`, `aud`, `exp` and `kid` are reserved. */
  params?: JwtParams;
}

/** Options for one token of type `T`. */
export interface JwtSignOptions<T extends string> extends JwtCredentials, JwtTokenOptions {
  /** The token type; defaults to `"video"`. */
  type?: T;
}

/** A type name, or a `[type, params]` pair whose params merge over the shared `params`. */
export type TokenTypeEntry<T extends string> = T | readonly [T, JwtParams];

/** Options for several tokens at once: `type` is a list of types or `[type, params]` pairs. */
export interface JwtSignMultipleOptions<T extends string> extends JwtCredentials, JwtTokenOptions {
  /** The tokens to sign; one per type. */
  type: readonly TokenTypeEntry<T>[];
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
