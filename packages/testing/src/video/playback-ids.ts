import type { components } from "@mux/core";
import { randomId } from "../ids.js";
import { InvalidParameters } from "../invalid-parameters.js";

type PlaybackID = components["schemas"]["PlaybackID"];
/** A playback policy the fake accepts. */
export type PlaybackPolicy = components["schemas"]["PlaybackPolicy"];

const POLICIES: readonly PlaybackPolicy[] = ["public", "signed"];

/** What a playback ID belongs to. */
export interface PlaybackOwner {
  readonly type: "asset" | "live_stream";
  readonly id: string;
}

/**
 * Every playback ID of one mock, pointing at its asset or live stream, so that
 * `GET /video/v1/playback-ids/{PLAYBACK_ID}` can answer and ids never collide.
 */
export class PlaybackIdIndex {
  readonly #owners = new Map<string, { owner: PlaybackOwner; policy: PlaybackPolicy }>();

  /** Makes a new playback ID for `owner`. */
  create(owner: PlaybackOwner, policy: PlaybackPolicy): PlaybackID {
    let id = randomId(44);
    while (this.#owners.has(id)) id = randomId(44);
    this.#owners.set(id, { owner, policy });
    return { id, policy };
  }

  lookup(id: string): { owner: PlaybackOwner; policy: PlaybackPolicy } | undefined {
    return this.#owners.get(id);
  }

  delete(id: string): void {
    this.#owners.delete(id);
  }

  clear(): void {
    this.#owners.clear();
  }
}

/** One policy; 400 for anything else (`drm` needs a DRM configuration the fake does not keep). */
export function parsePolicy(value: unknown, field = "policy"): PlaybackPolicy {
  if (typeof value !== "string" || !(POLICIES as readonly string[]).includes(value)) {
    throw new InvalidParameters(`${field} must be one of ${POLICIES.join(", ")}.`);
  }
  return value as PlaybackPolicy;
}

/**
 * The playback policies of a create request: `playback_policies` (the current name, as the
 * official SDK sends it) or `playback_policy` (the older one), a list or a single value.
 */
export function parsePolicies(fields: Readonly<Record<string, unknown>>): PlaybackPolicy[] {
  const raw = fields.playback_policies ?? fields.playback_policy;
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((value) => parsePolicy(value, "playback_policies"));
}
