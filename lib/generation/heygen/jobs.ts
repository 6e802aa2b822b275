import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { inTransaction, jobId, queue, queues } from "@/lib/queue";
import { moveVideo } from "@/lib/videos/move-video";

// The HeyGen provider's two jobs, each about one video: `heygen.submit` forwards its request upstream,
// `heygen.import` copies its finished files into our storage. Deterministic ids: a second send of the same
// job (a repeated webhook, a reconciler passing by) adds nothing while the first one is still kept.
export const upstreamJob = z.object({ videoId: z.string().min(1) });
export type UpstreamJob = z.infer<typeof upstreamJob>;

/** In create-video's transaction: the video row and its forwarding job commit together. */
export async function enqueueUpstreamSubmit(tx: Tx, videoId: string): Promise<void> {
  const boss = await queue();
  await boss.send(queues.heygenSubmit, { videoId }, { id: jobId("heygen.submit", videoId), db: inTransaction(tx) });
}

export async function enqueueUpstreamImport(videoId: string): Promise<void> {
  const boss = await queue();
  await boss.send(queues.heygenImport, { videoId }, { id: jobId("heygen.import", videoId) });
}

/** Ends a forwarded video as failed with code upstream_failed: both jobs' way to give up. */
export async function failUpstream(videoId: string, message: string, detail?: string): Promise<void> {
  await moveVideo(videoId, { status: "failed", error: { code: "upstream_failed", message, ...(detail ? { detail } : {}) } });
}
