import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { renderReporter } from "../render-reporter";
import { failVideoOfPayload, runRenderJob } from "../render-job-failure";
import { renderScene } from "../render-scene";

// video.scene: one scene of a video, from request to a stored segment. WORKER_CONCURRENCY of them run at once
// per worker (each ffmpeg on one thread), so more workers render more scenes at once.
export const videoSceneJob = defineJob({
  name: "video.scene",
  payload: z.object({ videoId: z.string().min(1), index: z.number().int().min(0) }),
  policy: {
    retryLimit: 2,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 30 * 60,
    concurrency: (n) => n,
    pollingIntervalSeconds: 0.5,
  },
  handler: ({ videoId, index }, run) =>
    runRenderJob(videoId, run, renderReporter(), () => renderScene(videoId, index, renderReporter(), run)),
  onInvalidPayload: (raw, run) => failVideoOfPayload(raw, run, renderReporter()),
});
