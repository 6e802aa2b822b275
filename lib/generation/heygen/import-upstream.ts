import "server-only";
import type { JobRun } from "@/lib/jobs/define-job";
import { db } from "@/lib/db";
import { FetchError } from "@/lib/assets/fetch-error";
import { guardedFetch } from "@/lib/assets/fetch-guard";
import { storage } from "@/lib/storage/storage";
import { UpstreamError } from "@/lib/generation/heygen/client";
import { upstreamStatus } from "@/lib/generation/heygen/upstream-status";
import { failUpstream } from "@/lib/generation/heygen/upstream-jobs";
import type { ProviderStatus } from "@/lib/generation/provider";
import type { VideoOutputs } from "@/lib/videos/describe-video";
import { moveVideo } from "@/lib/videos/move-video";
import { isTerminal, type VideoStatus } from "@/lib/videos/status";
import { outputFileName, videoPrefix } from "@/lib/videos/video-files";
import { outputFormat } from "@/lib/contract/output-format";
import type { OutputFormat, VideoRequest } from "@/lib/contract/schema";

// heygen.import: the upstream finished a video. Its files (HeyGen's URLs expire after 7 days) are copied
// through the fetch guard into our storage, under the same names a local render uses, and only then does the
// video move to `completed`, with our own outputs: status calls and our webhooks hand out our URLs.

const FILE_LIMIT_BYTES = 5 * 1024 ** 3;
const FILE_TIMEOUT_MS = 20 * 60_000;

class NotFinishedYet extends Error {}

async function copyFile(url: string, key: string): Promise<void> {
  const res = await guardedFetch(url, { maxBytes: FILE_LIMIT_BYTES, timeoutMs: FILE_TIMEOUT_MS });
  if (res.status < 200 || res.status > 299) {
    res.body.destroy();
    throw new FetchError("asset_unreachable", `Could not fetch ${res.url}: it answered HTTP ${res.status}.`, res.url);
  }
  await storage().put(key, res.body, { maxBytes: FILE_LIMIT_BYTES });
}

// The format of an upstream's video file: its URL's extension where it names one (HeyGen itself always answers
// an MP4, whatever was asked), else the one the request asked for.
function formatOf(url: string, asked: OutputFormat): OutputFormat {
  const ext = /\.(mp4|webm)$/i.exec(URL.canParse(url) ? new URL(url).pathname : "")?.[1]?.toLowerCase();
  return ext === "mp4" || ext === "webm" ? ext : asked;
}

async function copyFiles(teamId: string, videoId: string, files: ProviderStatus["files"], asked: OutputFormat): Promise<VideoOutputs> {
  const stored: VideoOutputs = {};
  try {
    for (const [kind, url] of Object.entries(files) as [keyof VideoOutputs, string][]) {
      const key = `${videoPrefix(teamId, videoId)}${outputFileName(kind, formatOf(url, asked))}`;
      await copyFile(url, key);
      stored[kind] = key;
    }
  } catch (error) {
    for (const key of Object.values(stored)) await storage().delete(key);
    throw error;
  }
  return stored;
}

export async function importUpstreamVideo(videoId: string, job: JobRun): Promise<void> {
  const video = await db().video.findUnique({ where: { id: videoId } });
  if (!video || isTerminal(video.status as VideoStatus)) return;
  const lastTry = job.retryCount >= job.retryLimit;
  try {
    const status = await upstreamStatus({ ...video, status: video.status as VideoStatus });
    if (!status) throw new NotFinishedYet(`video ${videoId} has no upstream id yet`);
    if (status.status === "failed") {
      await moveVideo(videoId, { status: "failed", error: status.error ?? undefined });
      return;
    }
    if (status.status !== "completed") throw new NotFinishedYet(`the upstream still reports ${status.status}`);
    if (!status.files.video) return failUpstream(videoId, "The upstream reported the video completed but gave no video URL.");
    const outputs = await copyFiles(video.teamId, videoId, status.files, outputFormat(video.request as unknown as VideoRequest));
    const after = await moveVideo(videoId, { status: "completed", outputs, duration: status.duration ?? undefined });
    // Cancelled or deleted while the files were copied: keep nothing.
    if (!after?.moved) for (const key of Object.values(outputs)) await storage().delete(key);
  } catch (error) {
    const permanent = error instanceof UpstreamError && !error.transient;
    if (!permanent && !lastTry) throw error;
    const message = error instanceof UpstreamError ? error.upstreamMessage : error instanceof Error ? error.message : String(error);
    console.error(`[heygen] copying the files of video ${videoId} failed:`, message);
    await failUpstream(
      videoId,
      `The upstream finished the video, but its files could not be copied: ${message}`,
      error instanceof UpstreamError ? error.message : undefined,
    );
  }
}
