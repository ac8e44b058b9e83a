import type { components } from "@mux/core";
import type { Scheduled } from "../clock.js";
import { Collection } from "../collection.js";
import { randomId } from "../ids.js";
import { InvalidParameters } from "../invalid-parameters.js";
import type { AssetSettings, Mp4Support, RenditionRequest } from "./asset-settings.js";
import type { PlaybackPolicy } from "./playback-ids.js";
import {
  assetStaticRenditions,
  type RenditionRecord,
  renditionFor,
  renditionsForMp4Support,
  staticRenditionEventData,
} from "./static-renditions.js";
import { unixSeconds, type VideoContext } from "./video-context.js";
import { toWebhookAsset } from "./webhook-asset.js";

type Asset = components["schemas"]["Asset"];
type Track = components["schemas"]["Track"];
type PlaybackID = components["schemas"]["PlaybackID"];
type WebhookAssetTrack = components["schemas"]["WebhookAssetTrack"];

/** Where an asset's video comes from. */
export type AssetOrigin =
  | { readonly ingest: "on_demand_url" }
  | { readonly ingest: "on_demand_direct_upload"; readonly uploadId: string }
  | { readonly ingest: "live_rtmp"; readonly liveStreamId: string };

/** A text or audio track to add (create-asset-track, or a text input of a new asset). */
export interface TrackRequest {
  readonly type: "text" | "audio";
  readonly url: string | undefined;
  readonly text_type: "subtitles" | undefined;
  readonly language_code: string | undefined;
  readonly name: string | undefined;
  readonly closed_captions: boolean | undefined;
  readonly passthrough: string | undefined;
}

interface AssetRecord {
  readonly id: string;
  /** The API's view, minus the fields rendered from the lists below. */
  asset: Asset;
  tracks: Track[];
  renditions: RenditionRecord[];
  readonly tasks: Set<Scheduled>;
}

/** The duration of the fake's sample video, in seconds. */
const SAMPLE_DURATION = 23.857;

/**
 * The assets of one mock and their lifecycle: created `preparing`, `ready` once
 * `timings.assetReadyMs` has passed on the mock's clock, with the webhooks Mux sends at each step.
 */
export class AssetFake {
  readonly #records = new Collection<AssetRecord>();
  readonly #context: VideoContext;

  constructor(context: VideoContext) {
    this.#context = context;
  }

  get size(): number {
    return this.#records.size;
  }

  has(id: string): boolean {
    return this.#records.has(id);
  }

  /** The asset as the API answers it; undefined for an unknown id. */
  view(id: string): Asset | undefined {
    const record = this.#records.get(id);
    return record && render(record);
  }

  /** Assets, newest first, optionally only those of one upload or live stream. */
  list(filter: { upload_id?: string | undefined; live_stream_id?: string | undefined } = {}): Asset[] {
    return this.#records
      .list((r) => (filter.upload_id === undefined || r.asset.upload_id === filter.upload_id) && (filter.live_stream_id === undefined || r.asset.live_stream_id === filter.live_stream_id))
      .map(render);
  }

