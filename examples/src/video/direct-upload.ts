// Let a user upload a file straight to Mux: create a direct upload, PUT the bytes to its URL,
// then find the asset the upload became.
import Mux from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

export async function directUpload(file: Uint8Array<ArrayBuffer>, { intervalMs = 2_000, attempts = 60 } = {}) {
  const upload = await mux.video.uploads.create({
    cors_origin: "*",
    new_asset_settings: { playback_policies: ["public"] },
  });
  console.log(`Upload ${upload.id} is waiting for a file`);

  // In a browser, this PUT is what your front end does with the URL your server hands it.
  if (!upload.url) throw new Error(`Upload ${upload.id} came back without a URL to send the file to`);
  const put = await fetch(upload.url, { method: "PUT", body: file });
  if (!put.ok) throw new Error(`The upload URL answered ${put.status}`);
  console.log(`Sent ${file.byteLength} bytes`);

  for (let attempt = 1; attempt <= attempts; attempt++) {
    const current = await mux.video.uploads.retrieve(upload.id);
    if (current.asset_id) {
      console.log(`Upload ${upload.id} became asset ${current.asset_id}`);
      return { upload: current, assetId: current.asset_id };
    }
    if (current.status === "errored" || current.status === "cancelled" || current.status === "timed_out") {
      throw new Error(`Upload ${upload.id} ended as ${current.status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Upload ${upload.id} made no asset after ${attempts} checks.`);
}
