import "server-only";
import type { Tx } from "@/lib/db";
import { payloadVideoId } from "@/lib/jobs/define-job";
import { sendJob } from "@/lib/jobs/send-job";
import { jobId } from "@/lib/queue";
import { moveVideo } from "@/lib/videos/move-video";
import { heygenImportJob } from "./heygen-import-job";
import { heygenSubmitJob } from "./heygen-submit-job";

// The HeyGen provider's two jobs, each about one video: `heygen.submit` forwards its request upstream,
// `heygen.import` copies its finished files into our storage. Deterministic ids: a second send of the same
// job (a repeated webhook, a reconciler passing by) adds nothing while the first one is still kept.

/** In create-video's transaction: the video row and its forwarding job commit together. */
export async function enqueueUpstreamSubmit(tx: Tx, videoId: string): Promise<void> {
  await sendJob(heygenSubmitJob, { videoId }, { id: jobId("heygen.submit", videoId), tx });
}

export async function enqueueUpstreamImport(videoId: string): Promise<void> {
  await sendJob(heygenImportJob, { videoId }, { id: jobId("heygen.import", videoId) });
}

/** Ends a forwarded video as failed with code upstream_failed: both jobs' way to give up. */
export async function failUpstream(videoId: string, message: string, detail?: string): Promise<void> {
  await moveVideo(videoId, { status: "failed", error: { code: "upstream_failed", message, ...(detail ? { detail } : {}) } });
}

/** A job whose payload cannot be read fails its video (when it names one). */
export async function failUpstreamOfPayload(raw: unknown, jobId: string): Promise<void> {
  const videoId = payloadVideoId(raw);
  if (videoId)
    await failUpstream(
      videoId,
      "The video could not be handled on the server; tell the operator the video id.",
      `job ${jobId} had an invalid payload`,
    );
}
