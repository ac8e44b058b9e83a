import type { components } from "@mux/core";
import { Collection } from "../collection.js";
import { randomId } from "../ids.js";
import { type Fields, InvalidParameters, optionalBoolean, optionalObject } from "../invalid-parameters.js";

type PlaybackRestriction = components["schemas"]["PlaybackRestriction"];
type Referrer = components["schemas"]["ReferrerDomainRestriction"];
type UserAgent = components["schemas"]["UserAgentRestrictionSettings"];

/** Reads a referrer restriction: `allowed_domains` (strings) and `allow_no_referrer`. */
export function parseReferrer(fields: Fields): Referrer {
  const domains = fields.allowed_domains ?? [];
  if (!Array.isArray(domains) || domains.some((d) => typeof d !== "string" || d === "")) {
    throw new InvalidParameters("referrer.allowed_domains must be a list of domain names.");
  }
  return { allowed_domains: [...(domains as string[])], allow_no_referrer: optionalBoolean(fields, "allow_no_referrer") ?? false };
}

/** Reads a user-agent restriction. */
export function parseUserAgent(fields: Fields): UserAgent {
  return {
    allow_no_user_agent: optionalBoolean(fields, "allow_no_user_agent") ?? true,
    allow_high_risk_user_agent: optionalBoolean(fields, "allow_high_risk_user_agent") ?? true,
  };
}

/** The playback restrictions of one mock. */
export class PlaybackRestrictionFake {
  readonly #records = new Collection<PlaybackRestriction & { id: string }>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  get size(): number {
    return this.#records.size;
  }

  view(id: string): PlaybackRestriction | undefined {
    const record = this.#records.get(id);
    return record && structuredClone(record);
  }

  list(): PlaybackRestriction[] {
    return this.#records.list().map((r) => structuredClone(r));
  }

  create(fields: Fields): PlaybackRestriction {
    const referrer = optionalObject(fields, "referrer");
    const userAgent = optionalObject(fields, "user_agent");
    const at = String(Math.floor(this.#now() / 1000));
    let id = randomId(44);
    while (this.#records.has(id)) id = randomId(44);
    const record = this.#records.insert({
      id,
      created_at: at,
      updated_at: at,
      referrer: parseReferrer(referrer ?? {}),
      user_agent: parseUserAgent(userAgent ?? {}),
    });
    return structuredClone(record);
  }

  update(id: string, change: { referrer?: Referrer; user_agent?: UserAgent }): PlaybackRestriction | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    if (change.referrer) record.referrer = change.referrer;
    if (change.user_agent) record.user_agent = change.user_agent;
    record.updated_at = String(Math.floor(this.#now() / 1000));
    return structuredClone(record);
  }

  delete(id: string): boolean {
    return this.#records.delete(id) !== undefined;
  }

  clear(): void {
    this.#records.clear();
  }
}
