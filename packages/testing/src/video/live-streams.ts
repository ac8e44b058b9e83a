import type { components } from "@mux/core";
import type { Scheduled } from "../clock.js";
import { Collection } from "../collection.js";
import { randomId } from "../ids.js";
import {
  type Fields,
  InvalidParameters,
  optionalBoolean,
  optionalEnum,
  optionalNumber,
  optionalObject,
  optionalObjects,
  optionalString,
  requiredString,
} from "../invalid-parameters.js";
import { type AssetSettings, echoSettings, parseAssetSettings } from "./asset-settings.js";
import type { AssetFake } from "./assets.js";
import { type PlaybackPolicy, parsePolicies } from "./playback-ids.js";
import { unixSeconds, type VideoContext } from "./video-context.js";

type LiveStream = components["schemas"]["LiveStream"];
type SimulcastTarget = components["schemas"]["SimulcastTarget"];
type PlaybackID = components["schemas"]["PlaybackID"];
type WebhookLiveStream = components["schemas"]["WebhookLiveStream"];
type WebhookSimulcastTarget = components["schemas"]["WebhookSimulcastTarget"];

/** Where a simulated encoder is: not there, connected (not yet live), live, or gone (within the reconnect window). */
type Phase = "offline" | "connected" | "active" | "disconnected";

interface LiveStreamRecord {
  readonly id: string;
  stream: LiveStream;
  readonly settings: AssetSettings | undefined;
  phase: Phase;
  /** Mock time the current recording started. */
  startedAt: number;
  readonly tasks: Set<Scheduled>;
}

type LiveStreamEventType =
  | "video.live_stream.created"
  | "video.live_stream.updated"
  | "video.live_stream.deleted"
  | "video.live_stream.enabled"
  | "video.live_stream.disabled"
  | "video.live_stream.connected"
  | "video.live_stream.recording"
  | "video.live_stream.active"
  | "video.live_stream.disconnected"
  | "video.live_stream.idle";

type SimulcastEventType =
  | "video.live_stream.simulcast_target.created"
  | "video.live_stream.simulcast_target.deleted"
  | "video.live_stream.simulcast_target.starting"
  | "video.live_stream.simulcast_target.broadcasting"
  | "video.live_stream.simulcast_target.idle";

/**
 * Live streams of one mock, with a simulated encoder: `connect` -> `video.live_stream.connected`,
 * then (after `timings.liveActiveMs`) `recording` and `active` with a new live asset;
 * `disconnect` -> `disconnected`, then `idle` once the reconnect window has passed, and the
 * recorded asset fires `video.asset.live_stream_completed`.
 */
export class LiveStreamFake {
  readonly #records = new Collection<LiveStreamRecord>();
  readonly #context: VideoContext;
  readonly #assets: AssetFake;

  constructor(context: VideoContext, assets: AssetFake) {
    this.#context = context;
    this.#assets = assets;
  }

  get size(): number {
    return this.#records.size;
  }

  has(id: string): boolean {
    return this.#records.has(id);
  }

  view(id: string): LiveStream | undefined {
    const record = this.#records.get(id);
    return record && structuredClone(record.stream);
  }

  list(filter: { stream_key?: string | undefined; status?: string | undefined } = {}): LiveStream[] {
    return this.#records
      .list((r) => (filter.stream_key === undefined || r.stream.stream_key === filter.stream_key) && (filter.status === undefined || r.stream.status === filter.status))
      .map((r) => structuredClone(r.stream));
  }

