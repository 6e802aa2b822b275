import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { housekeeping } from "./housekeeping";

// housekeeping: hourly, expired rows and stale scratch files are removed.
export const housekeepingJob = defineJob({
  name: "housekeeping",
  // Scheduled: pg-boss sends it with no data.
  payload: z.unknown(),
  policy: { retryLimit: 1, expireInSeconds: 15 * 60, schedule: "17 * * * *" },
  handler: async () => {
    const removed = await housekeeping();
    console.log(`housekeeping removed ${JSON.stringify(removed)}`);
  },
});
