import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { renderReporter } from "../render-reporter";
import { failVideoOfPayload, runRenderJob } from "../render-job-failure";
import { renderVideo } from "../render-video";

// video.render: one per submitted video (singleton per video id); fans out the scene jobs. Expiries sit
// above the longest legitimate run of each step; permanent failures end the video at once instead of retrying.
export const videoRenderJob = defineJob({
  name: "video.render",
  payload: z.object({ videoId: z.string().min(1), teamId: z.string().min(1) }),
  policy: { retryLimit: 2, retryDelay: 5, retryBackoff: true, expireInSeconds: 5 * 60, pollingIntervalSeconds: 0.5 },
  handler: ({ videoId }, run) => runRenderJob(videoId, run, renderReporter(), () => renderVideo(videoId, renderReporter())),
  onInvalidPayload: (raw, run) => failVideoOfPayload(raw, run, renderReporter()),
});
