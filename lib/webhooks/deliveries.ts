import "server-only";
import { db } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { afterCursor, decodePageToken, encodePageToken } from "@/lib/paging/page-token";
import type { WebhookAttempt, WebhookDeliveryStatus } from "@/lib/generated/prisma/client";
import { RETRY_WINDOW_MS } from "@/lib/webhooks/backoff";
import { enqueueDelivery } from "@/lib/webhooks/delivery-queue";
import { webhookEventTypes, type WebhookEventType } from "@/lib/webhooks/event-types";
import { videoEventPayload } from "@/lib/webhooks/video-event-payload";

// What the dashboard shows of webhook deliveries: per endpoint, per video, and each delivery's attempts.
export type DeliveryView = {
  id: string;
  eventId: string;
  eventType: string;
  videoId: string | null;
  // The video's title, for the dashboard's logs (null for test events and untitled videos).
  videoTitle: string | null;
  // "callback" (the request's callback_url) or the endpoint id.
  destination: string;
  endpointId: string | null;
  url: string;
  status: WebhookDeliveryStatus;
  attemptCount: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
};
export type DeliveryPage = { deliveries: DeliveryView[]; token: string | null };

const deliverySelect = {
  id: true,
  eventId: true,
  destination: true,
  endpointId: true,
  url: true,
  status: true,
  attemptCount: true,
  nextAttemptAt: true,
  lastStatusCode: true,
  lastError: true,
  deliveredAt: true,
  createdAt: true,
  event: { select: { type: true, videoId: true, video: { select: { title: true } } } },
} as const;

type DeliveryRow = { event: { type: string; videoId: string | null; video: { title: string | null } | null } } & Omit<
  DeliveryView,
  "eventType" | "videoId" | "videoTitle"
>;
const present = ({ event, ...d }: DeliveryRow): DeliveryView => ({
  ...d,
  eventType: event.type,
  videoId: event.videoId,
  videoTitle: event.video?.title ?? null,
});

/** An endpoint's deliveries (or the callback_url's, with `endpointId: "callback"`), newest first, cursor paging. */
export async function listEndpointDeliveries(
  teamId: string,
  endpointId: string,
  page: { limit: number; token?: string },
): Promise<DeliveryPage> {
  if (endpointId !== "callback" && !(await db().webhookEndpoint.count({ where: { id: endpointId, teamId } })))
    throw new NotFound("The webhook endpoint");
  const rows = await db().webhookDelivery.findMany({
    where: { teamId, destination: endpointId, ...afterCursor(decodePageToken(page.token)) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: page.limit + 1,
    select: deliverySelect,
  });
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return { deliveries: shown.map(present), token: rows.length > page.limit && last ? encodePageToken(last) : null };
}

/** Every delivery of a video's events (callback_url and endpoints), oldest first. */
export async function listVideoDeliveries(teamId: string, videoId: string): Promise<DeliveryView[]> {
  if (!(await db().video.count({ where: { id: videoId, teamId } }))) throw new NotFound("The video");
  const rows = await db().webhookDelivery.findMany({
    where: { teamId, event: { videoId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: deliverySelect,
  });
  return rows.map(present);
}

/** The attempts of one delivery, first to last: time, status code, latency, error, response excerpt, next retry. */
export async function listDeliveryAttempts(teamId: string, deliveryId: string): Promise<WebhookAttempt[]> {
  if (!(await db().webhookDelivery.count({ where: { id: deliveryId, teamId } }))) throw new NotFound("The webhook delivery");
  return db().webhookAttempt.findMany({ where: { deliveryId }, orderBy: { number: "asc" } });
}

/**
 * Sends a delivery again now, with the same event id and body (a succeeded one too). Once its 24 h window is
 * over, a failed redelivery is not retried. A delivery to a disabled endpoint needs the endpoint enabled first.
 */
export async function redeliver(teamId: string, deliveryId: string): Promise<DeliveryView> {
  const delivery = await db().webhookDelivery.findFirst({
    where: { id: deliveryId, teamId },
    select: { id: true, attemptCount: true, endpoint: { select: { enabled: true } } },
  });
  if (!delivery) throw new NotFound("The webhook delivery");
  if (delivery.endpoint && !delivery.endpoint.enabled) throw new Conflict("The endpoint is disabled; enable it before redelivering.");
  const now = new Date();
  await db().$transaction(async (tx) => {
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "pending", nextAttemptAt: now } });
    await enqueueDelivery(tx, { deliveryId: delivery.id, attempt: delivery.attemptCount }, { reason: `redeliver:${now.getTime()}` });
  });
  return present(await db().webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id }, select: deliverySelect }));
}

/** Sends one example event (no video behind it) to an endpoint, signed and retried like a real one. */
export async function sendTestEvent(
  teamId: string,
  endpointId: string,
  type: WebhookEventType = webhookEventTypes[0],
): Promise<DeliveryView> {
  const endpoint = await db().webhookEndpoint.findFirst({ where: { id: endpointId, teamId } });
  if (!endpoint) throw new NotFound("The webhook endpoint");
  if (!endpoint.enabled) throw new Conflict("The endpoint is disabled; enable it before sending a test event.");
  const video = {
    id: "test_video_id",
    folderId: null,
    callbackId: "test",
    callbackUrl: null,
    errorCode: "internal_error",
    errorMessage: "This is a test event.",
  };
  const body = JSON.stringify(videoEventPayload(type, video, { video: null, gif: null, caption: null }));
  const now = new Date();
  const id = await db().$transaction(async (tx) => {
    const event = await tx.webhookEvent.create({ data: { teamId, type, body } });
    const delivery = await tx.webhookDelivery.create({
      data: {
        teamId,
        eventId: event.id,
        endpointId,
        destination: endpointId,
        url: endpoint.url,
        nextAttemptAt: now,
        retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS),
      },
    });
    await enqueueDelivery(tx, { deliveryId: delivery.id, attempt: 0 });
    return delivery.id;
  });
  return present(await db().webhookDelivery.findUniqueOrThrow({ where: { id }, select: deliverySelect }));
}
