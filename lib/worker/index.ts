import { env } from "@/lib/env";
import { queue, stopQueue } from "@/lib/queue";
import { db } from "@/lib/db";
import { housekeeping, HOUSEKEEPING_QUEUE } from "@/lib/worker/housekeeping";
import { registerRenderWorkers } from "@/lib/render/jobs/register-workers";
import { inProcessReporter } from "@/lib/videos/status-reporter";
import { registerWebhookWorkers } from "@/lib/webhooks/register-webhook-workers";
import { registerHeygenWorkers } from "@/lib/generation/heygen/register-heygen-workers";

// `npm run worker`: consumes the pg-boss queues: housekeeping, the render engine's video, scene and assembly
// jobs, the webhook deliveries, and the HeyGen provider's forwarding and file copying.
async function main(): Promise<void> {
  const boss = await queue();
  await boss.createQueue(HOUSEKEEPING_QUEUE);
  await boss.schedule(HOUSEKEEPING_QUEUE, "17 * * * *");
  await boss.work(HOUSEKEEPING_QUEUE, async () => {
    const removed = await housekeeping();
    console.log(`housekeeping removed ${JSON.stringify(removed)}`);
  });
  await registerRenderWorkers(boss, inProcessReporter, env().workerConcurrency);
  await registerWebhookWorkers(boss, env().workerConcurrency);
  await registerHeygenWorkers(boss, env().workerConcurrency);
  console.log(`ready (concurrency ${env().workerConcurrency})`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
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