  /** Creates a stream from a create-live-stream body (400 for a bad one); fires `video.live_stream.created`. */
  create(fields: Fields): LiveStream {
    const newAssetSettings = optionalObject(fields, "new_asset_settings");
    const settings = newAssetSettings ? parseAssetSettings(newAssetSettings, false) : undefined;
    const policies = parsePolicies(fields);
    let id = randomId(44);
    while (this.#records.has(id)) id = randomId(44);
    const stream: LiveStream = {
      id,
      created_at: unixSeconds(this.#context),
      status: "idle",
      stream_key: crypto.randomUUID(),
      playback_ids: policies.map((policy) => this.#context.playbackIds.create({ type: "live_stream", id }, policy)),
      recent_asset_ids: [],
      simulcast_targets: [],
      latency_mode: optionalEnum(fields, "latency_mode", ["low", "reduced", "standard"]) ?? "standard",
      reconnect_window: optionalNumber(fields, "reconnect_window", 0, 1800) ?? 60,
      max_continuous_duration: optionalNumber(fields, "max_continuous_duration", 60, 43_200) ?? 43_200,
      use_slate_for_standard_latency: optionalBoolean(fields, "use_slate_for_standard_latency") ?? false,
    };
    const echoed = echoSettings(newAssetSettings);
    if (echoed) stream.new_asset_settings = echoed as LiveStream["new_asset_settings"];
    for (const key of ["passthrough", "reconnect_slate_url"] as const) {
      const value = optionalString(fields, key);
      if (value !== undefined) stream[key] = value;
    }
    for (const key of ["test", "audio_only"] as const) {
      const value = optionalBoolean(fields, key);
      if (value !== undefined) stream[key] = value;
    }
    for (const key of ["embedded_subtitles", "generated_subtitles"] as const) {
      const value = optionalObjects(fields, key);
      if (value !== undefined) Object.assign(stream, { [key]: structuredClone(value) });
    }
    const record: LiveStreamRecord = { id, stream, settings, phase: "offline", startedAt: 0, tasks: new Set() };
    for (const target of optionalObjects(fields, "simulcast_targets") ?? []) stream.simulcast_targets?.push(newTarget(target));
    this.#records.insert(record);
    this.#emit("video.live_stream.created", record);
    return structuredClone(stream);
  }

  update(id: string, fields: Fields): LiveStream | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    const { stream } = record;
    const latency = optionalEnum(fields, "latency_mode", ["low", "reduced", "standard"]);
    const reconnect = optionalNumber(fields, "reconnect_window", 0, 1800);
    const maxDuration = optionalNumber(fields, "max_continuous_duration", 60, 43_200);
    const slate = optionalBoolean(fields, "use_slate_for_standard_latency");
    const passthrough = optionalString(fields, "passthrough");
    const slateUrl = optionalString(fields, "reconnect_slate_url");
    if (latency !== undefined) stream.latency_mode = latency;
    if (reconnect !== undefined) stream.reconnect_window = reconnect;
    if (maxDuration !== undefined) stream.max_continuous_duration = maxDuration;
    if (slate !== undefined) stream.use_slate_for_standard_latency = slate;
    if (passthrough !== undefined) stream.passthrough = passthrough;
    if (slateUrl !== undefined) stream.reconnect_slate_url = slateUrl;
    this.#emit("video.live_stream.updated", record);
    return structuredClone(stream);
  }

  delete(id: string): boolean {
    const record = this.#records.get(id);
    if (!record) return false;
    if (record.phase !== "offline") this.#idle(record);
    this.#cancelTasks(record);
    for (const playbackId of record.stream.playback_ids ?? []) if (playbackId.id) this.#context.playbackIds.delete(playbackId.id);
    this.#records.delete(id);
    this.#emit("video.live_stream.deleted", record);
    return true;
  }

  enable(id: string): boolean {
    const record = this.#records.get(id);
    if (!record) return false;
    if (record.stream.status === "disabled") {
      record.stream.status = "idle";
      this.#emit("video.live_stream.enabled", record);
    }
    return true;
  }

  /** Disables the stream; a running broadcast ends first (as Mux disconnects the encoder). */
  disable(id: string): boolean {
    const record = this.#records.get(id);
    if (!record) return false;
    if (record.phase !== "offline") this.#idle(record);
    if (record.stream.status !== "disabled") {
      record.stream.status = "disabled";
      this.#emit("video.live_stream.disabled", record);
    }
    return true;
  }

  /** Ends a broadcast now, without waiting for the reconnect window (signal-live-stream-complete). */
  complete(id: string): boolean {
    const record = this.#records.get(id);
    if (!record) return false;
    if (record.phase !== "offline") this.#idle(record);
    return true;
  }

  resetStreamKey(id: string): LiveStream | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    record.stream.stream_key = crypto.randomUUID();
    return structuredClone(record.stream);
  }

  addPlaybackId(id: string, policy: PlaybackPolicy): PlaybackID | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    const playbackId = this.#context.playbackIds.create({ type: "live_stream", id }, policy);
    record.stream.playback_ids = [...(record.stream.playback_ids ?? []), playbackId];
    return { ...playbackId };
  }

