import "server-only";
import type PgBoss from "pg-boss";
import { queues } from "@/lib/queue";
import { importUpstreamVideo } from "@/lib/generation/heygen/import-job";
import { upstreamJob } from "@/lib/generation/heygen/jobs";
import { submitUpstream } from "@/lib/generation/heygen/submit-job";

// The worker's HeyGen queues: forwarding requests and copying finished files (mostly waiting on the network).
export async function registerHeygenWorkers(boss: PgBoss, concurrency: number): Promise<void> {
  const options = { includeMetadata: true as const, batchSize: 1, pollingIntervalSeconds: 0.5 };
  for (let i = 0; i < Math.max(2, concurrency); i++) {
    await boss.work(queues.heygenSubmit, options, async ([job]) => {
      if (job) await submitUpstream({ ...job, data: upstreamJob.parse(job.data) });
    });
    await boss.work(queues.heygenImport, options, async ([job]) => {
      if (job) await importUpstreamVideo({ ...job, data: upstreamJob.parse(job.data) });
    });
  }
}
