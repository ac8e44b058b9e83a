import type { MuxWebhookEventMap } from "../generated/webhook-events.js";

export type { MuxWebhookEventMap } from "../generated/webhook-events.js";

/** The `type` of every webhook event the spec describes, such as `"video.asset.ready"`. */
export type MuxWebhookEventType = keyof MuxWebhookEventMap;

/** Any webhook event the fake sends, discriminated by `type` (`event.data` narrows with it). */
export type MuxWebhookEvent = MuxWebhookEventMap[MuxWebhookEventType];

/** What an event carries in `data` for one event type. */
export type MuxWebhookEventData<T extends MuxWebhookEventType> = MuxWebhookEventMap[T]["data"];

/** A function a test registers with `mock.webhooks.on` to receive every event the fake fires. */
export type WebhookListener<E = MuxWebhookEvent> = (event: E) => void | Promise<void>;

/** What the environment reports in every event's `environment`. */
export interface WebhookEnvironment {
  id: string;
  name: string;
}

/** Builds an event the way Mux sends it: a fresh id, the mock's time, no earlier attempts. */
export function buildEvent<T extends MuxWebhookEventType>(
  type: T,
  data: MuxWebhookEventData<T>,
  object: { type: string; id: string },
  environment: WebhookEnvironment,
  now: number,
): MuxWebhookEventMap[T] {
  const event = {
    type,
    id: crypto.randomUUID(),
    created_at: new Date(now).toISOString(),
    object: { ...object },
    environment: { ...environment },
    data: structuredClone(data),
    attempts: [],
  };
  // The generic `type` cannot narrow the event's union member; the fields above are the schema's.
  return event as unknown as MuxWebhookEventMap[T];
}
