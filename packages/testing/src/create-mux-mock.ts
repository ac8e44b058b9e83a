import type { components } from "@mux/core";
import type { HttpHandler } from "msw";
import { type ClockMode, type MockClock, Scheduler } from "./clock.js";
import { MetricValuesStore } from "./data/metric-values.js";
import { type Fault, type FaultHandle, FaultRegistry } from "./faults.js";
import { buildHandlers } from "./handlers.js";
import { sharedKeyPool } from "./key-pool.js";
import type {
  BuildWebhookEventOptions,
  MockAssets,
  MockData,
  MockLiveStreams,
  MockPlaybackRestrictions,
  MockUploads,
  MockWebhooks,
} from "./mock-controls.js";
import type { Identity, MockState } from "./mock-state.js";
import type { OperationId } from "./operation.js";
import { type OverrideHandle, type OverrideOptions, OverrideRegistry, type OverrideResolvers } from "./override.js";
import type { LoggedRequest } from "./request-log.js";
import { resolveMockBaseURL } from "./base-url.js";
import { type SeedSigningKey, SigningKeyStore, type StoredSigningKey } from "./signing-key-store.js";
import { checkMockOptions } from "./mock-options.js";
import { type LifecycleTimings, resolveTimings } from "./timings.js";
import { DEFAULT_TOKEN, type MuxMockToken } from "./tokens.js";
import { AssetFake } from "./video/assets.js";
import { LiveStreamFake } from "./video/live-streams.js";
import { PlaybackIdIndex } from "./video/playback-ids.js";
import { PlaybackRestrictionFake } from "./video/playback-restrictions.js";
import { UploadFake } from "./video/uploads.js";
import { defaultWebhookFetch, WebhookDispatcher } from "./webhooks/dispatcher.js";
import { endpointView, WebhookEndpointStore } from "./webhooks/endpoint-store.js";
import type { MuxWebhookEvent, MuxWebhookEventData, MuxWebhookEventMap, MuxWebhookEventType, WebhookListener } from "./webhooks/events.js";
import { webhookEventSamples } from "./generated/webhook-events.js";
import { toWebhookAsset } from "./video/webhook-asset.js";

/** Options of {@link createMuxMock}. */
export interface MuxMockOptions {
  /**
   * Where the handlers listen; a path prefix is allowed. Default: `MUX_BASE_URL` when set, else
   * `https://api.mux.com`, the same rule `createMuxClient` follows, so the two agree.
   */
  baseURL?: string | undefined;
  /** The credentials the mock accepts. Defaults to `[DEFAULT_TOKEN]` with every permission. */
  tokens?: MuxMockToken[] | undefined;
  /** What whoami reports. `permissions` is ignored: whoami reports the calling token's permissions. */
  identity?: Partial<components["schemas"]["Whoami"]> | undefined;
  /**
   * How lifecycles advance: `"manual"` (default) only when the test calls `mock.clock.advance(ms)`
   * or `mock.clock.runAll()`; `"real"` on their own, with real timers (the local server's default).
   */
  clock?: ClockMode | undefined;
  /** How long each lifecycle step takes in mock time (asset ready after 2 s by default...). */
  timings?: Partial<LifecycleTimings> | undefined;
  /**
   * The fetch that POSTs webhooks to endpoints. By default a receiver on this machine (localhost,
   * 127.x, [::1]) is reached directly, past msw, and any other address through `fetch`.
   */
  webhookFetch?: typeof fetch | undefined;
}

/** The signing keys in a mock's store. */
export interface MockSigningKeys {
  /** Every key, newest first (the order list answers in). */
  list(): StoredSigningKey[];
  /** One key by id (not percent-encoded), or undefined. */
  get(id: string): StoredSigningKey | undefined;
  /**
   * Puts keys in the store without a request: a count, or partial keys (`id`, `created_at`).
   * Their RSA key pairs are made lazily, when `publicKeyFor`/`privateKeyFor` first asks.
   */
  seed(keys: number | readonly SeedSigningKey[]): Promise<StoredSigningKey[]>;
  /** How many keys the store holds. */
  readonly size: number;
}

/** The fault injection controls of a mock. */
export interface MockFaults {
  /** Injects a fault into matching requests (first added, first used); see {@link Fault}. */
  add(fault: Fault): FaultHandle;
  /** Removes every fault. */
  clear(): void;
}

