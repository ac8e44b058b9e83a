import type { components } from "@mux/core";

type Asset = components["schemas"]["Asset"];
type WebhookAsset = components["schemas"]["WebhookAsset"];

/**
 * An asset as webhook events carry it (`WebhookAsset`): the API's asset with `created_at` as a
 * number, file sizes as numbers and recording start times as `{ seconds, nanos }`.
 */
export function toWebhookAsset(asset: Asset): WebhookAsset {
  const { created_at, static_renditions, recording_times, playback_ids, progress, ...rest } = structuredClone(asset);
  const out: WebhookAsset = {
    ...(rest as Omit<WebhookAsset, "created_at" | "encoding_tier" | "master_access" | "max_resolution_tier" | "progress" | "status" | "id">),
    id: asset.id ?? "",
    created_at: Number(created_at ?? 0),
    encoding_tier: asset.encoding_tier ?? "smart",
    master_access: asset.master_access,
    max_resolution_tier: asset.max_resolution_tier ?? "1080p",
    progress: progress ?? { state: asset.status === "ready" ? "completed" : "ingesting", progress: asset.status === "ready" ? 100 : 0 },
    status: asset.status ?? "preparing",
  };
  if (playback_ids) out.playback_ids = playback_ids.map((p) => ({ id: p.id ?? "", policy: p.policy ?? "public" }));
  if (static_renditions) {
    out.static_renditions = {
      ...(static_renditions.status === undefined ? {} : { status: static_renditions.status }),
      files: (static_renditions.files ?? []).map(({ filesize, ...file }) => ({ ...file, ...(filesize === undefined ? {} : { filesize: Number(filesize) }) })),
    };
  }
  if (recording_times) {
    out.recording_times = recording_times.map(({ started_at, ...time }) => {
      const ms = Date.parse(started_at ?? "");
      return { ...time, started_at: { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 } };
    });
  }
  return out;
}
