import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { nextAttemptAt } from "@/lib/webhooks/backoff";
import { teamCallbackSecret } from "@/lib/webhooks/callback-secret";
import { enqueueDelivery, type DeliveryJob } from "@/lib/webhooks/delivery-queue";
import { sendWebhook, type SendOutcome } from "@/lib/webhooks/send-webhook";

const FAILING_DAYS_BEFORE_DISABLE = 3;

type Claimed = { id: string; teamId: string; endpointId: string | null; url: string; retryUntil: Date };

// Marks the endpoint as failing (since its first failure after a success); after 3 days it is disabled with
// the reason the team is shown. Returns that reason when this attempt disabled it.
async function noteFailure(tx: Tx, endpointId: string, error: string): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ expired: boolean }[]>`
    UPDATE "WebhookEndpoint" SET "failingSince" = COALESCE("failingSince", now())
    WHERE "id" = ${endpointId}
    RETURNING "enabled" AND "failingSince" <= now() - make_interval(days => ${FAILING_DAYS_BEFORE_DISABLE}) AS "expired"`;
  if (!row?.expired) return null;
  const reason =
    `Disabled automatically on ${new Date().toISOString().slice(0, 10)}: every delivery has failed for ${FAILING_DAYS_BEFORE_DISABLE} days ` +
    `(last error: ${error}). Fix the receiver, then enable the endpoint again.`;
  await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { enabled: false, disabledReason: reason, disabledAt: new Date() } });
  return reason;
}

// One transaction: the attempt, the delivery's new state, the endpoint's health and the next job.
async function record(delivery: Claimed, attempt: number, url: string, outcome: SendOutcome): Promise<void> {
  const number = attempt + 1;
  const now = new Date();
  await db().$transaction(async (tx) => {
    let disabled: string | null = null;
    if (delivery.endpointId) {
      if (outcome.ok) await tx.webhookEndpoint.updateMany({ where: { id: delivery.endpointId }, data: { failingSince: null } });
      else disabled = await noteFailure(tx, delivery.endpointId, outcome.error ?? "no answer");
    }
    // A URL the address guard refuses fails at once: retrying it for 24 h would only repeat the refusal.
    const next =
      outcome.ok || disabled || outcome.refused ? null : nextAttemptAt(number, now, delivery.retryUntil, env().webhookRetryBaseSeconds);
    const { ok, refused: _refused, ...fields } = outcome;
    await tx.webhookAttempt.create({ data: { deliveryId: delivery.id, number, url, attemptedAt: now, nextRetryAt: next, ...fields } });
    const moved = await tx.webhookDelivery.updateMany({
      where: { id: delivery.id, attemptCount: attempt },
      data: {
        attemptCount: number,
        url,
        status: ok ? "succeeded" : next ? "pending" : "failed",
        nextAttemptAt: next,
        leasedUntil: null,
        lastStatusCode: outcome.statusCode,
        lastError: disabled ?? outcome.error,
        ...(ok ? { deliveredAt: now } : {}),
      },
    });
    if (moved.count !== 1) throw new Error(`webhook delivery ${delivery.id} changed while attempt ${number} was sent`);
    if (next) await enqueueDelivery(tx, { deliveryId: delivery.id, attempt: number }, { startAfter: next });
  });
}

/**
 * The delivery job: sends attempt `attempt + 1` of a delivery once. The delivery is leased first (pending,
 * still at that attempt count, no live lease), so duplicate or stale jobs do nothing and a crashed worker's
 * job can be taken again once its lease expires. A disabled or deleted endpoint ends the delivery.
 */
export async function deliverWebhook({ deliveryId, attempt }: DeliveryJob): Promise<void> {
  const [claimed] = await db().$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" SET "leasedUntil" = now() + interval '40 seconds'
    WHERE "id" = ${deliveryId} AND "attemptCount" = ${attempt} AND "status" = 'pending'
      AND ("leasedUntil" IS NULL OR "leasedUntil" < now())
    RETURNING "id", "teamId", "endpointId", "url", "retryUntil"`;
  if (!claimed) return;
  try {
    const delivery = await db().webhookDelivery.findUniqueOrThrow({
      where: { id: deliveryId },
      select: { event: { select: { id: true, body: true } }, endpoint: { select: { url: true, secret: true, enabled: true } } },
    });
    const endpoint = delivery.endpoint;
    if (claimed.endpointId && (!endpoint || !endpoint.enabled)) {
      await db().webhookDelivery.update({
        where: { id: deliveryId },
        data: { status: "failed", nextAttemptAt: null, leasedUntil: null, lastError: "The endpoint is disabled; enable it and redeliver." },
      });
      return;
    }
    const url = endpoint?.url ?? claimed.url;
    const secret = endpoint?.secret ?? (await teamCallbackSecret(claimed.teamId));
    const outcome = await sendWebhook(url, delivery.event.id, delivery.event.body, secret);
    await record(claimed, attempt, url, outcome);
  } catch (error) {
    // Let the job's retry (after its lease) take it again.
    await db()
      .webhookDelivery.updateMany({ where: { id: deliveryId, attemptCount: attempt }, data: { leasedUntil: null } })
      .catch(() => undefined);
    throw error;
  }
}
