import { MuxError, type MuxErrorOptions } from "./mux-error.js";

/**
 * Why a wait ended without what it waited for:
 * - `timed_out`: the time allowed ran out first;
 * - `failed`: what was waited on reached a state it cannot leave (an asset that errored).
 */
export type WaitReason = "timed_out" | "failed";

/**
 * A waiter (such as `waitForAssetReady` of `@mux/assets`) gave up. `reason` says why, `waitedMs`
 * how long it waited, and `last` is the last answer it read (the errored asset, or the asset still
 * preparing when time ran out), so the caller can show Mux's own error messages.
 */
export class WaitError extends MuxError {
  static override readonly kind: string = "WaitError";

  /** Why the wait ended. */
  declare readonly reason: WaitReason;
  /** How long the wait lasted, in milliseconds. */
  declare readonly waitedMs: number;
  /** The last answer read before giving up. */
  declare readonly last: unknown;

  /**
   * @param reason - why the wait ended.
   * @param message - a sentence naming what was waited for and what happened.
   * @param waitedMs - how long the wait lasted, in milliseconds.
   * @param last - the last answer read.
   */
  constructor(reason: WaitReason, message: string, waitedMs: number, last: unknown, options?: MuxErrorOptions) {
    super(message, options);
    this.reason = reason;
    this.waitedMs = waitedMs;
    this.last = last;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason, waitedMs: this.waitedMs };
  }
}
