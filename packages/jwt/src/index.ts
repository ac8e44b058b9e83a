export { createJwtSigner, type JwtSigner, type JwtSignerMultipleOptions, type JwtSignerOptions } from "./create-jwt-signer.js";
export { Jwt } from "./jwt.js";
export { signDrmLicense } from "./sign-drm-license.js";
export { signPlaybackId } from "./sign-playback-id.js";
export { signViewerCounts } from "./sign-viewer-counts.js";
export type {
  Expiration,
  JwtCredentials,
  JwtKey,
  JwtParams,
  JwtSignDrmLicenseOptions,
  JwtSignMultipleOptions,
  JwtSignOptions,
  JwtTokenOptions,
  MuxTokenClaims,
  PlaybackTokenType,
  TokenName,
  TokenNameByType,
  Tokens,
  TokensFor,
  TokenTypeEntry,
  ViewerCountsTokenType,
} from "./types.js";
export { type VerifyMuxTokenOptions, verifyMuxToken } from "./verify-mux-token.js";
