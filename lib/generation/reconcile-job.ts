import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";
import { reconcileVideos } from "./reconcile";

// video.reconcile: every minute, videos whose status has not moved for RECONCILE_AFTER_SECONDS are repaired.
export const reconcileJob = defineJob({
  name: "video.reconcile",
  // Scheduled: pg-boss sends it with no data.
  payload: z.unknown(),
  policy: { retryLimit: 1, expireInSeconds: 15 * 60, schedule: "* * * * *" },
  handler: async () => {
    for (const r of await reconcileVideos({ olderThanSeconds: env().reconcileAfterSeconds }))
      console.log(`reconciler: video ${r.videoId} ${r.action}`);
  },
});
