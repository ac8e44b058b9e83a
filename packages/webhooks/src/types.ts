/**
 * The raw request body, exactly as it arrived: text, or its bytes (a `Buffer`, `Uint8Array`,
 * any other typed array or `DataView`, or an `ArrayBuffer`). The signature covers these exact
 * bytes, so read the body before any JSON parser touches it.
 */
export type WebhookBody = string | ArrayBuffer | ArrayBufferView;

/** One header's value as servers hand it out: a string, several strings (Node), or nothing. */
export type WebhookHeaderValue = string | readonly string[] | null | undefined;

/**
 * The request's headers, in whichever shape the server or framework provides, with names in
 * any letter case: a `Headers` object (fetch, Hono, Next.js, Workers), a plain object such as
 * Node's and Express's `req.headers`, or a list of `[name, value]` pairs.
 */
export type WebhookHeaders =
  | Headers
  | {
      /** The value of header `name` (asked for in lower case), or null when absent. */
      get(name: string): string | null | undefined;
    }
  | Readonly<Record<string, WebhookHeaderValue>>
  | ReadonlyArray<readonly [string, WebhookHeaderValue] | readonly string[]>;

/**
 * The endpoint's signing secret, or several while rotating secrets: a webhook is accepted when it
 * matches any of them. Empty, `null` and `undefined` entries of a list are skipped, so
 * `[process.env.NEW_SECRET, process.env.OLD_SECRET]` works while one of them is unset.
 */
export type WebhookSecret = string | ReadonlyArray<string | null | undefined>;

/** Options of `verifyWebhookSignature` and `unwrapWebhook`. */
export interface VerifyWebhookOptions {
  /**
   * How many seconds the signature's timestamp may lie before or after the current time.
   * Older webhooks are refused as possible replays, newer ones as forged or skewed.
   * Default 300 (five minutes); `Infinity` turns the check off (not recommended).
   */
  tolerance?: number;
  /** The clock, in milliseconds since the Unix epoch. Default `Date.now`; pass another to test. */
  now?: () => number;
}
