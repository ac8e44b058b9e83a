import { PLAYBACK_AUDIENCE, TOKEN_NAME, VIEWER_COUNTS_AUDIENCE, lookupType } from "./claims.js";
import { checkParams, claimsJson } from "./claims-set.js";
import { invalidArgument } from "./errors.js";
import { expiresAt, parseExpiration } from "./expiration.js";
import { checkMuxId } from "./mux-id.js";
import type { KeySource } from "./key-source.js";
import { signJson } from "./sign-token.js";
import type { JwtParams, JwtTokenOptions, PlaybackTokenType, Tokens, ViewerCountsTokenType } from "./types.js";

/** Options as the internal signers receive them (already untyped at the edges). */
export interface TokenRequest extends JwtTokenOptions {
  type?: unknown;
}

function unknownType(type: unknown, allowed: Readonly<Record<string, string>>): Error {
  const shown = typeof type === "string" ? `"${type.slice(0, 40)}"` : `a ${type === null ? "null" : typeof type}`;
  return invalidArgument("type", `type must be one of ${Object.keys(allowed).join(", ")}; received ${shown}.`);
}

function checkOptions(options: unknown): TokenRequest {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object") throw invalidArgument("options", "options must be an object.");
  return options as TokenRequest;
}

/** Signs one token for `sub` with audience `aud`. */
async function signOne(source: KeySource, sub: string, aud: string, exp: number, params: JwtParams): Promise<string> {
  const json = claimsJson(sub, aud, exp, source.keyId, params);
  return signJson(await source.key(), json);
}

/** One playback token, or several keyed by Mux Player attribute when `type` is a list. */
export async function signPlaybackTokens(source: KeySource, playbackId: unknown, rawOptions: unknown): Promise<string | Tokens> {
  const sub = checkMuxId(playbackId, "playbackId", "Mux playback ID");
  const options = checkOptions(rawOptions);
  const exp = expiresAt(parseExpiration(options.expiration));
  const shared = checkParams(options.params);
  if (!Array.isArray(options.type)) {
    const type = options.type ?? "video";
    const known = lookupType<PlaybackTokenType>(PLAYBACK_AUDIENCE, type);
    if (known === undefined) throw unknownType(type, PLAYBACK_AUDIENCE);
    return signOne(source, sub, PLAYBACK_AUDIENCE[known], exp, shared);
  }
  const entries: unknown[] = options.type;
  if (entries.length === 0) throw invalidArgument("type", "type must list at least one token type.");
  const plan: Array<[PlaybackTokenType, JwtParams]> = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    let type: unknown = entry;
    let params = shared;
    if (Array.isArray(entry)) {
      if (entry.length < 1 || entry.length > 2) {
        throw invalidArgument("type", `type[${index}] must be a type name or a [type, params] pair.`);
      }
      type = entry[0];
      params = { ...shared, ...checkParams(entry[1], `type[${index}][1]`) };
    }
    const known = lookupType<PlaybackTokenType>(PLAYBACK_AUDIENCE, type);
    if (known === undefined) throw unknownType(type, PLAYBACK_AUDIENCE);
    if (seen.has(known)) throw invalidArgument("type", `type lists "${known}" more than once.`);
    seen.add(known);
    plan.push([known, params]);
  });
  // Import (or fetch from cache) once, then sign every token concurrently.
  await source.key();
  const signed = await Promise.all(plan.map(([type, params]) => signOne(source, sub, PLAYBACK_AUDIENCE[type], exp, params)));
  const tokens: Tokens = {};
  plan.forEach(([type], index) => {
    tokens[TOKEN_NAME[type]] = signed[index]!;
  });
  return tokens;
}

/** A viewer-count token for a video, asset, playback id or live stream. */
export async function signViewerCountsToken(source: KeySource, id: unknown, rawOptions: unknown): Promise<string> {
  const sub = checkMuxId(id, "id", "Mux asset, live stream or playback ID");
  const options = checkOptions(rawOptions);
  const type = options.type ?? "video";
  const known = lookupType<ViewerCountsTokenType>(VIEWER_COUNTS_AUDIENCE, type);
  if (known === undefined) throw unknownType(type, VIEWER_COUNTS_AUDIENCE);
  const exp = expiresAt(parseExpiration(options.expiration));
  return signOne(source, sub, VIEWER_COUNTS_AUDIENCE[known], exp, checkParams(options.params));
}

/** A DRM license token (`aud: "d"`). */
export async function signDrmLicenseToken(source: KeySource, playbackId: unknown, rawOptions: unknown): Promise<string> {
  const sub = checkMuxId(playbackId, "playbackId", "Mux playback ID");
  const options = checkOptions(rawOptions);
  const exp = expiresAt(parseExpiration(options.expiration));
  return signOne(source, sub, PLAYBACK_AUDIENCE.drm_license, exp, checkParams(options.params));
}
