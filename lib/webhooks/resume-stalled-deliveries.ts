import "server-only";
import { db } from "@/lib/db";
import { enqueueDelivery } from "@/lib/webhooks/delivery-queue";

/**
 * Re-enqueues pending deliveries whose next attempt is over 5 minutes late and that no worker holds (their
 * job was lost, e.g. it failed more often than the queue retries). The worker still sends each attempt once.
 */
export async function resumeStalledDeliveries(): Promise<number> {
  const stalled = await db().webhookDelivery.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lt: new Date(Date.now() - 5 * 60_000) },
      OR: [{ leasedUntil: null }, { leasedUntil: { lt: new Date() } }],
    },
    select: { id: true, attemptCount: true },
    take: 500,
  });
  for (const d of stalled) {
    await db().$transaction((tx) =>
      enqueueDelivery(tx, { deliveryId: d.id, attempt: d.attemptCount }, { reason: `sweep:${Math.floor(Date.now() / 3600_000)}` }),
    );
  }
  return stalled.length;
}
