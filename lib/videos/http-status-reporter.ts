import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { VideoReport } from "@/lib/videos/move-video";
import { renderCallbackHeaders } from "@/lib/videos/render-callback";
import type { VideoStatus } from "@/lib/videos/status";
import type { StatusReporter } from "@/lib/videos/status-reporter";

export type HttpReporterOptions = {
  url: string;
  secret: () => Promise<string>;
  /** How long a terminal report is retried before the job fails (and pg-boss retries the step). */
  terminalDeadlineMs?: number;
  /** How long a progress report is retried: a later one supersedes it. */
  progressDeadlineMs?: number;
  timeoutMs?: number;
};

type Answer = { status: VideoStatus; moved: boolean } | null;

// The worker's StatusReporter when the web server ingests reports: each report is POSTed, signed, to
// RENDER_CALLBACK_URL and retried with backoff until the server acknowledges it (2xx with the ingestion
// result). A signature is made per attempt, so a retry is never refused as a replay.
export function httpStatusReporter(o: HttpReporterOptions): StatusReporter {
  return {
    async report(videoId: string, report: VideoReport): Promise<Answer> {
      const body = JSON.stringify({ video_id: videoId, report });
      const terminal = report.status === "completed" || report.status === "failed";
      const deadline = Date.now() + (terminal ? (o.terminalDeadlineMs ?? 10 * 60_000) : (o.progressDeadlineMs ?? 15_000));
      let delay = 200;
      for (let attempt = 1; ; attempt++) {
        let problem: string;
        try {
          const res = await fetch(o.url, {
            method: "POST",
            headers: { "Content-Type": "application/json", ...renderCallbackHeaders(await o.secret(), body) },
            body,
            redirect: "manual",
            signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
          });
          const text = await res.text();
          if (res.ok) {
            // `{}` when the video no longer exists.
            const data = (JSON.parse(text) as { data?: Partial<NonNullable<Answer>> }).data;
            return data?.status ? { status: data.status, moved: data.moved === true } : null;
          }
          problem = `HTTP ${res.status}: ${text.slice(0, 200)}`;
          // A refused signature or a malformed report will not get better by retrying.
          if (res.status === 400 || res.status === 401) throw new Error(`render callback refused (${problem})`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith("render callback refused")) throw error;
          problem = error instanceof Error ? error.message : String(error);
        }
        if (Date.now() + delay > deadline) {
          throw new Error(`render callback to ${o.url} not acknowledged after ${attempt} attempts: ${problem}`);
        }
        await sleep(delay);
        delay = Math.min(delay * 2, 10_000);
      }
    },
  };
}
