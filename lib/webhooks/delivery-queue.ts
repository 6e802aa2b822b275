import "server-only";
import type { Tx } from "@/lib/db";
import { sendJob } from "@/lib/jobs/send-job";
import { jobId } from "@/lib/queue";
import { webhookDeliverJob, type DeliveryJob } from "./webhook-deliver-job";

export type { DeliveryJob } from "./webhook-deliver-job";

/**
 * Enqueues attempt `attempt + 1` of a delivery inside the caller's transaction. `reason` makes a separate job
 * for the same attempt (a manual redelivery, a sweep of a stalled delivery); the worker still sends it once.
 */
export async function enqueueDelivery(tx: Tx, job: DeliveryJob, options: { startAfter?: Date; reason?: string } = {}): Promise<void> {
  // One job id per (delivery, attempt[, reason]): enqueuing the same attempt twice adds nothing.
  await sendJob(webhookDeliverJob, job, {
    id: jobId(job.deliveryId, job.attempt, options.reason ?? ""),
    startAfter: options.startAfter,
    tx,
  });
}
