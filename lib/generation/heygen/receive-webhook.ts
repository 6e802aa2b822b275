import "server-only";
import { db } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { verifySignature } from "@/lib/webhooks/signing";
import { heygenWebhookSecret } from "@/lib/generation/heygen/connection";
import { enqueueUpstreamImport } from "@/lib/generation/heygen/upstream-jobs";
import { upstreamEvent, upstreamEventReport, type UpstreamEvent } from "@/lib/generation/heygen/upstream-report";
import { moveVideo } from "@/lib/videos/move-video";

// POST /api/callbacks/heygen/{teamId}: the upstream's webhooks for one team. Verified with the secret its
// endpoint.add returned (`Signature`: hex HMAC-SHA256 of the raw body), then mapped into the one ingestion
// function. Deliveries are idempotent: a repeated success finds the import job already there (same job id) or
// the video already completed; a repeated failure finds the video already failed.

/** Checks the `Signature` header against the team's stored webhook secret, on the exact bytes received. */
export async function verifyUpstreamWebhook(teamId: string, raw: Buffer, signature: string | null): Promise<boolean> {
  const secret = await heygenWebhookSecret(teamId);
  return secret !== null && verifySignature(secret, raw, signature);
}

export function parseUpstreamEvent(raw: Buffer): UpstreamEvent {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString("utf8"));
  } catch {
    throw Invalid.field("body", "must be a JSON webhook event");
  }
  const parsed = upstreamEvent.safeParse(json);
  if (!parsed.success) throw Invalid.field("body", "must be a webhook event with event_type and event_data");
  return parsed.data;
}

export type WebhookOutcome = { video_id: string | null; outcome: "importing" | "failed" | "ignored" };

// Our video an event is about: the upstream echoes our video id as callback_id (upstream-body.ts), and names
// its own video id, which the submit job stored. Events about videos we did not send are ignored.
async function findVideo(teamId: string, event: UpstreamEvent) {
  const upstreamId = event.event_data?.video_id ?? null;
  const ours = event.event_data?.callback_id ?? null;
  const or = [
    ...(upstreamId ? [{ upstreamVideoId: upstreamId }] : []),
    ...(ours ? [{ id: ours, OR: [{ upstreamVideoId: null }, ...(upstreamId ? [{ upstreamVideoId: upstreamId }] : [])] }] : []),
  ];
  if (!or.length) return null;
  return db().video.findFirst({ where: { teamId, provider: "heygen", OR: or }, select: { id: true, upstreamVideoId: true } });
}

export async function receiveUpstreamWebhook(teamId: string, event: UpstreamEvent): Promise<WebhookOutcome> {
  const report = upstreamEventReport(event);
  const video = report ? await findVideo(teamId, event) : null;
  if (!report || !video) return { video_id: null, outcome: "ignored" };
  const upstreamId = event.event_data?.video_id;
  // The event beat the submit job to storing the upstream id.
  if (!video.upstreamVideoId && upstreamId)
    await db().video.updateMany({ where: { id: video.id, upstreamVideoId: null }, data: { upstreamVideoId: upstreamId } });
  if (report.status === "completed") {
    await enqueueUpstreamImport(video.id);
    return { video_id: video.id, outcome: "importing" };
  }
  await moveVideo(video.id, report);
  return { video_id: video.id, outcome: "failed" };
}
