import "server-only";
import type { JobRun } from "@/lib/jobs/define-job";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { VideoRequest } from "@/lib/contract/schema";
import { describeUpstream, heygenRequest, UpstreamError } from "@/lib/generation/heygen/client";
import { heygenAccess } from "@/lib/generation/heygen/connection";
import { failUpstream } from "@/lib/generation/heygen/upstream-jobs";
import { upstreamAssetIds } from "@/lib/generation/heygen/upload-asset";
import { upstreamBody } from "@/lib/generation/heygen/upstream-body";
import { moveVideo } from "@/lib/videos/move-video";
import { isTerminal, type VideoStatus } from "@/lib/videos/status";

// heygen.submit: forwards a new video's normalised request to the team's upstream and stores the upstream's
// video id. The API answered the client already; here transient failures (no answer, 429, 5xx) are retried
// with backoff while the video shows `waiting`, and a refusal (4xx) fails the video at once with the
// upstream's own message. The Idempotency-Key (our video id) keeps a retried submit from making a second video
// upstream where the upstream honours it (Avatar Studio does).

export async function submitUpstream(videoId: string, job: JobRun): Promise<void> {
  const video = await db().video.findUnique({ where: { id: videoId } });
  if (!video || video.upstreamVideoId || isTerminal(video.status as VideoStatus)) return;
  try {
    const access = await heygenAccess(video.teamId);
    if (!access)
      return failUpstream(videoId, "The team's HeyGen connection was removed before the video was sent; submit the video again.");
    const request = video.request as unknown as VideoRequest;
    const body = upstreamBody(request, videoId, await upstreamAssetIds(access, request));
    const data = await heygenRequest<{ video_id?: unknown } | null>(access, "POST", "/v2/video/generate", {
      json: body,
      headers: { "idempotency-key": `avatar-studio-${videoId}` },
    });
    if (typeof data?.video_id !== "string" || !data.video_id) {
      throw new UpstreamError(502, null, "the answer to /v2/video/generate has no video_id", describeUpstream(access.baseUrl));
    }
    const upstreamVideoId = data.video_id;
    await db().$transaction(async (tx) => {
      // A webhook may have recorded the id already (it names our video in callback_id).
      await tx.video.updateMany({
        where: { id: videoId, OR: [{ upstreamVideoId: null }, { upstreamVideoId }] },
        data: { upstreamVideoId, upstreamBaseUrl: access.baseUrl },
      });
      await moveVideo(videoId, { status: "processing", progress: 0 }, tx);
    });
  } catch (error) {
    const lastTry = job.retryCount >= job.retryLimit;
    if (error instanceof UpstreamError && !error.transient) {
      return failUpstream(
        videoId,
        error.upstreamMessage,
        `${error.where} answered ${error.upstreamStatus}${error.upstreamCode ? ` ${error.upstreamCode}` : ""}`,
      );
    }
    const message = error instanceof UpstreamError ? error.message : error instanceof DomainError ? error.message : null;
    if (lastTry) {
      console.error(`[heygen] forwarding video ${videoId} failed after ${job.retryCount + 1} attempts:`, error);
      return failUpstream(
        videoId,
        `The video could not be sent to the upstream after ${job.retryCount + 1} attempts${message ? `: ${message}` : "."}`,
      );
    }
    // Shown while the job waits for its next attempt.
    await moveVideo(videoId, { status: "waiting" });
    throw error;
  }
}
