/**
 * 6. Webhook verifications per second: a realistic signed event verified by ours, our umbrella and
 * the official SDK, against a floor of bare WebCrypto (HMAC-SHA256 sign with a key imported once,
 * then a byte comparison) over the same body.
 */
import { createHmac } from "node:crypto";
import Mux from "official-mux-node";
import { measureRate, rowsAgainstFloor } from "../lib/throughput.mjs";

const SECRET = "bench-webhook-signing-secret-0123456789";
const encoder = new TextEncoder();

/** A video.asset.ready event shaped like Mux's (about 1.6 KB). */
function eventBody() {
  return JSON.stringify({
    type: "video.asset.ready",
    request_id: null,
    object: { type: "asset", id: "Ka4pL01j8ZlT02nYbQ8uA01X6p7x3V9mQ" },
    id: "3a56ac3d-33da-4366-855b-f592d898409d",
    environment: { name: "Production", id: "j0863n" },
    data: {
      tracks: [
        { type: "video", max_width: 1920, max_height: 1080, max_frame_rate: 29.97, id: "7fe9Zk2nA02Ng9Bv01QeX", duration: 23.8 },
        { type: "audio", max_channels: 2, max_channel_layout: "stereo", id: "FzJ3p8c01lQ9e6Xw", duration: 23.8, language_code: "en" },
      ],
      status: "ready",
      passthrough: "user-upload-8f2b0c",
      playback_ids: [{ policy: "signed", id: "uNbxnGLKJ00yfbijDO8COxTOyVKT01xpxW" }],
      mp4_support: "none",
      max_stored_resolution: "HD",
      max_stored_frame_rate: 29.97,
      master_access: "none",
      id: "Ka4pL01j8ZlT02nYbQ8uA01X6p7x3V9mQ",
      duration: 23.8,
      created_at: 1767225600,
      aspect_ratio: "16:9",
      upload_id: "OA02dANZ6JzoZ5Tkx00bGNQMmT6gf3W",
      video_quality: "plus",
      resolution_tier: "1080p",
      encoding_tier: "smart",
      ingest_type: "on_demand_direct_upload",
      meta: { title: "Quarterly review", creator_id: "user-812", external_id: "video-9321" },
      static_renditions: { status: "disabled" },
      non_standard_input_reasons: { video_codec: "hevc" },
    },
    created_at: "2026-01-01T00:00:00.000000Z",
    attempts: [],
    accessor_source: null,
    accessor: null,
  });
}

/** Node-style request headers, as a receiver gets them. */
function requestHeaders(signature) {
  return {
    host: "example.com",
    "user-agent": "Mux Webhooks/1.0",
    "content-length": "1650",
    accept: "*/*",
    "content-type": "application/json",
    "mux-signature": signature,
    "x-forwarded-for": "203.0.113.7",
    "accept-encoding": "gzip",
  };
}


/** Resolves for the genuine body, rejects for a tampered one; else the contender is broken. */
async function check(name, verify, body, headers) {
  await verify(body, headers);
  const tampered = await verify(body.replace("ready", "reaDy"), headers).then(
    () => false,
    () => true,
  );
  if (!tampered) throw new Error(`${name}: accepted a tampered body`);
}

/**
 * Short blocks, many rounds: each contender runs `perRound` verifications in turn (rotated), so a
 * change of load on a shared machine hits every contender alike; the figure is the median block.
 */
export async function benchWebhooks({ ours, rounds = 150, perRound = 200 }) {
  const body = eventBody();
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac("sha256", SECRET).update(`${t}.${body}`).digest("hex");
  const headers = requestHeaders(`t=${t},v1=${v1}`);

  // The floor: what any verifier must do at least, with nothing parsed and the key imported once.
  const key = await crypto.subtle.importKey("raw", encoder.encode(SECRET), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const expected = new Uint8Array(Buffer.from(v1, "hex"));
  const floor = async (b) => {
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`${t}.${b}`)));
    let diff = mac.length ^ expected.length;
    for (let i = 0; i < mac.length; i++) diff |= mac[i] ^ expected[i];
    if (diff !== 0) throw new Error("no match");
  };

  const official = new Mux({ tokenId: "unused", tokenSecret: "unused", webhookSecret: SECRET });
  const OurMux = ours["mux-node"] ? (ours["mux-node"].default ?? ours["mux-node"].Mux) : undefined;
  const umbrella = OurMux ? new OurMux({ tokenId: "unused", tokenSecret: "unused", webhookSecret: SECRET }) : undefined;
  const bodyBuffer = Buffer.from(body);

  const contenders = [
    { name: "WebCrypto floor (pre-imported key)", reference: true, verify: (b) => floor(b) },
    ours.webhooks
      ? { name: "ours", verify: (b, h) => ours.webhooks.verifyWebhookSignature(b, h, SECRET) }
      : { name: "ours", skip: "@mux/webhooks not built" },
    ours.webhooks
      ? { name: "ours, Buffer body (diag)", verify: (b, h) => ours.webhooks.verifyWebhookSignature(b === body ? bodyBuffer : Buffer.from(b), h, SECRET) }
      : { name: "ours, Buffer body (diag)", skip: "@mux/webhooks not built" },
    umbrella
      ? { name: "ours (umbrella)", verify: (b, h) => umbrella.webhooks.verifySignature(b, h) }
      : { name: "ours (umbrella)", skip: "@mux/mux-node not built" },
    { name: "official", verify: (b, h) => official.webhooks.verifySignature(b, h) },
  ];
  const live = contenders.filter((c) => !c.skip);
  for (const c of live) await check(c.name, c.verify, body, headers);

  const rows = [];
  for (const inFlight of [1, 8]) {
    const timed = contenders.map((c) => (c.skip ? c : { ...c, fn: () => c.verify(body, headers) }));
    for (const c of timed.filter((c) => !c.skip)) await measureRate(c.fn, 2000, inFlight); // warm-up
    rows.push(
      ...(await rowsAgainstFloor({
        bench: "6 webhooks",
        unit: "verifications",
        contenders: timed,
        rounds,
        perRound,
        inFlight,
        minRatio: 0.9,
        note: `body ${body.length} B`,
      })),
    );
  }
  return rows;
}