/** An in-memory fake of the Mux API: msw handlers plus the store, faults and log behind them. */
export interface MuxMock {
  /** The normalised base URL the handlers answer under. */
  readonly baseURL: string;
  /** msw request handlers, one per operation in the description. */
  readonly handlers: HttpHandler[];
  /** The stored signing keys. */
  readonly signingKeys: MockSigningKeys;
  /** The public half of a stored key, for WebCrypto/jose verification (RSASSA-PKCS1-v1_5, SHA-256). Rejects for an unknown id. */
  publicKeyFor(id: string): Promise<CryptoKey>;
  /** The public half of a stored key as an SPKI PEM (`-----BEGIN PUBLIC KEY-----`). Rejects for an unknown id. */
  publicKeyPemFor(id: string): Promise<string>;
  /**
   * The private half of a stored key as Mux's create returns it (base64 of a PKCS#1 PEM), so a
   * test can sign with a seeded key. The API itself never returns it after create.
   */
  privateKeyFor(id: string): Promise<string>;
  /** Fault injection. */
  readonly faults: MockFaults;
  /** Every request the handlers received, oldest first; credentials are redacted. */
  readonly requests: LoggedRequest[];
  /** The mock's clock: advance it to move lifecycles on (an asset getting ready, a broadcast ending). */
  readonly clock: MockClock;
  /**
   * Answers one operation in place of the mock, after credentials and faults as usual: the
   * resolver gets typed `params`, `query` and `body` and returns the success body (typed from the
   * spec), a `Response`, or `undefined` to let the mock answer. Newest first; removed by `reset()`.
   */
  override<Id extends OperationId>(operationId: Id, resolver: OverrideResolvers[Id], options?: OverrideOptions): OverrideHandle;
  /** The webhooks the mock fires: listeners, the event and delivery logs, endpoints and their secrets. */
  readonly webhooks: MockWebhooks;
  /** The stored assets. */
  readonly assets: MockAssets;
  /** The stored direct uploads. */
  readonly uploads: MockUploads;
  /** The stored live streams, and a simulated encoder. */
  readonly liveStreams: MockLiveStreams;
  /** The stored playback restrictions. */
  readonly playbackRestrictions: MockPlaybackRestrictions;
  /** The numbers the Data API reports. */
  readonly data: MockData;
  /**
   * Empties every store, the faults, the overrides, the webhook listeners and logs and the request
   * log (in place), and sets the clock back.
   */
  reset(): void;
}

const DEFAULT_IDENTITY: Identity = {
  access_token_name: "mux-testing",
  environment_id: "mock-environment-id",
  environment_name: "Development",
  environment_type: "development",
  organization_id: "mock-organization-id",
  organization_name: "Mux Testing",
};

/**
 * Creates an in-memory fake of the Mux API. Nothing runs until a request arrives: pass
 * `mock.handlers` to msw's `setupServer`/`setupWorker` (or use `@mux/testing/node`).
 */
export function createMuxMock(options?: MuxMockOptions): MuxMock {
  const checked = checkMockOptions(options);
  const baseURL = resolveMockBaseURL(checked.baseURL);
  const { permissions: _ignored, ...identity } = checked.identity ?? {};
  const tokens = (checked.tokens ?? [{ ...DEFAULT_TOKEN }]).map((token) => Object.freeze({ ...token }));
  const store = new SigningKeyStore(sharedKeyPool);
  const faults = new FaultRegistry();
  const requests: LoggedRequest[] = [];
  const fullIdentity: Identity = { ...DEFAULT_IDENTITY, ...identity };
  const endpoints = new WebhookEndpointStore();
  const timings = resolveTimings(checked.timings);
  let clock: Scheduler | undefined;
  const now = () => (clock ? clock.now() : Date.now());
  const webhooks = new WebhookDispatcher({
    endpoints,
    environment: () => ({ id: fullIdentity.environment_id, name: fullIdentity.environment_name }),
    now,
    fetch: checked.webhookFetch ?? defaultWebhookFetch,
  });
  clock = new Scheduler(checked.clock ?? "manual", () => webhooks.settled());
  const playbackIds = new PlaybackIdIndex();
  const video = { clock, webhooks, timings, playbackIds };
  const assets = new AssetFake(video);
  const state: MockState = {
    baseURL,
    basePath: new URL(baseURL).pathname.replace(/\/$/, ""),
    tokens,
    identity: fullIdentity,
    store,
    faults,
    requests,
    clock,
    overrides: new OverrideRegistry(),
    webhooks,
    endpoints,
    playbackIds,
    assets,
    uploads: new UploadFake(video, assets, baseURL),
    liveStreams: new LiveStreamFake(video, assets),
    playbackRestrictions: new PlaybackRestrictionFake(now),
    metrics: new MetricValuesStore(),
  };

  const material = async (id: string) => {
    const found = await store.material(id);
    if (!found) throw new Error(`No signing key with id ${JSON.stringify(id)} in the mock's store.`);
    return found;
  };

  return {
    baseURL,
    handlers: buildHandlers(state),
    signingKeys: {
      list: () => store.list(),
      get: (id) => store.get(id),
      seed: async (keys) => store.seed(keys),
      get size() {
        return store.size;
      },
    },
    publicKeyFor: async (id) => (await material(id)).publicKey,
    publicKeyPemFor: async (id) => (await material(id)).publicKeyPem,
    privateKeyFor: async (id) => (await material(id)).privateKeyBase64,
    faults: {
      add: (fault) => faults.add(fault),
      clear: () => faults.clear(),
    },
    requests,
    clock: state.clock,
    override: (operationId, resolver, overrideOptions) => state.overrides.add(operationId, resolver, overrideOptions),
    webhooks: webhookControls(state),
    assets: {
      list: () => state.assets.list(),
      get: (id) => state.assets.view(id),
      get size() {
        return state.assets.size;
      },
      fail: (id, errors) => state.assets.fail(id, errors),
    },
    uploads: {
      list: () => state.uploads.list(),
      get: (id) => state.uploads.view(id),
      get size() {
        return state.uploads.size;
      },
      complete(id, bytes = 1024) {
        const upload = state.uploads.view(id);
        if (!upload?.url) throw new TypeError(`No upload with id ${JSON.stringify(id)} in the mock.`);
        const receipt = state.uploads.receive(id, new URL(upload.url).searchParams.get("upload_token"), bytes, null);
        if (receipt.status !== 200) throw new TypeError(`Upload ${id} cannot be completed: ${"message" in receipt ? receipt.message : receipt.status}`);
        return state.uploads.view(id)?.asset_id ?? "";
      },
    },
    liveStreams: {
      list: () => state.liveStreams.list(),
      get: (id) => state.liveStreams.view(id),
      get size() {
        return state.liveStreams.size;
      },
      connect: (id) => state.liveStreams.connect(id),
      disconnect: (id) => state.liveStreams.disconnect(id),
      broadcast: (id, durationMs) => state.liveStreams.broadcast(id, durationMs),
    },
    playbackRestrictions: {
      list: () => state.playbackRestrictions.list(),
      get: (id) => state.playbackRestrictions.view(id),
      get size() {
        return state.playbackRestrictions.size;
      },
    },
    data: {
      set: (metricId, values) => state.metrics.set(metricId, values),
      get: (metricId) => state.metrics.get(metricId),
    },
    reset() {
      store.clear();
      faults.clear();
      requests.length = 0;
      state.overrides.clear();
      state.clock.reset();
      state.webhooks.reset();
      state.endpoints.clear();
      state.assets.clear();
      state.uploads.clear();
      state.liveStreams.clear();
      state.playbackRestrictions.clear();
      state.playbackIds.clear();
      state.metrics.clear();
    },
  };
}

