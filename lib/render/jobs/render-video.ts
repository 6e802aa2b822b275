import "server-only";
import { db } from "@/lib/db";
import { queue } from "@/lib/queue";
import type { VideoRequest } from "@/lib/contract/schema";
import type { StatusReporter } from "@/lib/videos/status-reporter";
import { activeVideo } from "@/lib/render/jobs/work-area";
import { renderQueues, type SceneJob } from "@/lib/render/jobs/queues";

// video.render: marks the video processing and fans out one job per scene (any worker may take each);
// the scene that finishes last enqueues the assembly (see render-scene.ts).
export async function renderVideo(videoId: string, reporter: StatusReporter): Promise<void> {
  const video = await activeVideo(videoId);
  const scenes = (video.request as unknown as VideoRequest).video_inputs.length;
  await db().video.update({ where: { id: videoId }, data: { scenesTotal: scenes, scenesDone: 0 } });
  await reporter.report(videoId, { status: "processing", progress: 1 });
  const boss = await queue();
  for (let index = 0; index < scenes; index++) {
    const job: SceneJob = { videoId, index };
    await boss.send(renderQueues.scene, job, { singletonKey: `${videoId}:${index}` });
  }
}

/** Counts one scene done; `last` once the count reaches the number of scenes. */
export async function sceneDone(videoId: string): Promise<{ last: boolean; done: number; total: number }> {
  const rows = await db().$queryRaw<{ scenesDone: number; scenesTotal: number }[]>`
    UPDATE "Video" SET "scenesDone" = "scenesDone" + 1, "updatedAt" = now()
    WHERE "id" = ${videoId} RETURNING "scenesDone", "scenesTotal"`;
  const row = rows[0];
  if (!row) return { last: false, done: 0, total: 0 };
  // `>=`: a retried scene may count twice; assembly checks every segment exists and retries if one is missing.
  return { last: row.scenesDone >= row.scenesTotal, done: row.scenesDone, total: row.scenesTotal };
}
