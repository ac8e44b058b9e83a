import type { WebhookEvent } from "@mux/webhooks";

/**
 * What the app does with a verified event. Every receiver below only verifies and routes here.
 * Mux may deliver an event more than once: key side effects on `event.id` to do them once.
 */
export function handleEvent(event: WebhookEvent): string {
  switch (event.type) {
    case "video.asset.ready":
      return `asset ${event.object?.id} is ready to play`;
    case "video.asset.errored":
      return `asset ${event.object?.id} failed`;
    case "video.upload.asset_created":
      return `upload ${event.object?.id} became an asset`;
    default:
      // New event types arrive before the app knows them: acknowledge them, do nothing.
      return `ignored ${event.type}`;
  }
}
