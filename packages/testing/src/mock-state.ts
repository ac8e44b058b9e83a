import type { components } from "@mux/core";
import type { Scheduler } from "./clock.js";
import type { MetricValuesStore } from "./data/metric-values.js";
import type { FaultRegistry } from "./faults.js";
import type { OverrideRegistry } from "./override.js";
import type { LoggedRequest } from "./request-log.js";
import type { SigningKeyStore } from "./signing-key-store.js";
import type { MuxMockToken } from "./tokens.js";
import type { AssetFake } from "./video/assets.js";
import type { LiveStreamFake } from "./video/live-streams.js";
import type { PlaybackIdIndex } from "./video/playback-ids.js";
import type { PlaybackRestrictionFake } from "./video/playback-restrictions.js";
import type { UploadFake } from "./video/uploads.js";
import type { WebhookDispatcher } from "./webhooks/dispatcher.js";
import type { WebhookEndpointStore } from "./webhooks/endpoint-store.js";

/** What whoami reports about the environment (the token's permissions are added per request). */
export type Identity = Omit<components["schemas"]["Whoami"], "permissions">;

/** Everything the handlers of one mock share. */
export interface MockState {
  /** Normalised base URL (no trailing slash). */
  readonly baseURL: string;
  /** The base URL's path, stripped from request paths before matching (`""` for an origin). */
  readonly basePath: string;
  readonly tokens: readonly MuxMockToken[];
  readonly identity: Identity;
  readonly store: SigningKeyStore;
  readonly faults: FaultRegistry;
  readonly requests: LoggedRequest[];
  readonly clock: Scheduler;
  readonly overrides: OverrideRegistry;
  readonly webhooks: WebhookDispatcher;
  readonly endpoints: WebhookEndpointStore;
  readonly playbackIds: PlaybackIdIndex;
  readonly assets: AssetFake;
  readonly uploads: UploadFake;
  readonly liveStreams: LiveStreamFake;
  readonly playbackRestrictions: PlaybackRestrictionFake;
  readonly metrics: MetricValuesStore;
}
