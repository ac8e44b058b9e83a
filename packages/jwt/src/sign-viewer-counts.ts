import { keySourceFor } from "./key-source.js";
import { signViewerCountsToken } from "./tokens.js";
import type { JwtCredentials, JwtSignOptions, ViewerCountsTokenType } from "./types.js";

/**
 * Signs a token for the viewer-count (engagement counts) API. `type` is the kind of `id`:
 * `"video"` (default, `aud: "video_id"`), `"asset"`, `"playback"` or `"live_stream"`.
 *
 * @example
 * const token = await signViewerCounts(liveStreamId, { type: "live_stream" });
 */
export function signViewerCounts(id: string, options?: JwtSignOptions<ViewerCountsTokenType>): Promise<string> {
  return signViewerCountsWith(undefined, id, options);
}

/** signViewerCounts with client defaults for the key (used by {@link Jwt}). */
export async function signViewerCountsWith(
  defaults: JwtCredentials | undefined,
  id: string,
  options: JwtSignOptions<ViewerCountsTokenType> | undefined,
): Promise<string> {
  return signViewerCountsToken(keySourceFor(options, defaults), id, options);
}
