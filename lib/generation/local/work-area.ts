import "server-only";
import { db } from "@/lib/db";
import { LeaseLost, type JobRun } from "@/lib/jobs/define-job";
import { videoPrefix } from "@/lib/videos/video-files";

export { withTempDir } from "@/lib/render/temp-dir";

// Where a render keeps its files: a local temp dir per job (always removed) and, for what one job hands to
// the next (segments, audio, words), the video's `work/` prefix in storage, so workers on other machines
// can pick it up.

export const workKey = (teamId: string, videoId: string, name: string) => `${videoPrefix(teamId, videoId)}work/${name}`;
export const outputKey = (teamId: string, videoId: string, name: string) => `${videoPrefix(teamId, videoId)}${name}`;

/** Thrown between steps when the video was cancelled or deleted: the job stops and keeps nothing. */
export class RenderStopped extends Error {
  constructor(videoId: string) {
    super(`video ${videoId} was cancelled or deleted`);
    this.name = "RenderStopped";
  }
}

/** The video, if it still wants rendering; otherwise RenderStopped. */
export async function activeVideo(videoId: string) {
  const video = await db().video.findUnique({ where: { id: videoId } });
  if (!video || video.status === "completed" || video.status === "failed") throw new RenderStopped(videoId);
  return video;
}

/**
 * Runs `fn` with a signal that aborts (killing any running ffmpeg) as soon as the video is cancelled or
 * deleted; the job then ends as RenderStopped and keeps nothing.
 */
export async function untilStopped<T>(videoId: string, fn: (signal: AbortSignal) => Promise<T>, everyMs = 1000): Promise<T> {
  const controller = new AbortController();
  const timer = setInterval(() => {
    db()
      .video.findUnique({ where: { id: videoId }, select: { status: true } })
      .then((v) => {
        if (!v || v.status === "completed" || v.status === "failed") controller.abort();
      })
      .catch(() => undefined);
  }, everyMs);
  try {
    return await fn(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw new RenderStopped(videoId);
    throw error;
  } finally {
    clearInterval(timer);
  }
}

/** Before a run stores its outputs: it must still hold its job's lease (a stalled run may have lost it). */
export async function checkLease(run: Pick<JobRun, "id" | "holdsLease"> | undefined): Promise<void> {
  if (run && !(await run.holdsLease())) throw new LeaseLost(run.id);
}
