import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";

const RENEW_MS = 10_000;
const LOST_AFTER_SECONDS = 30;

// This process, as the holder of its leases.
const workerId = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

export type Lease = { holds: () => Promise<boolean>; release: () => Promise<void> };

/**
 * Takes the lease of a job this worker starts (a retry of the same job takes it over), and renews it every
 * 10 s until released. A lease that stops being renewed is swept after 30 s (sweepLeases).
 */
export async function takeLease(jobId: string, queue: string): Promise<Lease> {
  await db().$executeRaw`
    INSERT INTO "JobLease" ("jobId", "queue", "workerId", "renewedAt") VALUES (${jobId}, ${queue}, ${workerId}, now())
    ON CONFLICT ("jobId") DO UPDATE SET "workerId" = ${workerId}, "renewedAt" = now()`;
  const timer = setInterval(() => {
    db().$executeRaw`UPDATE "JobLease" SET "renewedAt" = now() WHERE "jobId" = ${jobId} AND "workerId" = ${workerId}`.catch(
      (error: unknown) => console.error(`[lease] job ${jobId}: renewal failed:`, error instanceof Error ? error.message : error),
    );
  }, RENEW_MS);
  timer.unref();
  return {
    holds: async () => (await db().jobLease.count({ where: { jobId, workerId } })) === 1,
    // A lease that cannot be deleted (the database is away) is swept later; that fails an already finished
    // job, which pg-boss ignores. So a failed release is only logged.
    release: async () => {
      clearInterval(timer);
      await db()
        .jobLease.deleteMany({ where: { jobId, workerId } })
        .catch((error: unknown) => console.error(`[lease] job ${jobId}: release failed:`, error instanceof Error ? error.message : error));
    },
  };
}

/**
 * Fails the jobs whose lease was not renewed for 30 s (their worker died or hangs), so pg-boss retries them
 * now instead of after their expiry (up to an hour). Every worker sweeps; DELETE ... RETURNING hands each
 * lost job to one sweeper. Answers how many jobs were failed.
 */
async function sweepLeases(boss: PgBoss): Promise<number> {
  const lost = await db().$queryRaw<{ jobId: string; queue: string; workerId: string }[]>`
    DELETE FROM "JobLease" WHERE "renewedAt" < now() - make_interval(secs => ${LOST_AFTER_SECONDS})
    RETURNING "jobId", "queue", "workerId"`;
  for (const lease of lost) {
    console.warn(
      `[lease] job ${lease.jobId} (${lease.queue}) of worker ${lease.workerId} was not renewed for ${LOST_AFTER_SECONDS} s: failing it for a retry`,
    );
    await boss.fail(lease.queue, lease.jobId, { message: `its worker (${lease.workerId}) stopped renewing the lease` });
  }
  return lost.length;
}

/** Sweeps every 10 s until the process ends. */
export function startLeaseSweeper(boss: PgBoss): () => void {
  const timer = setInterval(() => {
    sweepLeases(boss).catch((error: unknown) => console.error("[lease] sweep failed:", error instanceof Error ? error.message : error));
  }, RENEW_MS);
  return () => clearInterval(timer);
}
