import "server-only";
import { LeaseLost, payloadVideoId, type JobRun } from "@/lib/jobs/define-job";
import { RenderFailure } from "@/lib/render/failure";
import { FfmpegError } from "@/lib/render/ffmpeg";
import type { StatusReporter } from "@/lib/videos/status-reporter";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage/storage";
import { RenderStopped, workKey } from "./work-area";

// A stopped render leaves nothing behind: its hand-over files go (deleting the video removed the rest).
async function discardWork(videoId: string): Promise<void> {
  const video = await db().video.findUnique({ where: { id: videoId }, select: { teamId: true } });
  if (video) await storage().deletePrefix(workKey(video.teamId, videoId, ""));
}

// One place decides what a render error means: a stopped video ends the job quietly; a permanent failure
// fails the video at once with its code; anything else is retried (pg-boss backoff) and fails the video as
// internal_error after the last attempt.
// Returns what the work returned (pg-boss keeps it as the job's output).
export async function runRenderJob(videoId: string, job: JobRun, reporter: StatusReporter, work: () => Promise<unknown>): Promise<unknown> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RenderStopped) return discardWork(videoId);
    // Another run of this job is in charge now; this one keeps nothing and reports nothing.
    if (error instanceof LeaseLost) {
      console.warn(`[render] video ${videoId}: ${error.message}`);
      return;
    }
    if (error instanceof RenderFailure && (error.permanent || job.retryCount >= job.retryLimit)) {
      await reporter.report(videoId, { status: "failed", error: { code: error.code, message: error.message } });
      return;
    }
    if (job.retryCount >= job.retryLimit && (error as NodeJS.ErrnoException | null)?.code === "ENOSPC") {
      console.error(`[render] video ${videoId}: the storage is full`);
      await reporter.report(videoId, {
        status: "failed",
        error: {
          code: "storage_failed",
          message: "The server ran out of storage space while saving this video. Ask the operator to free space, then submit it again.",
        },
      });
      return;
    }
    if (job.retryCount >= job.retryLimit) {
      const detail = error instanceof FfmpegError ? error.message.slice(-2000) : error instanceof Error ? error.message : String(error);
      console.error(`[render] video ${videoId} failed after ${job.retryCount + 1} attempts:`, detail);
      await reporter.report(videoId, {
        status: "failed",
        error: {
          code: "internal_error",
          message: "Rendering failed on the server. Try again; if it keeps failing, tell the operator the video id.",
          detail,
        },
      });
      return;
    }
    throw error;
  }
}

/** A render job whose payload cannot be read fails its video (when the payload names one) as internal_error. */
export async function failVideoOfPayload(raw: unknown, job: JobRun, reporter: StatusReporter): Promise<void> {
  const videoId = payloadVideoId(raw);
  if (!videoId) return;
  await reporter.report(videoId, {
    status: "failed",
    error: {
      code: "internal_error",
      message: "Rendering failed on the server. Tell the operator the video id.",
      detail: `job ${job.id} had an invalid payload`,
    },
  });
}