/** The `mock.webhooks` controls over a mock's dispatcher and endpoints. */
function webhookControls(state: MockState): MockWebhooks {
  const { webhooks, endpoints } = state;
  function on(typeOrListener: MuxWebhookEventType | WebhookListener, maybeListener?: WebhookListener<never>): () => void {
    if (typeof typeOrListener === "function") return webhooks.on(typeOrListener);
    const type = typeOrListener;
    const listener = maybeListener as unknown as WebhookListener;
    if (typeof listener !== "function") throw new TypeError("webhooks.on: pass a listener function.");
    return webhooks.on((event) => (event.type === type ? listener(event) : undefined));
  }
  return {
    on: on as MockWebhooks["on"],
    waitFor(type, where) {
      return new Promise((resolve) => {
        const off = webhooks.on((event: MuxWebhookEvent) => {
          if (event.type !== type) return;
          const typed = event as Parameters<NonNullable<typeof where>>[0];
          if (where && !where(typed)) return;
          off();
          resolve(typed);
        });
      });
    },
    events: webhooks.events,
    deliveries: webhooks.deliveries,
    endpoints: () => endpoints.records().map(endpointView),
    secretFor(endpointId) {
      const record = endpoints.get(endpointId);
      if (!record) throw new TypeError(`No webhook endpoint with id ${JSON.stringify(endpointId)} in the mock.`);
      return record.secret;
    },
    settled: () => webhooks.settled(),
    build: (type, options) => buildWebhookEvent(state, type, options),
    fire: (type, options) => webhooks.send(buildWebhookEvent(state, type, options)),
  };
}

/** Asset events that carry the asset itself (not one of its tracks or static renditions). */
const ASSET_EVENT = /^video\.asset\.(?!track\.|static_rendition\.)/;

/** The event `mock.webhooks.build` makes: the stored asset, or the spec's sample, with `data` over it. */
function buildWebhookEvent<T extends MuxWebhookEventType>(
  state: MockState,
  type: T,
  options: BuildWebhookEventOptions<T> = {},
): MuxWebhookEventMap[T] {
  if (!Object.hasOwn(webhookEventSamples, type)) {
    throw new TypeError(`webhooks.build: ${JSON.stringify(type)} is not an event type the spec describes.`);
  }
  const stored = options.objectId !== undefined && ASSET_EVENT.test(type) ? state.assets.view(options.objectId) : undefined;
  const base = (stored ? toWebhookAsset(stored) : structuredClone(webhookEventSamples[type])) as MuxWebhookEventData<T>;
  const data = { ...base, ...options.data } as MuxWebhookEventData<T>;
  const objectId = options.objectId ?? (typeof (data as { id?: unknown }).id === "string" ? (data as { id: string }).id : "");
  return state.webhooks.build(type, data, { type: type.split(".")[1] ?? "unknown", id: objectId });
}

/** The msw handlers of a new mock: the same as `createMuxMock(options).handlers`. */
export function createMuxHandlers(options?: MuxMockOptions): HttpHandler[] {
  return createMuxMock(options).handlers;
}
