import { keySourceFor } from "./key-source.js";
import { signDrmLicenseToken } from "./tokens.js";
import type { JwtCredentials, JwtSignDrmLicenseOptions } from "./types.js";

/**
 * Signs a DRM license token (`aud: "d"`) for a playback id.
 *
 * @example
 * const drmToken = await signDrmLicense(playbackId, { keyId, keySecret });
 */
export function signDrmLicense(playbackId: string, options?: JwtSignDrmLicenseOptions): Promise<string> {
  return signDrmLicenseWith(undefined, playbackId, options);
}

/** signDrmLicense with client defaults for the key (used by {@link Jwt}). */
export async function signDrmLicenseWith(
  defaults: JwtCredentials | undefined,
  playbackId: string,
  options: JwtSignDrmLicenseOptions | undefined,
): Promise<string> {
  return signDrmLicenseToken(keySourceFor(options, defaults), playbackId, options);
}
