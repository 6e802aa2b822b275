// The event types we emit (GET /v1/webhook/webhook.list). HeyGen's other types (translations, personalised
// videos) have no counterpart here.
export const webhookEventTypes = ["avatar_video.success", "avatar_video.fail", "avatar_video_gif.success"] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

// callback_url receives a video's success or failure, never the GIF event (API-CONTRACT.md).
export const callbackEventTypes: ReadonlySet<WebhookEventType> = new Set(["avatar_video.success", "avatar_video.fail"]);

/** Whether an endpoint subscribed to `events` (empty: every type) receives `type`. */
export function subscribes(events: readonly string[], type: WebhookEventType): boolean {
  return events.length === 0 || events.includes(type);
}
