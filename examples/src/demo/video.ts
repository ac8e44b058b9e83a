// The demo's video workflow: a direct upload becomes a ready asset (told by a signed webhook
// against the fake, by polling against the real API), then signed playback and thumbnail URLs.
import { readFile } from "node:fs/promises";
import type Mux from "@mux/mux-node";
import type { WebhookEvent } from "@mux/webhooks";
import { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver.js";

/** What the video workflow made, so the demo's clean-up step removes exactly that. */
export interface VideoResources {
  receiver?: WebhookReceiver;
  webhookEndpointId?: string;
  uploadId?: string;
  assetId?: string;
  signingKeyId?: string;
}

type Detail = (text: string) => void;

/** The bytes the demo uploads: `MUX_DEMO_VIDEO` (a real file, needed by the real API) or 64 KiB of placeholder. */
export async function demoFile(): Promise<{ bytes: Uint8Array<ArrayBuffer>; name: string }> {
  const path = process.env.MUX_DEMO_VIDEO;
  if (path) return { bytes: new Uint8Array(await readFile(path)), name: path };
  return { bytes: new Uint8Array(64 * 1024).fill(0x4d), name: "64 KiB of placeholder bytes" };
}

/** Starts the receiver and registers it as a webhook endpoint through the API (fake only). */
export async function subscribeToWebhooks(mux: Mux, made: VideoResources, detail: Detail): Promise<void> {
  const receiver = await startWebhookReceiver((event) => detail(`webhook ${event.type} received, signature verified`));
  made.receiver = receiver;
  const endpoint = await mux.system.webhooks.create({ address: receiver.url });
  made.webhookEndpointId = endpoint.id;
  receiver.useSecret(endpoint.signing_secret ?? "");
  detail(`receiver listening at ${receiver.url}`);
  detail(`endpoint ${endpoint.id} registered; its signing secret stays in memory (not printed)`);
}

export async function createDirectUpload(mux: Mux, made: VideoResources, detail: Detail) {
  const upload = await mux.video.uploads.create({ cors_origin: "*", new_asset_settings: { playback_policies: ["public"] } });
  made.uploadId = upload.id;
  detail(`upload ${upload.id} is ${upload.status}; its URL takes one PUT of the file`);
  return upload;
}

export async function putFile(url: string, detail: Detail): Promise<void> {
  const file = await demoFile();
  const response = await fetch(url, { method: "PUT", body: file.bytes });
  if (!response.ok) throw new Error(`The upload URL answered ${response.status}.`);
  detail(`sent ${file.name} (${file.bytes.byteLength} bytes): HTTP ${response.status}`);
}

/** Against the fake: waits for the verified `video.asset.ready` of the upload's asset. */
export async function readyByWebhook(receiver: WebhookReceiver, uploadId: string, made: VideoResources, detail: Detail) {
  const isReady = (event: WebhookEvent) => event.type === "video.asset.ready" && event.data.upload_id === uploadId;
  const event = await receiver.waitFor(isReady, 8_000);
  if (event.type !== "video.asset.ready") throw new Error("unexpected event");
  made.assetId = event.data.id;
  detail(`asset ${event.data.id} is ${event.data.status} (${event.data.duration ?? "?"} s); ${receiver.rejected} deliveries failed verification`);
  return event.data.id;
}

/** Against the real API: polls the upload, then the asset, until it is ready. */
export async function readyByPolling(mux: Mux, uploadId: string, made: VideoResources, detail: Detail, intervalMs = 1_000, attempts = 120) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const upload = await mux.video.uploads.retrieve(uploadId);
    if (upload.asset_id) {
      made.assetId = upload.asset_id;
      const asset = await mux.video.assets.retrieve(upload.asset_id);
      if (asset.status === "ready") {
        detail(`asset ${asset.id} is ready (${asset.duration ?? "?"} s) after ${attempt} checks`);
        return upload.asset_id;
      }
      if (asset.status === "errored") {
        throw new Error(`Mux could not process the file (${asset.errors?.messages?.join(" ") ?? "errored"}); set MUX_DEMO_VIDEO to a real video file.`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`The asset was not ready after ${attempts} checks.`);
}

/** Adds a signed playback ID to the asset. */
export async function addSignedPlaybackId(mux: Mux, assetId: string, detail: Detail): Promise<string> {
  const playbackId = await mux.video.assets.createPlaybackId(assetId, { policy: "signed" });
  detail(`playback ID ${playbackId.id} (policy ${playbackId.policy}): players need a token`);
  return playbackId.id ?? "";
}

/** Makes a signing key, signs playback and thumbnail tokens with it, and prints the URLs. */
export async function signTokens(mux: Mux, playbackId: string, made: VideoResources, detail: Detail) {
  const key = await mux.system.signingKeys.create();
  made.signingKeyId = key.id;
  const credentials = { keyId: key.id, keySecret: key.private_key };
  const playbackToken = await mux.jwt.signPlaybackId(playbackId, { ...credentials, expiration: "1h" });
  const thumbnailToken = await mux.jwt.signPlaybackId(playbackId, { ...credentials, type: "thumbnail", params: { time: "2", width: "640" } });
  detail(`signed with the new signing key ${key.id} (private key not printed)`);
  detail(`playback URL:  https://stream.mux.com/${playbackId}.m3u8?token=${playbackToken}`);
  detail(`thumbnail URL: https://image.mux.com/${playbackId}/thumbnail.jpg?token=${thumbnailToken}`);
  return { playbackToken, thumbnailToken };
}

/** Deletes what the video workflow made, and stops the receiver. */
export async function cleanUpVideo(mux: Mux, made: VideoResources, detail: Detail): Promise<void> {
  const attempt = async (what: string, run: () => Promise<unknown>) => {
    try {
      await run();
      detail(`deleted ${what}`);
    } catch (error) {
      detail(`could not delete ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (made.assetId) await attempt(`asset ${made.assetId}`, () => mux.video.assets.delete(made.assetId ?? ""));
  else if (made.uploadId) await attempt(`upload ${made.uploadId} (cancelled)`, () => mux.video.uploads.cancel(made.uploadId ?? ""));
  if (made.signingKeyId) await attempt(`signing key ${made.signingKeyId}`, () => mux.system.signingKeys.delete(made.signingKeyId ?? ""));
  if (made.webhookEndpointId) await attempt(`webhook endpoint ${made.webhookEndpointId}`, () => mux.system.webhooks.delete(made.webhookEndpointId ?? ""));
  if (made.receiver) {
    await made.receiver.close();
    detail("webhook receiver stopped");
  }
}
