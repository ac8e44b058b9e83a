export { createMuxHandlers, createMuxMock } from "./create-mux-mock.js";
export { defaultResponse } from "./default-response.js";
export type { MockFaults, MockSigningKeys, MuxMock, MuxMockOptions } from "./create-mux-mock.js";
export type { ClockMode, MockClock } from "./clock.js";
export type { MetricValues } from "./data/metric-values.js";
export type {
  BuildWebhookEventOptions,
  MockAssets,
  MockData,
  MockLiveStreams,
  MockPlaybackRestrictions,
  MockUploads,
  MockWebhooks,
} from "./mock-controls.js";
export type {
  MuxPathParams,
  MuxRequestBody,
  MuxSuccessBody,
  MuxSuccessStatus,
  OverrideContext,
  OverrideHandle,
  OverrideOptions,
  OverrideResolver,
  OverrideResolvers,
} from "./override.js";
export { DEFAULT_TIMINGS, type LifecycleTimings } from "./timings.js";
export type { WebhookDelivery } from "./webhooks/dispatcher.js";
export type { StoredWebhookEndpoint } from "./webhooks/endpoint-store.js";
export type {
  MuxWebhookEvent,
  MuxWebhookEventData,
  MuxWebhookEventMap,
  MuxWebhookEventType,
  WebhookListener,
} from "./webhooks/events.js";
export type { Fault, FaultHandle } from "./faults.js";
export type {
  MuxJsonBody,
  MuxResponseBody,
  MuxResponseBodyFor,
  MuxResponses,
  MuxStatus,
  OperationId,
} from "./operation.js";
export { ALL_PERMISSIONS } from "./permissions.js";
export type { LoggedRequest } from "./request-log.js";
export { muxResponse } from "./respond.js";
export { muxPath } from "./mux-path.js";
export { DEFAULT_BASE_URL } from "./routes.js";
export type { SeedSigningKey, StoredSigningKey } from "./signing-key-store.js";
export { DEFAULT_TOKEN } from "./tokens.js";
export { type DeliverWebhookOptions, deliverWebhook, type WebhookTarget } from "./deliver-webhook.js";
export { createWebhookSignature, type WebhookPayload, type WebhookSignatureOptions } from "./webhook-signature.js";
export type { CredentialScheme, MuxMockBasicToken, MuxMockBearerToken, MuxMockToken } from "./tokens.js";