  /** Makes an asset (firing `video.asset.created`) and, unless it is live, schedules it ready. */
  create(settings: AssetSettings, origin: AssetOrigin): Asset {
    let id = randomId(44);
    while (this.#records.has(id)) id = randomId(44);
    const asset: Asset = {
      id,
      status: "preparing",
      created_at: unixSeconds(this.#context),
      playback_ids: settings.policies.map((policy) => this.#context.playbackIds.create({ type: "asset", id }, policy)),
      mp4_support: settings.mp4_support,
      master_access: settings.master_access,
      normalize_audio: settings.normalize_audio,
      max_resolution_tier: settings.max_resolution_tier,
      encoding_tier: settings.encoding_tier ?? "smart",
      video_quality: settings.video_quality ?? "plus",
      ingest_type: origin.ingest,
      progress: { state: origin.ingest === "live_rtmp" ? "live" : "ingesting", progress: 0 },
    };
    if (settings.passthrough !== undefined) asset.passthrough = settings.passthrough;
    if (settings.test !== undefined) asset.test = settings.test;
    if (settings.meta !== undefined) asset.meta = settings.meta;
    if (origin.ingest === "on_demand_direct_upload") asset.upload_id = origin.uploadId;
    if (origin.ingest === "live_rtmp") Object.assign(asset, { live_stream_id: origin.liveStreamId, is_live: true });
    if (settings.master_access === "temporary") asset.master = { status: "preparing" };
    const record: AssetRecord = {
      id,
      asset,
      tracks: [],
      renditions: [...renditionsForMp4Support(settings.mp4_support), ...settings.static_renditions.map(renditionFor)],
      tasks: new Set(),
    };
    for (const input of settings.inputs) {
      if (input.type === "text" || input.type === "audio") record.tracks.push(newTrack({ ...input, type: input.type }));
    }
    this.#records.insert(record);
    this.#emitAsset("video.asset.created", record);
    for (const r of record.renditions) this.#emitRendition("video.asset.static_rendition.created", record, r);
    if (origin.ingest !== "live_rtmp") this.#after(record, this.#context.timings.assetReadyMs, () => this.#ready(record));
    return render(record);
  }

  /** Marks a live asset ready while its stream is still live (Mux does so within seconds). */
  liveReady(id: string): void {
    const record = this.#records.get(id);
    if (record && record.asset.status === "preparing") this.#ready(record);
  }

  /** Ends a live asset's recording: no longer live, with its duration; fires `video.asset.live_stream_completed`. */
  completeLive(id: string, durationSeconds: number, startedAt: number): void {
    const record = this.#records.get(id);
    if (!record) return;
    if (record.asset.status === "preparing") this.#ready(record);
    record.asset.is_live = false;
    record.asset.duration = Math.round(durationSeconds * 1000) / 1000;
    record.asset.progress = { state: "completed", progress: 100 };
    record.asset.recording_times = [{ started_at: new Date(startedAt).toISOString(), duration: record.asset.duration, type: "content" }];
    this.#emitAsset("video.asset.live_stream_completed", record);
  }

  /** Makes an asset fail as Mux does for an unusable input (`video.asset.errored`). */
  fail(id: string, errors: { type?: string; messages?: string[] } = {}): Asset {
    const record = this.#require(id);
    this.#cancelTasks(record);
    record.asset.status = "errored";
    record.asset.errors = { type: errors.type ?? "invalid_input", messages: errors.messages ?? ["The input file could not be processed."] };
    record.asset.progress = { state: "errored", progress: 0 };
    this.#emitAsset("video.asset.errored", record);
    return render(record);
  }

  update(id: string, patch: { passthrough?: string | undefined; meta?: Asset["meta"] }): Asset | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    if (patch.passthrough !== undefined) record.asset.passthrough = patch.passthrough;
    if (patch.meta !== undefined) record.asset.meta = { ...record.asset.meta, ...patch.meta };
    this.#emitAsset("video.asset.updated", record);
    return render(record);
  }

  delete(id: string): boolean {
    const record = this.#records.get(id);
    if (!record) return false;
    this.#cancelTasks(record);
    for (const playbackId of record.asset.playback_ids ?? []) if (playbackId.id) this.#context.playbackIds.delete(playbackId.id);
    this.#records.delete(id);
    this.#emitAsset("video.asset.deleted", record);
    return true;
  }

  addPlaybackId(id: string, policy: PlaybackPolicy): PlaybackID | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    const playbackId = this.#context.playbackIds.create({ type: "asset", id }, policy);
    record.asset.playback_ids = [...(record.asset.playback_ids ?? []), playbackId];
    return { ...playbackId };
  }

  playbackId(id: string, playbackId: string): PlaybackID | undefined {
    const found = this.#records.get(id)?.asset.playback_ids?.find((p) => p.id === playbackId);
    return found && { ...found };
  }

  deletePlaybackId(id: string, playbackId: string): boolean {
    const record = this.#records.get(id);
    if (!record?.asset.playback_ids?.some((p) => p.id === playbackId)) return false;
    record.asset.playback_ids = record.asset.playback_ids.filter((p) => p.id !== playbackId);
    this.#context.playbackIds.delete(playbackId);
    return true;
  }

  /** Adds a text or audio track: `preparing`, then `ready` after `timings.trackReadyMs`. */
  addTrack(id: string, request: TrackRequest): Track | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    const track = newTrack(request);
    record.tracks.push(track);
    this.#emitTrack("video.asset.track.created", record, track);
    this.#after(record, this.#context.timings.trackReadyMs, () => this.#trackReady(record, track));
    return { ...track };
  }

