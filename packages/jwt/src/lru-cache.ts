/**
 * A small least-recently-used map: key text -> imported key promise, so a key passed as a
 * string on every call is imported once. Bounded so many distinct keys cannot grow it forever.
 */
export class LruCache<K, V> {
  readonly #max: number;
  readonly #entries = new Map<K, V>();

  constructor(max: number) {
    this.#max = max;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value for `key`, marked as most recently used. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    const entries = this.#entries;
    entries.delete(key);
    entries.set(key, value);
    if (entries.size > this.#max) entries.delete(entries.keys().next().value as K);
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }
}

/**
 * The promise cached under `key`, or a new one from `create`, cached until it rejects:
 * a failed import is forgotten so the next call tries again.
 */
export function cachedPromise<V>(cache: LruCache<string, Promise<V>>, key: string, create: (key: string) => Promise<V>): Promise<V> {
  let pending = cache.get(key);
  if (!pending) {
    pending = create(key);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}
