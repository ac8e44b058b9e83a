import type { KnownWebhookEvent } from "./generated/events.js";

/**
 * The fields every Mux webhook event has. `data` is the object the event is about (an asset,
 * a live stream, an upload...), in the shape the matching API call returns.
 */
export interface BaseWebhookEvent {
  /** The event type, e.g. `"video.asset.ready"`. */
  type: string;
  /** Unique id of this event; use it to ignore a delivery you have already handled. */
  id: string;
  /** When the event happened (ISO 8601). */
  created_at: string;
  /** The object the event is about. */
  data: unknown;
  /** Kind and id of that object. */
  object?: { type: string; id: string };
  /** The Mux environment the event belongs to. */
  environment?: { name: string; id: string };
  /** Earlier delivery attempts of this event. */
  attempts?: ReadonlyArray<Record<string, unknown>>;
  /** Who caused the event, when Mux knows. */
  accessor?: string | null;
  /** Where the accessor acted from, when Mux knows. */
  accessor_source?: string | null;
  /** The id of the API request that caused the event, when there was one. */
  request_id?: string | null;
}

/**
 * An event whose `type` this version does not know yet (Mux added it later). It still unwraps, so a
 * new event never breaks a deployed receiver. Its `data` is typed `never` so that
 * `switch (event.type)` narrows `data` for the known events; read it as `event.data as unknown`.
 */
export type UnknownWebhookEvent = Omit<BaseWebhookEvent, "data"> & { type: string; data: never };

/**
 * What `unwrapWebhook` returns by default: every event the spec describes (generated, discriminated
 * by `type`), or an {@link UnknownWebhookEvent}.
 */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;
