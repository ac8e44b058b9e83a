import { InvalidArgumentError, InvalidResponseError, MuxError } from "@mux/errors";
import type { Client } from "openapi-fetch";
import { APIPromiseImpl, type APIPromise, type RawResult, type ResponseWish } from "./api-promise.js";
import { execute, type SendInit } from "./call-api.js";
import type { MuxClient } from "./client.js";
import type { paths } from "./generated/index.js";
import { type Operation, type OperationInput, sendOperation } from "./operation.js";
import type { RequestOptions } from "./request-options.js";

/** Pagination parameters. `page` and `limit` must be positive safe integers. */
export interface PageParams {
  /** 1-based page number (page-numbered lists). */
  page?: number | undefined;
  /** Items per page; each list has its own default (25 for most). */
  limit?: number | undefined;
  /** Where the page starts (cursor lists, such as assets): the previous page's `next_cursor`. */
  cursor?: string | undefined;
}

/** The page size the Mux API uses when `limit` is not sent. */
export const DEFAULT_PAGE_LIMIT = 25;

/**
 * One page of a list. Besides `data`, a page carries the other top-level fields of its answer
 * (for example `next_cursor`, `timeframe` or `total_row_count`) as read-only properties.
 */
export interface Page<T> {
  /** The items on this page. */
  readonly data: T[];
  /** Other fields of the page's answer, such as `next_cursor` or `timeframe`. */
  readonly [field: string]: unknown;
  /**
   * False after an empty page, a page shorter than the limit in effect (page-numbered lists), or a
   * page without `next_cursor` (cursor lists).
   */
  hasNextPage(): boolean;
  /** Fetches the following page; rejects with MuxError when there is none. */
  getNextPage(): Promise<Page<T>>;
  /** This page, then every following page. */
  iterPages(): AsyncIterableIterator<Page<T>>;
}

/** Awaiting gives the first Page; `for await (const item of promise)` yields every item across pages. */
export interface PagePromise<T> extends APIPromise<Page<T>>, AsyncIterable<T> {}

/** Sends one page request. */
export type PageSend<T, Q extends PageParams> = (
  api: Client<paths>,
  init: SendInit,
  query: Q | undefined,
) => Promise<{ data?: { data: T[] }; error?: unknown; response: Response }>;

function checkPositive(name: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidArgumentError(name, `${name} must be a positive integer.`);
  }
}

/**
 * Validates page/limit and copies the query (a later change to the caller's object does not move
 * the pages). Undefined values stay: the query serializer leaves them out.
 */
function normalizeQuery<Q extends PageParams>(query: Q | undefined): Q | undefined {
  if (query === undefined || query === null) return undefined;
  if (typeof query !== "object" || Array.isArray(query)) throw new InvalidArgumentError("query", "query must be an object.");
  checkPositive("page", query.page);
  checkPositive("limit", query.limit);
  return { ...query };
}

/** How a list moves from page to page. */
export interface PageStyle {
  /**
   * Items per page when the query sets no `limit` (the operation's default from the spec). Left
   * out when the spec states none: the list then reads on until an empty page.
   */
  pageSize?: number | undefined;
  /** True for lists that page with `cursor` / `next_cursor` instead of page numbers. */
  cursor?: boolean;
}

interface PageContext<T, Q extends PageParams> {
  client: MuxClient;
  options: RequestOptions | undefined;
  send: PageSend<T, Q>;
  style: PageStyle;
}

class PageImpl<T, Q extends PageParams> implements Page<T> {
  readonly [field: string]: unknown;
  declare readonly data: T[];
  readonly #ctx: PageContext<T, Q>;
  readonly #query: Q | undefined;
  readonly #nextCursor: string | undefined;

  constructor(body: { data: T[] }, query: Q | undefined, ctx: PageContext<T, Q>) {
    for (const [field, value] of Object.entries(body)) {
      // Fields of the answer, but never over the page's own methods.
      if (!(field in PageImpl.prototype)) Object.defineProperty(this, field, { value, enumerable: true });
    }
    this.#query = query;
    this.#ctx = ctx;
    const cursor = (body as { next_cursor?: unknown }).next_cursor;
    this.#nextCursor = typeof cursor === "string" && cursor !== "" ? cursor : undefined;
  }