  playbackId(id: string, playbackId: string): PlaybackID | undefined {
    const found = this.#records.get(id)?.stream.playback_ids?.find((p) => p.id === playbackId);
    return found && { ...found };
  }

  deletePlaybackId(id: string, playbackId: string): boolean {
    const record = this.#records.get(id);
    if (!record?.stream.playback_ids?.some((p) => p.id === playbackId)) return false;
    record.stream.playback_ids = record.stream.playback_ids.filter((p) => p.id !== playbackId);
    this.#context.playbackIds.delete(playbackId);
    return true;
  }

  addSimulcastTarget(id: string, fields: Fields): SimulcastTarget | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    const target = newTarget(fields);
    record.stream.simulcast_targets = [...(record.stream.simulcast_targets ?? []), target];
    this.#emitTarget("video.live_stream.simulcast_target.created", record, target);
    if (record.phase === "active") this.#startTarget(record, target);
    return { ...target };
  }

  simulcastTarget(id: string, targetId: string): SimulcastTarget | undefined {
    const found = this.#records.get(id)?.stream.simulcast_targets?.find((t) => t.id === targetId);
    return found && { ...found };
  }

  deleteSimulcastTarget(id: string, targetId: string): boolean {
    const record = this.#records.get(id);
    const target = record?.stream.simulcast_targets?.find((t) => t.id === targetId);
    if (!record || !target) return false;
    record.stream.simulcast_targets = (record.stream.simulcast_targets ?? []).filter((t) => t !== target);
    this.#emitTarget("video.live_stream.simulcast_target.deleted", record, target);
    return true;
  }

  /** A simulated encoder connects (or reconnects within the reconnect window). */
  connect(id: string): void {
    const record = this.#require(id);
    if (record.stream.status === "disabled") throw new TypeError(`Live stream ${id} is disabled: Mux refuses its encoder.`);
    if (record.phase === "connected" || record.phase === "active") return;
    const reconnecting = record.phase === "disconnected";
    this.#cancelTasks(record);
    this.#emit("video.live_stream.connected", record, { connected: true });
    if (reconnecting) {
      record.phase = "active";
      return;
    }
    record.phase = "connected";
    this.#after(record, this.#context.timings.liveActiveMs, () => this.#active(record));
  }

  /** The simulated encoder goes away: `disconnected`, then `idle` after the reconnect window. */
  disconnect(id: string): void {
    const record = this.#require(id);
    if (record.phase === "offline" || record.phase === "disconnected") return;
    if (record.phase === "connected") {
      this.#cancelTasks(record);
      record.phase = "offline";
      this.#emit("video.live_stream.disconnected", record, { connected: false });
      return;
    }
    record.phase = "disconnected";
    this.#emit("video.live_stream.disconnected", record, { connected: false, recording: false });
    this.#after(record, (record.stream.reconnect_window ?? 60) * 1000, () => this.#idle(record));
  }

  /** Connects, stays live for `durationMs` of mock time, then disconnects. */
  broadcast(id: string, durationMs: number): void {
    if (!Number.isFinite(durationMs) || durationMs < 0) throw new TypeError("broadcast: durationMs must be a non-negative number.");
    this.connect(id);
    const record = this.#require(id);
    this.#after(record, this.#context.timings.liveActiveMs + durationMs, () => this.disconnect(id));
  }

  clear(): void {
    for (const record of this.#records.list()) this.#cancelTasks(record);
    this.#records.clear();
  }

  #active(record: LiveStreamRecord): void {
    record.phase = "active";
    record.startedAt = this.#context.clock.now();
    record.stream.status = "active";
    if (record.settings) {
      const asset = this.#assets.create(record.settings, { ingest: "live_rtmp", liveStreamId: record.id });
      const assetId = asset.id ?? "";
      record.stream.active_asset_id = assetId;
      record.stream.recent_asset_ids = [...(record.stream.recent_asset_ids ?? []), assetId];
      this.#after(record, Math.min(this.#context.timings.assetReadyMs, this.#context.timings.liveActiveMs), () => this.#assets.liveReady(assetId));
    }
    this.#emit("video.live_stream.recording", record, { connected: true, recording: true });
    this.#emit("video.live_stream.active", record, { connected: true, recording: true });
    for (const target of record.stream.simulcast_targets ?? []) this.#startTarget(record, target);
  }

  #idle(record: LiveStreamRecord): void {
    this.#cancelTasks(record);
    const wasLive = record.phase === "active" || record.phase === "disconnected";
    record.phase = "offline";
    if (record.stream.status === "active") record.stream.status = "idle";
    const assetId = record.stream.active_asset_id;
    delete record.stream.active_asset_id;
    this.#emit("video.live_stream.idle", record, { connected: false, recording: false });
    if (wasLive) {
      for (const target of record.stream.simulcast_targets ?? []) {
        target.status = "idle";
        this.#emitTarget("video.live_stream.simulcast_target.idle", record, target);
      }
    }
    if (assetId) this.#assets.completeLive(assetId, (this.#context.clock.now() - record.startedAt) / 1000, record.startedAt);
  }

  #startTarget(record: LiveStreamRecord, target: SimulcastTarget): void {
    target.status = "starting";
    this.#emitTarget("video.live_stream.simulcast_target.starting", record, target);
    target.status = "broadcasting";
    this.#emitTarget("video.live_stream.simulcast_target.broadcasting", record, target);
  }

  #after(record: LiveStreamRecord, ms: number, step: () => void): void {
    const task = this.#context.clock.schedule(ms, () => {
      record.tasks.delete(task);
      if (this.#records.get(record.id) === record) step();
    });
    record.tasks.add(task);
  }

  #cancelTasks(record: LiveStreamRecord): void {
    for (const task of record.tasks) task.cancel();
    record.tasks.clear();
  }

  #require(id: string): LiveStreamRecord {
    const record = this.#records.get(id);
    if (!record) throw new TypeError(`No live stream with id ${JSON.stringify(id)} in the mock.`);
    return record;
  }

  #emit(type: LiveStreamEventType, record: LiveStreamRecord, extra: { connected?: boolean; recording?: boolean } = {}): void {
    this.#context.webhooks.emit(type, webhookLiveStream(record.stream, extra), { type: "live", id: record.id });
  }

  #emitTarget(type: SimulcastEventType, record: LiveStreamRecord, target: SimulcastTarget): void {
    const data: WebhookSimulcastTarget = { id: target.id ?? "", status: target.status ?? "idle", url: target.url ?? "", live_stream_id: record.id };
    if (target.passthrough !== undefined) data.passthrough = target.passthrough;
    if (target.stream_key !== undefined) data.stream_key = target.stream_key;
    this.#context.webhooks.emit(type, data, { type: "simulcast_target", id: data.id });
  }
}

