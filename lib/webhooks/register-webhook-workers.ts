import "server-only";
import type PgBoss from "pg-boss";
import { queues } from "@/lib/queue";
import { deliveryJob, type DeliveryJob } from "@/lib/webhooks/delivery-queue";
import { deliverWebhook } from "@/lib/webhooks/deliver-webhook";
import { resumeStalledDeliveries } from "@/lib/webhooks/resume-stalled-deliveries";

export const WEBHOOK_SWEEP_QUEUE = "webhook.sweep";

// The worker's webhook queues: deliveries (mostly waiting on the network, so several at once beside the
// render jobs) and a sweep every 5 minutes for deliveries whose job was lost.
export async function registerWebhookWorkers(boss: PgBoss, concurrency: number): Promise<void> {
  const options = { batchSize: 1, pollingIntervalSeconds: 0.5 };
  for (let i = 0; i < Math.max(4, concurrency * 2); i++) {
    await boss.work<DeliveryJob>(queues.webhookDeliver, options, async ([job]) => {
      if (job) await deliverWebhook(deliveryJob.parse(job.data));
    });
  }
  await boss.createQueue(WEBHOOK_SWEEP_QUEUE);
  await boss.schedule(WEBHOOK_SWEEP_QUEUE, "*/5 * * * *");
  await boss.work(WEBHOOK_SWEEP_QUEUE, async () => {
    const resumed = await resumeStalledDeliveries();
    if (resumed) console.log(`[webhooks] resumed ${resumed} stalled deliveries`);
  });
}
