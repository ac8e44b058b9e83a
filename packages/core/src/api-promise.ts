/** A completed call: the selected result and the final Response. */
export interface RawResult<T> {
  data: T;
  response: Response;
  /** An unread copy of the response, kept only when `asResponse()` was asked for in time. */
  unread?: Response | undefined;
}

/** Shared between a call and its promise: lets `asResponse()` ask for an unread copy of the body. */
export interface ResponseWish {
  keepUnread: boolean;
}

/** A Promise of the unwrapped result with raw access, like the official SDK. */
export interface APIPromise<T> extends Promise<T> {
  /** Resolves with the result, the final `Response` (body already read) and its `x-request-id`. */
  withResponse(): Promise<{ data: T; response: Response; requestId: string | undefined }>;
  /**
   * Resolves with the final `Response`. When called right away (before the
   * response arrives) its body is still unread.
   */
  asResponse(): Promise<Response>;
}

const noop = (): void => {};
/** The executor of the underlying (never observed) Promise: the value comes from `#raw`. */
const settle = (resolve: (value: undefined) => void): void => resolve(undefined);

/**
 * Promise subclass whose value is derived lazily from the raw result, so a
 * caller that only uses `asResponse()` never sees an unhandled rejection.
 */
export class APIPromiseImpl<T> extends Promise<T> implements APIPromise<T> {
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #raw: Promise<RawResult<T>>;
  readonly #wish: ResponseWish | undefined;
  #value: Promise<T> | undefined;

  constructor(raw: Promise<RawResult<T>>, wish?: ResponseWish) {
    super(settle as (resolve: (value: T) => void) => void);
    this.#raw = raw;
    this.#wish = wish;
    raw.catch(noop);
  }

  #data(): Promise<T> {
    this.#value ??= this.#raw.then((r) => r.data);
    return this.#value;
  }

  // `catch` and `finally` are Promise's own: both call this `then`.
  // biome-ignore lint/suspicious/noThenProperty: this class is a Promise; `then` must be overridden.
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#data().then(onfulfilled, onrejected);
  }

  withResponse(): Promise<{ data: T; response: Response; requestId: string | undefined }> {
    return this.#raw.then((r) => ({
      data: r.data,
      response: r.response,
      requestId: r.response.headers.get("x-request-id") ?? undefined,
    }));
  }

  asResponse(): Promise<Response> {
    if (this.#wish) this.#wish.keepUnread = true;
    return this.#raw.then((r) => r.unread ?? r.response);
  }
}
