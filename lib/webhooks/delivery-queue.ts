import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { inTransaction, jobId, queue, queues } from "@/lib/queue";

// One job per attempt of a delivery: `attempt` is the number of attempts already made, and the worker only
// acts while the delivery still has that count, so a duplicate job never sends the same attempt twice.
export const deliveryJob = z.object({ deliveryId: z.string().min(1), attempt: z.number().int().min(0) });
export type DeliveryJob = z.infer<typeof deliveryJob>;

/**
 * Enqueues attempt `attempt + 1` of a delivery inside the caller's transaction. `reason` makes a separate job
 * for the same attempt (a manual redelivery, a sweep of a stalled delivery); the worker still sends it once.
 */
export async function enqueueDelivery(tx: Tx, job: DeliveryJob, options: { startAfter?: Date; reason?: string } = {}): Promise<void> {
  const boss = await queue();
  // One job id per (delivery, attempt[, reason]): enqueuing the same attempt twice adds nothing.
  await boss.send(queues.webhookDeliver, job, {
    id: jobId(job.deliveryId, job.attempt, options.reason ?? ""),
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    db: inTransaction(tx),
  });
}
