/** 4. JWT signs per second with a base64 PEM key passed on every call, vs node:crypto with a pre-imported key. */
import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import Mux from "official-mux-node";
import { nowMs, rotate, summarize } from "../lib/stats.mjs";

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

async function measure(fn, count, inFlight) {
  const start = nowMs();
  if (inFlight === 1) {
    for (let i = 0; i < count; i++) await fn(`playback-${i}`);
  } else {
    let next = 0;
    const worker = async () => {
      while (next < count) await fn(`playback-${next++}`);
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
  }
  return (count * 1000) / (nowMs() - start);
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
    const live = contenders.filter((c) => !c.skip);
    for (const c of live) {
      checkToken(c.name, await c.fn("check-id"), publicKeyPem, "check-id");
      await measure(c.fn, 30, inFlight); // warm-up
    }
    const samples = new Map(live.map((c) => [c.name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const c of rotate(live, round)) samples.get(c.name).push(await measure(c.fn, perRound, inFlight));
    }
    const floorRate = summarize(samples.get(contenders[0].name)).median;
    for (const c of contenders) {
      const row = { bench: "4 jwt", contender: c.name, metric: `signs/s, ${inFlight === 1 ? "sequential" : "8 in flight"}` };
      if (c.skip) {
        rows.push({ ...row, note: c.skip });
        continue;
      }
      const s = summarize(samples.get(c.name));
      const target = c.name === "ours" && inFlight === 1 ? ">=0.80x floor" : undefined;
      rows.push({
        ...row,
        ...s,
        format: (n) => n.toFixed(0),
        ratio: c.reference ? undefined : s.median / floorRate,
        ratioOf: "floor",
        target,
        pass: target ? s.median / floorRate >= 0.8 : undefined,
      });
    }
  }
  return rows;
}
