import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Video } from "@/lib/generated/prisma/client";
import { v3PageQuery } from "@/lib/paging/v3-page-query";
import type { VideoOutputs } from "@/lib/videos/describe-video";
import { listVideos } from "@/lib/videos/list-videos";
import { sharePageUrl } from "@/lib/videos/share";
import type { VideoStatus } from "@/lib/videos/status";

type Sign = (key: string) => Promise<string>;

// v3 knows four states (HEYGEN-V3.md 3.1): our pending and waiting are both its `pending`.
const V3_STATUS: Record<VideoStatus, "pending" | "processing" | "completed" | "failed"> = {
  pending: "pending",
  waiting: "pending",
  processing: "processing",
  completed: "completed",
  failed: "failed",
};

const unix = (d: Date | null) => (d ? Math.floor(d.getTime() / 1000) : null);

/** A video as v3's video object (GET /v3/videos/{id} and the list): fresh signed URLs on every call. */
async function v3VideoObject(video: Video, sign: Sign) {
  const outputs = (video.outputs ?? {}) as VideoOutputs;
  const url = async (key: keyof VideoOutputs) => (outputs[key] ? sign(outputs[key]) : null);
  const status = video.status as VideoStatus;
  const failed = status === "failed";
  return {
    id: video.id,
    status: V3_STATUS[status],
    // Beyond v3: how far a render has come (0-100), as the v1 status answer has it.
    progress: status === "completed" ? 100 : video.progress,
    title: video.title,
    created_at: unix(video.createdAt),
    completed_at: status === "completed" ? unix(video.completedAt) : null,
    duration: video.duration,
    video_url: await url("video"),
    captioned_video_url: await url("videoCaption"),
    subtitle_url: await url("captionSrt"),
    thumbnail_url: await url("thumbnail"),
    gif_url: await url("gif"),
    video_page_url: sharePageUrl(video.shareToken),
    folder_id: video.folderId,
    callback_id: video.callbackId,
    failure_code: failed ? (video.errorCode ?? "internal_error") : null,
    failure_message: failed ? (video.errorMessage ?? "The video failed.") : null,
  };
}

export async function getV3Video(teamId: string, videoId: string, sign: Sign) {
  const video = await db().video.findFirst({ where: { id: videoId, teamId } });
  if (!video) throw new NotFound("The video");
  return v3VideoObject(video, sign);
}

// GET /v3/videos's query (the route and the OpenAPI document).
export const v3VideosQuery = v3PageQuery(100, 10).extend({
  token: z.string().max(500).optional(),
  folder_id: z.string().max(100).optional(),
  title: z.string().max(255).optional(),
});

/** GET /v3/videos: the team's videos, newest first, as v3's list envelope. */
export async function listV3Videos(teamId: string, query: z.output<typeof v3VideosQuery>, sign: Sign) {
  const { videos, token } = await listVideos(teamId, {
    limit: query.limit,
    token: query.token,
    filter: { folderId: query.folder_id, title: query.title },
  });
  return {
    data: await Promise.all(videos.map((v) => v3VideoObject(v, sign))),
    has_more: token !== null,
    next_token: token,
  };
}
