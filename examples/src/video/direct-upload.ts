// Let a user upload a file straight to Mux: create a direct upload, PUT the bytes to its URL,
// then wait for the asset the upload became. Written with the modular packages.
import { createMuxClient } from "@mux/core";
import { createUpload, waitForUploadAsset } from "@mux/uploads";

const client = createMuxClient(); // MUX_TOKEN_ID and MUX_TOKEN_SECRET

export async function directUpload(file: Uint8Array<ArrayBuffer>, options?: { intervalMs?: number }) {
  const upload = await createUpload(client, {
    cors_origin: "*",
    new_asset_settings: { playback_policies: ["public"] },
  });
  console.log(`Upload ${upload.id} is waiting for a file`);

  // In a browser, this PUT is what your front end does with the URL your server hands it.
  if (!upload.url) throw new Error(`Upload ${upload.id} came back without a URL to send the file to`);
  const put = await fetch(upload.url, { method: "PUT", body: file });
  if (!put.ok) throw new Error(`The upload URL answered ${put.status}`);
  console.log(`Sent ${file.byteLength} bytes`);

  // Rejects with WaitError if the upload is cancelled, errors or times out instead.
  const done = await waitForUploadAsset(client, upload.id, options);
  console.log(`Upload ${upload.id} became asset ${done.asset_id}`);
  return { upload: done, assetId: done.asset_id };
}
