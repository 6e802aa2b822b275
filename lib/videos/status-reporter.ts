import "server-only";
import { moveVideo, type VideoReport } from "@/lib/videos/move-video";
import type { VideoStatus } from "@/lib/videos/status";

// Every report of a render worker (processing + progress, completed, failed) goes through this interface into
// the one ingestion function: in-process (the bench, tests), or POSTed, signed, to /api/callbacks/render by
// the worker (http-status-reporter.ts).
export interface StatusReporter {
  report(videoId: string, report: VideoReport): Promise<{ status: VideoStatus; moved: boolean } | null>;
}

export const inProcessReporter: StatusReporter = {
  report: (videoId, report) => moveVideo(videoId, report),
};
