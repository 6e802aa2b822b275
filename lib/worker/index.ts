import { env } from "@/lib/env";
import { queue, stopQueue } from "@/lib/queue";
import { db } from "@/lib/db";
import { housekeeping, HOUSEKEEPING_QUEUE } from "@/lib/worker/housekeeping";
import { registerRenderWorkers } from "@/lib/render/jobs/register-workers";
import { getSecret } from "@/lib/secrets";
import { httpStatusReporter } from "@/lib/videos/http-status-reporter";
import { reconcileVideos } from "@/lib/videos/reconcile";
import { registerWebhookWorkers } from "@/lib/webhooks/register-webhook-workers";
import { registerHeygenWorkers } from "@/lib/generation/heygen/register-heygen-workers";

// `npm run worker`: consumes the pg-boss queues: housekeeping, the render engine's video, scene and assembly
// jobs, the webhook deliveries, the HeyGen provider's forwarding and file copying, and the reconciler.
const RECONCILE_QUEUE = "video.reconcile";

async function main(): Promise<void> {
  const boss = await queue();
  await boss.createQueue(HOUSEKEEPING_QUEUE);
  await boss.schedule(HOUSEKEEPING_QUEUE, "17 * * * *");
  await boss.work(HOUSEKEEPING_QUEUE, async () => {
    const removed = await housekeeping();
    console.log(`housekeeping removed ${JSON.stringify(removed)}`);
  });
  // Render status goes to the web server's ingestion route, signed (RENDER_CALLBACK_URL, default
  // $APP_URL/api/callbacks/render), as it would from a worker on another machine.
  const reporter = httpStatusReporter({ url: env().renderCallbackUrl, secret: () => getSecret("RENDER_CALLBACK_SECRET") });
  await registerRenderWorkers(boss, reporter, env().workerConcurrency);
  await registerWebhookWorkers(boss, env().workerConcurrency);
  await registerHeygenWorkers(boss, env().workerConcurrency);
  // Every minute: repair videos whose status has not moved for RECONCILE_AFTER_SECONDS (lost reports).
  await boss.createQueue(RECONCILE_QUEUE);
  await boss.schedule(RECONCILE_QUEUE, "* * * * *");
  await boss.work(RECONCILE_QUEUE, async () => {
    for (const r of await reconcileVideos({ olderThanSeconds: env().reconcileAfterSeconds })) console.log(`reconciler: video ${r.videoId} ${r.action}`);
  });
  console.log(`ready (concurrency ${env().workerConcurrency}; reporting to ${env().renderCallbackUrl})`);

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