  hasNextPage(): boolean {
    if (this.data.length === 0) return false;
    if (this.#ctx.style.cursor) return this.#nextCursor !== undefined;
    // With no limit in effect (undefined), `<` is false: read on until an empty page.
    return !(this.data.length < (this.#query?.limit ?? this.#ctx.style.pageSize)!);
  }

  getNextPage(): Promise<Page<T>> {
    if (!this.hasNextPage()) {
      return Promise.reject(new MuxError("There is no next page: check hasNextPage() first."));
    }
    const next = this.#ctx.style.cursor
      ? ({ ...this.#query, cursor: this.#nextCursor } as Q)
      : ({ ...this.#query, page: (this.#query?.page ?? 1) + 1 } as Q);
    return startPage(this.#ctx, next);
  }

  async *iterPages(): AsyncIterableIterator<Page<T>> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }
}

/**
 * Every item of every page. Items of a page already fetched come back as resolved promises;
 * only page boundaries await (an async generator with `yield*` costs several promise hops
 * per item). Stops after an empty or short page; `return()` ends it early. A `next()` called
 * while a page is being fetched waits for it, as with a generator.
 */
function iterateItems<T>(first: PromiseLike<Page<T>>): AsyncIterableIterator<T> {
  let pending: PromiseLike<Page<T>> | undefined = first;
  let page: Page<T> | undefined;
  let index = 0;
  let done = false;
  let busy: Promise<unknown> | undefined;
  const end = (): IteratorResult<T, undefined> => {
    done = true;
    page = undefined;
    return { done: true, value: undefined };
  };
  const advance = async (): Promise<IteratorResult<T, undefined>> => {
    for (;;) {
      let next: Page<T>;
      try {
        if (pending) {
          const p = pending;
          pending = undefined;
          next = await p;
        } else if (page?.hasNextPage()) {
          next = await page.getNextPage();
        } else {
          return end();
        }
      } catch (error) {
        end();
        throw error;
      }
      if (done) return end();
      page = next;
      index = 0;
      if (next.data.length > 0) return { done: false, value: next.data[index++] as T };
    }
  };
  const settled = (): void => {
    busy = undefined;
  };
  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => iterator,
    next() {
      if (busy) return busy.then(() => iterator.next());
      if (page && index < page.data.length) return Promise.resolve({ done: false, value: page.data[index++] as T });
      if (done) return Promise.resolve({ done: true, value: undefined });
      const result = advance();
      busy = result.then(settled, settled);
      return result;
    },
    return() {
      pending = undefined;
      return Promise.resolve(end());
    },
  };
  return iterator;
}

class PagePromiseImpl<T> extends APIPromiseImpl<Page<T>> implements PagePromise<T> {
  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return iterateItems<T>(this);
  }
}

function startPage<T, Q extends PageParams>(ctx: PageContext<T, Q>, query: Q | undefined): PagePromise<T> {
  const wish: ResponseWish = { keepUnread: false };
  let raw: Promise<RawResult<Page<T>>>;
  try {
    const normalized = normalizeQuery(query);
    raw = execute(
      ctx.client,
      ctx.options,
      (api, init) => ctx.send(api, init, normalized),
      (body: { data: T[] }) => {
        if (typeof body !== "object" || body === null || !Array.isArray(body.data)) {
          throw new InvalidResponseError(undefined, body, 'The list response has no "data" array.', undefined);
        }
        return new PageImpl(body, normalized, ctx);
      },
      wish,
    );
  } catch (error) {
    // A bad page or limit rejects the call, as any other failure does.
    raw = Promise.reject(error);
  }
  return new PagePromiseImpl(raw, wish);
}

/**
 * Lists with page/limit pagination. Awaiting the result gives the first page;
 * `for await` yields every item, stopping after an empty page or a page
 * shorter than the limit in effect (the given `limit`, else `style.pageSize`, 25 by default)
 * without an extra request. With no query, the first request sends neither page nor limit.
 * Invalid page/limit reject with InvalidArgumentError.
 */
export function paginate<T, Q extends PageParams = PageParams>(
  client: MuxClient,
  query: Q | undefined,
  options: RequestOptions | undefined,
  send: PageSend<T, Q>,
  style: PageStyle = { pageSize: DEFAULT_PAGE_LIMIT },
): PagePromise<T> {
  return startPage({ client, options, send, style }, query);
}

/**
 * Lists one operation's items page by page: what every generated list function calls. `style`
 * carries the operation's own default page size (from the spec) and whether it pages by cursor.
 * `path` comes from `pathOf`, as for `callOperation`; the query is checked here, page by page.
 */
export function listOperation<T, Q extends object = PageParams>(
  client: MuxClient,
  operation: Operation,
  style: PageStyle,
  path: OperationInput["path"],
  query: Q | null | undefined,
  options?: RequestOptions,
): PagePromise<T> {
  const send: PageSend<T, PageParams> = (api, init, pageQuery) =>
    sendOperation(api, client, operation, { path, query: () => pageQuery }, init, "json") as ReturnType<
      PageSend<T, PageParams>
    >;
  return startPage({ client, options, send, style }, query as PageParams | undefined);
}
