import type { Jwt, JwtCredentials } from "@mux/jwt";
import { loadOnce } from "./load-once.js";

/**
 * `mux.jwt`: the token signers of `@mux/jwt`, whose code is loaded the first time one of them is
 * called (every signer returns a promise, so the wait is hidden in it). An app that never signs a
 * token neither loads nor, with a code-splitting bundler, ships the signing code. The defaults are
 * held in this closure only: inspecting or serialising the object shows no key.
 */
export function lazyJwt(defaults: JwtCredentials): Jwt {
  const load = loadOnce(() => import("./jwt-signers.js").then(({ Jwt }) => new Jwt(defaults)));
  const signers: Pick<Jwt, "signPlaybackId" | "signViewerCounts" | "signDrmLicense"> = {
    signPlaybackId: ((playbackId: string, options?: never) =>
      load().then((jwt) => jwt.signPlaybackId(playbackId, options))) as Jwt["signPlaybackId"],
    signViewerCounts: (id, options) => load().then((jwt) => jwt.signViewerCounts(id, options)),
    signDrmLicense: (playbackId, options) => load().then((jwt) => jwt.signDrmLicense(playbackId, options)),
  };
  // The class `Jwt` has a private field, so TypeScript treats it as nominal; these are its methods.
  return Object.freeze(signers) as Jwt;
}
