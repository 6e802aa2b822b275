import type { WebhookEventType } from "@/lib/webhooks/event-types";

export type EventVideo = {
  id: string;
  folderId: string | null;
  callbackId: string | null;
  callbackUrl: string | null;
  errorCode: string | null;
  errorMessage: string | null;
};

// Signed URLs of the rendered files (null where the video has no such file), and the public share page
// (null while sharing is off).
export type EventUrls = { video: string | null; gif: string | null; caption: string | null; sharePage?: string | null };

/**
 * The body of a video event, in HeyGen's format (API-CONTRACT.md, "Callbacks and webhooks"). `event` repeats
 * `event_type` because one HeyGen client reads that key. The GIF event carries the success body.
 */
export function videoEventPayload(type: WebhookEventType, video: EventVideo, urls: EventUrls) {
  const common = { callback_id: video.callbackId, callback_url: video.callbackUrl };
  if (type === "avatar_video.fail") {
    return {
      event_type: type,
      event: type,
      event_data: {
        video_id: video.id,
        msg: video.errorMessage ?? "Rendering failed.",
        code: video.errorCode ?? "internal_error",
        ...common,
      },
    };
  }
  return {
    event_type: type,
    event: type,
    event_data: {
      video_id: video.id,
      url: urls.video,
      gif_download_url: urls.gif,
      video_share_page_url: urls.sharePage ?? null,
      caption_url: urls.caption,
      folder_id: video.folderId,
      ...common,
    },
  };
}
