/** 4. JWT signs per second with a base64 PEM key passed on every call, vs node:crypto with a pre-imported key. */
import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import Mux from "official-mux-node";
import { measureRate, rowsAgainstFloor } from "../lib/throughput.mjs";

const b64url = (s) => Buffer.from(s).toString("base64url");

async function floor(keyId, keySecret) {
  const keyObject = createPrivateKey(Buffer.from(keySecret, "base64").toString("utf8"));
  const pkcs8 = keyObject.export({ type: "pkcs8", format: "der" });
  const cryptoKey = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"]);
  const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: keyId }));
  const input = (id) => `${header}.${b64url(JSON.stringify({ sub: id, aud: "v", exp: Math.floor(Date.now() / 1000) + 604800 }))}`;
  return {
    sync(id) {
      const data = input(id);
      return `${data}.${sign("sha256", Buffer.from(data), keyObject).toString("base64url")}`;
    },
    async webcrypto(id) {
      const data = input(id);
      const sig = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", cryptoKey, Buffer.from(data));
      return `${data}.${Buffer.from(sig).toString("base64url")}`;
    },
    async(id) {
      const data = input(id);
      return new Promise((resolve, reject) =>
        sign("sha256", Buffer.from(data), keyObject, (err, sig) => (err ? reject(err) : resolve(`${data}.${sig.toString("base64url")}`))),
      );
    },
  };
}

function checkToken(name, token, publicKeyPem, playbackId) {
  const [h, p, s] = String(token).split(".");
  const ok = verify("sha256", Buffer.from(`${h}.${p}`), createPublicKey(publicKeyPem), Buffer.from(s ?? "", "base64url"));
  const claims = JSON.parse(Buffer.from(p, "base64url").toString());
  if (!ok || claims.sub !== playbackId || claims.aud !== "v") throw new Error(`${name}: produced an invalid token`);
}


export async function benchJwt({ ours, keyId, keySecret, publicKeyPem, rounds = 7, perRound = 120 }) {
  const f = await floor(keyId, keySecret);
  const official = new Mux({ tokenId: "unused", tokenSecret: "unused" });
  const rows = [];
  for (const inFlight of [1, 8]) {
    const contenders = [
      inFlight === 1
        ? { name: "node:crypto floor (sync, KeyObject)", reference: true, fn: (id) => f.sync(id) }
        : { name: "node:crypto floor (async, KeyObject)", reference: true, fn: (id) => f.async(id) },
      { name: "WebCrypto, pre-imported CryptoKey (diag)", fn: (id) => f.webcrypto(id) },
      ours.jwt
        ? { name: "ours", fn: (id) => ours.jwt.signPlaybackId(id, { keyId, keySecret }) }
        : { name: "ours", skip: "@mux/jwt not built" },
      ours["mux-node"]
        ? (() => {
            const OurMux = ours["mux-node"].default ?? ours["mux-node"].Mux;
            const mux = new OurMux({ tokenId: "unused", tokenSecret: "unused" });
            return { name: "ours (umbrella)", fn: (id) => mux.jwt.signPlaybackId(id, { keyId, keySecret }) };
          })()
        : { name: "ours (umbrella)", skip: "@mux/mux-node not built" },
      { name: "official", fn: (id) => official.jwt.signPlaybackId(id, { keyId, keySecret }) },
    ];
    for (const c of contenders.filter((c) => !c.skip)) {
      checkToken(c.name, await c.fn("check-id"), publicKeyPem, "check-id");
      await measureRate((i) => c.fn(`playback-${i}`), 30, inFlight); // warm-up
    }
    const timed = contenders.map((c) => (c.skip ? c : { ...c, fn: (i) => c.fn(`playback-${i}`) }));
    rows.push(...(await rowsAgainstFloor({ bench: "4 jwt", unit: "signs", contenders: timed, rounds, perRound, inFlight, minRatio: 0.8 })));
  }
  return rows;
}
