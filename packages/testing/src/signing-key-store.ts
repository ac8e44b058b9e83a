import type { components } from "@mux/core";
import type { KeyPool } from "./key-pool.js";
import { randomId } from "./ids.js";
import type { KeyMaterial } from "./rsa.js";

/** A signing key as the fake stores it: what Mux returns from get and list. */
export interface StoredSigningKey {
  readonly id: string;
  /** Unix seconds, as a string, like Mux. */
  readonly created_at: string;
}

/** A key to put in the store directly with `seed`; anything left out is generated. */
export interface SeedSigningKey {
  id?: string;
  /** Unix seconds as a string (or a number of seconds). Defaults to now. */
  created_at?: string | number;
}

interface Entry {
  key: StoredSigningKey;
  /** Tie-breaker for keys made in the same second: larger is newer. */
  sequence: number;
  /** The key pair; seeded keys make theirs only when first asked for. */
  material: KeyMaterial | Promise<KeyMaterial> | undefined;
}

type SigningKey = components["schemas"]["SigningKey"];

/** The in-memory signing keys of one mock. */
export class SigningKeyStore {
  readonly #entries = new Map<string, Entry>();
  readonly #pool: KeyPool;
  #sequence = 0;

  constructor(pool: KeyPool) {
    this.#pool = pool;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Newest first: by `created_at`, then by creation order within one second. */
  list(): StoredSigningKey[] {
    return [...this.#entries.values()]
      .sort((a, b) => Number(b.key.created_at) - Number(a.key.created_at) || b.sequence - a.sequence)
      .map((entry) => entry.key);
  }

  get(id: string): StoredSigningKey | undefined {
    return this.#entries.get(id)?.key;
  }

  /** Makes a key as the create operation does, returning what create answers (with the private key). */
  async create(): Promise<SigningKey & { private_key: string }> {
    const material = await this.#pool.take();
    const key = this.#insert({}, material);
    return { id: key.id, created_at: key.created_at, private_key: material.privateKeyBase64 };
  }

  /** Puts keys in the store directly; key pairs for them are made lazily. */
  seed(input: number | readonly SeedSigningKey[]): StoredSigningKey[] {
    if (typeof input !== "number" && !Array.isArray(input)) throw new TypeError("seed: pass a number of keys, or an array of { id?, created_at? }.");
    const specs: readonly SeedSigningKey[] =
      typeof input === "number" ? Array.from({ length: checkCount(input) }, () => ({})) : input;
    for (const spec of specs) {
      if (spec.id !== undefined && (typeof spec.id !== "string" || spec.id === "")) {
        throw new TypeError("seed: id must be a non-empty string");
      }
      if (spec.id !== undefined && this.#entries.has(spec.id)) {
        throw new TypeError(`seed: a signing key with id ${JSON.stringify(spec.id)} already exists`);
      }
      if (spec.created_at !== undefined && !/^\d+$/.test(String(spec.created_at))) {
        throw new TypeError("seed: created_at must be a non-negative integer number of Unix seconds");
      }
    }
    return specs.map((spec) => this.#insert(spec, undefined));
  }

  delete(id: string): boolean {
    return this.#entries.delete(id);
  }

  clear(): void {
    this.#entries.clear();
  }

  /** The key pair of a stored key, made now if it was seeded and never asked for. */
  async material(id: string): Promise<KeyMaterial | undefined> {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (entry.material === undefined) entry.material = this.#pool.take();
    const material = await entry.material;
    entry.material = material;
    return material;
  }

  #insert(spec: SeedSigningKey, material: KeyMaterial | undefined): StoredSigningKey {
    let id = spec.id;
    while (id === undefined || this.#entries.has(id)) id = randomId();
    const createdAt = spec.created_at === undefined ? Math.floor(Date.now() / 1000) : Number(spec.created_at);
    const key: StoredSigningKey = Object.freeze({ id, created_at: String(createdAt) });
    this.#entries.set(id, { key, sequence: ++this.#sequence, material });
    return key;
  }
}

function checkCount(count: number): number {
  if (!Number.isSafeInteger(count) || count < 0) throw new TypeError("seed: count must be a non-negative integer");
  return count;
}
