import "server-only";
import type { Tx } from "@/lib/db";
import { signedUrlIfAny as sign } from "@/lib/storage/signed-url";
import type { VideoOutputs } from "@/lib/videos/describe-video";
import { callbackEventTypes, subscribes, type WebhookEventType } from "@/lib/webhooks/event-types";
import { videoEventPayload } from "@/lib/webhooks/video-event-payload";
import { sharePageUrl } from "@/lib/videos/share";
import { RETRY_WINDOW_MS } from "@/lib/webhooks/backoff";
import { enqueueDelivery } from "@/lib/webhooks/delivery-queue";

type Destination = { destination: string; endpointId: string | null; url: string };

/**
 * Records the events of a video that has just reached its terminal state, and one delivery per destination
 * (the request's callback_url, each enabled endpoint of the team subscribed to the type), with their first
 * jobs, in the caller's transaction: the one that moved the video. A video's event of a type exists once
 * (unique index), so a second call adds nothing. Returns the number of deliveries created.
 */
export async function emitVideoEvents(tx: Tx, videoId: string): Promise<number> {
  const video = await tx.video.findUnique({ where: { id: videoId } });
  if (!video || (video.status !== "completed" && video.status !== "failed")) return 0;
  const outputs = (video.outputs ?? {}) as VideoOutputs;
  const types: WebhookEventType[] =
    video.status === "failed"
      ? ["avatar_video.fail"]
      : ["avatar_video.success", ...(outputs.gif ? (["avatar_video_gif.success"] as const) : [])];
  const urls = {
    video: await sign(outputs.video),
    gif: await sign(outputs.gif),
    caption: await sign(outputs.captionAss),
    sharePage: sharePageUrl(video.shareToken),
  };
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { teamId: video.teamId, enabled: true },
    select: { id: true, url: true, events: true },
  });
  const now = new Date();
  const retryUntil = new Date(now.getTime() + RETRY_WINDOW_MS);

  let created = 0;
  for (const type of types) {
    const body = JSON.stringify(videoEventPayload(type, video, urls));
    const [event] = await tx.webhookEvent.createManyAndReturn({
      data: [{ teamId: video.teamId, videoId, type, body }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (!event) continue;
    const destinations: Destination[] = [
      ...(video.callbackUrl && callbackEventTypes.has(type) ? [{ destination: "callback", endpointId: null, url: video.callbackUrl }] : []),
      ...endpoints.filter((e) => subscribes(e.events, type)).map((e) => ({ destination: e.id, endpointId: e.id, url: e.url })),
    ];
    if (!destinations.length) continue;
    const deliveries = await tx.webhookDelivery.createManyAndReturn({
      data: destinations.map((d) => ({ ...d, teamId: video.teamId, eventId: event.id, retryUntil, nextAttemptAt: now })),
      select: { id: true },
    });
    for (const d of deliveries) await enqueueDelivery(tx, { deliveryId: d.id, attempt: 0 });
    created += deliveries.length;
  }
  return created;
}
