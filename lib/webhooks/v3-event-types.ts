import { webhookEventTypes, type WebhookEventType } from "@/lib/webhooks/event-types";

// HeyGen v3's event types (HEYGEN-V3.md 8.3), the enum its `events` and `event_type` accept. An endpoint may
// subscribe to any of them, as at HeyGen, so a HeyGen client's subscription is never refused; we emit only
// webhookEventTypes, listed first. Types we never emit simply never arrive.
export const v3EventTypes = [
  ...webhookEventTypes,
  "avatar_video_gif.fail",
  "avatar_video_caption.success",
  "avatar_video_caption.fail",
  "video_translate.success",
  "video_translate.fail",
  "video_translate.preflight.validation_failed",
  "video_translate.preflight.download_failed",
  "personalized_video",
  "instant_avatar.success",
  "instant_avatar.fail",
  "photo_avatar_generation.success",
  "photo_avatar_generation.fail",
  "photo_avatar_train.success",
  "photo_avatar_train.fail",
  "photo_avatar_add_motion.success",
  "photo_avatar_add_motion.fail",
  "proofread_creation.success",
  "proofread_creation.fail",
  "live_avatar.success",
  "live_avatar.fail",
  "video_agent.success",
  "video_agent.fail",
  "hyperframes_video.success",
  "hyperframes_video.fail",
  "ai_clipping.success",
  "ai_clipping.fail",
  "batch.finished",
] as const;

const emitted: Record<WebhookEventType, string> = {
  "avatar_video.success": "A video finished rendering; event_data has its URL and the caption and GIF links. Emitted by Avatar Studio.",
  "avatar_video.fail": "A video failed or was cancelled; event_data has the error code and message. Emitted by Avatar Studio.",
  "avatar_video_gif.success":
    "A video's GIF preview is stored; the success body, sent to endpoints only (never to callback_url). Emitted by Avatar Studio.",
};

const NOT_EMITTED = "HeyGen's event type; accepted in subscriptions, but Avatar Studio never emits it.";

/** GET /v3/webhooks/event-types: every type HeyGen knows, the ones we emit first, each saying whether we do. */
export function describeV3EventTypes(): { event_type: string; description: string }[] {
  return v3EventTypes.map((type) => ({ event_type: type, description: emitted[type as WebhookEventType] ?? NOT_EMITTED }));
}
