import { z } from "zod";
import type { ProviderStatus } from "@/lib/generation/provider";
import type { VideoReport } from "@/lib/videos/move-video";
import { videoStatuses, type VideoStatus } from "@/lib/videos/status";

// Pure mappings from what an upstream says (its status answer, its webhook events) to our terms.

// The render failure codes of API-CONTRACT.md an upstream may report as they are; any other code (HeyGen's
// numeric ones) becomes `upstream_failed`, with the upstream's code kept in `detail`.
const OUR_CODES = new Set([
  "asset_unreachable",
  "asset_too_large",
  "media_undecodable",
  "voice_unavailable",
  "render_timeout",
  "storage_failed",
  "quota_exceeded",
  "upstream_failed",
  "cancelled",
  "internal_error",
]);

const UPSTREAM_FAILED_MESSAGE = "The upstream could not render the video.";

export function upstreamFailure(code: unknown, message: unknown, detail?: unknown): NonNullable<VideoReport["error"]> {
  const text = typeof message === "string" && message.trim() ? message : UPSTREAM_FAILED_MESSAGE;
  const theirs = code === null || code === undefined || code === "" ? null : String(code);
  const ours = theirs !== null && OUR_CODES.has(theirs) ? theirs : "upstream_failed";
  const notes = [theirs && ours !== theirs ? `upstream code ${theirs}` : null, typeof detail === "string" && detail ? detail : null].filter(
    Boolean,
  );
  return { code: ours, message: text, ...(notes.length ? { detail: notes.join(": ") } : {}) };
}

const url = z.string().min(1).nullish();
const errorShape = z.looseObject({
  code: z.union([z.string(), z.number()]).nullish(),
  message: z.string().nullish(),
  detail: z.string().nullish(),
});

// GET /v1/video_status.get's `data` (HeyGen's fields; Avatar Studio's extra caption URLs where present).
const upstreamStatusData = z.looseObject({
  status: z.string(),
  progress: z.number().nullish(),
  video_url: url,
  video_url_caption: url,
  thumbnail_url: url,
  gif_url: url,
  caption_url: url,
  caption_srt_url: url,
  caption_vtt_url: url,
  duration: z.number().nullish(),
  error: z.union([errorShape, z.string()]).nullish(),
});

export function mapUpstreamStatus(raw: unknown): ProviderStatus {
  const data = upstreamStatusData.parse(raw);
  const status: VideoStatus = (videoStatuses as readonly string[]).includes(data.status) ? (data.status as VideoStatus) : "processing";
  const files: ProviderStatus["files"] = {};
  const put = (key: keyof ProviderStatus["files"], value: string | null | undefined) => value && (files[key] = value);
  put("video", data.video_url);
  put("videoCaption", data.video_url_caption);
  put("thumbnail", data.thumbnail_url);
  put("gif", data.gif_url);
  put("captionAss", data.caption_url);
  put("captionSrt", data.caption_srt_url);
  put("captionVtt", data.caption_vtt_url);
  const error = typeof data.error === "string" ? { code: null, message: data.error, detail: null } : data.error;
  return {
    status,
    progress: typeof data.progress === "number" ? data.progress : null,
    error: status === "failed" ? upstreamFailure(error?.code, error?.message, error?.detail) : null,
    files,
    duration: data.duration ?? null,
  };
}

// An upstream webhook: HeyGen's `{event_type, event_data}` (`event` repeats the type for some senders).
export const upstreamEvent = z.looseObject({
  event_type: z.string().min(1),
  event_data: z
    .looseObject({
      video_id: z.string().nullish(),
      callback_id: z.string().nullish(),
      msg: z.string().nullish(),
      code: z.union([z.string(), z.number()]).nullish(),
    })
    .nullish(),
});
export type UpstreamEvent = z.infer<typeof upstreamEvent>;

/**
 * What an upstream event means for our video: a success is `completed` (its files are copied by a job before
 * our video moves), a failure `failed` with the upstream's message; anything else (the GIF event, other
 * products' events) means nothing here.
 */
export function upstreamEventReport(event: UpstreamEvent): VideoReport | null {
  if (event.event_type === "avatar_video.success") return { status: "completed" };
  if (event.event_type === "avatar_video.fail")
    return { status: "failed", error: upstreamFailure(event.event_data?.code, event.event_data?.msg) };
  return null;
}
