import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { submitUpstream } from "./submit-upstream";
import { failUpstreamOfPayload } from "./upstream-jobs";

// heygen.submit: forward a new video's request upstream. Transient upstream failures (no answer, 429, 5xx) are
// retried for about 10 minutes, then the video fails.
export const heygenSubmitJob = defineJob({
  name: "heygen.submit",
  payload: z.object({ videoId: z.string().min(1) }),
  policy: {
    retryLimit: 6,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
    concurrency: (n) => Math.max(2, n),
    pollingIntervalSeconds: 0.5,
  },
  handler: ({ videoId }, run) => submitUpstream(videoId, run),
  onInvalidPayload: (raw, run) => failUpstreamOfPayload(raw, run.id),
});
