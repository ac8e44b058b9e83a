import type { components } from "@mux/core";
import { Collection } from "../collection.js";
import { randomId } from "../ids.js";

type Webhook = components["schemas"]["Webhook"];

/** A webhook endpoint as a test sees it in `mock.webhooks.endpoints()`: never with its secret. */
export interface StoredWebhookEndpoint {
  readonly id: string;
  /** Where events are POSTed. */
  readonly address: string;
  /** Unix seconds, as a string. */
  readonly created_at: string;
  /** Disabled endpoints receive nothing. */
  readonly enabled: boolean;
}

interface EndpointRecord {
  id: string;
  address: string;
  created_at: string;
  enabled: boolean;
  secret: string;
}

/** The webhook endpoints of one mock, each with its own signing secret. */
export class WebhookEndpointStore {
  readonly #records = new Collection<EndpointRecord>();

  get size(): number {
    return this.#records.size;
  }

  create(address: string, createdAt: number): EndpointRecord {
    let id = randomId(32);
    while (this.#records.has(id)) id = randomId(32);
    return this.#records.insert({ id, address, created_at: String(Math.floor(createdAt / 1000)), enabled: true, secret: randomId(32) });
  }

  get(id: string): EndpointRecord | undefined {
    return this.#records.get(id);
  }

  update(id: string, patch: { address?: string; enabled?: boolean }): EndpointRecord | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    if (patch.address !== undefined) record.address = patch.address;
    if (patch.enabled !== undefined) record.enabled = patch.enabled;
    return record;
  }

  delete(id: string): boolean {
    return this.#records.delete(id) !== undefined;
  }

  /** Every endpoint, newest first. */
  records(): EndpointRecord[] {
    return this.#records.list();
  }

  clear(): void {
    this.#records.clear();
  }
}

/** The API's view of an endpoint: the `Webhook` schema, with the secret only when asked for. */
export function webhookBody(record: EndpointRecord, withSecret: boolean): Webhook {
  const body: Webhook = { id: record.id, address: record.address, created_at: record.created_at, enabled: record.enabled };
  if (withSecret) body.signing_secret = record.secret;
  return body;
}

/** A test's view of an endpoint (no secret). */
export function endpointView(record: EndpointRecord): StoredWebhookEndpoint {
  return Object.freeze({ id: record.id, address: record.address, created_at: record.created_at, enabled: record.enabled });
}
