import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { VideoStatus } from "@/lib/videos/status";
import { sharePageUrl } from "@/lib/videos/share";
import { failureBody } from "@/lib/videos/failure-codes";

export type VideoOutputs = Partial<
  Record<"video" | "videoCaption" | "thumbnail" | "gif" | "captionAss" | "captionSrt" | "captionVtt", string>
>;
type Sign = (key: string) => Promise<string>;

const unix = (d: Date) => Math.floor(d.getTime() / 1000);

/** GET /v1/video_status.get's `data`: fresh signed URLs on every call (they expire after 7 days). */
export async function describeVideo(teamId: string, videoId: string, sign: Sign) {
  const video = await db().video.findFirst({ where: { id: videoId, teamId } });
  if (!video) throw new NotFound("The video");
  const outputs = (video.outputs ?? {}) as VideoOutputs;
  const url = async (key: keyof VideoOutputs) => (outputs[key] ? sign(outputs[key]) : null);
  const status = video.status as VideoStatus;
  return {
    id: video.id,
    status,
    progress: status === "completed" ? 100 : video.progress,
    callback_id: video.callbackId,
    title: video.title,
    video_url: await url("video"),
    video_url_caption: await url("videoCaption"),
    thumbnail_url: await url("thumbnail"),
    gif_url: await url("gif"),
    caption_url: await url("captionAss"),
    caption_srt_url: await url("captionSrt"),
    caption_vtt_url: await url("captionVtt"),
    video_share_page_url: sharePageUrl(video.shareToken),
    duration: video.duration,
    created_at: unix(video.createdAt),
    error: status === "failed" ? failureBody(video.errorCode, video.errorMessage, video.errorDetail) : null,
  };
}
