import "server-only";
import { db } from "@/lib/db";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/client";
import { listEndpoints, type EndpointView } from "@/lib/webhooks/endpoints";

// What the dashboard's Webhooks page shows at a glance: each endpoint with how its latest delivery went,
// and the same for the callback_url destination.
type LastDelivery = { status: WebhookDeliveryStatus; attempts: number; statusCode: number | null; eventType: string; at: string };
type EndpointSummary = EndpointView & { lastDelivery: LastDelivery | null };
export type WebhooksOverview = { endpoints: EndpointSummary[]; callback: { lastDelivery: LastDelivery | null } };

async function lastDelivery(teamId: string, destination: string): Promise<LastDelivery | null> {
  const row = await db().webhookDelivery.findFirst({
    where: { teamId, destination },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { status: true, attemptCount: true, lastStatusCode: true, createdAt: true, event: { select: { type: true } } },
  });
  return row
    ? {
        status: row.status,
        attempts: row.attemptCount,
        statusCode: row.lastStatusCode,
        eventType: row.event.type,
        at: row.createdAt.toISOString(),
      }
    : null;
}

/** The team's endpoints (oldest first, no secrets) with their latest delivery, and the callback_url's latest. */
export async function webhooksOverview(teamId: string): Promise<WebhooksOverview> {
  const endpoints = await listEndpoints(teamId);
  // At most 20 endpoints per team: one indexed lookup each.
  const [callback, ...latest] = await Promise.all([
    lastDelivery(teamId, "callback"),
    ...endpoints.map((e) => lastDelivery(teamId, e.endpoint_id)),
  ]);
  return { endpoints: endpoints.map((e, i) => ({ ...e, lastDelivery: latest[i] ?? null })), callback: { lastDelivery: callback ?? null } };
}
