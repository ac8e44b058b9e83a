import type { PlaybackTokenType, TokenName, ViewerCountsTokenType } from "./types.js";

/** `aud` claim per playback-id token type. */
export const PLAYBACK_AUDIENCE: Readonly<Record<PlaybackTokenType, string>> = {
  video: "v",
  thumbnail: "t",
  gif: "g",
  storyboard: "s",
  stats: "playback_id",
  drm_license: "d",
};

/** `aud` claim per viewer-count token type. */
export const VIEWER_COUNTS_AUDIENCE: Readonly<Record<ViewerCountsTokenType, string>> = {
  video: "video_id",
  asset: "asset_id",
  playback: "playback_id",
  live_stream: "live_stream_id",
};

/** Mux Player attribute name per playback-id token type. */
export const TOKEN_NAME: Readonly<Record<PlaybackTokenType, TokenName>> = {
  video: "playback-token",
  thumbnail: "thumbnail-token",
  gif: "gif-token",
  storyboard: "storyboard-token",
  stats: "stats-token",
  drm_license: "drm-token",
};

/** Claims the library sets itself; `params` may not contain them. */
export const RESERVED_CLAIMS: readonly string[] = ["sub", "aud", "exp", "kid"];

/** Looks `type` up in `table` without touching inherited properties such as `toString`. */
export function lookupType<T extends string>(table: Readonly<Record<T, string>>, type: unknown): T | undefined {
  return typeof type === "string" && Object.hasOwn(table, type) ? (type as T) : undefined;
}
