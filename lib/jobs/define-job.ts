import type { z } from "zod";

// How a job's queue behaves: retries with backoff, how long one run may take before pg-boss expires it, how
// many run at once in one worker process, and for recurring jobs the cron schedule.
type JobPolicy = {
  retryLimit: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  expireInSeconds: number;
  // Runs at once per worker process, from WORKER_CONCURRENCY (default 1).
  concurrency?: (workerConcurrency: number) => number;
  // Seconds between polls for new jobs (pg-boss's default is 2).
  pollingIntervalSeconds?: number;
  // A recurring job: pg-boss sends it on this cron schedule (its payload is empty).
  schedule?: string;
};

// The run of a job, as the handler may need it: a last attempt reports a failure instead of retrying, and a
// run checks it still holds its lease before it stores outputs (a worker that stalled for 30 s lost the job
// to another run).
export type JobRun = { id: string; retryCount: number; retryLimit: number; holdsLease: () => Promise<boolean> };

/** Thrown by a run that found its lease gone: another run has the job now, so this one keeps nothing. */
export class LeaseLost extends Error {
  constructor(jobId: string) {
    super(`job ${jobId} lost its lease to another run`);
    this.name = "LeaseLost";
  }
}

/** The video a job's payload names, read from a payload its schema refused (for onInvalidPayload). */
export function payloadVideoId(raw: unknown): string | null {
  return raw !== null && typeof raw === "object" && "videoId" in raw && typeof raw.videoId === "string" ? raw.videoId : null;
}

export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  // The pg-boss queue name; never renamed, so jobs queued before an upgrade still run.
  name: string;
  // Checked when the job is sent and again when it runs.
  payload: S;
  policy: JobPolicy;
  // Idempotent: pg-boss may run a job twice (a retry, a worker that died).
  handler: (payload: z.output<S>, run: JobRun) => Promise<unknown>;
  // A payload refused when the job runs fails the job for good; this also ends what it was about (its video).
  onInvalidPayload?: (raw: unknown, run: JobRun) => Promise<void>;
};

/** One background job: name, payload schema, queue policy and handler (one file per job, listed in
 * lib/worker/job-registry.ts). */
export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
