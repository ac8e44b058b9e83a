import { type MuxClient, type PollOptions, poll, type RequestOptions } from "@mux/core";
import { retrieveUpload } from "./generated/retrieve-upload.js";
import type { Upload } from "./generated/types.js";

/** How `waitForUploadAsset` looks and how long it waits. */
export interface WaitForUploadAssetOptions extends PollOptions {
  /** Milliseconds between two looks at the upload. Default 2 000. */
  intervalMs?: number | undefined;
  /**
   * Milliseconds after which it gives up with `WaitError` (reason `timed_out`). Default 3 600 000
   * (an hour, Mux's default time an upload waits for its file).
   */
  timeoutMs?: number | undefined;
  /** Options of each `retrieveUpload` request (headers, per-request timeout, retries); `signal` covers them too. */
  requestOptions?: Omit<RequestOptions, "signal"> | undefined;
}

/** The interval and time limit of `waitForUploadAsset` when its options give none. */
export const UPLOAD_WAIT_DEFAULTS = Object.freeze({ intervalMs: 2_000, timeoutMs: 60 * 60_000 });

/**
 * Waits until a direct upload has received its file and made an asset, and resolves with the
 * upload (its `asset_id` set), looking at it with `retrieveUpload` every `intervalMs`. Rejects with
 * `WaitError` from `@mux/errors` when the upload ends without an asset (`errored`, `cancelled` or
 * `timed_out`: reason `failed`, the upload in `error.last`) or has none after `timeoutMs` (reason
 * `timed_out`); with `APIUserAbortError` when `signal` aborts; with the API's error when a look
 * fails for good. The asset is then still preparing: `waitForAssetReady` of `@mux/assets` waits
 * for it to be playable.
 */
export function waitForUploadAsset(
  client: MuxClient,
  uploadId: string,
  options?: WaitForUploadAssetOptions,
): Promise<Upload & { asset_id: string }> {
  const requestOptions: RequestOptions = { ...options?.requestOptions, signal: options?.signal };
  return poll(
    `upload ${uploadId} to make its asset`,
    async () => {
      const upload = await retrieveUpload(client, uploadId, requestOptions);
      const assetId = upload.asset_id;
      if (assetId) return { status: "done", value: { ...upload, asset_id: assetId } };
      if (upload.status === "errored" || upload.status === "cancelled" || upload.status === "timed_out") {
        const why = upload.error?.message ? `: ${upload.error.message}` : ".";
        return { status: "failed", value: upload, message: `Upload ${uploadId} ended as ${upload.status} without an asset${why}` };
      }
      return { status: "waiting", value: upload, state: upload.status };
    },
    options,
    UPLOAD_WAIT_DEFAULTS,
  );
}
