import "server-only";
import type PgBoss from "pg-boss";
import type { JobDefinition, JobRun } from "@/lib/jobs/define-job";
import { ensureQueue } from "@/lib/queue";
import { takeLease } from "./job-lease";

// A payload refused at run time: the job fails for good (no retry can fix it), after what it was about is
// ended by the job's own hook.
async function refuse(boss: PgBoss, job: JobDefinition, raw: PgBoss.JobWithMetadata<unknown>, run: JobRun, why: string): Promise<never> {
  console.error(`[worker] job ${run.id} (${job.name}) has an invalid payload: ${why}`);
  await job
    .onInvalidPayload?.(raw.data, run)
    .catch((error: unknown) => console.error(`[worker] job ${run.id}: its invalid payload could not be reported:`, error));
  await boss.getDb().executeSql("UPDATE pgboss.job SET retry_limit = retry_count WHERE name = $1 AND id = $2", [job.name, run.id]);
  throw new Error(`invalid payload: ${why}`);
}

// One run of a job, under a lease this worker renews while it runs.
async function run(boss: PgBoss, job: JobDefinition, raw: PgBoss.JobWithMetadata<unknown>): Promise<unknown> {
  const lease = await takeLease(raw.id, job.name);
  try {
    const meta: JobRun = { id: raw.id, retryCount: raw.retryCount, retryLimit: raw.retryLimit, holdsLease: lease.holds };
    const parsed = job.payload.safeParse(raw.data);
    if (!parsed.success)
      return await refuse(
        boss,
        job,
        raw,
        meta,
        parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; "),
      );
    return await job.handler(parsed.data, meta);
  } finally {
    await lease.release();
  }
}

/** Creates every job's queue with its policy, schedules the recurring ones, and starts their handlers. */
export async function registerJobs(boss: PgBoss, jobs: readonly JobDefinition[], workerConcurrency: number): Promise<void> {
  for (const job of jobs) {
    await ensureQueue(boss, job);
    if (job.policy.schedule) await boss.schedule(job.name, job.policy.schedule);
    const options = { includeMetadata: true as const, batchSize: 1, pollingIntervalSeconds: job.policy.pollingIntervalSeconds ?? 2 };
    const instances = job.policy.concurrency?.(workerConcurrency) ?? 1;
    for (let i = 0; i < instances; i++) {
      // What the handler returns is kept as the job's output (the assembly's completed report).
      await boss.work<unknown>(job.name, options, async ([raw]) => (raw ? run(boss, job, raw) : undefined));
    }
  }
}
