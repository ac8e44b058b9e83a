import type { components } from "@mux/core";
import type { MetricValues } from "./data/metric-values.js";
import type { WebhookDelivery } from "./webhooks/dispatcher.js";
import type { StoredWebhookEndpoint } from "./webhooks/endpoint-store.js";
import type {
  MuxWebhookEvent,
  MuxWebhookEventData,
  MuxWebhookEventMap,
  MuxWebhookEventType,
  WebhookListener,
} from "./webhooks/events.js";

type Asset = components["schemas"]["Asset"];
type Upload = components["schemas"]["Upload"];
type LiveStream = components["schemas"]["LiveStream"];
type PlaybackRestriction = components["schemas"]["PlaybackRestriction"];

/** The webhooks a mock fires, and where it sends them. */
export interface MockWebhooks {
  /**
   * Calls `listener` with every event the mock fires from now on (or only events of `type`), in
   * order, before they are POSTed to endpoints. Returns a function that unregisters it. An error
   * the listener throws makes the next `clock.advance` / `webhooks.settled()` reject with it.
   */
  on(listener: WebhookListener): () => void;
  /** Calls `listener` with every event of `type` the mock fires from now on; returns a function that unregisters it. */
  on<T extends MuxWebhookEventType>(type: T, listener: WebhookListener<MuxWebhookEventMap[T]>): () => void;
  /** Resolves with the next event of `type` (matching `where`), fired after this call. */
  waitFor<T extends MuxWebhookEventType>(type: T, where?: (event: MuxWebhookEventMap[T]) => boolean): Promise<MuxWebhookEventMap[T]>;
  /** Every event fired since the last reset, oldest first. */
  readonly events: readonly MuxWebhookEvent[];
  /** Every signed POST to an endpoint, oldest first: status or error, never the secret. */
  readonly deliveries: readonly WebhookDelivery[];
  /** The endpoints created through the API (`system.webhooks`), newest first, without their secrets. */
  endpoints(): StoredWebhookEndpoint[];
  /** The signing secret of an endpoint, to verify what it received. Throws for an unknown id. */
  secretFor(endpointId: string): string;
  /** Resolves once every fired event has been delivered; rejects with the first error a listener threw. */
  settled(): Promise<void>;
  /**
   * Builds an event of any type the spec describes, as Mux would send it, without sending it: a
   * `video.asset.*` event about an asset the mock holds (`objectId`) carries that asset; any other
   * carries realistic data sampled from the event's schema. `data` replaces fields of either.
   * Sign it with `createWebhookSignature`, or send it with `deliverWebhook`.
   */
  build<T extends MuxWebhookEventType>(type: T, options?: BuildWebhookEventOptions<T>): MuxWebhookEventMap[T];
  /** Builds an event as `build` does and fires it like the mock's own: to listeners and enabled endpoints. */
  fire<T extends MuxWebhookEventType>(type: T, options?: BuildWebhookEventOptions<T>): MuxWebhookEventMap[T];
}

/** What `mock.webhooks.build` / `fire` take. */
export interface BuildWebhookEventOptions<T extends MuxWebhookEventType> {
  /** The id of the object the event is about; for `video.asset.*`, an asset the mock holds fills `data`. */
  objectId?: string | undefined;
  /** Fields of `data` to set, over the stored object or the sample. */
  data?: Partial<MuxWebhookEventData<T>> | undefined;
}

/** The assets in a mock's store. */
export interface MockAssets {
  /** Every asset as the API answers it, newest first. */
  list(): Asset[];
  /** One asset by id, as the API answers it; undefined when the mock has none. */
  get(id: string): Asset | undefined;
  readonly size: number;
  /** Makes an asset fail (`errored`, `video.asset.errored`), as Mux does with an unusable input. */
  fail(id: string, errors?: { type?: string; messages?: string[] }): Asset;
}

/** The direct uploads in a mock's store. */
export interface MockUploads {
  /** Every direct upload as the API answers it, newest first. */
  list(): Upload[];
  /** One direct upload by id, as the API answers it; undefined when the mock has none. */
  get(id: string): Upload | undefined;
  readonly size: number;
  /** Completes a waiting upload as if its file had been PUT (`bytes` long); returns the asset's id. */
  complete(id: string, bytes?: number): string;
}

/** The live streams in a mock's store, and a simulated encoder for them. */
export interface MockLiveStreams {
  /** Every live stream as the API answers it, newest first. */
  list(): LiveStream[];
  /** One live stream by id, as the API answers it; undefined when the mock has none. */
  get(id: string): LiveStream | undefined;
  readonly size: number;
  /** An encoder connects: `connected`, then after `timings.liveActiveMs` `recording`, `active` and a live asset. */
  connect(id: string): void;
  /** The encoder goes away: `disconnected`, then `idle` after the stream's reconnect window, and the asset completes. */
  disconnect(id: string): void;
  /** Connects, stays live for `durationMs` of mock time, then disconnects. */
  broadcast(id: string, durationMs: number): void;
}

/** The playback restrictions in a mock's store. */
export interface MockPlaybackRestrictions {
  /** Every playback restriction as the API answers it, newest first. */
  list(): PlaybackRestriction[];
  /** One playback restriction by id, as the API answers it; undefined when the mock has none. */
  get(id: string): PlaybackRestriction | undefined;
  readonly size: number;
}

/** The numbers the Data API reports. */
export interface MockData {
  /**
   * Sets what a metric reports (merged over earlier calls): `set("video_startup_time", { value: 812 })`
   * makes the overall value 812, and every breakdown row, timeseries point and insight too unless
   * `breakdown`, `timeseries` or `insights` are given.
   */
  set(metricId: string, values: MetricValues): void;
  /** What a test has set for a metric, if anything. */
  get(metricId: string): MetricValues | undefined;
}
