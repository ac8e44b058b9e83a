// JWT app: sign a playback token with a Mux-style key, verify it with @mux/jwt and,
// independently, with WebCrypto; a broken key fails with InvalidKeyError and no key material.
import { createJwtSigner, signPlaybackId, verifyMuxToken } from "@mux/jwt";
import { check, equal, rejects } from "./check.mjs";
import { generateMuxStyleKey, verifyJwt } from "./rsa.mjs";

/** @returns {Promise<import("./check.mjs").SmokeResult>} */
export async function run() {
  const checks = [];
  const keyId = "smokeSigningKeyId";
  const { keySecret, publicKey, publicKeyPem } = await generateMuxStyleKey();

  const token = await signPlaybackId("smokePlaybackId", { keyId, keySecret, expiration: "1h" });
  const { header, claims } = await verifyJwt(token, publicKey);
  equal(header.alg, "RS256", "alg");
  equal(claims.sub, "smokePlaybackId", "sub");
  equal(claims.aud, "v", "aud");
  equal(claims.kid ?? header.kid, keyId, "kid");
  const exp = Number(claims.exp);
  const now = Date.now() / 1000;
  check(exp > now + 3000 && exp < now + 3700, `exp about an hour ahead (got ${exp - now}s)`);
  checks.push("signPlaybackId gives an RS256 token that WebCrypto verifies");

  const verified = await verifyMuxToken(token, publicKeyPem, { audience: "v", subject: "smokePlaybackId" });
  equal(verified.sub, "smokePlaybackId", "verifyMuxToken sub");
  const verifiedWithKey = await verifyMuxToken(token, publicKey);
  equal(verifiedWithKey.aud, "v", "verifyMuxToken (CryptoKey) aud");
  checks.push("verifyMuxToken accepts it (PEM and CryptoKey)");

  const other = await generateMuxStyleKey();
  const wrongKey = await rejects(() => verifyMuxToken(token, other.publicKeyPem), "verify with another key");
  check(wrongKey instanceof Error, "verify failure is an Error");
  checks.push("verifyMuxToken rejects a token signed by another key");

  const signer = createJwtSigner({ keyId, keySecret });
  const thumb = await signer.signPlaybackId("smokePlaybackId", { type: "thumbnail" });
  equal((await verifyJwt(thumb, publicKey)).claims.aud, "t", "thumbnail aud");
  checks.push("createJwtSigner signs thumbnail tokens");

  const bogus = "bm90LWEta2V5LWF0LWFsbA==";
  const bad = await rejects(() => signPlaybackId("smokePlaybackId", { keyId, keySecret: bogus }), "bad key");
  check(bad instanceof Error, "bad key error is an Error");
  equal(/** @type {Error} */ (bad).name, "InvalidKeyError", "bad key error name");
  check(!String(/** @type {Error} */ (bad).message).includes(bogus), "error message has no key material");
  checks.push("a broken key rejects with InvalidKeyError and no key material");

  return { name: "jwt-app", checks };
}
