import { type MuxClient, type PollOptions, poll, type RequestOptions } from "@mux/core";
import { retrieveAsset } from "./generated/retrieve-asset.js";
import type { Asset } from "./generated/types.js";

/** How `waitForAssetReady` looks and how long it waits. */
export interface WaitForAssetReadyOptions extends PollOptions {
  /** Milliseconds between two looks at the asset. Default 2 000. */
  intervalMs?: number | undefined;
  /** Milliseconds after which it gives up with `WaitError` (reason `timed_out`). Default 900 000 (15 minutes). */
  timeoutMs?: number | undefined;
  /** Options of each `retrieveAsset` request (headers, per-request timeout, retries); `signal` covers them too. */
  requestOptions?: Omit<RequestOptions, "signal"> | undefined;
}

/** The interval and time limit of `waitForAssetReady` when its options give none. */
export const ASSET_WAIT_DEFAULTS = Object.freeze({ intervalMs: 2_000, timeoutMs: 15 * 60_000 });

/**
 * Waits until an asset is ready to play and resolves with it, looking at it with `retrieveAsset`
 * every `intervalMs`. Rejects with `WaitError` from `@mux/errors` when the asset errors (reason
 * `failed`; `error.last` is the asset, with Mux's messages in `errors`) or is still not ready after
 * `timeoutMs` (reason `timed_out`); with `APIUserAbortError` when `signal` aborts; with the API's
 * error when a look fails for good (`NotFoundError` for an asset that does not exist).
 *
 * Polling suits scripts and tests; a server that creates many assets should listen for the
 * `video.asset.ready` webhook instead (see `@mux/webhooks`).
 */
export function waitForAssetReady(client: MuxClient, assetId: string, options?: WaitForAssetReadyOptions): Promise<Asset> {
  const signal = options?.signal;
  const requestOptions: RequestOptions = { ...options?.requestOptions, signal };
  return poll(
    `asset ${assetId} to be ready`,
    async () => {
      const asset = await retrieveAsset(client, assetId, requestOptions);
      if (asset.status === "ready") return { status: "done", value: asset };
      if (asset.status === "errored") {
        const why = asset.errors?.messages?.join(" ") || asset.errors?.type;
        return { status: "failed", value: asset, message: `Asset ${assetId} errored${why ? `: ${why}` : "."}` };
      }
      return { status: "waiting", value: asset, state: asset.status };
    },
    options,
    ASSET_WAIT_DEFAULTS,
  );
}
