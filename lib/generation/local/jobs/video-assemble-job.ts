import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { assembleVideo } from "../assemble-video";
import { renderReporter } from "../render-reporter";
import { failVideoOfPayload, runRenderJob } from "../render-job-failure";

// video.assemble: joins a video's scenes once the last one is done (singleton per video id). Its output is the
// completed report it made, so the reconciler can apply it if the report never reached the server.
export const videoAssembleJob = defineJob({
  name: "video.assemble",
  payload: z.object({ videoId: z.string().min(1) }),
  policy: {
    retryLimit: 2,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 60 * 60,
    concurrency: (n) => n,
    pollingIntervalSeconds: 0.5,
  },
  handler: ({ videoId }, run) => runRenderJob(videoId, run, renderReporter(), () => assembleVideo(videoId, renderReporter(), run)),
  onInvalidPayload: (raw, run) => failVideoOfPayload(raw, run, renderReporter()),
});
