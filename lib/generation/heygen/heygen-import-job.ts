import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { importUpstreamVideo } from "./import-upstream";
import { failUpstreamOfPayload } from "./upstream-jobs";

// heygen.import: copy a finished video's files from the upstream. A long video's files may take a while; a file
// that cannot be fetched is tried again.
export const heygenImportJob = defineJob({
  name: "heygen.import",
  payload: z.object({ videoId: z.string().min(1) }),
  policy: {
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 60 * 60,
    concurrency: (n) => Math.max(2, n),
    pollingIntervalSeconds: 0.5,
  },
  handler: ({ videoId }, run) => importUpstreamVideo(videoId, run),
  onInvalidPayload: (raw, run) => failUpstreamOfPayload(raw, run.id),
});
