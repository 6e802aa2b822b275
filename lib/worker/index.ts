import { env } from "@/lib/env";
import { queue, stopQueue } from "@/lib/queue";
import { db } from "@/lib/db";
import { housekeeping, HOUSEKEEPING_QUEUE } from "@/lib/worker/housekeeping";

// `npm run worker`: consumes the pg-boss queues. The render queues join here with the render engine.
async function main(): Promise<void> {
  const boss = await queue();
  await boss.createQueue(HOUSEKEEPING_QUEUE);
  await boss.schedule(HOUSEKEEPING_QUEUE, "17 * * * *");
  await boss.work(HOUSEKEEPING_QUEUE, async () => {
    const removed = await housekeeping();
    console.log(`housekeeping removed ${JSON.stringify(removed)}`);
  });
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
