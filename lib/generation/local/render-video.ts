import "server-only";
import { db } from "@/lib/db";
import type { VideoRequest } from "@/lib/contract/schema";
import { sendJob } from "@/lib/jobs/send-job";
import type { StatusReporter } from "@/lib/videos/status-reporter";
import { videoSceneJob } from "./jobs/video-scene-job";
import { activeVideo } from "./work-area";

// video.render: marks the video processing and fans out one job per scene (any worker may take each);
// the scene that finishes last enqueues the assembly (see render-scene.ts).
export async function renderVideo(videoId: string, reporter: StatusReporter): Promise<void> {
  const video = await activeVideo(videoId);
  const scenes = (video.request as unknown as VideoRequest).video_inputs.length;
  await db().video.update({ where: { id: videoId }, data: { scenesTotal: scenes, scenesDone: 0, scenesRendered: [], sceneSeconds: {} } });
  await reporter.report(videoId, { status: "processing", progress: 1 });
  for (let index = 0; index < scenes; index++) {
    await sendJob(videoSceneJob, { videoId, index }, { singletonKey: `${videoId}:${index}` });
  }
}