function newTarget(fields: Fields): SimulcastTarget {
  const url = requiredString(fields, "url");
  if (!/^rtmps?:\/\/\S+$/i.test(url) && !/^srt:\/\/\S+$/i.test(url)) throw new InvalidParameters("url must be an rtmp://, rtmps:// or srt:// URL.");
  const target: SimulcastTarget = { id: randomId(44), url, status: "idle" };
  const streamKey = optionalString(fields, "stream_key");
  const passthrough = optionalString(fields, "passthrough");
  if (streamKey !== undefined) target.stream_key = streamKey;
  if (passthrough !== undefined) target.passthrough = passthrough;
  return target;
}

/** A live stream as webhook events carry it. */
function webhookLiveStream(stream: LiveStream, extra: { connected?: boolean; recording?: boolean }): WebhookLiveStream {
  const { created_at, playback_ids, simulcast_targets, new_asset_settings, max_continuous_duration, ...rest } = structuredClone(stream);
  const data: WebhookLiveStream = {
    ...(rest as Omit<WebhookLiveStream, "id" | "created_at" | "latency_mode" | "max_continuous_duration" | "status" | "stream_key">),
    id: stream.id ?? "",
    created_at: Number(created_at ?? 0),
    latency_mode: stream.latency_mode ?? "standard",
    max_continuous_duration: max_continuous_duration ?? 43_200,
    status: stream.status ?? "idle",
    stream_key: stream.stream_key ?? "",
    ...extra,
  };
  if (playback_ids) data.playback_ids = playback_ids.map((p) => ({ id: p.id ?? "", policy: p.policy ?? "public" }));
  if (simulcast_targets) data.simulcast_targets = simulcast_targets.map((t) => ({ ...t, id: t.id ?? "", status: t.status ?? "idle", url: t.url ?? "" }));
  if (new_asset_settings) data.new_asset_settings = new_asset_settings as WebhookLiveStream["new_asset_settings"];
  return data;
}
