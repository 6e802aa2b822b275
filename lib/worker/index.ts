import { env } from "@/lib/env";
import { queue, stopQueue } from "@/lib/queue";
import { db } from "@/lib/db";
import { jobRegistry } from "@/lib/worker/job-registry";
import { startLeaseSweeper } from "@/lib/worker/job-lease";
import { registerJobs } from "@/lib/worker/register-jobs";

// `npm run worker`: consumes every job of the registry (lib/worker/job-registry.ts): the render engine's video,
// scene and assembly jobs, webhook deliveries and their sweep, the HeyGen provider's forwarding and file
// copying, the reconciler and housekeeping. Render status goes to the web server's ingestion route, signed.
// pg-boss 10 does not await its own complete() and fail() after a job, so while PostgreSQL restarts they reject
// unhandled, which would end the process. The job is left active: its lease is swept (or it expires) and it
// runs again. Logged; the worker keeps going and reconnects with the next query.
process.on("unhandledRejection", (reason) => {
  console.error("[worker] unhandled rejection, kept running:", reason instanceof Error ? reason.message : reason);
});

async function main(): Promise<void> {
  const boss = await queue();
  await registerJobs(boss, jobRegistry, env().workerConcurrency);
  const stopSweeping = startLeaseSweeper(boss);
  console.log(`ready (concurrency ${env().workerConcurrency}; reporting to ${env().renderCallbackUrl})`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopSweeping();
    await stopQueue();
    await db().$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error("failed to start:", error);
  process.exit(1);
});
