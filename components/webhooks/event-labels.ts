import { webhookEventTypes, type WebhookEventType } from "@/lib/webhooks/event-types";

export { webhookEventTypes, type WebhookEventType };

// The event types as a marketing team reads them; the wire name is shown next to the label.
export const eventLabels: Record<WebhookEventType, { label: string; description: string }> = {
  "avatar_video.success": {
    label: "Video completed",
    description: "The MP4 is ready. The body has its URL and the caption and GIF links.",
  },
  "avatar_video.fail": {
    label: "Video failed",
    description: "Rendering failed or was cancelled. The body has the error code and message.",
  },
  "avatar_video_gif.success": {
    label: "GIF preview ready",
    description: "The animated preview is stored. Sent to endpoints only, never to callback_url.",
  },
};

export function eventLabel(type: string): string {
  return eventLabels[type as WebhookEventType]?.label ?? type;
}

/**
 * The types of an endpoint's subscription the dashboard shows and sends (null: every type). An endpoint made
 * over v3 may also name HeyGen types we never emit; they are left out here (and dropped when the dashboard
 * saves the endpoint), which changes nothing it receives.
 */
export function emittedEvents(events: readonly string[] | null | undefined): WebhookEventType[] | null {
  return events ? webhookEventTypes.filter((t) => events.includes(t)) : null;
}
