import { bypass } from "msw";
import { deliverWebhook } from "../deliver-webhook.js";
import type { WebhookEndpointStore } from "./endpoint-store.js";
import {
  buildEvent,
  type MuxWebhookEvent,
  type MuxWebhookEventData,
  type MuxWebhookEventMap,
  type MuxWebhookEventType,
  type WebhookEnvironment,
  type WebhookListener,
} from "./events.js";

/** One signed POST of an event to an endpoint, as kept in `mock.webhooks.deliveries`. */
export interface WebhookDelivery {
  readonly eventId: string;
  readonly type: MuxWebhookEventType;
  readonly endpointId: string;
  readonly address: string;
  /** The receiver's status; undefined when the request failed. */
  readonly status: number | undefined;
  /** Why the request failed (connection refused...); never contains the secret. */
  readonly error: string | undefined;
  /** Mock time of the attempt, in milliseconds since the epoch. */
  readonly deliveredAt: number;
}

/** What the dispatcher needs from its mock. */
export interface DispatcherContext {
  readonly endpoints: WebhookEndpointStore;
  readonly environment: () => WebhookEnvironment;
  readonly now: () => number;
  /** Sends one delivery; default {@link defaultWebhookFetch}. */
  readonly fetch: typeof fetch;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/**
 * How the fake POSTs webhooks by default: a receiver on this machine (localhost, 127.x, [::1]) is
 * a real server, so the request is marked for msw to let through (`bypass`) instead of answering
 * or refusing it; any other address goes through `fetch` as is, where an msw handler can take it.
 */
export const defaultWebhookFetch: typeof fetch = (input, init) => {
  const request = new Request(input, init);
  return fetch(LOOPBACK.test(new URL(request.url).hostname) ? bypass(request) : request);
};

/**
 * Fires the fake's webhook events: in order, one at a time, to every listener a test registered
 * and, signed with each endpoint's own secret, to every enabled endpoint created through the API.
 */
export class WebhookDispatcher {
  readonly #context: DispatcherContext;
  readonly #listeners = new Set<WebhookListener>();
  #queue: Promise<void> = Promise.resolve();
  #errors: unknown[] = [];
  readonly events: MuxWebhookEvent[] = [];
  readonly deliveries: WebhookDelivery[] = [];

  constructor(context: DispatcherContext) {
    this.#context = context;
  }

  /** Builds an event at the mock's time and environment, without queuing it. */
  build<T extends MuxWebhookEventType>(type: T, data: MuxWebhookEventData<T>, object: { type: string; id: string }): MuxWebhookEventMap[T] {
    return buildEvent(type, data, object, this.#context.environment(), this.#context.now());
  }

  /** Queues an event; it is delivered after every event queued before it. */
  emit<T extends MuxWebhookEventType>(type: T, data: MuxWebhookEventData<T>, object: { type: string; id: string }): MuxWebhookEventMap[T] {
    return this.send(this.build(type, data, object));
  }

  /** Queues an event already built; it is delivered after every event queued before it. */
  send<E extends MuxWebhookEventMap[MuxWebhookEventType]>(event: E): E {
    this.events.push(event as MuxWebhookEvent);
    this.#queue = this.#queue.then(() => this.#deliver(event as MuxWebhookEvent));
    return event;
  }

  on(listener: WebhookListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /** Resolves once every queued event is delivered; rejects with the first error a listener threw. */
  async settled(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.#queue) {
      seen = this.#queue;
      await seen;
    }
    if (this.#errors.length > 0) {
      const [first] = this.#errors;
      this.#errors = [];
      throw first;
    }
  }

  reset(): void {
    this.#listeners.clear();
    this.events.length = 0;
    this.deliveries.length = 0;
    this.#errors = [];
  }

  async #deliver(event: MuxWebhookEvent): Promise<void> {
    for (const listener of [...this.#listeners]) {
      try {
        await listener(structuredClone(event));
      } catch (error) {
        this.#errors.push(error);
      }
    }
    const endpoints = this.#context.endpoints.records().filter((endpoint) => endpoint.enabled);
    if (endpoints.length === 0) return;
    const body = JSON.stringify(event);
    await Promise.all(
      endpoints.map(async (endpoint) => {
        const deliveredAt = this.#context.now();
        let status: number | undefined;
        let error: string | undefined;
        try {
          const response = await deliverWebhook(endpoint.address, body, { secret: endpoint.secret, fetch: this.#context.fetch });
          status = response.status;
          await response.arrayBuffer().catch(() => undefined);
        } catch (cause) {
          error = cause instanceof Error ? `${cause.name}: ${cause.message}` : "the request failed";
        }
        this.deliveries.push(
          Object.freeze({ eventId: event.id, type: event.type, endpointId: endpoint.id, address: endpoint.address, status, error, deliveredAt }),
        );
      }),
    );
  }
}
