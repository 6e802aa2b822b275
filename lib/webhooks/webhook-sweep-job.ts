import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { resumeStalledDeliveries } from "./resume-stalled-deliveries";

// webhook.sweep: every 5 minutes, deliveries whose job was lost are queued again.
export const webhookSweepJob = defineJob({
  name: "webhook.sweep",
  // Scheduled: pg-boss sends it with no data.
  payload: z.unknown(),
  policy: { retryLimit: 1, expireInSeconds: 15 * 60, schedule: "*/5 * * * *" },
  handler: async () => {
    const resumed = await resumeStalledDeliveries();
    if (resumed) console.log(`[webhooks] resumed ${resumed} stalled deliveries`);
  },
});