  updateTrack(id: string, trackId: string, patch: Partial<Pick<Track, "name" | "language_code" | "closed_captions" | "passthrough">>): Track | undefined {
    const track = this.#records.get(id)?.tracks.find((t) => t.id === trackId);
    if (!track) return undefined;
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) Object.assign(track, { [key]: value });
    return { ...track };
  }

  deleteTrack(id: string, trackId: string): boolean {
    const record = this.#records.get(id);
    const track = record?.tracks.find((t) => t.id === trackId);
    if (!record || !track) return false;
    record.tracks = record.tracks.filter((t) => t !== track);
    this.#emitTrack("video.asset.track.deleted", record, { ...track, status: "deleted" });
    return true;
  }

  /** Turns temporary master access on (`preparing`, then `ready` with a URL) or off. */
  setMasterAccess(id: string, access: "temporary" | "none"): Asset | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    const had = record.asset.master !== undefined;
    record.asset.master_access = access;
    if (access === "none") {
      delete record.asset.master;
      if (had) this.#emitAsset("video.asset.master.deleted", record);
    } else if (!had) {
      record.asset.master = { status: "preparing" };
      this.#emitAsset("video.asset.master.preparing", record);
      if (record.asset.status === "ready") this.#after(record, this.#context.timings.masterReadyMs, () => this.#masterReady(record));
    }
    return render(record);
  }

  /** Changes MP4 support: the files it implies are made (then ready) or removed. */
  setMp4Support(id: string, mp4: Mp4Support): Asset | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    record.asset.mp4_support = mp4 as Asset["mp4_support"];
    const legacy = (r: RenditionRecord) => r.resolution === undefined;
    const removed = record.renditions.filter(legacy);
    record.renditions = record.renditions.filter((r) => !legacy(r));
    if (removed.length > 0) this.#emitAsset("video.asset.static_renditions.deleted", record);
    const added = renditionsForMp4Support(mp4);
    if (added.length > 0) {
      record.renditions.push(...added);
      this.#emitAsset("video.asset.static_renditions.preparing", record);
      if (record.asset.status === "ready") this.#after(record, this.#context.timings.staticRenditionsReadyMs, () => this.#renditionsReady(record));
    }
    return render(record);
  }

  addStaticRendition(id: string, request: RenditionRequest): RenditionRecord | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    if (record.renditions.some((r) => r.resolution === request.resolution)) {
      throw new InvalidParameters(`The asset already has a ${request.resolution} static rendition.`);
    }
    const rendition = renditionFor(request);
    record.renditions.push(rendition);
    this.#emitRendition("video.asset.static_rendition.created", record, rendition);
    if (record.asset.status === "ready") this.#after(record, this.#context.timings.staticRenditionsReadyMs, () => this.#renditionsReady(record));
    return { ...rendition };
  }

  deleteStaticRendition(id: string, renditionId: string): boolean {
    const record = this.#records.get(id);
    const rendition = record?.renditions.find((r) => r.id === renditionId);
    if (!record || !rendition) return false;
    record.renditions = record.renditions.filter((r) => r !== rendition);
    this.#emitRendition("video.asset.static_rendition.deleted", record, rendition);
    return true;
  }

  clear(): void {
    for (const record of this.#records.list()) this.#cancelTasks(record);
    this.#records.clear();
  }

  #ready(record: AssetRecord): void {
    const { asset } = record;
    const live = asset.ingest_type === "live_rtmp";
    asset.status = "ready";
    asset.progress = live && asset.is_live ? { state: "live", progress: 0 } : { state: "completed", progress: 100 };
    asset.aspect_ratio = "16:9";
    asset.resolution_tier = "1080p";
    asset.max_stored_frame_rate = 29.97;
    asset.max_stored_resolution = "HD";
    if (!live) asset.duration = SAMPLE_DURATION;
    const duration = live ? undefined : SAMPLE_DURATION;
    record.tracks.unshift(
      { id: randomId(44), type: "video", max_width: 1920, max_height: 1080, max_frame_rate: 29.97, status: "ready", ...(duration ? { duration } : {}) },
      { id: randomId(44), type: "audio", max_channels: 2, status: "ready", primary: true, language_code: "en", name: "English", ...(duration ? { duration } : {}) },
    );
    for (const track of record.tracks) if (track.status === "preparing") track.status = "ready";
    this.#emitAsset("video.asset.ready", record);
    for (const track of record.tracks) if (track.type === "text") this.#emitTrack("video.asset.track.ready", record, track);
    if (record.renditions.length > 0) this.#after(record, this.#context.timings.staticRenditionsReadyMs, () => this.#renditionsReady(record));
    if (asset.master) this.#after(record, this.#context.timings.masterReadyMs, () => this.#masterReady(record));
  }

  #trackReady(record: AssetRecord, track: Track): void {
    if (!record.tracks.includes(track) || track.status !== "preparing") return;
    track.status = "ready";
    if (record.asset.duration !== undefined) track.duration = record.asset.duration;
    this.#emitTrack("video.asset.track.ready", record, track);
  }

  #renditionsReady(record: AssetRecord): void {
    const preparing = record.renditions.filter((r) => r.status === "preparing");
    if (preparing.length === 0) return;
    for (const r of preparing) {
      r.status = "ready";
      this.#emitRendition("video.asset.static_rendition.ready", record, r);
    }
    this.#emitAsset("video.asset.static_renditions.ready", record);
  }

  #masterReady(record: AssetRecord): void {
    if (record.asset.master?.status !== "preparing") return;
    record.asset.master = { status: "ready", url: `https://master.mux.com/${randomId(44)}/master.mp4?skid=${randomId(12)}` };
    this.#emitAsset("video.asset.master.ready", record);
  }

  #after(record: AssetRecord, ms: number, step: () => void): void {
    const task = this.#context.clock.schedule(ms, () => {
      record.tasks.delete(task);
      if (this.#records.get(record.id) === record) step();
    });
    record.tasks.add(task);
  }

  #cancelTasks(record: AssetRecord): void {
    for (const task of record.tasks) task.cancel();
    record.tasks.clear();
  }

  #require(id: string): AssetRecord {
    const record = this.#records.get(id);
    if (!record) throw new TypeError(`No asset with id ${JSON.stringify(id)} in the mock.`);
    return record;
  }

  #emitAsset(type: AssetEventType, record: AssetRecord): void {
    this.#context.webhooks.emit(type, toWebhookAsset(render(record)), { type: "asset", id: record.id });
  }

  #emitTrack(type: "video.asset.track.created" | "video.asset.track.ready" | "video.asset.track.deleted", record: AssetRecord, track: Track): void {
    const data: WebhookAssetTrack = { ...structuredClone(track), asset_id: record.id };
    this.#context.webhooks.emit(type, data, { type: "track", id: track.id ?? "" });
  }

  #emitRendition(
    type: "video.asset.static_rendition.created" | "video.asset.static_rendition.ready" | "video.asset.static_rendition.deleted",
    record: AssetRecord,
    rendition: RenditionRecord,
  ): void {
    this.#context.webhooks.emit(type, staticRenditionEventData(record.id, rendition), { type: "static_rendition", id: rendition.id });
  }
}

type AssetEventType =
  | "video.asset.created"
  | "video.asset.ready"
  | "video.asset.errored"
  | "video.asset.updated"
  | "video.asset.deleted"
  | "video.asset.live_stream_completed"
  | "video.asset.master.preparing"
  | "video.asset.master.ready"
  | "video.asset.master.deleted"
  | "video.asset.static_renditions.preparing"
  | "video.asset.static_renditions.ready"
  | "video.asset.static_renditions.deleted";

function newTrack(request: TrackRequest): Track {
  const track: Track = { id: randomId(44), type: request.type, status: "preparing" };
  if (request.type === "text") {
    track.text_type = request.text_type ?? "subtitles";
    track.text_source = "uploaded";
  }
  for (const key of ["language_code", "name", "closed_captions", "passthrough"] as const) {
    if (request[key] !== undefined) Object.assign(track, { [key]: request[key] });
  }
  return track;
}

/** A copy of the asset as the API answers it. */
function render(record: AssetRecord): Asset {
  const asset = structuredClone(record.asset);
  if (record.tracks.length > 0) asset.tracks = structuredClone(record.tracks);
  const renditions = assetStaticRenditions(record.renditions);
  if (renditions) asset.static_renditions = renditions;
  return asset;
}
