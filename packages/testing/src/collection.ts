/** A page of a collection, as Mux's `page`/`limit` lists answer. */
export interface PageRequest {
  page: number;
  limit: number;
}

/**
 * A typed, in-memory table of records with string ids: the data layer of the stateful fakes.
 * Lists are newest first (Mux's order). Records are kept as given: callers copy what they hand out.
 */
export class Collection<T extends { id: string }> {
  readonly #items = new Map<string, { record: T; sequence: number }>();
  #sequence = 0;

  get size(): number {
    return this.#items.size;
  }

  has(id: string): boolean {
    return this.#items.has(id);
  }

  get(id: string): T | undefined {
    return this.#items.get(id)?.record;
  }

  /** Adds a record; a TypeError when its id is taken. */
  insert(record: T): T {
    if (this.#items.has(record.id)) throw new TypeError(`A record with id ${JSON.stringify(record.id)} already exists.`);
    this.#items.set(record.id, { record, sequence: ++this.#sequence });
    return record;
  }

  delete(id: string): T | undefined {
    const entry = this.#items.get(id);
    this.#items.delete(id);
    return entry?.record;
  }

  /** Every record (matching `where`), newest first. */
  list(where?: (record: T) => boolean): T[] {
    return [...this.#items.values()]
      .sort((a, b) => b.sequence - a.sequence)
      .map((entry) => entry.record)
      .filter((record) => (where ? where(record) : true));
  }

  /** One page of {@link list}. */
  page({ page, limit }: PageRequest, where?: (record: T) => boolean): T[] {
    const start = (page - 1) * limit;
    return this.list(where).slice(start, start + limit);
  }

  clear(): void {
    this.#items.clear();
  }
}
