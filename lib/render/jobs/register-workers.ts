import "server-only";
import type PgBoss from "pg-boss";
import type { StatusReporter } from "@/lib/videos/status-reporter";
import { renderQueues, createRenderQueues, type AssembleJob, type SceneJob } from "@/lib/render/jobs/queues";
import { renderVideo } from "@/lib/render/jobs/render-video";
import { renderScene } from "@/lib/render/jobs/render-scene";
import { assembleVideo } from "@/lib/render/jobs/assemble-video";
import { runRenderJob } from "@/lib/render/jobs/run-job";

// The worker's render queues. `concurrency` scene or assembly jobs run at once in this process (each
// ffmpeg on one thread), so more workers render more videos at once.
export async function registerRenderWorkers(boss: PgBoss, reporter: StatusReporter, concurrency: number): Promise<void> {
  await createRenderQueues(boss);
  const options = { includeMetadata: true as const, batchSize: 1, pollingIntervalSeconds: 0.5 };
  await boss.work<{ videoId: string }>(renderQueues.video, options, async ([job]) => {
    if (job) await runRenderJob(job, reporter, () => renderVideo(job.data.videoId, reporter));
  });
  for (let i = 0; i < concurrency; i++) {
    await boss.work<SceneJob>(renderQueues.scene, options, async ([job]) => {
      if (job) await runRenderJob(job, reporter, () => renderScene(job.data.videoId, job.data.index, reporter));
    });
    await boss.work<AssembleJob>(renderQueues.assemble, options, async ([job]) => {
      // The completed report becomes the job's output (see lib/videos/reconcile.ts).
      return job ? runRenderJob(job, reporter, () => assembleVideo(job.data.videoId, reporter)) : undefined;
    });
  }
}
