import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { deliverWebhook } from "./deliver-webhook";

// One job per attempt of a delivery: `attempt` is the number of attempts already made, and the worker only
// acts while the delivery still has that count, so a duplicate job never sends the same attempt twice.
const payload = z.object({ deliveryId: z.string().min(1), attempt: z.number().int().min(0) });
export type DeliveryJob = z.infer<typeof payload>;

// webhook.deliver: mostly waiting on the network, so several at once beside the render jobs. The job retries
// only when its worker crashed or the database failed (HTTP failures are recorded and rescheduled by the
// delivery itself), after its lease has expired.
export const webhookDeliverJob = defineJob({
  name: "webhook.deliver",
  payload,
  policy: {
    retryLimit: 5,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 60,
    concurrency: (n) => Math.max(4, n * 2),
    pollingIntervalSeconds: 0.5,
  },
  handler: (job) => deliverWebhook(job),
});
