import "server-only";
import type PgBoss from "pg-boss";
import { queues } from "@/lib/queue";

// The render queues and their policies: expiry above the longest render of each step, 3 attempts with
// exponential backoff (permanent failures end the video at once instead of retrying).
export const renderQueues = {
  video: queues.videoRender,
  scene: "video.scene",
  assemble: "video.assemble",
} as const;

export type SceneJob = { videoId: string; index: number };
export type AssembleJob = { videoId: string };

export async function createRenderQueues(boss: PgBoss): Promise<void> {
  const common = { retryLimit: 2, retryDelay: 5, retryBackoff: true };
  await boss.createQueue(renderQueues.scene, { name: renderQueues.scene, ...common, expireInSeconds: 30 * 60 });
  await boss.createQueue(renderQueues.assemble, { name: renderQueues.assemble, ...common, expireInSeconds: 60 * 60 });
  await boss.updateQueue(renderQueues.video, { name: renderQueues.video, ...common, expireInSeconds: 5 * 60 });
}
