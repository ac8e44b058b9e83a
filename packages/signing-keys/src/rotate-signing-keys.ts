import { type MuxClient, wait } from "@mux/core";
import { InvalidArgumentError, NotFoundError } from "@mux/errors";
import { createSigningKey } from "./create-signing-key.js";
import { deleteSigningKey } from "./generated/delete-signing-key.js";
import { listSigningKeys } from "./generated/list-signing-keys.js";
import { SigningKeyRotationError } from "./rotation-error.js";
import type { SigningKey } from "./generated/types.js";
import type { CreatedSigningKey } from "./types.js";
import { throwIfAborted } from "./abort.js";

/** Options of `rotateSigningKeys` from `@mux/signing-keys`. */
export interface RotateSigningKeysOptions {
  /**
   * Receives the new key, with its private key, before anything is deleted: store it here
   * (secret manager, configuration). If it throws or rejects, the rotation stops and deletes
   * nothing (see {@link SigningKeyRotationError}).
   */
  onCreated: (key: CreatedSigningKey) => void | Promise<void>;
  /** How long to wait after `onCreated` so every server picks up the new key. Default 30 000; 0 skips the wait. */
  propagationMs?: number | undefined;
  /** Ids of keys that must never be deleted, whatever their age. */
  keep?: readonly string[] | undefined;
  /** Create the key and report what would be deleted, but delete nothing. */
  dryRun?: boolean | undefined;
  /** Aborts the wait and the requests; the promise then rejects with a {@link SigningKeyRotationError}. */
  signal?: AbortSignal | undefined;
  /** Keys per page when listing (the server default, 25, when left out). */
  pageSize?: number | undefined;
}

/** A key whose deletion failed, and why. */
export interface FailedDeletion {
  key: SigningKey;
  error: unknown;
}

/** What `rotateSigningKeys` from `@mux/signing-keys` did. */
export interface RotateSigningKeysResult {
  /** The new key (id and created_at; its private key went to `onCreated` only). */
  created: SigningKey;
  /** Older keys that were deleted (a key already gone, 404, counts as deleted). Empty in a dry run. */
  deleted: SigningKey[];
  /** Existing keys left in place: ids in `keep`, keys not strictly older than the new one, keys with an unreadable `created_at`. */
  kept: SigningKey[];
  /** Older keys whose deletion failed; the others were still attempted. */
  failed: FailedDeletion[];
  /** The older keys chosen for deletion; in a dry run, what would have been deleted. */
  candidates: SigningKey[];
  /** True when nothing was deleted because of `dryRun`. */
  dryRun: boolean;
}

function validate(options: RotateSigningKeysOptions): { propagationMs: number; keep: Set<string> } {
  if (typeof options?.onCreated !== "function") {
    throw new InvalidArgumentError("onCreated", "onCreated must be a function that stores the new key.");
  }
  const propagationMs = options.propagationMs ?? 30_000;
  if (typeof propagationMs !== "number" || !Number.isFinite(propagationMs) || propagationMs < 0) {
    throw new InvalidArgumentError("propagationMs", "propagationMs must be a finite number of milliseconds, 0 or more.");
  }
  const keep = options.keep ?? [];
  if (!Array.isArray(keep) || keep.some((id) => typeof id !== "string")) {
    throw new InvalidArgumentError("keep", "keep must be an array of signing key ids.");
  }
  return { propagationMs, keep: new Set(keep) };
}

/** Unix seconds of a key, or undefined when `created_at` is not a number. */
function createdSeconds(key: SigningKey): number | undefined {
  const text = typeof key.created_at === "string" ? key.created_at.trim() : "";
  const seconds = text === "" ? Number.NaN : Number(text);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * Rotates signing keys safely: creates a key, hands it to `onCreated`, waits `propagationMs`,
 * lists every page of keys, then deletes each key strictly older than the new one (numeric
 * `created_at`), never the new key and never an id in `keep`. One failed deletion does not
 * stop the others; it is reported in `failed`.
 *
 * Failures after the key is made reject with {@link SigningKeyRotationError}, which carries
 * the new key so it is not lost; if `onCreated` throws, nothing is deleted.
 *
 * @example
 * const result = await rotateSigningKeys(client, {
 *   onCreated: (key) => secrets.put({ MUX_SIGNING_KEY: key.id, MUX_PRIVATE_KEY: key.private_key }),
 * });
 * console.log(`Now using ${result.created.id}; deleted ${result.deleted.length} old key(s).`);
 */
export async function rotateSigningKeys(
  client: MuxClient,
  options: RotateSigningKeysOptions,
): Promise<RotateSigningKeysResult> {
  const { propagationMs, keep } = validate(options);
  const { signal, dryRun = false, pageSize } = options;
  const requestOptions = signal ? { signal } : undefined;
  throwIfAborted(signal);

  const created = await createSigningKey(client, requestOptions);

  try {
    await options.onCreated(created);
  } catch (error) {
    throw new SigningKeyRotationError("onCreated", created, error);
  }

  try {
    await wait(propagationMs, signal);
  } catch (error) {
    throw new SigningKeyRotationError("propagation", created, error);
  }

  // Read every page before deleting anything: deleting while paging by number would shift keys
  // into pages already read and skip them.
  const listed = new Map<string, SigningKey>();
  try {
    const query = pageSize === undefined ? undefined : { limit: pageSize };
    for await (const key of listSigningKeys(client, query, requestOptions)) {
      if (!listed.has(key.id)) listed.set(key.id, key);
    }
  } catch (error) {
    throw new SigningKeyRotationError("list", created, error);
  }

  const newSeconds = createdSeconds(created);
  const candidates: SigningKey[] = [];
  const kept: SigningKey[] = [];
  for (const key of listed.values()) {
    if (key.id === created.id) continue;
    const seconds = createdSeconds(key);
    const older = newSeconds !== undefined && seconds !== undefined && seconds < newSeconds;
    if (older && !keep.has(key.id)) candidates.push(key);
    else kept.push(key);
  }

  const deleted: SigningKey[] = [];
  const failed: FailedDeletion[] = [];
  if (!dryRun) {
    for (const key of candidates) {
      if (signal?.aborted) {
        throw new SigningKeyRotationError("delete", created, signal.reason, deleted);
      }
      try {
        await deleteSigningKey(client, key.id, requestOptions);
        deleted.push(key);
      } catch (error) {
        if (error instanceof NotFoundError) deleted.push(key);
        else if (signal?.aborted) throw new SigningKeyRotationError("delete", created, error, deleted);
        else failed.push({ key, error });
      }
    }
  }

  return {
    created: { id: created.id, created_at: created.created_at },
    deleted,
    kept,
    failed,
    candidates,
    dryRun,
  };
}
