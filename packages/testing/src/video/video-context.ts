import type { Scheduler } from "../clock.js";
import type { LifecycleTimings } from "../timings.js";
import type { WebhookDispatcher } from "../webhooks/dispatcher.js";
import type { PlaybackIdIndex } from "./playback-ids.js";

/** What the video fakes share: time, webhooks, lifecycle timings and the playback ID index. */
export interface VideoContext {
  readonly clock: Scheduler;
  readonly webhooks: WebhookDispatcher;
  readonly timings: LifecycleTimings;
  readonly playbackIds: PlaybackIdIndex;
}

/** Unix seconds of the mock's clock, as Mux writes `created_at`: a string. */
export function unixSeconds(context: VideoContext): string {
  return String(Math.floor(context.clock.now() / 1000));
}
